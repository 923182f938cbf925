// Centrality, components and neighbourhoods, computed with Boost.Graph.
#include <algorithm>
#include <tuple>
#include <vector>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>

#include "graph/boost_graph.h"
#include "tarikh/graph.h"

namespace tarikh {
namespace {

using graph_internal::EdgeSelection;
using graph_internal::ToBoost;
using graph_internal::UndirectedGraph;

// Boost already halves the values of an undirected graph (each unordered pair
// once); scaling by 2 / ((n-1)(n-2)) gives networkx's and Gephi's normalised
// betweenness, comparable across graphs of different sizes.
std::vector<double> Betweenness(const ActorGraph& graph) {
  UndirectedGraph g = ToBoost(graph, EdgeSelection::kContactOnly);
  std::vector<double> centrality(boost::num_vertices(g), 0.0);
  if (centrality.size() < 3) return centrality;
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(
             centrality.begin(), boost::get(boost::vertex_index, g))));
  double n = static_cast<double>(centrality.size());
  for (double& c : centrality) c *= 2.0 / ((n - 1) * (n - 2));
  return centrality;
}

// Component numbers ordered by size (largest first), then by smallest member,
// so they do not depend on Boost's traversal order.
std::vector<size_t> Components(const UndirectedGraph& g) {
  std::vector<size_t> raw(boost::num_vertices(g));
  size_t count = raw.empty() ? 0 : static_cast<size_t>(boost::connected_components(g, raw.data()));
  struct Info {
    size_t size = 0, first = SIZE_MAX, raw = 0;
  };
  std::vector<Info> info(count);
  for (size_t v = 0; v < raw.size(); ++v) {
    Info& i = info[raw[v]];
    ++i.size;
    i.first = std::min(i.first, v);
    i.raw = raw[v];
  }
  std::sort(info.begin(), info.end(), [](const Info& x, const Info& y) {
    return std::tie(y.size, x.first) < std::tie(x.size, y.first);
  });
  std::vector<size_t> renumber(count);
  for (size_t k = 0; k < info.size(); ++k) renumber[info[k].raw] = k;
  for (size_t& c : raw) c = renumber[c];
  return raw;
}

}  // namespace

void ComputeActorStats(ActorGraph& graph) {
  graph.stats.resize(graph.actors.size());
  UndirectedGraph all = ToBoost(graph, EdgeSelection::kAll);
  std::vector<double> betweenness = Betweenness(graph);
  std::vector<size_t> components = Components(all);
  for (size_t v = 0; v < graph.actors.size(); ++v) {
    graph.stats[v].degree = boost::out_degree(v, all);
    graph.stats[v].betweenness = betweenness[v];
    graph.stats[v].component = components[v];
  }
}

std::vector<size_t> RankActors(const ActorGraph& graph) {
  std::vector<size_t> order(graph.actors.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const ActorStats& a = graph.stats[x];
    const ActorStats& b = graph.stats[y];
    return std::tie(b.betweenness, b.degree, b.contacts) < std::tie(a.betweenness, a.degree, a.contacts);
  });
  return order;  // ties keep index order, i.e. id order
}

std::vector<size_t> Neighbourhood(const ActorGraph& graph, size_t center, int hops) {
  if (center >= graph.actors.size() || hops < 0) return {};
  UndirectedGraph g = ToBoost(graph, EdgeSelection::kAll);
  std::vector<int> distance(boost::num_vertices(g), -1);
  distance[center] = 0;
  auto recorder = boost::record_distances(
      boost::make_iterator_property_map(distance.begin(), boost::get(boost::vertex_index, g)),
      boost::on_tree_edge());
  boost::breadth_first_search(g, center, boost::visitor(boost::make_bfs_visitor(recorder)));
  std::vector<size_t> out;
  for (size_t v = 0; v < distance.size(); ++v)
    if (distance[v] >= 0 && distance[v] <= hops) out.push_back(v);
  return out;
}

}  // namespace tarikh
