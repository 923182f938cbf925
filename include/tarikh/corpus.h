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

#include <vector>

#include "tarikh/events.h"

namespace tarikh {

// Merges per-article events (each with one source) into corpus events, sorted
// by date, then id.
std::vector<Event> MergeEvents(std::vector<Event> events);

}  // namespace tarikh

#endif  // TARIKH_CORPUS_H_
