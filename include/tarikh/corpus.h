// The corpus: events of many articles merged into one record (event
// coreference), GDELT's events and mentions in one structure.
//
// Two events are the same real-world event when their classes are compatible,
// their dates overlap (a day inside a range, a month containing a day), and
// they share the place or participants; they are never merged when they
// contradict each other (different places, disjoint dates). The merged date is
// the most precise one consistent with every source (`2022-01-09/2022-01-10`
// with `2022-01-10`). Each merged event keeps one source per article.
//
// The merge is deterministic and independent of the order of its inputs.
#ifndef TARIKH_CORPUS_H_
#define TARIKH_CORPUS_H_

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "tarikh/events.h"
#include "tarikh/timex.h"

namespace tarikh {

// Merges per-article events (each with one source) into corpus events, sorted
// by date, then id.
std::vector<Event> MergeEvents(std::vector<Event> events);

// Sorts merged events in MergeEvents' timeline order.
void SortTimeline(std::vector<Event>* events);

// Incremental merge, for a corpus where a few documents changed. `previous`
// is MergeEvents of the old per-article events; `events` are the new
// per-article events (all of them); `changed_documents` the ids of documents
// added, removed or extracted again; `removed` their old per-article events.
// Only the islands of overlapping dates that a change touches are merged
// again, and ApplyMergeDelta(previous, delta) == MergeEvents(events), exactly.
struct MergeDelta {
  std::vector<size_t> dropped;  // indices into `previous`, ascending
  std::vector<Event> added;     // merged events that replace them
};
MergeDelta UpdateMergedEvents(const std::vector<Event>& previous, const std::vector<Event>& events,
                              const std::vector<Event>& removed, const std::set<std::string>& changed_documents);
std::vector<Event> ApplyMergeDelta(std::vector<Event> previous, MergeDelta delta);

// What the incremental merge needs to know of a per-article event to decide
// whether it is merged again: the store's 60,000 per-article events need
// only be read in full for the few islands a change touches.
// An article that reports an event as the day's news (every source dated by
// its document date) may report it a day or two late: such an event may merge
// with the same event dated by another article up to this many days before.
inline constexpr int32_t kDocumentDateSlack = 2;
// The days an event can merge across: its range, reaching kDocumentDateSlack
// days earlier. Islands are built from it, so they never split what can merge.
inline DayRange MergeSpan(const DayRange& r) { return {r.first - kDocumentDateSlack, r.last}; }

struct EventSketch {
  std::optional<DayRange> range;  // CalendarRange(Event::date)
  bool has_sources = true;        // an event without sources is never merged
  bool changed = false;           // one of its sources is a changed document
};

// UpdateMergedEvents in steps, for a caller that reads events lazily: the
// islands of the new per-article events (`events`, all of them), marked
// where a change touches them (a changed document's new events, and
// `removed_dates`, the dates of the changed documents' old events).
// MergeDelta{previous events i with Drop(previous[i]), MergeEvents(the
// events with Redo)} is UpdateMergedEvents' delta.
class ChangedIslands {
 public:
  ChangedIslands(const std::vector<EventSketch>& events, const std::vector<std::string_view>& removed_dates);
  // Whether a per-article event is merged again.
  bool Redo(const EventSketch& event) const;
  // Whether a previous merged event (sketched like a per-article one) is
  // dropped, to be merged again.
  bool Drop(const EventSketch& merged) const;

 private:
  struct Island {
    DayRange span;
    bool dirty = false;
  };
  const Island* IslandOf(const DayRange& r) const;
  void MarkOverlapping(const DayRange& r);
  std::vector<Island> islands_;  // sorted and disjoint
};

}  // namespace tarikh

#endif  // TARIKH_CORPUS_H_
