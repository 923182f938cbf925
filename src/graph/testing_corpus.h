// Hand-made corpora for the graph and render tests and benchmarks: the seed
// story (NATO, Russia and the United States, 2014–2022) and synthetic corpora
// of any size. Header-only so that tests and bench share it without putting
// test data into the library.
#ifndef TARIKH_GRAPH_TESTING_CORPUS_H_
#define TARIKH_GRAPH_TESTING_CORPUS_H_

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "tarikh/document.h"
#include "tarikh/entities.h"
#include "tarikh/events.h"

namespace tarikh::testing {

struct Corpus {
  std::vector<Document> documents;
  std::vector<Actor> actors;
  std::vector<Event> events;
};

inline Actor MakeActor(const char* id, const char* name, const char* name_ar, ActorType type,
                       const char* country, const char* role = "") {
  Actor a;
  a.id = id;
  a.name = name;
  a.name_ar = name_ar;
  a.type = type;
  a.country = country;
  a.role = role;
  a.mentions = {name_ar};
  return a;
}

// "a,b,c" -> {"a", "b", "c"}
inline std::vector<std::string> SplitIds(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    size_t comma = s.find(',', i);
    if (comma == std::string::npos) comma = s.size();
    out.push_back(s.substr(i, comma - i));
    i = comma + 1;
  }
  return out;
}

inline Event MakeEvent(const char* id, const char* type, const char* cameo, EventClass cls,
                       const char* date, const char* participants, const char* place_id = "",
                       const char* place = "", const char* place_ar = "", bool planned = false) {
  Event e;
  e.id = id;
  e.type = type;
  e.cameo = cameo;
  e.event_class = cls;
  e.date = date;
  e.planned = planned;
  e.place = {place_id, place, place_ar};
  e.participants = SplitIds(participants);
  return e;
}

inline void AddSource(Event& e, const char* document, const char* evidence, uint32_t begin) {
  EventSource s;
  s.document = document;
  s.date = e.date;
  s.participants = e.participants;
  s.evidence.push_back({evidence, begin, begin + 40});
  e.sources.push_back(std::move(s));
}

inline Document MakeDocument(const char* id, const char* path, const char* title, const char* date) {
  Document d;
  d.id = id;
  d.path = path;
  d.title = title;
  d.source = "Al Mayadeen";
  d.doc_date = date;
  d.doc_date_source = DocDateSource::kFrontMatter;
  return d;
}

inline std::vector<Actor> SeedActors() {
  const ActorType P = ActorType::kPerson, O = ActorType::kOrganization, C = ActorType::kCountry;
  return {
      MakeActor("alexander-fomin", "Alexander Fomin", "ألكسندر فومين", P, "RUS", "Deputy Defence Minister"),
      MakeActor("alexander-grushko", "Alexander Grushko", "ألكسندر غروشكو", P, "RUS", "Deputy Foreign Minister"),
      MakeActor("jens-stoltenberg", "Jens Stoltenberg", "ينس ستولتنبرغ", P, "NOR", "NATO Secretary General"),
      MakeActor("joseph-dunford", "Joseph Dunford", "جوزيف دانفورد", P, "USA", "Chairman of the Joint Chiefs of Staff"),
      MakeActor("nato", "NATO", "حلف شمال الأطلسي", O, ""),
      MakeActor("osce", "OSCE", "منظمة الأمن والتعاون في أوروبا", O, ""),
      MakeActor("petr-pavel", "Petr Pavel", "بيتر بافل", P, "CZE", "Chair of the NATO Military Committee"),
      MakeActor("russia", "Russia", "روسيا", C, "RUS"),
      MakeActor("sergei-ryabkov", "Sergei Ryabkov", "سيرغي ريابكوف", P, "RUS", "Deputy Foreign Minister"),
      MakeActor("united-states", "United States", "الولايات المتحدة", C, "USA"),
      MakeActor("valery-gerasimov", "Valery Gerasimov", "فاليري غيراسيموف", P, "RUS", "Chief of the General Staff"),
      MakeActor("wendy-sherman", "Wendy Sherman", "ويندي شيرمان", P, "USA", "Deputy Secretary of State"),
      MakeActor("geneva", "Geneva", "جنيف", ActorType::kPlace, "CHE"),
  };
}

inline std::vector<Event> SeedEvents() {
  const EventClass K = EventClass::kContact, R = EventClass::kRupture, S = EventClass::kStatement;
  std::vector<Event> events = {
      MakeEvent("e-0000000000000001", "suspension", "161", R, "2014-SP", "nato,russia"),
      MakeEvent("e-0000000000000002", "meeting", "044", K, "2017-02", "joseph-dunford,valery-gerasimov", "baku", "Baku", "باكو"),
      MakeEvent("e-0000000000000003", "call", "041", K, "2017-03-03", "petr-pavel,valery-gerasimov"),
      MakeEvent("e-0000000000000004", "talks", "046", K, "2022-01-09/2022-01-10",
                "alexander-fomin,russia,sergei-ryabkov,united-states,wendy-sherman", "geneva", "Geneva", "جنيف"),
      MakeEvent("e-0000000000000005", "council", "046", K, "2022-01-12",
                "alexander-fomin,alexander-grushko,jens-stoltenberg,nato,russia,wendy-sherman", "brussels",
                "Brussels", "بروكسل"),
      MakeEvent("e-0000000000000006", "press_conference", "010", S, "2022-01-12", "jens-stoltenberg", "brussels",
                "Brussels", "بروكسل"),
      MakeEvent("e-0000000000000007", "conference", "046", K, "2022-01-13", "osce,russia,united-states", "vienna",
                "Vienna", "فيينا", true),
  };
  const char* d1 = "d-1a2b3c4d5e6f7081";
  const char* d2 = "d-90a1b2c3d4e5f607";
  AddSource(events[0], d1, "ويخيم التوتر على العلاقات بين الطرفين منذ ربيع 2014 حين علّق الحلف التعاون العملي مع روسيا.", 910);
  AddSource(events[1], d2, "والتقى غيراسيموف بنظيره الأمريكي جوزيف دانفورد في باكو في شباط/فبراير 2017.", 400);
  AddSource(events[2], d2, "وأجرى رئيس الأركان الروسي فاليري غيراسيموف اتصالا هاتفيا مع بيتر بافل في 3 آذار/مارس 2017.", 120);
  AddSource(events[3], d1, "وكانت المحادثات التي جرت يومي 9 و10 كانون الثاني/يناير في جنيف بين ريابكوف وشيرمان صعبة.", 540);
  AddSource(events[3], d2, "وقال ريابكوف إن المحادثات في جنيف كانت صعبة لكنها مهنية.", 760);
  AddSource(events[4], d1, "وعقد مجلس الناتو-روسيا اليوم الأربعاء اجتماعه الأول منذ عامين ونصف في بروكسل.", 318);
  AddSource(events[5], d1, "وقال ستولتنبرغ في مؤتمر صحفي إن الخلافات بين الحلف وروسيا كبيرة.", 1200);
  AddSource(events[6], d1, "ومن المقرر أن يجتمع المجلس الدائم لمنظمة الأمن والتعاون في أوروبا غدا الخميس في فيينا.", 1400);
  return events;
}

inline Corpus SeedCorpus() {
  Corpus c;
  c.documents = {
      MakeDocument("d-1a2b3c4d5e6f7081", "samples/001-nato-russia-council.md",
                   "حلف الأطلسي وروسيا يكشفان عن خلافات كبيرة", "2022-01-12"),
      MakeDocument("d-90a1b2c3d4e5f607", "samples/002-gerasimov.md", "غيراسيموف: قنوات الاتصال العسكرية مفتوحة", "2022-01-11"),
  };
  c.actors = SeedActors();
  c.events = SeedEvents();
  return c;
}

// A deterministic corpus of `actors` actors and `events` two- or three-party
// events spread over `years` years (a small LCG, so it is the same everywhere).
inline Corpus SyntheticCorpus(size_t actors, size_t events, int years = 10, uint32_t seed = 1) {
  uint64_t state = seed;
  auto next = [&state](uint64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>((state >> 33) % n);
  };
  Corpus c;
  c.documents.push_back(MakeDocument("d-0000000000000000", "synthetic.md", "synthetic", "2024-01-01"));
  const ActorType types[] = {ActorType::kPerson, ActorType::kOrganization, ActorType::kCountry};
  for (size_t i = 0; i < actors; ++i) {
    std::string id = "actor-" + std::to_string(100000 + i);
    Actor a = MakeActor(id.c_str(), ("Actor " + std::to_string(i)).c_str(),
                        ("الفاعل " + std::to_string(i)).c_str(), types[i % 3], "XXX");
    c.actors.push_back(std::move(a));
  }
  const char* kinds[][3] = {{"meeting", "040", "contact"}, {"call", "041", "contact"},
                            {"talks", "046", "contact"},   {"suspension", "161", "rupture"}};
  for (size_t i = 0; i < events; ++i) {
    size_t k = next(10) < 8 ? next(3) : 3;
    char date[40];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2014 + static_cast<int>(next(static_cast<uint64_t>(years))),
                  static_cast<int>(1 + next(12)), static_cast<int>(1 + next(28)));
    std::string ids = c.actors[next(actors)].id + "," + c.actors[next(actors)].id;
    if (next(4) == 0) ids += "," + c.actors[next(actors)].id;
    std::string id = "e-" + std::to_string(1000000000000000ULL + i);
    Event e = MakeEvent(id.c_str(), kinds[k][0], kinds[k][1], k == 3 ? EventClass::kRupture : EventClass::kContact,
                        date, ids.c_str());
    if (next(6) == 0) e.date = e.date.substr(0, 7);  // some month-precision dates
    std::sort(e.participants.begin(), e.participants.end());
    e.participants.erase(std::unique(e.participants.begin(), e.participants.end()), e.participants.end());
    AddSource(e, "d-0000000000000000", "جملة للاختبار.", static_cast<uint32_t>(i * 50));
    c.events.push_back(std::move(e));
  }
  return c;
}

}  // namespace tarikh::testing

#endif  // TARIKH_GRAPH_TESTING_CORPUS_H_
