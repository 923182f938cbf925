#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <string>
#include <utility>
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

// The memo gives back, bit for bit, what computing gives, and is used only
// for the same contact graph: more contacts between actors who had met, or a
// rupture, keep it; a new pair of actors who met does not.
TEST(GraphStatsTest, BetweennessMemoIsUsedOnlyForTheSameContactGraph) {
  std::vector<Event> events;
  const char* pairs[] = {"a,b", "b,c", "c,d", "d,e", "b,d", "e,f"};
  for (size_t i = 0; i < std::size(pairs); ++i) {
    events.push_back(testing::MakeEvent(("e" + std::to_string(i)).c_str(), "meeting", "044", EventClass::kContact,
                                        "2021", pairs[i]));
  }
  BetweennessMemo first;
  const ActorGraph computed = BuildActorGraph({}, events, &first);
  EXPECT_FALSE(first.reused);
  ASSERT_EQ(first.values.size(), computed.actors.size());

  BetweennessMemo second = BetweennessMemo::Parse(first.Serialize());
  ASSERT_TRUE(second.known_graph.has_value());
  events.push_back(testing::MakeEvent("e-again", "call", "041", EventClass::kContact, "2022", "a,b"));
  events.push_back(testing::MakeEvent("e-cut", "suspension", "161", EventClass::kRupture, "2022", "a,f"));
  const ActorGraph reused = BuildActorGraph({}, events, &second);
  EXPECT_TRUE(second.reused);
  const ActorGraph fresh = BuildActorGraph({}, events);
  ASSERT_EQ(reused.stats.size(), fresh.stats.size());
  for (size_t v = 0; v < fresh.stats.size(); ++v) {
    EXPECT_EQ(std::bit_cast<uint64_t>(reused.stats[v].betweenness), std::bit_cast<uint64_t>(fresh.stats[v].betweenness));
    EXPECT_EQ(reused.stats[v].degree, fresh.stats[v].degree);  // the rupture still counts there
  }

  BetweennessMemo third = BetweennessMemo::Parse(second.Serialize());
  events.push_back(testing::MakeEvent("e-new", "meeting", "044", EventClass::kContact, "2022", "a,e"));
  const ActorGraph changed = BuildActorGraph({}, events, &third);
  EXPECT_FALSE(third.reused);
  EXPECT_NE(third.graph, second.graph);
  const ActorGraph expected = BuildActorGraph({}, events);
  for (size_t v = 0; v < expected.stats.size(); ++v)
    EXPECT_EQ(changed.stats[v].betweenness, expected.stats[v].betweenness) << changed.actors[v].id;
}

TEST(GraphStatsTest, BetweennessMemoThatDoesNotParseIsEmpty) {
  for (const char* text : {"", "xyz", "0123456789abcdef 12", "0123456789abcdef,0123456789abcdef"}) {
    const BetweennessMemo memo = BetweennessMemo::Parse(text);
    EXPECT_FALSE(memo.known_graph.has_value()) << text;
    EXPECT_TRUE(memo.known.empty()) << text;
  }
  BetweennessMemo memo;
  memo.graph = 0xfedcba9876543210;
  memo.values = {0.0, 1.0 / 3.0, -0.0};
  const BetweennessMemo back = BetweennessMemo::Parse(memo.Serialize());
  EXPECT_EQ(back.known_graph, memo.graph);
  ASSERT_EQ(back.known.size(), 3u);
  EXPECT_EQ(std::bit_cast<uint64_t>(back.known[1]), std::bit_cast<uint64_t>(1.0 / 3.0));
  EXPECT_TRUE(std::signbit(back.known[2]));
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

// Brandes' textbook loop over Boost's adjacency lists, the sources summed in
// the 16 slices Betweenness uses: the reference its faster loop must match
// bit for bit, since the values are printed and rank actors.
std::vector<double> TextbookBetweenness(const ActorGraph& g) {
  const auto boost_graph = graph_internal::ToBoost(g, graph_internal::EdgeSelection::kContactOnly);
  const size_t n = boost::num_vertices(boost_graph);
  std::vector<double> total(n, 0.0);
  if (n < 3) return total;
  constexpr size_t kSlices = 16;
  std::vector<std::vector<double>> partial(kSlices, std::vector<double>(n, 0.0));
  for (size_t k = 0; k < kSlices; ++k) {
    for (size_t s = k * n / kSlices; s < (k + 1) * n / kSlices; ++s) {
      std::vector<size_t> order{s};
      std::vector<int> distance(n, -1);
      std::vector<double> paths(n, 0.0), dependency(n, 0.0);
      distance[s] = 0;
      paths[s] = 1;
      for (size_t head = 0; head < order.size(); ++head) {
        const size_t v = order[head];
        for (auto [it, end] = boost::adjacent_vertices(v, boost_graph); it != end; ++it) {
          if (distance[*it] < 0) {
            distance[*it] = distance[v] + 1;
            order.push_back(*it);
          }
          if (distance[*it] == distance[v] + 1) paths[*it] += paths[v];
        }
      }
      for (size_t q = order.size(); q-- > 0;) {
        const size_t w = order[q];
        for (auto [it, end] = boost::adjacent_vertices(w, boost_graph); it != end; ++it)
          if (distance[*it] == distance[w] - 1) dependency[*it] += paths[*it] / paths[w] * (1.0 + dependency[w]);
        if (w != s) partial[k][w] += dependency[w];
      }
    }
  }
  const double scale = 1.0 / ((static_cast<double>(n) - 1) * (static_cast<double>(n) - 2));
  for (size_t v = 0; v < n; ++v) {
    for (const std::vector<double>& sum : partial) total[v] += sum[v];
    total[v] *= scale;
  }
  return total;
}

// One call between each pair, every tenth a rupture (which betweenness ignores).
std::vector<Event> CallsBetween(const std::vector<std::pair<int, int>>& pairs) {
  std::vector<Event> events;
  for (size_t k = 0; k < pairs.size(); ++k) {
    const std::string ids = "v" + std::to_string(pairs[k].first) + ",v" + std::to_string(pairs[k].second);
    const EventClass kind = k % 10 == 0 ? EventClass::kRupture : EventClass::kContact;
    events.push_back(testing::MakeEvent(std::to_string(k).c_str(), "call", "041", kind, "2020", ids.c_str()));
  }
  return events;
}

std::vector<std::pair<int, int>> RandomPairs(int vertices, int edges, int offset, std::mt19937& rng) {
  std::vector<std::pair<int, int>> pairs;
  std::uniform_int_distribution<int> pick(0, vertices - 1);
  for (int k = 0; k < edges; ++k) {
    const int a = pick(rng), b = pick(rng);
    if (a != b) pairs.emplace_back(offset + a, offset + b);
  }
  return pairs;
}

// Dense graphs take the pull side of the BFS, sparse ones and long chains the
// push side; the chain of 40 complete bipartite layers has 3^40 shortest paths
// end to end, more than a double counts exactly, so the order of additions
// shows in the values.
TEST(GraphStatsTest, BetweennessIsBitIdenticalToTheTextbookLoop) {
  std::mt19937 rng(11);
  std::vector<std::vector<std::pair<int, int>>> graphs = {
      RandomPairs(200, 300, 0, rng), RandomPairs(300, 6000, 0, rng), RandomPairs(120, 4000, 0, rng)};
  std::vector<std::pair<int, int>> two = RandomPairs(150, 3000, 0, rng), tail;
  for (const auto& pair : RandomPairs(100, 2000, 150, rng)) two.push_back(pair);
  for (int v = 250; v < 256; ++v) tail.emplace_back(v - 1, v);  // a path hanging off the second cluster
  two.insert(two.end(), tail.begin(), tail.end());
  graphs.push_back(two);
  std::vector<std::pair<int, int>> layers;
  for (int layer = 0; layer + 1 < 40; ++layer)
    for (int a = 0; a < 3; ++a)
      for (int b = 0; b < 3; ++b) layers.emplace_back(3 * layer + a, 3 * layer + 3 + b);
  graphs.push_back(layers);
  // Random layers into a clique, then three vertices next to all the clique:
  // uneven path counts beyond exact doubles, which a pull sums.
  std::vector<std::pair<int, int>> deep;
  std::bernoulli_distribution link(0.6);
  for (int layer = 0; layer < 40; ++layer)
    for (int a = 0; a < 5; ++a)
      for (int b = 0; b < 5; ++b)
        if (link(rng)) deep.emplace_back(5 * layer + a, 5 * layer + 5 + b);
  for (int c = 205; c < 265; ++c) {
    deep.emplace_back(200 + c % 5, c);
    for (int b = 0; b < 5; ++b)
      if (link(rng)) deep.emplace_back(200 + b, c);
    for (int d = c + 1; d < 265; ++d) deep.emplace_back(c, d);
    for (int last = 265; last < 268; ++last) deep.emplace_back(c, last);
  }
  graphs.push_back(deep);
  for (size_t k = 0; k < graphs.size(); ++k) {
    ActorGraph g = BuildActorGraph({}, CallsBetween(graphs[k]));
    const std::vector<double> expected = TextbookBetweenness(g);
    for (size_t v = 0; v < expected.size(); ++v)
      EXPECT_EQ(g.stats[v].betweenness, expected[v]) << "graph " << k << " " << g.actors[v].id;
  }
}

// Sorted neighbours, each once, with or without the rupture edges.
TEST(GraphInternalTest, CompactAdjacency) {
  std::vector<Event> events = {
      testing::MakeEvent("1", "call", "041", EventClass::kContact, "2020", "a,c"),
      testing::MakeEvent("2", "call", "041", EventClass::kContact, "2020", "a,b"),
      testing::MakeEvent("3", "suspension", "161", EventClass::kRupture, "2020", "a,b"),
      testing::MakeEvent("4", "suspension", "161", EventClass::kRupture, "2020", "b,d"),
      testing::MakeEvent("5", "statement", "010", EventClass::kStatement, "2020", "e")};
  ActorGraph g = BuildActorGraph({}, events);
  ASSERT_EQ(g.actors.size(), 5u);  // a b c d e
  using graph_internal::CompactAdjacency;
  using graph_internal::EdgeSelection;
  const graph_internal::Adjacency contacts = CompactAdjacency(g, EdgeSelection::kContactOnly);
  EXPECT_EQ(contacts.first, (std::vector<uint32_t>{0, 2, 3, 4, 4, 4}));
  EXPECT_EQ(contacts.adjacent, (std::vector<uint32_t>{1, 2, 0, 0}));
  const graph_internal::Adjacency all = CompactAdjacency(g, EdgeSelection::kAll);
  EXPECT_EQ(all.first, (std::vector<uint32_t>{0, 2, 4, 5, 6, 6}));
  EXPECT_EQ(all.adjacent, (std::vector<uint32_t>{1, 2, 0, 3, 0, 1}));
  EXPECT_EQ(all.Degree(1), 2u);
  EXPECT_EQ(g.stats[1].degree, 2u);
  EXPECT_EQ(g.stats[4].degree, 0u);
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
