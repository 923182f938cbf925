// The links a network view draws: pairs from small meetings, large
// meetings apart.
#include <algorithm>
#include <cstdint>
#include <map>
#include <string_view>
#include <tuple>

#include "tarikh/graph.h"

namespace tarikh {

const char* NetworkViewName(NetworkView view) { return view == NetworkView::kPeople ? "people" : "countries"; }

bool InView(const Actor& actor, NetworkView view) {
  if (view == NetworkView::kPeople) return actor.type == ActorType::kPerson;
  return actor.type == ActorType::kCountry || actor.type == ActorType::kOrganization;
}

ContactView BuildContactView(const ActorGraph& graph, NetworkView view) {
  ContactView out;
  out.view = view;
  std::map<std::tuple<EdgeKind, size_t, size_t>, ActorEdge> edges;
  std::vector<char> linked(graph.actors.size(), 0);
  std::vector<size_t> parties;
  for (const GraphEvent& e : graph.events) {  // in date order: each edge's events come in date order too
    parties.clear();
    for (size_t m : e.members)
      if (InView(graph.actors[m], view)) parties.push_back(m);
    if (parties.size() < 2) continue;  // nobody of the view met anybody of it
    for (size_t p : parties) linked[p] = 1;
    if (parties.size() > kMaxPairwiseParties) {
      out.meetings.push_back({&e, parties});
      continue;
    }
    const EdgeKind kind = e.event_class == EventClass::kRupture ? EdgeKind::kRupture : EdgeKind::kContact;
    for (size_t i = 0; i < parties.size(); ++i) {
      for (size_t j = i + 1; j < parties.size(); ++j) {
        ActorEdge& edge = edges[{kind, parties[i], parties[j]}];
        edge.a = parties[i];
        edge.b = parties[j];
        edge.kind = kind;
        edge.event_ids.push_back(e.id);
        edge.dates.push_back(e.date);
        if (std::find(edge.types.begin(), edge.types.end(), e.type) == edge.types.end()) edge.types.push_back(e.type);
      }
    }
  }
  for (auto& [key, edge] : edges) {
    std::sort(edge.types.begin(), edge.types.end());
    out.edges.push_back(std::move(edge));
  }
  for (size_t i = 0; i < linked.size(); ++i)
    if (linked[i]) out.actors.push_back(i);
  return out;
}

}  // namespace tarikh
