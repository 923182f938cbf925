// One candidate event per reported trigger (see arguments.h, BuildCandidates).
#include <algorithm>
#include <climits>

#include "events/arguments.h"

namespace tarikh::events {
namespace {

// CAMEO 042, a visit made (043, receiving one, takes place at home).
constexpr std::string_view kVisitCameo = "042";
// How far after a vague verb (بحث) its `مع` may stand: `بحث لافروف هاتفيا مع فيدان`.
constexpr uint32_t kPartnerReach = 8;
// A rupture's posting (`سفيرها في طهران`) stands this close after the trigger.
constexpr uint32_t kPostingReach = 2;
// Words besides mentions between a decision and the event decided (قررت المملكة اليوم قطع).
constexpr uint32_t kDecisionObjectWords = 2;
// Words after a verb where its subject `الجانبان` (or `خلاله`) stands.
constexpr uint32_t kPairReach = 2;

// `الجانبان`, `الطرفين`, `الرئيسان`: the two parties of the event just reported.
bool NamesPair(const ArticleView& view, const Scope& scope) {
  const uint32_t end = std::min<uint32_t>(scope.end, static_cast<uint32_t>(view.text().tokens.size()));
  for (uint32_t t = scope.first; t < end; ++t) {
    if (view.MentionAt(t) < 0 && HasCue(view.lexicon(), view.token(t), Cue::kPair)) return true;
  }
  return false;
}

// `بحث مجلس الوزراء الوضع الاقتصادي`: a vague verb with one party and no
// `مع`/`بين` is a body discussing something, not two parties meeting.
bool LoneDiscussion(const ArticleView& view, const TriggerMatch& m, const TriggerEntry& e, size_t parties) {
  if (!e.generic || !e.verb || e.event_class != EventClass::kContact || parties >= 2) return false;
  const Scope sentence = view.SentenceOf(m.first);
  for (uint32_t t = m.end; t < sentence.end && t < m.end + kPartnerReach; ++t) {
    if (view.MentionAt(t) < 0 && HasCue(view.lexicon(), view.token(t), Cue::kParticipant)) return false;
  }
  return true;
}

// `قررت روسيا طرد عشرة دبلوماسيين`, `قررت الكويت استدعاء سفيرها`: a decision
// whose object is another event reports that event; it is not one of its own.
bool DecidesAnEvent(const ArticleView& view, size_t i) {
  const TriggerMatch& m = view.triggers()[i];
  const TriggerEntry& e = view.lexicon().entry(m.entry);
  if (!e.generic || e.event_class != EventClass::kOther || i + 1 >= view.triggers().size()) return false;
  const TriggerMatch& next = view.triggers()[i + 1];
  if (view.token(next.first).clause != view.token(m.first).clause) return false;
  uint32_t words = 0;
  for (uint32_t t = m.end; t < next.first; ++t) {
    if (view.MentionAt(t) < 0 && view.token(t).kind != TokenKind::kPunct && ++words > kDecisionObjectWords) return false;
  }
  return true;
}

bool FillCandidate(const ArticleView& view, size_t i, Candidate* c) {
  const TriggerMatch& m = view.triggers()[i];
  const TriggerEntry& e = view.lexicon().entry(m.entry);
  if (ModalityOf(view, m) != Modality::kReported || DecidesAnEvent(view, i)) return false;
  c->trigger = i;
  c->entry = &e;
  c->sentence = view.token(m.first).sentence;
  c->position = m.first;
  c->scope = view.ScopeOf(m.first);
  c->participants = ParticipantsOf(view, m, c->scope);
  // `الاجتماع` said again, `وبحث الجانبان`: an event only through an earlier one.
  const bool contact = e.event_class == EventClass::kContact;
  c->reference = c->participants.empty() && contact && (NamesPair(view, c->scope) || (!e.verb && m.definite));
  if (c->participants.empty() && !c->reference) return false;
  // `وبحث الجانبان …`, `بحثا خلاله …` right after the verb: what the pair did in that event.
  const bool pair_subject = contact && e.verb && NamesPair(view, {m.end, m.end + kPairReach});
  c->dependent = c->reference || pair_subject || LoneDiscussion(view, m, e, c->participants.size());
  c->pair = contact && c->participants.empty() && (pair_subject || NamesPair(view, c->scope));
  if (const int place = PlaceMentionOf(view, c->scope, m); place >= 0) {
    const Mention& where = view.mentions()[place];
    c->place = where.actor_id;
    // `وصل إلى الرياض`, `زيارة إلى الدوحة`: a visit there is a visit to that country;
    // `استدعاء سفيرها في طهران`: a rupture with the country of the posting.
    const bool posting = e.event_class == EventClass::kRupture && where.first_token <= m.end + kPostingReach;
    if ((e.cameo == kVisitCameo || posting) && !where.stands_for.empty() && where.first_token >= m.end) {
      c->participants.push_back(where.stands_for);
      std::sort(c->participants.begin(), c->participants.end());
      c->participants.erase(std::unique(c->participants.begin(), c->participants.end()), c->participants.end());
    }
  }
  c->date = view.DateOf(i);
  // `قررت الحكومة اليوم تخفيض التمثيل`: the decision that reports this event
  // is no event of its own, and its date is this event's.
  if (c->date.empty() && i > 0 && DecidesAnEvent(view, i - 1)) c->date = view.DateOf(i - 1);
  // An act announced for later is not dated by the announcement.
  if (c->date.empty() && e.event_class != EventClass::kStatement && !IsPlanned(view, m, "")) {
    c->date = SpeechDate(view, m);
  }
  if (!c->date.empty()) c->date_source = DateSource::kText;
  c->planned = IsPlanned(view, m, c->date);
  c->background = IsBackground(view, m);
  c->asserted = IsAsserted(view, m);
  return true;
}

// `ويرأس الوفد الروسي …، فيما ترأست الوفد الأمريكي …`, `وسيمثل روسيا …`: a
// clause that names who took part in the event just reported.
bool ParticipationCandidate(const ArticleView& view, uint32_t cue, Candidate* c) {
  const TriggerMatch at{cue, cue + 1, 0, false, false};
  if (ModalityOf(view, at) != Modality::kReported) return false;  // `ولم يحضر بوتين المحادثات`
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
