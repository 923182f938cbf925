// Internal views of an ActorGraph's edges: a compact adjacency array for the
// analyses that run on every build, and Boost.Graph's adjacency list. Boost
// types stay inside src/graph/.
#ifndef TARIKH_GRAPH_BOOST_GRAPH_H_
#define TARIKH_GRAPH_BOOST_GRAPH_H_

#include <cstdint>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "tarikh/graph.h"

namespace tarikh::graph_internal {

enum class EdgeSelection { kContactOnly, kAll };

// The neighbours of vertex v (ActorGraph::actors[v]) are adjacent[first[v]]
// .. adjacent[first[v + 1] - 1], in ascending order, each once: parallel
// edges of one pair (a contact and a rupture) are merged. The order is part of
// the contract: betweenness sums in it, and its values are printed.
struct Adjacency {
  std::vector<uint32_t> first;  // size: vertices + 1
  std::vector<uint32_t> adjacent;
  size_t Degree(size_t v) const { return first[v + 1] - first[v]; }
};

Adjacency CompactAdjacency(const ActorGraph& graph, EdgeSelection selection);

// Vertex i is ActorGraph::actors[i]; parallel edges of one pair are merged,
// and each vertex's out-edges list its neighbours as CompactAdjacency does.
using UndirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

UndirectedGraph ToBoost(const ActorGraph& graph, EdgeSelection selection);

}  // namespace tarikh::graph_internal

#endif  // TARIKH_GRAPH_BOOST_GRAPH_H_
