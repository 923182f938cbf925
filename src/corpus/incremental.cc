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
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "tarikh/corpus.h"

namespace tarikh {
namespace {

bool FromChangedDocument(const Event& e, const std::set<std::string>& changed) {
  return std::any_of(e.sources.begin(), e.sources.end(),
                     [&](const EventSource& s) { return changed.count(s.document) > 0; });
}

struct Island {
  DayRange span;
  bool dirty = false;
};

// The islands of `events`, sorted and disjoint.
std::vector<Island> Islands(const std::vector<const Event*>& events) {
  std::vector<DayRange> ranges;
  for (const Event* e : events) {
    if (e->sources.empty()) continue;
    if (auto r = CalendarRange(e->date)) ranges.push_back(*r);
  }
  std::sort(ranges.begin(), ranges.end(), [](const DayRange& a, const DayRange& b) { return a.first < b.first; });
  std::vector<Island> islands;
  for (const DayRange& r : ranges) {
    if (!islands.empty() && r.first <= islands.back().span.last) {
      islands.back().span.last = std::max(islands.back().span.last, r.last);
    } else {
      islands.push_back({r, false});
    }
  }
  return islands;
}

// The island containing the start of `r`, or nullptr.
Island* IslandOf(std::vector<Island>& islands, const DayRange& r) {
  auto it = std::upper_bound(islands.begin(), islands.end(), r.first,
                             [](int32_t day, const Island& i) { return day < i.span.first; });
  if (it == islands.begin()) return nullptr;
  --it;
  return it->span.last >= r.first ? &*it : nullptr;
}

void MarkOverlapping(std::vector<Island>& islands, const DayRange& r) {
  auto it = std::upper_bound(islands.begin(), islands.end(), r.last,
                             [](int32_t day, const Island& i) { return day < i.span.first; });
  while (it != islands.begin()) {
    --it;
    if (it->span.last < r.first) break;
    it->dirty = true;
  }
}

}  // namespace

MergeDelta UpdateMergedEvents(const std::vector<Event>& previous, const std::vector<Event>& events,
                              const std::vector<Event>& removed, const std::set<std::string>& changed_documents) {
  std::vector<const Event*> pointers;
  pointers.reserve(events.size());
  for (const Event& e : events) pointers.push_back(&e);
  return UpdateMergedEvents(previous, pointers, removed, changed_documents);
}

MergeDelta UpdateMergedEvents(const std::vector<Event>& previous, const std::vector<const Event*>& events,
                              const std::vector<Event>& removed, const std::set<std::string>& changed_documents) {
  std::vector<Island> islands = Islands(events);
  for (const Event* e : events) {
    if (e->sources.empty() || !FromChangedDocument(*e, changed_documents)) continue;
    if (auto r = CalendarRange(e->date)) MarkOverlapping(islands, *r);
  }
  for (const Event& e : removed) {
    if (auto r = CalendarRange(e.date)) MarkOverlapping(islands, *r);
  }
  MergeDelta delta;
  for (size_t i = 0; i < previous.size(); ++i) {
    const Event& m = previous[i];
    bool keep = !FromChangedDocument(m, changed_documents);
    if (keep) {
      if (auto r = CalendarRange(m.date)) {
        const Island* island = IslandOf(islands, *r);
        keep = island != nullptr && !island->dirty;
      }
    }
    if (!keep) delta.dropped.push_back(i);
  }
  std::vector<Event> redo;
  for (const Event* e : events) {
    if (e->sources.empty()) continue;
    const std::optional<DayRange> r = CalendarRange(e->date);
    const Island* island = r ? IslandOf(islands, *r) : nullptr;
    if (r ? island->dirty : FromChangedDocument(*e, changed_documents)) redo.push_back(*e);
  }
  delta.added = MergeEvents(std::move(redo));
  return delta;
}

std::vector<Event> ApplyMergeDelta(std::vector<Event> previous, MergeDelta delta) {
  std::vector<Event> out;
  out.reserve(previous.size() - delta.dropped.size() + delta.added.size());
  size_t d = 0;
  for (size_t i = 0; i < previous.size(); ++i) {
    if (d < delta.dropped.size() && delta.dropped[d] == i) {
      ++d;
      continue;
    }
    out.push_back(std::move(previous[i]));
  }
  for (Event& e : delta.added) out.push_back(std::move(e));
  SortTimeline(&out);
  return out;
}

}  // namespace tarikh
