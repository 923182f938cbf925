// events.csv (RFC 4180) and network.graphml (GraphML 1.0): the record for
// spreadsheets, pandas and R, and the graph for Gephi, networkx and yEd.
#include <cstdio>
#include <map>
#include <optional>
#include <unordered_map>
#include <string>

#include "render/text.h"
#include "tarikh/pieces.h"
#include "tarikh/record.h"
#include "tarikh/render.h"
#include "tarikh/timex.h"

namespace tarikh {
namespace {

using render_internal::AppendCleanText;
using render_internal::CleanText;
using render_internal::XmlEscape;

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
  void Flush() {
    clean_.clear();
    AppendCleanText(&clean_, field_);
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

std::string Join(const std::vector<std::string>& items, const char* separator = "; ") {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + CleanText(item);
  return out;
}

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
}

// The key of an event's row as a piece: the event, and the names and paths
// EventRow looks up for it.
uint64_t RowKey(const Event& e, const std::unordered_map<std::string_view, const Actor*>& actors,
                const std::unordered_map<std::string_view, const Document*>& documents) {
  PieceKey key("events.csv row");
  key.Add(EventToRecord(e));
  for (const std::string& id : e.participants) {
    auto it = actors.find(id);
    if (it == actors.end()) {
      key.Add(uint64_t{0});
    } else {
      key.Add(uint64_t{1}).Add(it->second->name).Add(it->second->name_ar);
    }
  }
  for (const EventSource& source : e.sources) {
    auto it = documents.find(source.document);
    if (it == documents.end()) {
      key.Add(uint64_t{0});
    } else {
      key.Add(uint64_t{1}).Add(it->second->path);
    }
  }
  return key.Value();
}

void GraphmlKey(std::string& out, const char* id, const char* owner, const char* type) {
  out += std::string("  <key id=\"") + id + "\" for=\"" + owner + "\" attr.name=\"" + id + "\" attr.type=\"" +
         type + "\"/>\n";
}

void GraphmlData(std::string& out, const char* key, const std::string& value) {
  if (!value.empty()) out += std::string("      <data key=\"") + key + "\">" + XmlEscape(CleanText(value)) + "</data>\n";
}

}  // namespace

std::string EventsCsv(const std::vector<Document>& documents, const std::vector<Actor>& actors,
                      const std::vector<Event>& events, PieceMemo* pieces) {
  std::unordered_map<std::string_view, const Actor*> by_id;
  for (const Actor& a : actors) by_id.emplace(a.id, &a);
  std::unordered_map<std::string_view, const Document*> docs;
  for (const Document& d : documents) docs.emplace(d.id, &d);
  std::string out;
  {
    CsvLine header(out);
    for (const char* name : {"id", "date", "start", "end", "class", "type", "cameo", "planned", "actors", "actors_en",
                             "actors_ar", "place", "place_ar", "sources", "evidence"}) {
      header.Field(name);
    }
  }
  for (const Event& e : events) {
    if (pieces == nullptr) {
      EventRow(out, e, by_id, docs);
      continue;
    }
    const uint64_t key = RowKey(e, by_id, docs);
    const size_t start = out.size();
    if (std::optional<std::string_view> old = pieces->Find(key)) {
      out += *old;
    } else {
      EventRow(out, e, by_id, docs);
    }
    pieces->Add(key, start, out.size() - start);
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
  for (size_t i = 0; i < graph.actors.size(); ++i) {
    const Actor& a = graph.actors[i];
    const ActorStats& s = graph.stats[i];
    out += "    <node id=\"" + XmlEscape(CleanText(a.id)) + "\">\n";
    GraphmlData(out, "label", a.name.empty() ? a.id : a.name);
    GraphmlData(out, "name_ar", a.name_ar);
    GraphmlData(out, "type", ActorTypeName(a.type));
    GraphmlData(out, "country", a.country);
    GraphmlData(out, "role", a.role);
    GraphmlData(out, "degree", std::to_string(s.degree));
    GraphmlData(out, "contacts", std::to_string(s.contacts));
    GraphmlData(out, "component", std::to_string(s.component));
    GraphmlData(out, "betweenness", Number(s.betweenness));
    out += "    </node>\n";
  }
  for (size_t k = 0; k < graph.edges.size(); ++k) {
    const ActorEdge& e = graph.edges[k];
    out += "    <edge id=\"e" + std::to_string(k) + "\" source=\"" + XmlEscape(CleanText(graph.actors[e.a].id)) +
           "\" target=\"" + XmlEscape(CleanText(graph.actors[e.b].id)) + "\">\n";
    GraphmlData(out, "weight", std::to_string(e.count()));
    GraphmlData(out, "kind", EdgeKindName(e.kind));
    GraphmlData(out, "dates", Join(e.dates));
    GraphmlData(out, "types", Join(e.types));
    GraphmlData(out, "events", Join(e.event_ids));
    out += "    </edge>\n";
  }
  return out + "  </graph>\n</graphml>\n";
}

}  // namespace tarikh
