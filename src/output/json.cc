// SPEC §3 JSON. Keys keep the order the SPEC shows them in, so the file reads
// like the contract and diffs cleanly. Written straight into the string with
// JsonWriter (no DOM): events.json of 10,000 articles is 60 MB.
#include "output/json.h"

#include <map>

#include "common/json_writer.h"
#include "tarikh/extraction.h"
#include "tarikh/parts.h"
#include "tarikh/timex.h"
#include "common/pieces.h"
#include "store/record.h"

namespace tarikh {
namespace {

using internal::JsonWriter;

void WriteDocument(JsonWriter& w, const Document& d) {
  w.BeginObject();
  w.Field("id", d.id);
  w.Field("path", d.path);
  w.Field("title", d.title);
  if (!d.source.empty()) w.Field("source", d.source);
  if (!d.url.empty()) w.Field("url", d.url);
  w.Key("doc_date");
  w.StringOrNull(d.doc_date);
  w.Field("doc_date_source", DocDateSourceName(d.doc_date_source));
  if (!d.doc_date_evidence.empty()) w.Field("doc_date_evidence", d.doc_date_evidence);
  if (d.encoding != "UTF-8") w.Field("encoding", d.encoding);
  w.EndObject();
}

void WriteSpan(JsonWriter& w, uint32_t begin, uint32_t end) {
  w.Key("span");
  w.BeginArray();
  w.Uint(begin);
  w.Uint(end);
  w.EndArray();
}

void WriteTimex(JsonWriter& w, const std::string& document_id, const Timex& t) {
  w.BeginObject();
  w.Field("document", document_id);
  w.Field("text", t.text);
  WriteSpan(w, t.begin, t.end);
  w.Field("type", TimexTypeName(t.type));
  w.Field("value", t.value);
  if (!t.anchor.empty()) w.Field("anchor", t.anchor);
  if (!t.mod.empty()) w.Field("mod", t.mod);
  w.EndObject();
}

// The key of one document's timexes as a piece: every field WriteTimex writes.
uint64_t TimexesKey(const std::string& document_id, const std::vector<Timex>& timexes) {
  PieceKey key("events.json timexes");
  key.Add(document_id);
  for (const Timex& t : timexes) {
    key.Add(t.text).Add(uint64_t{t.begin}).Add(uint64_t{t.end}).Add(TimexTypeName(t.type)).Add(t.value).Add(t.anchor).Add(t.mod);
  }
  return key.Value();
}

// Writes one piece with `write`, or copies it from the previous file.
template <typename Write>
void WritePiece(JsonWriter& w, std::string* out, PieceMemo* pieces, uint64_t key, const Write& write) {
  const size_t start = pieces->Position(w.PieceStart());
  if (std::optional<std::string_view> old = pieces->Find(key)) {
    w.Raw({});
    pieces->Put(out, *old);
  } else {
    write();
  }
  pieces->Add(key, start, pieces->Position(w.size()) - start);
}

void WriteActor(JsonWriter& w, const Actor& a) {
  w.BeginObject();
  w.Field("id", a.id);
  w.Field("name", a.name);
  w.Field("name_ar", a.name_ar);
  w.Field("type", ActorTypeName(a.type));
  w.Key("country");
  w.StringOrNull(a.country);
  w.Key("role");
  w.StringOrNull(a.role);
  if (!a.cameo.empty()) w.Field("cameo", a.cameo);
  w.Key("mentions");
  w.Strings(a.mentions);
  w.EndObject();
}

void WriteSource(JsonWriter& w, const EventSource& s) {
  w.BeginObject();
  w.Field("document", s.document);
  w.Key("date");
  w.StringOrNull(s.date);
  if (s.date_source != DateSource::kNone) w.Field("date_source", DateSourceName(s.date_source));
  w.Key("participants");
  w.Strings(s.participants);
  const Evidence& first = s.evidence.front();
  w.Field("text", first.text);
  WriteSpan(w, first.begin, first.end);
  if (s.evidence.size() > 1) {  // further sentences of the same article about the event
    w.Key("more_evidence");
    w.BeginArray();
    for (size_t i = 1; i < s.evidence.size(); ++i) {
      w.BeginObject();
      w.Field("text", s.evidence[i].text);
      WriteSpan(w, s.evidence[i].begin, s.evidence[i].end);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
}

void WriteEvent(JsonWriter& w, const Event& e) {
  w.BeginObject();
  w.Field("id", e.id);
  w.Field("type", e.type);
  w.Field("cameo", e.cameo);
  w.Field("class", EventClassName(e.event_class));
  w.Key("date");
  w.StringOrNull(e.date);
  w.Field("planned", e.planned);
  w.Key("place");
  if (e.place.id.empty()) {
    w.Null();
  } else {
    w.BeginObject();
    w.Field("id", e.place.id);
    w.Field("name", e.place.name);
    w.Field("name_ar", e.place.name_ar);
    w.EndObject();
  }
  w.Key("participants");
  w.Strings(e.participants);
  w.Key("sources");
  w.BeginArray();
  for (const EventSource& s : e.sources) {
    if (!s.evidence.empty()) WriteSource(w, s);
  }
  w.EndArray();
  w.EndObject();
}

// The "documents" and "actors" arrays, as events.json and its monthly index both hold them.
void WriteDocuments(JsonWriter& w, const Corpus& corpus) {
  w.Key("documents");
  w.BeginArray();
  for (const Extraction& e : corpus.extractions) WriteDocument(w, e.document);
  w.EndArray();
}

void WriteActors(JsonWriter& w, const Corpus& corpus) {
  w.Key("actors");
  w.BeginArray();
  for (const Actor& a : corpus.actors) WriteActor(w, a);
  w.EndArray();
}

}  // namespace

namespace {

std::string Write(const Corpus& corpus, JsonWriter::Layout layout, PieceMemo* pieces,
                  const std::vector<uint64_t>* event_digests) {
  std::string out;
  JsonWriter w(&out, layout);
  // Titles, names and sentences come from scraped pages: `<script>` in one
  // is kept as data, never as markup in the file (JsonWriter::EscapeMarkup);
  // bidi controls are never written.
  w.EscapeMarkup();
  w.BeginObject();
  w.Field("schema", "tarikh/1");
  WriteDocuments(w, corpus);
  w.Key("timexes");
  w.BeginArray();
  for (const Extraction& e : corpus.extractions) {
    auto write = [&] {
      for (const Timex& t : e.timexes) WriteTimex(w, e.document.id, t);
    };
    if (pieces == nullptr || e.timexes.empty()) {
      write();
    } else {
      WritePiece(w, &out, pieces, TimexesKey(e.document.id, e.timexes), write);
    }
  }
  w.EndArray();
  WriteActors(w, corpus);
  w.Key("events");
  w.BeginArray();
  for (size_t i = 0; i < corpus.events.size(); ++i) {
    const Event& e = corpus.events[i];
    if (pieces == nullptr) {
      WriteEvent(w, e);
    } else {  // an event's element is written from the event alone, all of which its record holds
      const uint64_t digest = event_digests != nullptr ? (*event_digests)[i] : EventDigest(e);
      WritePiece(w, &out, pieces, PieceKey("events.json event").Add(digest).Value(), [&] { WriteEvent(w, e); });
    }
  }
  w.EndArray();
  w.EndObject();
  return out;
}

}  // namespace

std::string CorpusToJson(const Corpus& corpus, PieceMemo* pieces, const std::vector<uint64_t>* event_digests) {
  std::string out = Write(corpus, JsonWriter::Layout::kPretty, pieces, event_digests);
  out += '\n';
  return out;
}

std::string MonthOf(const std::string& timex_value) {
  const std::optional<DayRange> range = CalendarRange(timex_value);
  return range ? DayNumberToString(range->first).substr(0, 7) : "undated";
}

std::vector<MonthPart> MonthParts(const Corpus& corpus) {
  std::map<std::string, MonthPart> by_month;
  for (size_t i = 0; i < corpus.events.size(); ++i) by_month[MonthOf(corpus.events[i].date)].events.push_back(i);
  for (size_t i = 0; i < corpus.extractions.size(); ++i) {
    if (corpus.extractions[i].timexes.empty()) continue;
    by_month[MonthOf(corpus.extractions[i].document.doc_date)].extractions.push_back(i);
  }
  std::vector<MonthPart> parts;
  for (auto& [month, part] : by_month) {  // "undated" sorts after the digits
    part.month = month;
    parts.push_back(std::move(part));
  }
  return parts;
}

uint64_t MonthPartKey(const Corpus& corpus, const MonthPart& part, const std::vector<uint64_t>& event_digests) {
  PieceKey key("events part");
  key.Add(part.month);
  for (size_t i : part.events) key.Add(event_digests[i]);
  for (size_t i : part.extractions) {
    const Extraction& e = corpus.extractions[i];
    key.Add(TimexesKey(e.document.id, e.timexes));
  }
  return key.Value();
}

std::string MonthPartToJson(const Corpus& corpus, const MonthPart& part) {
  std::string out;
  JsonWriter w(&out, JsonWriter::Layout::kPretty);
  w.EscapeMarkup();
  w.BeginObject();
  w.Field("schema", "tarikh/1");
  w.Field("month", part.month);
  w.Key("timexes");
  w.BeginArray();
  for (size_t i : part.extractions) {
    const Extraction& e = corpus.extractions[i];
    for (const Timex& t : e.timexes) WriteTimex(w, e.document.id, t);
  }
  w.EndArray();
  w.Key("events");
  w.BeginArray();
  for (size_t i : part.events) WriteEvent(w, corpus.events[i]);
  w.EndArray();
  w.EndObject();
  out += '\n';
  return out;
}

std::string MonthlyIndexJson(const Corpus& corpus, const std::vector<MonthPart>& parts) {
  std::string out;
  JsonWriter w(&out, JsonWriter::Layout::kPretty);
  w.EscapeMarkup();
  w.BeginObject();
  w.Field("schema", "tarikh/1");
  w.Field("layout", "monthly");
  WriteDocuments(w, corpus);
  WriteActors(w, corpus);
  w.Key("parts");
  w.BeginArray();
  for (const MonthPart& part : parts) {
    size_t timexes = 0;
    for (size_t i : part.extractions) timexes += corpus.extractions[i].timexes.size();
    w.BeginObject();
    w.Field("month", part.month);
    w.Key("events");
    w.Uint(part.events.size());
    w.Key("timexes");
    w.Uint(timexes);
    w.Field("json", part.JsonName());
    w.Field("csv", part.CsvName());
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out += '\n';
  return out;
}

namespace output {

std::string CorpusToCompactJson(const Corpus& corpus) { return Write(corpus, JsonWriter::Layout::kCompact, nullptr, nullptr); }

}  // namespace output

}  // namespace tarikh
