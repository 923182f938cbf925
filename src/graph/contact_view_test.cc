// The links a network view draws: who met whom among people, or among
// countries and organisations; a meeting of many parties apart.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "graph/testing_corpus.h"
#include "tarikh/graph.h"

namespace tarikh {
namespace {

using testing::MakeActor;
using testing::MakeEvent;

std::vector<Actor> Actors() {
  std::vector<Actor> out;
  for (const char* id : {"p1", "p2", "p3", "p4", "p5", "p6"})
    out.push_back(MakeActor(id, id, "", ActorType::kPerson, ""));
  out.push_back(MakeActor("egypt", "Egypt", "مصر", ActorType::kCountry, "EGY"));
  out.push_back(MakeActor("jordan", "Jordan", "الأردن", ActorType::kCountry, "JOR"));
  out.push_back(MakeActor("arab-league", "Arab League", "جامعة الدول العربية", ActorType::kOrganization, ""));
  out.push_back(MakeActor("amman", "Amman", "عمان", ActorType::kPlace, "JOR"));
  return out;
}

std::string Edges(const ActorGraph& graph, const ContactView& view) {
  std::string out;
  for (const ActorEdge& e : view.edges) {
    out += (out.empty() ? "" : " ") + graph.actors[e.a].id + "-" + graph.actors[e.b].id + ":" +
           std::to_string(e.count()) + (e.kind == EdgeKind::kRupture ? "r" : "");
  }
  return out;
}

TEST(ContactViewTest, PeopleWhoMetAndCountriesApart) {
  const struct {
    std::vector<Event> events;
    std::string people, countries;
    size_t people_meetings, country_meetings;
  } cases[] = {
      // Two officials meet, their countries with them: a person link and a country link.
      {{MakeEvent("e1", "meeting", "040", EventClass::kContact, "2022-01-10", "p1,p2,egypt,jordan,amman")},
       "p1-p2:1", "egypt-jordan:1", 0, 0},
      // Met twice; a call counts as a contact too.
      {{MakeEvent("e1", "meeting", "040", EventClass::kContact, "2022-01-10", "p1,p2"),
        MakeEvent("e2", "call", "041", EventClass::kContact, "2022-03-01", "p1,p2")},
       "p1-p2:2", "", 0, 0},
      // A person meeting a country only is no link between people.
      {{MakeEvent("e1", "visit", "042", EventClass::kContact, "2022-01-10", "p1,jordan")}, "", "", 0, 0},
      // A statement links nobody; a rupture links the countries, as a rupture.
      {{MakeEvent("e1", "statement", "010", EventClass::kStatement, "2022-01-10", "p1,p2"),
        MakeEvent("e2", "expulsion", "166", EventClass::kRupture, "2022-02-01", "egypt,jordan")},
       "", "egypt-jordan:1r", 0, 0},
      // Four people: pairs. Five: one meeting linked to each, no clique.
      {{MakeEvent("e1", "meeting", "040", EventClass::kContact, "2022-01-10", "p1,p2,p3,p4")},
       "p1-p2:1 p1-p3:1 p1-p4:1 p2-p3:1 p2-p4:1 p3-p4:1", "", 0, 0},
      {{MakeEvent("e1", "summit", "043", EventClass::kContact, "2022-01-10", "p1,p2,p3,p4,p5,egypt,jordan")}, "",
       "egypt-jordan:1", 1, 0},
  };
  for (const auto& c : cases) {
    const ActorGraph graph = BuildActorGraph(Actors(), c.events);
    const ContactView people = BuildContactView(graph, NetworkView::kPeople);
    const ContactView countries = BuildContactView(graph, NetworkView::kCountries);
    EXPECT_EQ(Edges(graph, people), c.people) << c.events[0].id << " " << c.events[0].type;
    EXPECT_EQ(Edges(graph, countries), c.countries) << c.events[0].type;
    EXPECT_EQ(people.meetings.size(), c.people_meetings) << c.events[0].type;
    EXPECT_EQ(countries.meetings.size(), c.country_meetings) << c.events[0].type;
    for (const GroupMeeting& m : people.meetings) EXPECT_EQ(m.parties.size(), 5u);
  }
}

TEST(ContactViewTest, AnEdgeKeepsItsEventsInDateOrder) {
  const std::vector<Event> events = {
      MakeEvent("late", "call", "041", EventClass::kContact, "2022-03-01", "p1,p2"),
      MakeEvent("early", "meeting", "040", EventClass::kContact, "2021-12-30", "p1,p2"),
      MakeEvent("undated", "meeting", "040", EventClass::kContact, "", "p1,p2")};
  const ActorGraph graph = BuildActorGraph(Actors(), events);
  const ContactView view = BuildContactView(graph, NetworkView::kPeople);
  ASSERT_EQ(view.edges.size(), 1u);
  EXPECT_EQ(view.edges[0].event_ids, (std::vector<std::string>{"early", "late", "undated"}));
  EXPECT_EQ(view.edges[0].types, (std::vector<std::string>{"call", "meeting"}));
  EXPECT_EQ(view.actors.size(), 2u);
}

}  // namespace
}  // namespace tarikh
