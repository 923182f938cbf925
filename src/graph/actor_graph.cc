// Building the actor graph from events: vertices, and one edge per pair and kind.
#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "graph/boost_graph.h"
#include "tarikh/graph.h"
#include "tarikh/timex.h"

namespace tarikh {
namespace {

// Date order for the events behind an edge: by first day, then last, then id;
// events without a calendar date last. Independent of the order of the input.
std::vector<const Event*> InDateOrder(const std::vector<Event>& events) {
  struct Keyed {
    int32_t first, last;
    const Event* event;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(events.size());
  for (const Event& e : events) {
    std::optional<DayRange> range = CalendarRange(e.date);
    keyed.push_back({range ? range->first : INT32_MAX, range ? range->last : INT32_MAX, &e});
  }
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& x, const Keyed& y) {
    return std::tie(x.first, x.last, x.event->id) < std::tie(y.first, y.last, y.event->id);
  });
  std::vector<const Event*> out;
  out.reserve(keyed.size());
  for (const Keyed& k : keyed) out.push_back(k.event);
  return out;
}

std::vector<Actor> CollectVertices(const std::vector<Actor>& actors, const std::vector<Event>& events) {
  std::map<std::string_view, const Actor*> known;
  for (const Actor& a : actors) known.emplace(a.id, &a);
  std::set<std::string> ids;
  for (const Event& e : events) ids.insert(e.participants.begin(), e.participants.end());
  std::vector<Actor> out;
  for (const std::string& id : ids) {
    auto it = known.find(id);
    if (it == known.end()) {
      Actor stub;  // an id the caller did not describe still deserves a vertex
      stub.id = id;
      stub.name = id;
      out.push_back(std::move(stub));
    } else if (it->second->type != ActorType::kPlace) {
      out.push_back(*it->second);
    }
  }
  return out;  // std::set iteration order: sorted by id
}

}  // namespace

const char* EdgeKindName(EdgeKind kind) { return kind == EdgeKind::kRupture ? "rupture" : "contact"; }

size_t ActorGraph::Find(std::string_view actor_id) const {
  auto it = std::lower_bound(actors.begin(), actors.end(), actor_id,
                             [](const Actor& a, std::string_view id) { return a.id < id; });
  return it != actors.end() && it->id == actor_id ? static_cast<size_t>(it - actors.begin()) : npos;
}

ActorGraph BuildActorGraph(const std::vector<Actor>& actors, const std::vector<Event>& events) {
  ActorGraph graph;
  graph.actors = CollectVertices(actors, events);
  std::map<std::tuple<EdgeKind, size_t, size_t>, ActorEdge> edges;
  for (const Event* e : InDateOrder(events)) {
    if (e->event_class != EventClass::kContact && e->event_class != EventClass::kRupture) continue;
    EdgeKind kind = e->event_class == EventClass::kRupture ? EdgeKind::kRupture : EdgeKind::kContact;
    std::vector<size_t> members;
    for (const std::string& id : e->participants) {
      size_t i = graph.Find(id);
      if (i != ActorGraph::npos) members.push_back(i);
    }
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    for (size_t i = 0; i < members.size(); ++i) {
      for (size_t j = i + 1; j < members.size(); ++j) {
        ActorEdge& edge = edges[{kind, members[i], members[j]}];
        edge.a = members[i];
        edge.b = members[j];
        edge.kind = kind;
        edge.event_ids.push_back(e->id);
        edge.dates.push_back(e->date);
        if (std::find(edge.types.begin(), edge.types.end(), e->type) == edge.types.end())
          edge.types.push_back(e->type);
      }
    }
  }
  for (auto& [key, edge] : edges) {
    std::sort(edge.types.begin(), edge.types.end());
    graph.edges.push_back(std::move(edge));
  }
  graph.stats.resize(graph.actors.size());
  for (const Event& e : events) {
    if (e.event_class != EventClass::kContact) continue;
    std::set<size_t> members;
    for (const std::string& id : e.participants) members.insert(graph.Find(id));
    for (size_t i : members)
      if (i != ActorGraph::npos) ++graph.stats[i].contacts;
  }
  ComputeActorStats(graph);
  return graph;
}

namespace graph_internal {

UndirectedGraph ToBoost(const ActorGraph& graph, EdgeSelection selection) {
  std::set<std::pair<size_t, size_t>> pairs;
  for (const ActorEdge& e : graph.edges) {
    if (selection == EdgeSelection::kContactOnly && e.kind != EdgeKind::kContact) continue;
    pairs.emplace(e.a, e.b);
  }
  UndirectedGraph g(graph.actors.size());
  for (const auto& [a, b] : pairs) boost::add_edge(a, b, g);
  return g;
}

}  // namespace graph_internal
}  // namespace tarikh
