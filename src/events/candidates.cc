// One candidate event per reported trigger (see arguments.h, BuildCandidates).
#include <algorithm>
#include <climits>

#include "events/arguments.h"

namespace tarikh::events {
namespace {

bool FillCandidate(const ArticleView& view, size_t i, Candidate* c) {
  const TriggerMatch& m = view.triggers()[i];
  const TriggerEntry& e = view.lexicon().entry(m.entry);
  if (ModalityOf(view, m) != Modality::kReported) return false;
  c->trigger = i;
  c->entry = &e;
  c->sentence = view.token(m.first).sentence;
  c->position = m.first;
  c->scope = view.ScopeOf(m.first);
  c->participants = ParticipantsOf(view, m, c->scope);
  // `الاجتماع` said again: an event of its own only through an earlier one.
  c->reference = c->participants.empty() && !e.verb && m.definite && e.event_class == EventClass::kContact;
  if (c->participants.empty() && !c->reference) return false;
  c->place = PlaceOf(view, c->scope, m);
  c->date = view.DateOf(i);
  c->planned = IsPlanned(view, m, c->date);
  return true;
}

// `ويرأس الوفد الروسي …، فيما ترأست الوفد الأمريكي …`, `وسيمثل روسيا …`: a
// clause that names who took part in the event just reported.
bool ParticipationCandidate(const ArticleView& view, uint32_t cue, Candidate* c) {
  const TriggerMatch at{cue, cue + 1, 0, false, false};
  c->scope = view.ScopeOf(cue);
  c->participants = ParticipantsIn(view, c->scope, at);
  c->sentence = view.token(cue).sentence;
  c->position = cue;
  c->participation_only = true;
  return !c->participants.empty();
}

}  // namespace

std::vector<Candidate> BuildCandidates(const ArticleView& view) {
  std::vector<Candidate> out;
  for (size_t i = 0; i < view.triggers().size(); ++i) {
    Candidate c;
    if (FillCandidate(view, i, &c)) out.push_back(std::move(c));
  }
  uint32_t last_clause = UINT32_MAX;
  for (uint32_t t = 0; t < view.text().tokens.size(); ++t) {
    if (view.token(t).clause == last_clause || view.MentionAt(t) >= 0 ||
        !HasCue(view.lexicon(), view.token(t), Cue::kParticipation)) {
      continue;
    }
    last_clause = view.token(t).clause;
    Candidate c;
    if (ParticipationCandidate(view, t, &c)) out.push_back(std::move(c));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Candidate& a, const Candidate& b) { return a.position < b.position; });
  return out;
}

}  // namespace tarikh::events
