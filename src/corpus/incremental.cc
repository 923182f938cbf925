// Incremental event merge (see include/tarikh/corpus.h).
//
// Merging only ever joins two events of one class whose date ranges overlap
// and that share a participant or the place, so the events fall into
// "islands": the connected parts of the graph of such pairs (ChangedIslands,
// include/tarikh/corpus.h). The greedy clustering never looks across an
// island, so an island where no event was added or removed, and that no
// removed event reached, merges exactly as before: its previous merged
// events are kept, and only the islands a change touches are merged again.
// (Islands were once runs of overlapping days; in a corpus with news on
// every day that is one island, the whole corpus.) Events without a
// calendar range are never merged with anything and are kept or redone by
// document.
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "tarikh/corpus.h"

namespace tarikh {
namespace {

bool FromChangedDocument(const Event& e, const std::set<std::string>& changed) {
  return std::any_of(e.sources.begin(), e.sources.end(),
                     [&](const EventSource& s) { return changed.count(s.document) > 0; });
}

EventSketch Sketch(const Event& e, const std::set<std::string>& changed) {
  return SketchEvent(e, FromChangedDocument(e, changed));
}

}  // namespace

EventSketch SketchEvent(const Event& e, bool changed) {
  EventSketch sketch{CalendarRange(e.date), !e.sources.empty(), changed, e.event_class, e.place.id, {}};
  sketch.participants.assign(e.participants.begin(), e.participants.end());
  return sketch;
}

ChangedIslands::ChangedIslands(const std::vector<EventSketch>& events, const std::vector<EventSketch>& removed,
                               const std::vector<EventSketch>& previous) {
  const size_t n = events.size() + removed.size() + previous.size();
  parent_.resize(n);
  for (size_t i = 0; i < n; ++i) parent_[i] = i;
  auto sketch = [&](size_t node) -> const EventSketch& {
    if (node < events.size()) return events[node];
    node -= events.size();
    return node < removed.size() ? removed[node] : previous[node - removed.size()];
  };
  // Every (class, participant or place) an event is keyed by, with its merge span.
  struct Keyed {
    EventClass event_class;
    bool is_place;
    std::string_view id;
    DayRange span;
    size_t node;
  };
  std::vector<Keyed> keyed;
  for (size_t node = 0; node < n; ++node) {
    const EventSketch& e = sketch(node);
    if (!e.has_sources || !e.range) continue;
    const DayRange span = MergeSpan(*e.range);
    for (std::string_view p : e.participants) keyed.push_back({e.event_class, false, p, span, node});
    if (!e.place.empty()) keyed.push_back({e.event_class, true, e.place, span, node});
  }
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return std::tie(a.event_class, a.is_place, a.id, a.span.first, a.node) <
           std::tie(b.event_class, b.is_place, b.id, b.span.first, b.node);
  });
  // Under one key, a run of spans each overlapping the run so far is joined.
  for (size_t i = 0, run = 0; i < keyed.size(); ++i) {
    const bool same_key = i > 0 && keyed[i].event_class == keyed[run].event_class &&
                          keyed[i].is_place == keyed[run].is_place && keyed[i].id == keyed[run].id;
    if (same_key && keyed[i].span.first <= keyed[run].span.last) {
      keyed[run].span.last = std::max(keyed[run].span.last, keyed[i].span.last);
      const size_t a = Root(keyed[run].node), b = Root(keyed[i].node);
      if (a != b) parent_[std::max(a, b)] = std::min(a, b);
    } else {
      run = i;
    }
  }
  dirty_.assign(n, 0);
  auto mark = [&](size_t node) {
    const EventSketch& e = sketch(node);
    if (e.has_sources && e.range) dirty_[Root(node)] = 1;
  };
  for (size_t i = 0; i < events.size(); ++i) {
    if (events[i].changed) mark(i);
  }
  for (size_t i = 0; i < removed.size(); ++i) mark(events.size() + i);
  for (const EventSketch& e : events) events_.push_back({e.has_sources && e.range.has_value(), e.changed});
  for (const EventSketch& e : previous) previous_.push_back({e.has_sources && e.range.has_value(), e.changed});
  for (size_t node = 0; node < n; ++node) {
    if (Root(node) != node || !sketch(node).has_sources || !sketch(node).range) continue;
    ++islands_;
    if (dirty_[node]) ++dirty_islands_;
  }
}

size_t ChangedIslands::Root(size_t node) const {
  while (parent_[node] != node) node = parent_[node] = parent_[parent_[node]];
  return node;
}

bool ChangedIslands::Redo(size_t i) const {
  const Node& e = events_[i];
  return e.merges ? dirty_[Root(i)] != 0 : e.changed;
}

bool ChangedIslands::Drop(size_t i) const {
  const Node& merged = previous_[i];
  if (merged.changed) return true;
  if (!merged.merges) return false;
  return dirty_[Root(parent_.size() - previous_.size() + i)] != 0;
}

MergeDelta UpdateMergedEvents(const std::vector<Event>& previous, const std::vector<Event>& events,
                              const std::vector<Event>& removed, const std::set<std::string>& changed_documents) {
  std::vector<EventSketch> sketches;
  sketches.reserve(events.size());
  for (const Event& e : events) sketches.push_back(Sketch(e, changed_documents));
  std::vector<EventSketch> removed_sketches, previous_sketches;
  for (const Event& e : removed) removed_sketches.push_back(Sketch(e, changed_documents));
  for (const Event& e : previous) previous_sketches.push_back(Sketch(e, changed_documents));
  const ChangedIslands islands(sketches, removed_sketches, previous_sketches);
  MergeDelta delta;
  for (size_t i = 0; i < previous.size(); ++i) {
    if (islands.Drop(i)) delta.dropped.push_back(i);
  }
  std::vector<Event> redo;
  for (size_t i = 0; i < events.size(); ++i) {
    if (islands.Redo(i)) redo.push_back(events[i]);
  }
  delta.added = MergeEvents(std::move(redo));
  return delta;
}

std::vector<Event> ApplyMergeDelta(std::vector<Event> previous, MergeDelta delta) {
  // In place: the corpus's 56,000 merged events are moved down over the
  // dropped ones, not copied into a new vector.
  size_t kept = 0, d = 0;
  for (size_t i = 0; i < previous.size(); ++i) {
    if (d < delta.dropped.size() && delta.dropped[d] == i) {
      ++d;
      continue;
    }
    if (kept != i) previous[kept] = std::move(previous[i]);
    ++kept;
  }
  previous.erase(previous.begin() + static_cast<std::ptrdiff_t>(kept), previous.end());
  previous.insert(previous.end(), std::make_move_iterator(delta.added.begin()),
                  std::make_move_iterator(delta.added.end()));
  SortTimeline(&previous);
  return previous;
}

}  // namespace tarikh
