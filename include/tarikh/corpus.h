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
#include <set>
#include <string>
#include <vector>

#include "tarikh/events.h"

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
// The same, with the per-article events by pointer (no copy of the corpus).
MergeDelta UpdateMergedEvents(const std::vector<Event>& previous, const std::vector<const Event*>& events,
                              const std::vector<Event>& removed, const std::set<std::string>& changed_documents);
std::vector<Event> ApplyMergeDelta(std::vector<Event> previous, MergeDelta delta);

}  // namespace tarikh

#endif  // TARIKH_CORPUS_H_
