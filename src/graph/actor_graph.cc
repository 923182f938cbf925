// Building the actor graph from events: vertices, and one edge per pair and kind.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "graph/boost_graph.h"
#include "tarikh/graph.h"
#include "tarikh/timex.h"

namespace tarikh {
namespace {

// Date order for the events behind an edge: by first day, then last, then id;
// events without a calendar date last. Independent of the order of the input.
std::vector<const Event*> InDateOrder(std::vector<const Event*> events) {
  struct Keyed {
    int32_t first, last;
    const Event* event;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(events.size());
  for (const Event* e : events) {
    std::optional<DayRange> range = CalendarRange(e->date);
    keyed.push_back({range ? range->first : INT32_MAX, range ? range->last : INT32_MAX, e});
  }
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& x, const Keyed& y) {
    return std::tie(x.first, x.last, x.event->id) < std::tie(y.first, y.last, y.event->id);
  });
  for (size_t k = 0; k < keyed.size(); ++k) events[k] = keyed[k].event;
  return events;
}

// The vertices of `events` and the vertex of every participant. Each distinct
// id is looked up once (a hash of views into the events, no string copies);
// the participants of events[k] are participants[offsets[k]] ..
// participants[offsets[k + 1] - 1], npos for places.
struct Vertices {
  std::vector<Actor> actors;  // sorted by id
  std::vector<size_t> participants, offsets;
};

Vertices CollectVertices(const std::vector<Actor>& actors, const std::vector<Event>& events) {
  Vertices out;
  std::unordered_map<std::string_view, size_t> number;  // id -> position in `ids`
  std::vector<std::string_view> ids;                    // distinct ids, in order of first use
  out.offsets.reserve(events.size() + 1);
  out.offsets.push_back(0);
  for (const Event& e : events) {
    for (const std::string& id : e.participants) {
      auto [it, added] = number.try_emplace(id, ids.size());
      if (added) ids.push_back(id);
      out.participants.push_back(it->second);
    }
    out.offsets.push_back(out.participants.size());
  }
  std::unordered_map<std::string_view, const Actor*> known;
  known.reserve(actors.size());
  for (const Actor& a : actors) known.emplace(a.id, &a);  // the first of an id wins
  std::vector<size_t> by_id(ids.size());
  for (size_t k = 0; k < by_id.size(); ++k) by_id[k] = k;
  std::sort(by_id.begin(), by_id.end(), [&](size_t x, size_t y) { return ids[x] < ids[y]; });
  std::vector<size_t> vertex(ids.size(), ActorGraph::npos);
  for (size_t k : by_id) {
    auto it = known.find(ids[k]);
    if (it == known.end()) {
      Actor stub;  // an id the caller did not describe still deserves a vertex
      stub.id = ids[k];
      stub.name = ids[k];
      vertex[k] = out.actors.size();
      out.actors.push_back(std::move(stub));
    } else if (it->second->type != ActorType::kPlace) {
      vertex[k] = out.actors.size();
      out.actors.push_back(*it->second);
    }
  }
  for (size_t& p : out.participants) p = vertex[p];
  return out;
}

// An edge as one integer, ordered like (kind, a, b): vertex indices stay below
// 2^31 (an ActorGraph that large would not fit in memory).
uint64_t EdgeKey(EdgeKind kind, size_t a, size_t b) {
  return uint64_t{static_cast<uint8_t>(kind)} << 62 | uint64_t{a} << 31 | uint64_t{b};
}

}  // namespace

const char* EdgeKindName(EdgeKind kind) { return kind == EdgeKind::kRupture ? "rupture" : "contact"; }

size_t ActorGraph::Find(std::string_view actor_id) const {
  auto it = std::lower_bound(actors.begin(), actors.end(), actor_id,
                             [](const Actor& a, std::string_view id) { return a.id < id; });
  return it != actors.end() && it->id == actor_id ? static_cast<size_t>(it - actors.begin()) : npos;
}

// The edges are gathered as (edge key, date rank) pairs and sorted once, which
// groups each edge's events in date order; the strings of an edge are copied
// once, into vectors of their final size. (A map of edges growing vectors of
// strings event by event spent most of its time in malloc and tuple compares.)
ActorGraph BuildActorGraph(const std::vector<Actor>& actors, const std::vector<Event>& events,
                           BetweennessMemo* memo) {
  ActorGraph graph;
  Vertices vertices = CollectVertices(actors, events);
  graph.actors = std::move(vertices.actors);
  graph.stats.resize(graph.actors.size());
  std::vector<const Event*> linking;  // contact and rupture events
  for (const Event& e : events)
    if (e.event_class == EventClass::kContact || e.event_class == EventClass::kRupture) linking.push_back(&e);
  linking = InDateOrder(std::move(linking));

  std::vector<std::pair<uint64_t, uint32_t>> incidences;  // (edge key, rank in `linking`)
  graph.events.reserve(linking.size());
  std::vector<size_t> members;
  for (size_t rank = 0; rank < linking.size(); ++rank) {
    const Event& e = *linking[rank];
    const size_t k = static_cast<size_t>(&e - events.data());
    members.clear();
    for (size_t p = vertices.offsets[k]; p < vertices.offsets[k + 1]; ++p)
      if (vertices.participants[p] != ActorGraph::npos) members.push_back(vertices.participants[p]);
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    graph.events.push_back({e.id, e.type, e.date, e.event_class, members});
    const EdgeKind kind = e.event_class == EventClass::kRupture ? EdgeKind::kRupture : EdgeKind::kContact;
    if (kind == EdgeKind::kContact)
      for (size_t i : members) ++graph.stats[i].contacts;
    for (size_t i = 0; i < members.size(); ++i)
      for (size_t j = i + 1; j < members.size(); ++j)
        incidences.emplace_back(EdgeKey(kind, members[i], members[j]), static_cast<uint32_t>(rank));
  }
  std::sort(incidences.begin(), incidences.end());

  std::vector<std::string_view> types;
  for (size_t begin = 0, end = 0; begin < incidences.size(); begin = end) {
    const uint64_t key = incidences[begin].first;
    while (end < incidences.size() && incidences[end].first == key) ++end;
    ActorEdge& edge = graph.edges.emplace_back();
    edge.kind = static_cast<EdgeKind>(key >> 62);
    edge.a = static_cast<size_t>(key >> 31 & 0x7FFFFFFF);
    edge.b = static_cast<size_t>(key & 0x7FFFFFFF);
    edge.event_ids.reserve(end - begin);
    edge.dates.reserve(end - begin);
    types.clear();
    for (size_t k = begin; k < end; ++k) {
      const Event& e = *linking[incidences[k].second];
      edge.event_ids.push_back(e.id);
      edge.dates.push_back(e.date);
      types.push_back(e.type);
    }
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());
    edge.types.assign(types.begin(), types.end());
  }
  ComputeActorStats(graph, memo);
  return graph;
}

namespace graph_internal {

Adjacency CompactAdjacency(const ActorGraph& graph, EdgeSelection selection) {
  const size_t n = graph.actors.size();
  auto selected = [&](const ActorEdge& e) {
    return e.a != e.b && (selection == EdgeSelection::kAll || e.kind == EdgeKind::kContact);
  };
  // Counting pass, then each endpoint's neighbours placed in its run, then
  // every run sorted, deduplicated and moved down over the gaps.
  std::vector<uint32_t> start(n + 1, 0);
  for (const ActorEdge& e : graph.edges) {
    if (!selected(e)) continue;
    ++start[e.a + 1];
    ++start[e.b + 1];
  }
  for (size_t v = 0; v < n; ++v) start[v + 1] += start[v];
  Adjacency adjacency;
  adjacency.adjacent.resize(start[n]);
  std::vector<uint32_t> cursor(start.begin(), start.end() - 1);
  for (const ActorEdge& e : graph.edges) {
    if (!selected(e)) continue;
    adjacency.adjacent[cursor[e.a]++] = static_cast<uint32_t>(e.b);
    adjacency.adjacent[cursor[e.b]++] = static_cast<uint32_t>(e.a);
  }
  adjacency.first.assign(n + 1, 0);
  std::vector<uint32_t>& adjacent = adjacency.adjacent;
  uint32_t out = 0;  // never past the run being read
  for (size_t v = 0; v < n; ++v) {
    std::sort(adjacent.begin() + start[v], adjacent.begin() + start[v + 1]);
    uint32_t previous = UINT32_MAX;  // not a vertex
    for (uint32_t i = start[v]; i < start[v + 1]; ++i) {
      const uint32_t w = adjacent[i];
      if (w != previous) adjacent[out++] = w;  // contact and rupture edges of a pair merge
      previous = w;
    }
    adjacency.first[v + 1] = out;
  }
  adjacent.resize(out);
  return adjacency;
}

UndirectedGraph ToBoost(const ActorGraph& graph, EdgeSelection selection) {
  const Adjacency adjacency = CompactAdjacency(graph, selection);
  UndirectedGraph g(graph.actors.size());
  // Pairs (v, w), v < w, in lexicographic order: each vertex's out-edges then
  // list its neighbours in ascending order, as in the Adjacency.
  for (size_t v = 0; v < graph.actors.size(); ++v)
    for (uint32_t i = adjacency.first[v]; i < adjacency.first[v + 1]; ++i)
      if (adjacency.adjacent[i] > v) boost::add_edge(v, adjacency.adjacent[i], g);
  return g;
}

}  // namespace graph_internal
}  // namespace tarikh
