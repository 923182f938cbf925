// Incremental event merge (see include/tarikh/corpus.h).
//
// Merging only ever joins events whose date ranges overlap, so the events fall
// into "islands": maximal runs of days in which each event's range overlaps
// the next one's. Clustering never crosses an island, so an island where no
// event was added or removed, and that no removed event overlapped, merges
// exactly as before: its previous merged events are kept, and only the
// islands a change touches are merged again. Events without a calendar range
// are never merged with anything and are kept or redone by document.
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <string_view>
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
  return {CalendarRange(e.date), !e.sources.empty(), FromChangedDocument(e, changed)};
}

}  // namespace

ChangedIslands::ChangedIslands(const std::vector<EventSketch>& events,
                               const std::vector<std::string_view>& removed_dates) {
  std::vector<DayRange> ranges;
  for (const EventSketch& e : events) {
    if (e.has_sources && e.range) ranges.push_back(MergeSpan(*e.range));
  }
  std::sort(ranges.begin(), ranges.end(), [](const DayRange& a, const DayRange& b) { return a.first < b.first; });
  for (const DayRange& r : ranges) {
    if (!islands_.empty() && r.first <= islands_.back().span.last) {
      islands_.back().span.last = std::max(islands_.back().span.last, r.last);
    } else {
      islands_.push_back({r, false});
    }
  }
  for (const EventSketch& e : events) {
    if (e.has_sources && e.changed && e.range) MarkOverlapping(MergeSpan(*e.range));
  }
  for (std::string_view date : removed_dates) {
    if (auto r = CalendarRange(date)) MarkOverlapping(MergeSpan(*r));
  }
}

// The island containing the start of `r`, or nullptr.
const ChangedIslands::Island* ChangedIslands::IslandOf(const DayRange& r) const {
  auto it = std::upper_bound(islands_.begin(), islands_.end(), r.first,
                             [](int32_t day, const Island& i) { return day < i.span.first; });
  if (it == islands_.begin()) return nullptr;
  --it;
  return it->span.last >= r.first ? &*it : nullptr;
}

void ChangedIslands::MarkOverlapping(const DayRange& r) {
  auto it = std::upper_bound(islands_.begin(), islands_.end(), r.last,
                             [](int32_t day, const Island& i) { return day < i.span.first; });
  while (it != islands_.begin()) {
    --it;
    if (it->span.last < r.first) break;
    it->dirty = true;
  }
}

bool ChangedIslands::Redo(const EventSketch& event) const {
  if (!event.has_sources) return false;
  return event.range ? IslandOf(MergeSpan(*event.range))->dirty : event.changed;
}

bool ChangedIslands::Drop(const EventSketch& merged) const {
  if (merged.changed) return true;
  if (!merged.range) return false;
  const Island* island = IslandOf(MergeSpan(*merged.range));
  return island == nullptr || island->dirty;
}

MergeDelta UpdateMergedEvents(const std::vector<Event>& previous, const std::vector<Event>& events,
                              const std::vector<Event>& removed, const std::set<std::string>& changed_documents) {
  std::vector<EventSketch> sketches;
  sketches.reserve(events.size());
  for (const Event& e : events) sketches.push_back(Sketch(e, changed_documents));
  std::vector<std::string_view> removed_dates;
  for (const Event& e : removed) removed_dates.push_back(e.date);
  const ChangedIslands islands(sketches, removed_dates);
  MergeDelta delta;
  for (size_t i = 0; i < previous.size(); ++i) {
    if (islands.Drop(Sketch(previous[i], changed_documents))) delta.dropped.push_back(i);
  }
  std::vector<Event> redo;
  for (size_t i = 0; i < events.size(); ++i) {
    if (islands.Redo(sketches[i])) redo.push_back(events[i]);
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
