// Records: an Extraction as compact JSON (see include/tarikh/record.h).
//
// Arrays stand in for objects where a value has a fixed shape (timexes,
// places, evidence): records of 10,000 articles are parsed on every build
// that has to rebuild the corpus, and short records parse faster.
#include <nlohmann/json.hpp>

#include "tarikh/record.h"

namespace tarikh {
namespace {

using Json = nlohmann::json;

// Enum from its name, by trying every value up to `last`.
template <typename Enum>
bool EnumFromName(const std::string& name, Enum last, const char* (*name_of)(Enum), Enum* out) {
  for (int i = 0; i <= static_cast<int>(last); ++i) {
    if (name == name_of(static_cast<Enum>(i))) {
      *out = static_cast<Enum>(i);
      return true;
    }
  }
  return false;
}

Json DocumentRecord(const Document& d) {
  return Json{{"id", d.id},          {"path", d.path},   {"body_begin", d.body_begin},
              {"body_begin_byte", d.body_begin_byte}, {"encoding", d.encoding}, {"metadata", d.metadata},
              {"title", d.title},    {"source", d.source}, {"url", d.url},
              {"doc_date", d.doc_date}, {"doc_date_source", DocDateSourceName(d.doc_date_source)}};
}

Json ActorRecord(const Actor& a) {
  return Json{{"id", a.id},           {"name", a.name}, {"name_ar", a.name_ar}, {"type", ActorTypeName(a.type)},
              {"country", a.country}, {"role", a.role}, {"mentions", a.mentions}};
}

Json EventRecord(const Event& e) {
  Json sources = Json::array();
  for (const EventSource& s : e.sources) {
    Json evidence = Json::array();
    for (const Evidence& ev : s.evidence) evidence.push_back(Json::array({ev.text, ev.begin, ev.end}));
    sources.push_back({{"document", s.document}, {"date", s.date}, {"participants", s.participants},
                       {"evidence", std::move(evidence)}});
  }
  return Json{{"id", e.id},
              {"type", e.type},
              {"cameo", e.cameo},
              {"class", EventClassName(e.event_class)},
              {"date", e.date},
              {"planned", e.planned},
              {"place", Json::array({e.place.id, e.place.name, e.place.name_ar})},
              {"participants", e.participants},
              {"sources", std::move(sources)}};
}

void ReadDocument(const Json& j, Document* d) {
  d->id = j.at("id").get<std::string>();
  d->path = j.at("path").get<std::string>();
  d->body_begin = j.at("body_begin").get<uint32_t>();
  d->body_begin_byte = j.at("body_begin_byte").get<uint32_t>();
  d->encoding = j.at("encoding").get<std::string>();
  d->metadata = j.at("metadata").get<std::map<std::string, std::string>>();
  d->title = j.at("title").get<std::string>();
  d->source = j.at("source").get<std::string>();
  d->url = j.at("url").get<std::string>();
  d->doc_date = j.at("doc_date").get<std::string>();
  if (!EnumFromName(j.at("doc_date_source").get<std::string>(), DocDateSource::kDateline, DocDateSourceName,
                    &d->doc_date_source)) {
    throw std::invalid_argument("doc_date_source");
  }
}

Timex ReadTimex(const Json& j) {
  Timex t;
  t.text = j.at(0).get<std::string>();
  t.begin = j.at(1).get<uint32_t>();
  t.end = j.at(2).get<uint32_t>();
  if (!EnumFromName(j.at(3).get<std::string>(), TimexType::kSet, TimexTypeName, &t.type)) {
    throw std::invalid_argument("timex type");
  }
  t.value = j.at(4).get<std::string>();
  t.anchor = j.at(5).get<std::string>();
  return t;
}

Actor ReadActor(const Json& j) {
  Actor a;
  a.id = j.at("id").get<std::string>();
  a.name = j.at("name").get<std::string>();
  a.name_ar = j.at("name_ar").get<std::string>();
  if (!EnumFromName(j.at("type").get<std::string>(), ActorType::kPlace, ActorTypeName, &a.type)) {
    throw std::invalid_argument("actor type");
  }
  a.country = j.at("country").get<std::string>();
  a.role = j.at("role").get<std::string>();
  a.mentions = j.at("mentions").get<std::vector<std::string>>();
  return a;
}

EventSource ReadSource(const Json& j) {
  EventSource s;
  s.document = j.at("document").get<std::string>();
  s.date = j.at("date").get<std::string>();
  s.participants = j.at("participants").get<std::vector<std::string>>();
  for (const Json& ev : j.at("evidence")) {
    s.evidence.push_back({ev.at(0).get<std::string>(), ev.at(1).get<uint32_t>(), ev.at(2).get<uint32_t>()});
  }
  return s;
}

Event ReadEvent(const Json& j) {
  Event e;
  e.id = j.at("id").get<std::string>();
  e.type = j.at("type").get<std::string>();
  e.cameo = j.at("cameo").get<std::string>();
  if (!EnumFromName(j.at("class").get<std::string>(), EventClass::kOther, EventClassName, &e.event_class)) {
    throw std::invalid_argument("event class");
  }
  e.date = j.at("date").get<std::string>();
  e.planned = j.at("planned").get<bool>();
  const Json& place = j.at("place");
  e.place = {place.at(0).get<std::string>(), place.at(1).get<std::string>(), place.at(2).get<std::string>()};
  e.participants = j.at("participants").get<std::vector<std::string>>();
  for (const Json& s : j.at("sources")) e.sources.push_back(ReadSource(s));
  return e;
}

}  // namespace

std::string ExtractionToRecord(const Extraction& extraction) {
  Json timexes = Json::array();
  for (const Timex& t : extraction.timexes) {
    timexes.push_back(Json::array({t.text, t.begin, t.end, TimexTypeName(t.type), t.value, t.anchor}));
  }
  Json actors = Json::array();
  for (const Actor& a : extraction.entities.actors) actors.push_back(ActorRecord(a));
  Json events = Json::array();
  for (const Event& e : extraction.events) events.push_back(EventRecord(e));
  const Json record{{"v", kRecordVersion},
                    {"document", DocumentRecord(extraction.document)},
                    {"timexes", std::move(timexes)},
                    {"actors", std::move(actors)},
                    {"events", std::move(events)}};
  return record.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<Extraction> ExtractionFromRecord(std::string_view record) {
  // nlohmann reports malformed records by throwing; nothing is thrown out of the library.
  try {
    const Json j = Json::parse(record);
    if (j.at("v").get<int>() != kRecordVersion) return Status::InvalidInput("record of another version");
    Extraction e;
    ReadDocument(j.at("document"), &e.document);
    for (const Json& t : j.at("timexes")) e.timexes.push_back(ReadTimex(t));
    for (const Json& a : j.at("actors")) e.entities.actors.push_back(ReadActor(a));
    for (const Json& ev : j.at("events")) e.events.push_back(ReadEvent(ev));
    return e;
  } catch (const std::exception& error) {
    return Status::InvalidInput(std::string("malformed record: ") + error.what());
  }
}

std::string EventToRecord(const Event& event) {
  return EventRecord(event).dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<Event> EventFromRecord(std::string_view record) {
  try {
    return ReadEvent(Json::parse(record));
  } catch (const std::exception& error) {
    return Status::InvalidInput(std::string("malformed event record: ") + error.what());
  }
}

}  // namespace tarikh
