// Sentences of one article about the same event become one event with
// several pieces of evidence.
//
// Candidates are taken in text order; each joins the best earlier event of
// its class that it can be the same as — a compatible date, no conflicting
// place, and a shared participant or the same place (contacts), the same
// type and a shared participant (ruptures, other events), the same speaker
// (statements) — preferring an event with the same date, then the nearest.
// A definite noun with no participants (`الاجتماع` said again), a dependent
// candidate (`وبحث الجانبان`, a lone `بحث`) and a sentence naming delegation
// heads only join; they never start an event.
#ifndef TARIKH_EVENTS_COALESCE_H_
#define TARIKH_EVENTS_COALESCE_H_

#include <vector>

#include "events/arguments.h"
#include "tarikh/events.h"

namespace tarikh::events {

std::vector<Event> Coalesce(const ArticleView& view, const std::vector<Candidate>& candidates);

}  // namespace tarikh::events

#endif  // TARIKH_EVENTS_COALESCE_H_
