// events.csv (RFC 4180) and network.graphml (GraphML 1.0): the record for
// spreadsheets, pandas and R, and the graph for Gephi, networkx and yEd.
#include <cstdio>
#include <map>
#include <optional>
#include <unordered_map>
#include <string>

#include "render/dates.h"
#include "render/text.h"
#include "common/pieces.h"
#include "store/record.h"
#include "tarikh/render.h"
#include "tarikh/timex.h"

namespace tarikh {
namespace {

using render_internal::AppendCleanText;

// One CSV line, field by field, appended to `out`: each field is cleaned
// (CleanText) and quoted when it holds a comma, quote or line break.
class CsvLine {
 public:
  explicit CsvLine(std::string& out) : out_(out) {}
  ~CsvLine() { out_ += "\r\n"; }  // RFC 4180 line ends

  void Field(std::string_view raw) {
    field_.assign(raw);
    Flush();
  }
  // A list joined with `separator`, each item cleaned.
  template <typename Items, typename Text>
  void List(const Items& items, const Text& text, const char* separator = "; ") {
    field_.clear();
    for (const auto& item : items) {
      if (!field_.empty()) field_ += separator;
      AppendCleanText(&field_, text(item));
    }
    Flush();
  }

 private:
  // A cell a spreadsheet would take for a formula (`=`, `+`, `-`, `@` first:
  // a title or a name from a scraped page, `=HYPERLINK(...)`) starts with
  // `'`, as OWASP's CSV-injection advice says: Excel and LibreOffice then
  // show it as text, pandas reads the text with the quote. (Checked once
  // cleaned: a bidi control or a blank before the `=` is not written.)
  void Flush() {
    clean_.clear();
    AppendCleanText(&clean_, field_);
    // A cell that begins with = + - or @ is a formula to a spreadsheet: an
    // article's "=HYPERLINK(…)" would run when the file is opened. OWASP's
    // advice: a leading ' makes it text (tabs and line breaks, the other
    // starts OWASP names, never begin a cleaned field).
    if (!clean_.empty() && (clean_[0] == '=' || clean_[0] == '+' || clean_[0] == '-' || clean_[0] == '@'))
      clean_.insert(0, 1, '\'');
    const std::string& text = clean_;
    if (cells_++) out_ += ',';
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
      out_ += text;
      return;
    }
    out_ += '"';
    for (char c : text) c == '"' ? out_ += "\"\"" : out_ += c;
    out_ += '"';
  }

  std::string& out_;
  std::string field_, clean_;
  size_t cells_ = 0;
};

std::string Number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

void EventRow(std::string& out, const Event& e, const std::unordered_map<std::string_view, const Actor*>& actors,
              const std::unordered_map<std::string_view, const Document*>& documents) {
  const std::optional<DayRange> range = CalendarRange(e.date);
  auto actor = [&](const std::string& id) -> const Actor* {
    auto it = actors.find(id);
    return it == actors.end() ? nullptr : it->second;
  };
  auto same = [](const std::string& s) -> const std::string& { return s; };
  CsvLine line(out);
  line.Field(e.id);
  line.Field(e.date);
  line.Field(range ? DayNumberToString(range->first) : "");
  line.Field(range ? DayNumberToString(range->last) : "");
  line.Field(EventClassName(e.event_class));
  line.Field(e.type);
  line.Field(e.cameo);
  line.Field(e.planned ? "true" : "false");
  line.List(e.participants, same);
  line.List(e.participants, [&](const std::string& id) -> const std::string& {
    const Actor* a = actor(id);
    return a == nullptr ? id : a->name;
  });
  static const std::string kNone;
  line.List(e.participants, [&](const std::string& id) -> const std::string& {
    const Actor* a = actor(id);
    return a == nullptr ? kNone : a->name_ar;
  });
  line.Field(e.place.name);
  line.Field(e.place.name_ar);
  line.List(e.sources, [&](const EventSource& s) -> const std::string& {
    auto it = documents.find(s.document);
    return it == documents.end() ? s.document : it->second->path;
  });
  std::vector<std::string_view> evidence;
  for (const EventSource& s : e.sources)
    for (const Evidence& ev : s.evidence) evidence.push_back(ev.text);
  line.List(evidence, [](std::string_view text) { return text; }, " | ");
  line.Field(render_internal::DateLabel(e.date, LabelLanguage::kBoth));
  line.List(e.sources, [&](const EventSource& s) -> const std::string& {
    auto it = documents.find(s.document);
    return it == documents.end() ? kNone : it->second->source;
  });
  line.List(e.sources, [&](const EventSource& s) -> const std::string& {
    auto it = documents.find(s.document);
    return it == documents.end() ? kNone : it->second->url;
  });
}

// The key of an event's row as a piece: the event, and the names and paths
// EventRow looks up for it.
// What a row shows of an actor or a document besides its id, as one number
// per id, computed once per build rather than once per event that names it.
using NameKeys = std::unordered_map<std::string_view, uint64_t>;

NameKeys ActorKeys(const std::vector<Actor>& actors) {
  NameKeys keys;
  keys.reserve(actors.size());
  for (const Actor& a : actors) keys.emplace(a.id, PieceKey("events.csv actor").Add(a.name).Add(a.name_ar).Value());
  return keys;
}

NameKeys DocumentKeys(const std::vector<Document>& documents) {
  NameKeys keys;
  keys.reserve(documents.size());
  for (const Document& d : documents)
    keys.emplace(d.id, PieceKey("events.csv document").Add(d.path).Add(d.source).Add(d.url).Value());
  return keys;
}

// The key of an event's row as a piece: the event, and the names and paths
// its row shows (an unknown id shows as itself, which the digest covers).
uint64_t RowKey(const Event& e, uint64_t digest, const NameKeys& actors, const NameKeys& documents) {
  PieceKey key("events.csv row");
  key.Add(digest);
  for (const std::string& id : e.participants) {
    auto it = actors.find(id);
    key.Add(it == actors.end() ? uint64_t{0} : it->second);
  }
  for (const EventSource& source : e.sources) {
    auto it = documents.find(source.document);
    key.Add(it == documents.end() ? uint64_t{0} : it->second);
  }
  return key.Value();
}

void GraphmlKey(std::string& out, const char* id, const char* owner, const char* type) {
  out += std::string("  <key id=\"") + id + "\" for=\"" + owner + "\" attr.name=\"" + id + "\" attr.type=\"" +
         type + "\"/>\n";
}

// XmlEscape(CleanText(text)) appended to `out`.
void AppendXmlText(std::string& out, std::string_view text, std::string& scratch) {
  scratch.clear();
  AppendCleanText(&scratch, text);
  size_t done = 0;
  for (size_t i = 0; i < scratch.size(); ++i) {
    const char* entity = nullptr;
    switch (scratch[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default: continue;
    }
    out.append(scratch, done, i - done);
    out += entity;
    done = i + 1;
  }
  out.append(scratch, done);
}

// The <data> lines of GraphML nodes and edges, appended to one string with
// scratch buffers reused from line to line: network.graphml has a few lines
// for each of tens of thousands of edges, and building each from temporary
// strings cost more than the rest of the export.
class GraphmlData {
 public:
  explicit GraphmlData(std::string& out) : out_(out) {}

  // Nothing for an empty value.
  void Add(const char* key, std::string_view value) {
    if (value.empty()) return;
    out_ += "      <data key=\"";
    out_ += key;
    out_ += "\">";
    AppendXmlText(out_, value, clean_);
    out_ += "</data>\n";
  }
  // The items cleaned and joined with "; ", a separator only after some text
  // (leading items that clean to nothing leave none).
  void AddList(const char* key, const std::vector<std::string>& items) {
    joined_.clear();
    for (const std::string& item : items) {
      if (!joined_.empty()) joined_ += "; ";
      AppendCleanText(&joined_, item);
    }
    Add(key, joined_);
  }

 private:
  std::string& out_;
  std::string clean_, joined_;
};

// About the bytes NetworkGraphml writes (markup and unescaped text), so the
// string is allocated once; escapes that lengthen text only make it grow.
size_t GraphmlSizeEstimate(const ActorGraph& graph) {
  size_t size = 2048;
  auto list = [](const std::vector<std::string>& items) {
    size_t n = 40;
    for (const std::string& item : items) n += item.size() + 2;
    return n;
  };
  for (const Actor& a : graph.actors) {
    size += 420 + 2 * a.id.size() + a.name.size() + a.name_ar.size() + a.country.size() + a.role.size();
  }
  for (const ActorEdge& e : graph.edges) {
    size += 200 + graph.actors[e.a].id.size() + graph.actors[e.b].id.size() + list(e.event_ids) + list(e.dates) +
            list(e.types);
  }
  return size;
}

}  // namespace

std::string EventsCsv(const std::vector<Document>& documents, const std::vector<Actor>& actors,
                      const std::vector<Event>& events, PieceMemo* pieces,
                      const std::vector<uint64_t>* event_digests) {
  std::unordered_map<std::string_view, const Actor*> by_id;
  for (const Actor& a : actors) by_id.emplace(a.id, &a);
  std::unordered_map<std::string_view, const Document*> docs;
  for (const Document& d : documents) docs.emplace(d.id, &d);
  std::string out;
  {
    CsvLine header(out);
    for (const char* name : {"id", "date", "start", "end", "class", "type", "cameo", "planned", "actors", "actors_en",
                             "actors_ar", "place", "place_ar", "sources", "evidence", "date_display", "outlets", "urls"}) {
      header.Field(name);
    }
  }
  if (pieces != nullptr && !pieces->splicing()) out.reserve(pieces->previous_size());  // about the size it will be
  const NameKeys actor_keys = pieces != nullptr ? ActorKeys(actors) : NameKeys();
  const NameKeys document_keys = pieces != nullptr ? DocumentKeys(documents) : NameKeys();
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    if (pieces == nullptr) {
      EventRow(out, e, by_id, docs);
      continue;
    }
    const uint64_t key = RowKey(e, event_digests != nullptr ? (*event_digests)[i] : EventDigest(e), actor_keys, document_keys);
    const size_t start = pieces->Position(out.size());
    if (std::optional<std::string_view> old = pieces->Find(key)) {
      pieces->Put(&out, *old);
    } else {
      EventRow(out, e, by_id, docs);
    }
    pieces->Add(key, start, pieces->Position(out.size()) - start);
  }
  return out;
}

std::string NetworkGraphml(const ActorGraph& graph) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const char* key : {"label", "name_ar", "type", "country", "role"}) GraphmlKey(out, key, "node", "string");
  for (const char* key : {"degree", "contacts", "component"}) GraphmlKey(out, key, "node", "int");
  GraphmlKey(out, "betweenness", "node", "double");
  GraphmlKey(out, "weight", "edge", "int");
  for (const char* key : {"kind", "dates", "types", "events"}) GraphmlKey(out, key, "edge", "string");
  out += "  <graph id=\"actors\" edgedefault=\"undirected\">\n";
  out.reserve(GraphmlSizeEstimate(graph));  // 54 MB at 20,000 articles: grown by doubling it peaked at twice that
  GraphmlData data(out);
  std::string scratch;
  std::vector<std::string> ids;  // escaped once, used by every edge of the actor
  ids.reserve(graph.actors.size());
  for (size_t i = 0; i < graph.actors.size(); ++i) {
    const Actor& a = graph.actors[i];
    const ActorStats& s = graph.stats[i];
    AppendXmlText(ids.emplace_back(), a.id, scratch);
    out += "    <node id=\"";
    out += ids.back();
    out += "\">\n";
    data.Add("label", a.name.empty() ? a.id : a.name);
    data.Add("name_ar", a.name_ar);
    data.Add("type", ActorTypeName(a.type));
    data.Add("country", a.country);
    data.Add("role", a.role);
    data.Add("degree", std::to_string(s.degree));
    data.Add("contacts", std::to_string(s.contacts));
    data.Add("component", std::to_string(s.component));
    data.Add("betweenness", Number(s.betweenness));
    out += "    </node>\n";
  }
  for (size_t k = 0; k < graph.edges.size(); ++k) {
    const ActorEdge& e = graph.edges[k];
    out += "    <edge id=\"e";
    out += std::to_string(k);
    out += "\" source=\"";
    out += ids[e.a];
    out += "\" target=\"";
    out += ids[e.b];
    out += "\">\n";
    data.Add("weight", std::to_string(e.count()));
    data.Add("kind", EdgeKindName(e.kind));
    data.AddList("dates", e.dates);
    data.AddList("types", e.types);
    data.AddList("events", e.event_ids);
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace tarikh
