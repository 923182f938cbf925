// The actor graph: who met, called, negotiated with or broke with whom.
//
// Actors are vertices; every contact event links each pair of its
// participants, and every rupture event does the same with a distinct edge
// kind, so "met in Geneva" and "suspended cooperation" never add up into one
// weight. An edge keeps the events behind it (ids, dates, types), so a diagram
// can label it with its dates and an export can say why it exists.
//
// Analyses (compact adjacency arrays and Boost.Graph inside, plain structs
// outside): degree and betweenness centrality, connected components, the
// events of a time window, and an actor's k-hop neighbourhood. They are what
// `build --from/--to` and `--actor NAME` ask for; each is a function from
// plain data to plain data.
//
// Everything here is deterministic: vertices sorted by actor id, edges by
// (kind, a, b), events in the order given.
#ifndef TARIKH_GRAPH_H_
#define TARIKH_GRAPH_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tarikh/entities.h"
#include "tarikh/events.h"
#include "tarikh/status.h"

namespace tarikh {

enum class EdgeKind : uint8_t { kContact, kRupture };
const char* EdgeKindName(EdgeKind kind);  // "contact", "rupture"

struct ActorEdge {
  size_t a = 0, b = 0;  // indices into ActorGraph::actors, a < b
  EdgeKind kind = EdgeKind::kContact;
  std::vector<std::string> event_ids;  // the events behind the edge, in date order
  std::vector<std::string> dates;      // their TIMEX3 dates, same order ("" when undated)
  std::vector<std::string> types;      // distinct event types, sorted
  size_t count() const { return event_ids.size(); }
};

// Centrality and component of one vertex (same index as ActorGraph::actors).
struct ActorStats {
  size_t degree = 0;          // distinct neighbours over contact and rupture edges
  size_t contacts = 0;        // contact events the actor takes part in
  double betweenness = 0.0;   // Brandes, over contact edges, normalised to [0, 1]
  size_t component = 0;       // 0 = the largest component, then by size, then by first actor id
};

// A contact or rupture event as the graph sees it: its parties as vertices.
struct GraphEvent {
  std::string id, type, date;  // date: TIMEX3 value, "" when undated
  EventClass event_class = EventClass::kContact;
  std::vector<size_t> members;  // indices into ActorGraph::actors, sorted, distinct
};

struct ActorGraph {
  std::vector<Actor> actors;  // sorted by id; actors that take part in an event
  std::vector<ActorEdge> edges;
  std::vector<ActorStats> stats;  // filled by BuildActorGraph
  std::vector<GraphEvent> events;  // the contact and rupture events behind the edges, in date order
  // Index of an actor id, or npos.
  size_t Find(std::string_view actor_id) const;
  static constexpr size_t npos = static_cast<size_t>(-1);
};

// Betweenness kept from one build to the next. Exact betweenness of the
// 2,000 actors of 10,000 articles takes a twentieth of a second, and most new
// articles bring together actors who had met before: the contact graph, on
// which alone betweenness depends, is then the same and so are the values.
struct BetweennessMemo {
  // The previous build's: the digest of its contact graph and the values.
  std::optional<uint64_t> known_graph;
  std::vector<double> known;
  // Filled by BuildActorGraph: this graph's digest and values, and whether
  // they were the known ones.
  uint64_t graph = 0;
  std::vector<double> values;
  bool reused = false;

  // `graph` and `values` as text, bit for bit (for a store); Parse reads it
  // into known_graph and known, and leaves them empty when it does not read.
  std::string Serialize() const;
  static BetweennessMemo Parse(std::string_view text);
};

// Builds the graph of `events` (contact and rupture events; statements and
// others contribute vertices for their participants but no edges) and
// computes its stats. Participants missing from `actors` get a vertex named
// by their id. Places (ActorType::kPlace) are not vertices. With `memo`,
// the betweenness of the same contact graph is not computed again.
ActorGraph BuildActorGraph(const std::vector<Actor>& actors, const std::vector<Event>& events,
                           BetweennessMemo* memo = nullptr);

// Fills graph.stats: degree, contact counts, betweenness, components.
void ComputeActorStats(ActorGraph& graph, BetweennessMemo* memo = nullptr);

// Actor indices ranked by betweenness, then degree, then contacts, then id.
std::vector<size_t> RankActors(const ActorGraph& graph);

// What a network diagram answers: who met whom among people (the default),
// or among countries and organisations.
enum class NetworkView : uint8_t { kPeople, kCountries };
const char* NetworkViewName(NetworkView view);  // "people", "countries"

// A meeting of more parties of a view than kMaxPairwiseParties: drawn as one
// small node linked to each party. Drawn as pairs, the 13 members of one
// council would be 78 links, and the diagram a hairball that no longer says
// who met whom.
inline constexpr size_t kMaxPairwiseParties = 4;
struct GroupMeeting {
  const GraphEvent* event = nullptr;  // in the graph's events
  std::vector<size_t> parties;        // of the view, indices into ActorGraph::actors, sorted
};

// The links of one view: between two of its actors, the events of at most
// kMaxPairwiseParties parties of the view that both took part in (ActorEdge:
// ids, dates and types in date order); the larger meetings apart.
struct ContactView {
  NetworkView view = NetworkView::kPeople;
  std::vector<size_t> actors;        // indices into ActorGraph::actors with a link or a meeting, sorted
  std::vector<ActorEdge> edges;      // sorted by (kind, a, b)
  std::vector<GroupMeeting> meetings;  // in date order
};

// Actors of the view: people (kPeople); countries and organisations (kCountries).
bool InView(const Actor& actor, NetworkView view);

ContactView BuildContactView(const ActorGraph& graph, NetworkView view);

// What a user narrows the record to (`--from`, `--to`, `--actor`, `--hops`).
struct GraphFilter {
  std::string from;   // TIMEX3 calendar value ("2022", "2022-01", "2022-01-09"); "" = open
  std::string to;     // inclusive: "2022" means up to 2022-12-31; "" = open
  std::string actor;  // id, English or Arabic name, or a mention; "" = everyone
  int hops = 1;       // neighbourhood radius around `actor`
};

// The events a filter keeps, in the order given:
//  - window: an event is kept when its dates overlap [from, to]; undated and
//    non-calendar dates are dropped once a window is set;
//  - actor: the actors within `hops` contact/rupture edges of the actor (in
//    the graph of the windowed events) form the neighbourhood; an event is
//    kept when two of its participants are in it, or when its only
//    participant is.
// Errors: a bound that is not a calendar value, from after to, an unknown or
// ambiguous actor, negative hops.
Result<std::vector<Event>> FilterEvents(const std::vector<Actor>& actors,
                                        const std::vector<Event>& events,
                                        const GraphFilter& filter);

// The index of the actor `name` designates (id, English name case-insensitive
// ASCII, Arabic name or a mention), or an error naming the candidates.
Result<size_t> FindActor(const ActorGraph& graph, std::string_view name);

// Indices of the actors within `hops` edges of `center`, sorted.
std::vector<size_t> Neighbourhood(const ActorGraph& graph, size_t center, int hops);

}  // namespace tarikh

#endif  // TARIKH_GRAPH_H_
