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

Json TimexJson(const std::string& document_id, const Timex& t) {
  Json j;
  j["document"] = document_id;
  j["text"] = t.text;
  j["span"] = Json::array({t.begin, t.end});
  j["type"] = TimexTypeName(t.type);
  j["value"] = t.value;
  if (!t.anchor.empty()) j["anchor"] = t.anchor;
  return j;
}

}  // namespace

std::string ExtractionsToJson(const std::vector<Extraction>& extractions) {
  Json root;
  root["schema"] = "tarikh/1";
  Json documents = Json::array();
  Json timexes = Json::array();
  for (const Extraction& e : extractions) {
    documents.push_back(DocumentJson(e.document));
    for (const Timex& t : e.timexes) timexes.push_back(TimexJson(e.document.id, t));
  }
  root["documents"] = std::move(documents);
  root["timexes"] = std::move(timexes);
  // "actors" and "events" join when the entity and event stages exist: an
  // empty list would claim that nothing was found.
  // Invalid UTF-8 cannot reach here (ingestion validates); replace defensively rather than throw.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace tarikh
