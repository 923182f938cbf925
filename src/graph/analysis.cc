// Centrality, components and neighbourhoods, computed with Boost.Graph.
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <thread>
#include <tuple>
#include <vector>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>

#include "graph/boost_graph.h"
#include "tarikh/graph.h"

namespace tarikh {
namespace {

using graph_internal::EdgeSelection;
using graph_internal::ToBoost;
using graph_internal::UndirectedGraph;

// Brandes' algorithm (2001) for unweighted graphs over a compact adjacency
// array, the sources split into kSlices fixed slices run on every core. Each
// slice sums into its own vector and the slices are added in order, so the
// values do not depend on the number of threads (outputs stay byte-identical
// across machines). Boost's brandes_betweenness_centrality gives the same
// values on one core; at 10,000 articles (800 actors, 38,000 contacts) it
// took more time than any other step of an incremental build.
//
// Each unordered pair is counted from both ends, so the sum is halved, and
// scaling by 2 / ((n-1)(n-2)) gives networkx's and Gephi's normalised
// betweenness, comparable across graphs of different sizes.
std::vector<double> Betweenness(const ActorGraph& graph) {
  const UndirectedGraph g = ToBoost(graph, EdgeSelection::kContactOnly);
  const size_t n = boost::num_vertices(g);
  std::vector<double> centrality(n, 0.0);
  if (n < 3) return centrality;
  std::vector<uint32_t> first(n + 1, 0), adjacent;
  for (size_t v = 0; v < n; ++v) {
    for (auto [it, end] = boost::adjacent_vertices(v, g); it != end; ++it) {
      if (*it != v) adjacent.push_back(static_cast<uint32_t>(*it));
    }
    first[v + 1] = static_cast<uint32_t>(adjacent.size());
  }
  constexpr size_t kSlices = 16;
  std::vector<std::vector<double>> partial(kSlices);
  auto slice = [&](size_t k) {
    std::vector<double>& sum = partial[k];
    sum.assign(n, 0.0);
    std::vector<uint32_t> order(n);  // BFS queue, then read backwards as the stack
    std::vector<int32_t> distance(n);
    std::vector<double> paths(n), dependency(n);
    for (size_t s = k * n / kSlices; s < (k + 1) * n / kSlices; ++s) {
      std::fill(distance.begin(), distance.end(), -1);
      std::fill(paths.begin(), paths.end(), 0.0);
      std::fill(dependency.begin(), dependency.end(), 0.0);
      distance[s] = 0;
      paths[s] = 1;
      size_t head = 0, tail = 0;
      order[tail++] = static_cast<uint32_t>(s);
      while (head < tail) {
        const uint32_t v = order[head++];
        for (uint32_t i = first[v]; i < first[v + 1]; ++i) {
          const uint32_t w = adjacent[i];
          if (distance[w] < 0) {
            distance[w] = distance[v] + 1;
            order[tail++] = w;
          }
          if (distance[w] == distance[v] + 1) paths[w] += paths[v];
        }
      }
      while (tail > 0) {
        const uint32_t w = order[--tail];
        for (uint32_t i = first[w]; i < first[w + 1]; ++i) {
          const uint32_t v = adjacent[i];
          if (distance[v] == distance[w] - 1) dependency[v] += paths[v] / paths[w] * (1.0 + dependency[w]);
        }
        if (w != s) sum[w] += dependency[w];
      }
    }
  };
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t k; (k = next.fetch_add(1)) < kSlices;) slice(k);
  };
  const size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, kSlices);
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads && n >= 64; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  const double scale = 1.0 / ((static_cast<double>(n) - 1) * (static_cast<double>(n) - 2));
  for (size_t v = 0; v < n; ++v) {
    double total = 0;
    for (const std::vector<double>& sum : partial) total += sum[v];
    centrality[v] = total * scale;
  }
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
