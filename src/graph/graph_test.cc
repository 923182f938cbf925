#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <boost/graph/betweenness_centrality.hpp>
#include <random>

#include "graph/boost_graph.h"
#include "graph/testing_corpus.h"
#include "tarikh/graph.h"

namespace tarikh {
namespace {

// "a-b kind xN [dates]" for every edge, in output order.
std::vector<std::string> DumpEdges(const ActorGraph& g) {
  std::vector<std::string> out;
  for (const ActorEdge& e : g.edges) {
    std::string s = g.actors[e.a].id + "-" + g.actors[e.b].id + " " + EdgeKindName(e.kind) + " x" +
                    std::to_string(e.count()) + " [";
    for (size_t i = 0; i < e.dates.size(); ++i) s += (i ? "," : "") + e.dates[i];
    out.push_back(s + "]");
  }
  return out;
}

std::vector<std::string> Ids(const ActorGraph& g, const std::vector<size_t>& indices) {
  std::vector<std::string> out;
  for (size_t i : indices) out.push_back(g.actors[i].id);
  return out;
}

std::vector<std::string> EventIds(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(e.id.substr(e.id.size() - 1));
  return out;
}

TEST(GraphBuildTest, SeedStoryVerticesAndEdges) {
  testing::Corpus c = testing::SeedCorpus();
  ActorGraph g = BuildActorGraph(c.actors, c.events);
  ASSERT_EQ(g.actors.size(), 12u);  // geneva is a place, not a vertex
  EXPECT_EQ(g.Find("geneva"), ActorGraph::npos);
  std::vector<std::string> edges = DumpEdges(g);
  auto has = [&](const std::string& s) { return std::find(edges.begin(), edges.end(), s) != edges.end(); };
  EXPECT_TRUE(has("nato-russia contact x1 [2022-01-12]"));
  EXPECT_TRUE(has("nato-russia rupture x1 [2014-SP]"));
  EXPECT_TRUE(has("russia-united-states contact x2 [2022-01-09/2022-01-10,2022-01-13]"));
  EXPECT_TRUE(has("petr-pavel-valery-gerasimov contact x1 [2017-03-03]"));
  EXPECT_FALSE(has("jens-stoltenberg-jens-stoltenberg contact x1 [2022-01-12]"));
  // Edges of a pair stay in date order whatever the order of the input.
  std::reverse(c.events.begin(), c.events.end());
  EXPECT_EQ(DumpEdges(BuildActorGraph(c.actors, c.events)), edges);
}

TEST(GraphBuildTest, UndescribedParticipantGetsAStubVertex) {
  std::vector<Event> events = {testing::MakeEvent("e-1", "call", "041", EventClass::kContact, "2020", "a,b")};
  ActorGraph g = BuildActorGraph({}, events);
  ASSERT_EQ(g.actors.size(), 2u);
  EXPECT_EQ(g.actors[0].name, "a");
  EXPECT_EQ(g.edges.size(), 1u);
}

TEST(GraphStatsTest, StarCentreHasBetweennessOneAndLeavesZero) {
  std::vector<Event> events;
  for (const char* leaf : {"b", "c", "d", "e"})
    events.push_back(testing::MakeEvent(leaf, "call", "041", EventClass::kContact, "2020",
                                        (std::string("a,") + leaf).c_str()));
  ActorGraph g = BuildActorGraph({}, events);
  EXPECT_DOUBLE_EQ(g.stats[g.Find("a")].betweenness, 1.0);  // networkx: 1.0
  EXPECT_DOUBLE_EQ(g.stats[g.Find("b")].betweenness, 0.0);
  EXPECT_EQ(g.stats[g.Find("a")].degree, 4u);
  EXPECT_EQ(g.stats[g.Find("a")].contacts, 4u);
  EXPECT_EQ(Ids(g, RankActors(g)).front(), "a");
}

// Our parallel Brandes against Boost's on random graphs (sparse and dense,
// disconnected, more vertices than one thread's share, with rupture edges
// that betweenness ignores).
TEST(GraphStatsTest, BetweennessMatchesBoostOnRandomGraphs) {
  std::mt19937 rng(7);
  for (const auto& [vertices, edges] : {std::pair{5, 6}, {40, 30}, {200, 300}, {300, 6000}}) {
    std::vector<Event> events;
    std::uniform_int_distribution<int> pick(0, vertices - 1);
    for (int k = 0; k < edges; ++k) {
      const int a = pick(rng), b = pick(rng);
      if (a == b) continue;
      const std::string pair = "v" + std::to_string(a) + ",v" + std::to_string(b);
      const EventClass kind = k % 10 == 0 ? EventClass::kRupture : EventClass::kContact;
      events.push_back(testing::MakeEvent(std::to_string(k).c_str(), "call", "041", kind, "2020", pair.c_str()));
    }
    ActorGraph g = BuildActorGraph({}, events);
    const auto boost_graph = graph_internal::ToBoost(g, graph_internal::EdgeSelection::kContactOnly);
    std::vector<double> expected(boost::num_vertices(boost_graph), 0.0);
    boost::brandes_betweenness_centrality(
        boost_graph, boost::centrality_map(boost::make_iterator_property_map(
                         expected.begin(), boost::get(boost::vertex_index, boost_graph))));
    const double n = static_cast<double>(expected.size());
    for (size_t v = 0; v < expected.size(); ++v) {
      EXPECT_NEAR(g.stats[v].betweenness, expected[v] * 2.0 / ((n - 1) * (n - 2)), 1e-12)
          << vertices << " " << edges << " " << g.actors[v].id;
    }
  }
}

TEST(GraphStatsTest, PathMiddleMatchesNetworkx) {
  // a-b-c-d: networkx normalised betweenness b = c = 2/3.
  std::vector<Event> events = {
      testing::MakeEvent("1", "call", "041", EventClass::kContact, "2020", "a,b"),
      testing::MakeEvent("2", "call", "041", EventClass::kContact, "2020", "b,c"),
      testing::MakeEvent("3", "call", "041", EventClass::kContact, "2020", "c,d")};
  ActorGraph g = BuildActorGraph({}, events);
  EXPECT_NEAR(g.stats[g.Find("b")].betweenness, 2.0 / 3.0, 1e-12);
  EXPECT_NEAR(g.stats[g.Find("c")].betweenness, 2.0 / 3.0, 1e-12);
}

TEST(GraphStatsTest, ComponentsNumberedBySize) {
  testing::Corpus c = testing::SeedCorpus();
  ActorGraph g = BuildActorGraph(c.actors, c.events);
  EXPECT_EQ(g.stats[g.Find("russia")].component, 0u);
  EXPECT_EQ(g.stats[g.Find("osce")].component, 0u);
  EXPECT_EQ(g.stats[g.Find("valery-gerasimov")].component, 1u);
  EXPECT_EQ(g.stats[g.Find("petr-pavel")].component, 1u);
  EXPECT_EQ(g.stats[g.Find("joseph-dunford")].component, 1u);
}

TEST(GraphNeighbourhoodTest, Hops) {
  testing::Corpus c = testing::SeedCorpus();
  ActorGraph g = BuildActorGraph(c.actors, c.events);
  size_t pavel = g.Find("petr-pavel");
  EXPECT_EQ(Ids(g, Neighbourhood(g, pavel, 0)), std::vector<std::string>{"petr-pavel"});
  EXPECT_EQ(Ids(g, Neighbourhood(g, pavel, 1)), (std::vector<std::string>{"petr-pavel", "valery-gerasimov"}));
  EXPECT_EQ(Ids(g, Neighbourhood(g, pavel, 2)),
            (std::vector<std::string>{"joseph-dunford", "petr-pavel", "valery-gerasimov"}));
}

struct FilterCase {
  const char* from;
  const char* to;
  const char* actor;
  int hops;
  std::vector<std::string> expected;  // last digit of the event ids
};

TEST(GraphFilterTest, Table) {
  testing::Corpus c = testing::SeedCorpus();
  const FilterCase cases[] = {
      {"", "", "", 1, {"1", "2", "3", "4", "5", "6", "7"}},
      {"2022", "", "", 1, {"4", "5", "6", "7"}},
      {"2014", "2017-02", "", 1, {"1", "2"}},
      {"2014-04", "2014-04", "", 1, {"1"}},            // a day inside spring 2014 overlaps the season
      {"2022-01-10", "2022-01-12", "", 1, {"4", "5", "6"}},  // overlaps the range
      {"", "", "Valery Gerasimov", 0, {}},
      {"", "", "valery gerasimov", 1, {"2", "3"}},
      {"", "", "بيتر بافل", 1, {"3"}},
      {"", "", "jens-stoltenberg", 1, {"1", "4", "5", "6"}},  // pairs among his neighbours too
      {"2017", "2017", "nato", 1, {}},                 // NATO has no event in 2017
  };
  for (const FilterCase& t : cases) {
    Result<std::vector<Event>> r = FilterEvents(c.actors, c.events, {t.from, t.to, t.actor, t.hops});
    ASSERT_TRUE(r.ok()) << t.from << " " << t.to << " " << t.actor << ": " << r.status().ToString();
    EXPECT_EQ(EventIds(r.value()), t.expected) << t.from << " " << t.to << " " << t.actor;
  }
}

TEST(GraphFilterTest, Errors) {
  testing::Corpus c = testing::SeedCorpus();
  EXPECT_FALSE(FilterEvents(c.actors, c.events, {"yesterday", "", "", 1}).ok());
  EXPECT_FALSE(FilterEvents(c.actors, c.events, {"2022", "2014", "", 1}).ok());
  EXPECT_FALSE(FilterEvents(c.actors, c.events, {"", "", "nobody", 1}).ok());
  EXPECT_FALSE(FilterEvents(c.actors, c.events, {"", "", "nato", -1}).ok());
  c.actors.push_back(testing::MakeActor("nato-2", "NATO", "الناتو", ActorType::kOrganization, ""));
  Result<std::vector<Event>> ambiguous = FilterEvents(c.actors, c.events, {"", "", "NATO", 1});
  ASSERT_FALSE(ambiguous.ok());
  EXPECT_NE(ambiguous.status().message().find("nato, nato-2"), std::string::npos);
}

}  // namespace
}  // namespace tarikh
