// SPEC §3 JSON. Keys keep the order the SPEC shows them in (ordered_json), so
// the file reads like the contract and diffs cleanly.
#include <nlohmann/json.hpp>

#include "tarikh/extraction.h"

namespace tarikh {
namespace {

using Json = nlohmann::ordered_json;

Json DocumentJson(const Document& d) {
  Json j;
  j["id"] = d.id;
  j["path"] = d.path;
  j["title"] = d.title;
  if (!d.source.empty()) j["source"] = d.source;
  if (!d.url.empty()) j["url"] = d.url;
  j["doc_date"] = d.doc_date.empty() ? Json(nullptr) : Json(d.doc_date);
  j["doc_date_source"] = DocDateSourceName(d.doc_date_source);
  if (d.encoding != "UTF-8") j["encoding"] = d.encoding;
  return j;
}

Json Span(uint32_t begin, uint32_t end) { return Json::array({begin, end}); }

Json TimexJson(const std::string& document_id, const Timex& t) {
  Json j;
  j["document"] = document_id;
  j["text"] = t.text;
  j["span"] = Span(t.begin, t.end);
  j["type"] = TimexTypeName(t.type);
  j["value"] = t.value;
  if (!t.anchor.empty()) j["anchor"] = t.anchor;
  return j;
}

Json ActorJson(const Actor& a) {
  Json j;
  j["id"] = a.id;
  j["name"] = a.name;
  j["name_ar"] = a.name_ar;
  j["type"] = ActorTypeName(a.type);
  j["country"] = a.country.empty() ? Json(nullptr) : Json(a.country);
  j["role"] = a.role.empty() ? Json(nullptr) : Json(a.role);
  j["mentions"] = a.mentions;
  return j;
}

Json SourceJson(const EventSource& s) {
  Json j;
  j["document"] = s.document;
  j["date"] = s.date.empty() ? Json(nullptr) : Json(s.date);
  j["participants"] = s.participants;
  const Evidence& first = s.evidence.front();
  j["text"] = first.text;
  j["span"] = Span(first.begin, first.end);
  if (s.evidence.size() > 1) {  // further sentences of the same article about the event
    Json more = Json::array();
    for (size_t i = 1; i < s.evidence.size(); ++i) {
      more.push_back({{"text", s.evidence[i].text}, {"span", Span(s.evidence[i].begin, s.evidence[i].end)}});
    }
    j["more_evidence"] = std::move(more);
  }
  return j;
}

Json EventJson(const Event& e) {
  Json j;
  j["id"] = e.id;
  j["type"] = e.type;
  j["cameo"] = e.cameo;
  j["class"] = EventClassName(e.event_class);
  j["date"] = e.date.empty() ? Json(nullptr) : Json(e.date);
  j["planned"] = e.planned;
  if (e.place.id.empty()) {
    j["place"] = nullptr;
  } else {
    j["place"] = {{"id", e.place.id}, {"name", e.place.name}, {"name_ar", e.place.name_ar}};
  }
  j["participants"] = e.participants;
  Json sources = Json::array();
  for (const EventSource& s : e.sources) {
    if (!s.evidence.empty()) sources.push_back(SourceJson(s));
  }
  j["sources"] = std::move(sources);
  return j;
}

}  // namespace

std::string CorpusToJson(const Corpus& corpus) {
  Json root;
  root["schema"] = "tarikh/1";
  Json documents = Json::array();
  Json timexes = Json::array();
  for (const Extraction& e : corpus.extractions) {
    documents.push_back(DocumentJson(e.document));
    for (const Timex& t : e.timexes) timexes.push_back(TimexJson(e.document.id, t));
  }
  root["documents"] = std::move(documents);
  root["timexes"] = std::move(timexes);
  Json actors = Json::array();
  for (const Actor& a : corpus.actors) actors.push_back(ActorJson(a));
  root["actors"] = std::move(actors);
  Json events = Json::array();
  for (const Event& e : corpus.events) events.push_back(EventJson(e));
  root["events"] = std::move(events);
  // Invalid UTF-8 cannot reach here (ingestion validates); replace defensively rather than throw.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace tarikh
