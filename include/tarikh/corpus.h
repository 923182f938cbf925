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
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
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

// An article that reports an event as the day's news (every source dated by
// its document date) may report it a day or two late: such an event may merge
// with the same event dated by another article up to this many days before.
inline constexpr int32_t kDocumentDateSlack = 2;
// The days an event can merge across: its range, reaching kDocumentDateSlack
// days earlier.
inline DayRange MergeSpan(const DayRange& r) { return {r.first - kDocumentDateSlack, r.last}; }

// What decides whether two per-article events can be one, as views into the
// event or its record. MergeEvents clusters by CouldMerge, and the
// incremental merge's islands are the connected parts of the graph of the
// pairs CouldMerge joins: one rule, so an island never splits what merges.
struct MergeFacts {
  EventClass event_class = EventClass::kOther;
  std::string_view type;
  std::optional<DayRange> exact;  // CalendarRange(Event::date)
  std::optional<DayRange> range;  // where it can merge: exact, or MergeSpan(exact) for a day's news
  std::string_view place;         // Event::place.id
  std::vector<std::string_view> participants;  // sorted
  std::vector<std::string_view> documents;     // its sources' documents
};
// `dated_by_document`: every source is dated by its document's date (DateSource::kDocument).
MergeFacts FactsOf(EventClass event_class, std::string_view type, std::string_view date, bool dated_by_document,
                   std::string_view place, std::vector<std::string_view> participants,
                   std::vector<std::string_view> documents);
MergeFacts FactsOf(const Event& e);
// Same class (and, for statements, the same type), overlapping ranges, no
// two places, no article in common, and the place or a participant shared —
// two when only a late report's slack makes the dates meet.
bool CouldMerge(const MergeFacts& a, const MergeFacts& b);

// What the incremental merge needs to know of an event to decide whether it
// is merged again: the store's 60,000 per-article events need only be read
// in full for the few islands a change touches.
struct EventSketch {
  MergeFacts facts;
  bool has_sources = true;  // an event without sources is never merged
  bool changed = false;     // one of its sources is a changed document
  // (document, where its first evidence begins) of each source: a merged
  // event's sources are its members' (a per-article event has one).
  std::vector<std::pair<std::string_view, uint32_t>> sources;
  bool merges() const { return has_sources && facts.range.has_value(); }
};

// The sketch of an event (views into `e`); `changed`: one of its sources is
// a changed document.
EventSketch SketchEvent(const Event& e, bool changed);
// The sketch of a merged event, as ChangedIslands reads the `previous` ones:
// its class, range and sources only (a merged event joins an island by its
// members, never by CouldMerge).
EventSketch SketchMergedEvent(const Event& e, bool changed);

// UpdateMergedEvents in steps, for a caller that reads events lazily. The
// islands are the connected parts of the graph whose nodes are the new
// per-article events (`events`, all of them), the old per-article events
// of the changed documents (`removed`) and the previous merged events
// (`previous`), and whose edges join two per-article events CouldMerge
// joins, and a merged event to the per-article events of its sources: the
// clustering never crosses an island, and every merged event lies in its
// members' island.
// An island with a changed new event or a removed one is merged again:
// MergeDelta{previous events i with Drop(i), MergeEvents(the events i with
// Redo(i))} is UpdateMergedEvents' delta.
class ChangedIslands {
 public:
  ChangedIslands(const std::vector<EventSketch>& events, const std::vector<EventSketch>& removed,
                 const std::vector<EventSketch>& previous);
  // Whether per-article event `i` (of `events`) is merged again.
  bool Redo(size_t i) const;
  // Whether previous merged event `i` is dropped, to be merged again.
  bool Drop(size_t i) const;
  // How many islands there are, and how many are merged again (--timing).
  size_t islands() const { return islands_; }
  size_t dirty_islands() const { return dirty_islands_; }

 private:
  size_t Root(size_t node) const;
  struct Node {
    bool merges = false;  // has sources and a range: it has an island
    bool changed = false;
  };
  std::vector<Node> events_, previous_;
  mutable std::vector<size_t> parent_;  // union-find over events, removed, previous (in that order)
  std::vector<char> dirty_;     // by root
  size_t islands_ = 0, dirty_islands_ = 0;
};

}  // namespace tarikh

#endif  // TARIKH_CORPUS_H_
