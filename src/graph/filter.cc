// Narrowing the record: a time window (--from/--to) and an actor's
// neighbourhood (--actor, --hops).
#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "tarikh/graph.h"
#include "tarikh/timex.h"

namespace tarikh {
namespace {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool Designates(const Actor& actor, std::string_view name) {
  if (actor.id == name || actor.name_ar == name) return true;
  if (!actor.name.empty() && AsciiLower(actor.name) == AsciiLower(name)) return true;
  return std::find(actor.mentions.begin(), actor.mentions.end(), name) != actor.mentions.end();
}

// Indices of the actors `name` designates; an exact id wins over other matches.
std::vector<size_t> MatchActors(const std::vector<Actor>& actors, std::string_view name) {
  std::vector<size_t> out;
  for (size_t i = 0; i < actors.size(); ++i) {
    if (actors[i].id == name) return {i};
    if (Designates(actors[i], name)) out.push_back(i);
  }
  return out;
}

Status AmbiguousActor(const std::vector<Actor>& actors, const std::vector<size_t>& matches,
                      std::string_view name) {
  std::string ids;
  for (size_t i : matches) ids += (ids.empty() ? "" : ", ") + actors[i].id;
  return Status::InvalidInput("--actor \"" + std::string(name) + "\" names several actors (" + ids +
                              "); give one of these ids");
}

struct Window {
  int32_t first = INT32_MIN, last = INT32_MAX;
  bool set = false;
};

Result<Window> ParseWindow(const GraphFilter& filter) {
  Window w;
  for (const auto* bound : {&filter.from, &filter.to}) {
    if (bound->empty()) continue;
    std::optional<DayRange> range = CalendarRange(*bound);
    const char* flag = bound == &filter.from ? "--from" : "--to";
    if (!range)
      return Status::InvalidInput(std::string(flag) + " \"" + *bound +
                                  "\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    if (bound == &filter.from) w.first = range->first;
    else w.last = range->last;
    w.set = true;
  }
  if (w.first > w.last)
    return Status::InvalidInput("--from " + filter.from + " is after --to " + filter.to);
  return w;
}

bool InWindow(const Event& e, const Window& w) {
  if (!w.set) return true;
  std::optional<DayRange> range = CalendarRange(e.date);
  return range && range->Overlaps(DayRange{w.first, w.last});
}

// The id of the actor `name` designates, looked up among the described actors
// first and then among participants the caller did not describe.
Result<std::string> ResolveActor(const std::vector<Actor>& actors, const std::vector<Event>& events,
                                 std::string_view name) {
  std::vector<size_t> matches = MatchActors(actors, name);
  if (matches.size() > 1) return AmbiguousActor(actors, matches, name);
  if (matches.size() == 1) return actors[matches[0]].id;
  ActorGraph all = BuildActorGraph(actors, events);
  Result<size_t> found = FindActor(all, name);
  if (!found.ok()) return found.status();
  return all.actors[found.value()].id;
}

}  // namespace

Result<size_t> FindActor(const ActorGraph& graph, std::string_view name) {
  std::vector<size_t> matches = MatchActors(graph.actors, name);
  if (matches.size() > 1) return AmbiguousActor(graph.actors, matches, name);
  if (matches.empty())
    return Status::NotFound("--actor \"" + std::string(name) +
                            "\": no actor with this id, name or mention takes part in an event");
  return matches[0];
}

Result<std::vector<Event>> FilterEvents(const std::vector<Actor>& actors,
                                        const std::vector<Event>& events,
                                        const GraphFilter& filter) {
  Result<Window> window = ParseWindow(filter);
  if (!window.ok()) return window.status();
  if (filter.hops < 0) return Status::InvalidInput("--hops must be 0 or more");
  std::vector<Event> kept;
  for (const Event& e : events)
    if (InWindow(e, window.value())) kept.push_back(e);
  if (filter.actor.empty()) return kept;

  Result<std::string> id = ResolveActor(actors, events, filter.actor);
  if (!id.ok()) return id.status();
  ActorGraph graph = BuildActorGraph(actors, kept);
  size_t center = graph.Find(id.value());
  if (center == ActorGraph::npos) return std::vector<Event>{};  // no event of theirs in the window
  std::set<std::string> near;
  for (size_t i : Neighbourhood(graph, center, filter.hops)) near.insert(graph.actors[i].id);
  std::vector<Event> out;
  for (Event& e : kept) {
    size_t inside = 0;
    for (const std::string& p : e.participants) inside += near.count(p);
    if (inside >= 2 || (inside == 1 && e.participants.size() == 1)) out.push_back(std::move(e));
  }
  return out;
}

}  // namespace tarikh
