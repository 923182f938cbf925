// The Boost.Graph view of an ActorGraph: Boost types stay inside src/graph/.
#ifndef TARIKH_GRAPH_BOOST_GRAPH_H_
#define TARIKH_GRAPH_BOOST_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>

#include "tarikh/graph.h"

namespace tarikh::graph_internal {

// Vertex i is ActorGraph::actors[i]; parallel edges of one pair are merged.
using UndirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

enum class EdgeSelection { kContactOnly, kAll };

UndirectedGraph ToBoost(const ActorGraph& graph, EdgeSelection selection);

}  // namespace tarikh::graph_internal

#endif  // TARIKH_GRAPH_BOOST_GRAPH_H_
