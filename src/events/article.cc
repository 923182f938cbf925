// Token maps, clause scopes and date ownership of one article (see article.h).
#include "events/article.h"

#include <algorithm>
#include <climits>

#include "events/arguments.h"
#include "events/date_range.h"

namespace tarikh::events {
namespace {

// A comma clause with at most this many words outside mentions and time
// expressions still counts as an apposition (`أن نائب وزير الدفاع الروسي،`).
constexpr int kMaxLooseWords = 1;
// Words a resumed clause may hold before its first actor or place: a title
// (`وزير الخارجية الأمريكي أنتوني بلينكن`) or a preposition and a noun.
constexpr int kMaxObjectLead = 3;
// Words a `منذ` phrase may hold before its date (منذ اندلاع الثورة السورية عام 2011).
constexpr uint32_t kBoundPhrase = 5;

// Added to the distance from an expression to a coordinated verb after it.
constexpr int64_t kCoordinatedPenalty = 8;

// How many days before the document date still count as its news.
constexpr int32_t kRecentDays = 7;

// `value` is a day of the week up to the document date.
bool RecentDay(std::string_view value, std::string_view doc_date) {
  const auto day = CalendarRange(value), doc = CalendarRange(doc_date);
  return day && doc && day->days() == 1 && day->first <= doc->last && doc->first - day->first <= kRecentDays;
}

int64_t Distance(const TriggerMatch& m, uint32_t first, uint32_t end) {
  if (first >= m.end) return first - m.end;
  if (end <= m.first) return m.first - end;
  return 0;
}

// An event's date is a calendar value: `2021-08-28TMO` (this morning) is the day.
std::string DayOnly(std::string value) {
  const size_t t = value.find('T');
  if (t != std::string::npos && t == 10 && value.find('/') == std::string::npos) value.resize(10);
  return value;
}

// The date an event takes from its time expression. A part of a month
// (`أواخر مايو`: 2023-05-21/2023-05-31, mod END) dates the event by its month,
// as TimeML writes it (value 2023-05, mod END): the text says when within the
// month only roughly, and a range of days would claim more than it says.
std::string EventDate(const Timex& t) {
  const std::string& v = t.value;
  const bool month_part = !t.mod.empty() && v.size() == 21 && v[10] == '/' && v.compare(0, 7, v, 11, 7) == 0;
  return month_part ? v.substr(0, 7) : DayOnly(v);
}

}  // namespace

ArticleView::ArticleView(const Document& document, const AnalyzedText& text, const std::vector<Timex>& timexes,
                         const EntityResult& entities, const Lexicon& lexicon)
    : document_(document), text_(text), timexes_(timexes), entities_(entities), lexicon_(lexicon) {
  const size_t n = text.tokens.size();
  mention_at_.assign(n, -1);
  timex_at_.assign(n, -1);
  std::vector<bool> in_mention(n, false);
  for (size_t m = 0; m < entities.mentions.size(); ++m) {
    for (uint32_t t = entities.mentions[m].first_token; t < entities.mentions[m].end_token && t < n; ++t) {
      mention_at_[t] = static_cast<int>(m);
      in_mention[t] = true;
    }
  }
  for (size_t x = 0; x < timexes.size(); ++x) {
    if (!CalendarRange(timexes[x].value)) continue;
    // Tokens are in text order: find the first one ending after the expression starts.
    auto first = std::partition_point(text.tokens.begin(), text.tokens.end(),
                                      [&](const Token& tok) { return tok.end <= timexes[x].begin; });
    // Overlap, not inclusion: `وأمس` holds the expression `أمس`.
    for (auto it = first; it != text.tokens.end() && it->begin < timexes[x].end; ++it) {
      timex_at_[static_cast<size_t>(it - text.tokens.begin())] = static_cast<int>(x);
    }
  }
  const uint32_t clauses = n == 0 ? 0 : text.tokens.back().clause + 1;
  clause_first_.assign(clauses, UINT32_MAX);
  clause_end_.assign(clauses, 0);
  for (uint32_t t = 0; t < n; ++t) {
    const uint32_t c = text.tokens[t].clause;
    clause_first_[c] = std::min(clause_first_[c], t);
    clause_end_[c] = t + 1;
  }
  std::vector<bool> skip = in_mention;
  for (size_t t = 0; t < n; ++t) skip[t] = skip[t] || timex_at_[t] >= 0;
  triggers_ = FindTriggers(text, lexicon, in_mention, skip);  // in text order (AssignTimexes relies on it)
  in_trigger_.assign(n, false);
  for (const TriggerMatch& m : triggers_) {
    for (uint32_t t = m.first; t < m.end; ++t) in_trigger_[t] = true;
  }
  clause_has_trigger_.assign(clauses, false);
  for (const TriggerMatch& m : triggers_) clause_has_trigger_[text.tokens[m.first].clause] = true;
  for (const Actor& a : entities.actors) actors_[a.id] = &a;
  AssignTimexes();
}

const Actor* ArticleView::FindActor(std::string_view id) const {
  auto it = actors_.find(id);
  return it == actors_.end() ? nullptr : it->second;
}

bool ArticleView::IsMedia(std::string_view id) const {
  const Actor* a = FindActor(id);
  return a != nullptr && a->kind == "media";
}

bool ArticleView::IsCountry(std::string_view id) const {
  const Actor* a = FindActor(id);
  return a != nullptr && a->type == ActorType::kCountry;
}

bool ArticleView::IsPerson(std::string_view id) const {
  const Actor* a = FindActor(id);
  return a != nullptr && a->type == ActorType::kPerson;
}

bool ArticleView::Transparent(uint32_t clause) const {
  if (clause_has_trigger_[clause] || clause_first_[clause] == UINT32_MAX) return false;
  int covered = 0, loose = 0;
  for (uint32_t t = clause_first_[clause]; t < clause_end_[clause]; ++t) {
    if (text_.tokens[t].kind == TokenKind::kPunct) continue;
    (mention_at_[t] >= 0 || timex_at_[t] >= 0) ? ++covered : ++loose;
  }
  return covered > 0 && loose <= kMaxLooseWords;
}

// The clause after a parenthesis continues the clause before it when it has
// no trigger of its own and an actor or a place comes first in it (the object
// of the verb, or where: `، وزير الخارجية الأمريكي أنتوني بلينكن`, `، في جنيف`);
// `، مؤكدا أن …`, `، وهو المدير …` or `، وأعلن …` start something else.
bool ArticleView::ResumesClause(uint32_t clause) const {
  if (clause_has_trigger_[clause] || clause_first_[clause] == UINT32_MAX || OpensOnItsOwn(clause)) return false;
  int words = 0;
  for (uint32_t t = clause_first_[clause]; t < clause_end_[clause]; ++t) {
    if (text_.tokens[t].kind == TokenKind::kPunct) continue;
    if (mention_at_[t] >= 0) return true;
    if (HasCue(lexicon_, text_.tokens[t], Cue::kComplement) || ++words > kMaxObjectLead) return false;
  }
  return false;
}

// `وهو …`, `مؤكدا …`, `أن …`: the clause starts something of its own.
bool ArticleView::OpensOnItsOwn(uint32_t clause) const {
  for (uint32_t t = clause_first_[clause]; t < clause_end_[clause]; ++t) {
    if (text_.tokens[t].kind == TokenKind::kPunct) continue;
    return mention_at_[t] < 0 && (HasCue(lexicon_, text_.tokens[t], Cue::kOpener) ||
                                  HasCue(lexicon_, text_.tokens[t], Cue::kComplement));
  }
  return false;
}

Scope ArticleView::ScopeOf(uint32_t token) const {
  const uint32_t sentence = text_.tokens[token].sentence;
  const uint32_t c = text_.tokens[token].clause;
  auto same_sentence = [&](uint32_t k) {
    return k < clause_first_.size() && clause_first_[k] != UINT32_MAX &&
           text_.tokens[clause_first_[k]].sentence == sentence;
  };
  Scope s{clause_first_[c], clause_end_[c]};
  uint32_t next = c + 1;
  for (; same_sentence(next) && Transparent(next); ++next) s.end = clause_end_[next];
  // `استقبل X، اليوم الثلاثاء، Y في الرياض`: after a parenthesis the clause goes on.
  if (next > c + 1 && same_sentence(next) && ResumesClause(next)) {
    for (s.end = clause_end_[next++]; same_sentence(next) && Transparent(next); ++next) s.end = clause_end_[next];
  }
  // Clauses before take this one's scope only when no clause before them in
  // the sentence could (they open the sentence).
  uint32_t first = s.first;
  int64_t k = static_cast<int64_t>(c) - 1;
  while (k >= 0 && same_sentence(static_cast<uint32_t>(k)) && Transparent(static_cast<uint32_t>(k))) {
    first = clause_first_[k];
    --k;
  }
  if (k < 0 || !same_sentence(static_cast<uint32_t>(k))) {
    s.first = first;
  } else if (const auto before = static_cast<uint32_t>(k);
             before + 1 < c && !clause_has_trigger_[before] && !OpensOnItsOwn(c)) {
    // `أجرى X، مساء أمس، اتصالا هاتفيا مع Y`: the clause before the
    // parenthesis holds the subject of this one.
    s.first = clause_first_[before];
  }
  return s;
}

Scope ArticleView::WithNextClause(const Scope& scope) const {
  if (scope.end >= text_.tokens.size() || scope.end == 0) return scope;
  const Token& next = text_.tokens[scope.end];
  if (next.sentence != text_.tokens[scope.end - 1].sentence) return scope;
  return {scope.first, ScopeOf(scope.end).end};
}

Scope ArticleView::SentenceOf(uint32_t token) const {
  const Sentence& s = text_.sentences[text_.tokens[token].sentence];
  return {s.first_token, s.end_token};
}

// `منذ 2014`, `حتى عام 2030`, `قبل وقت طويل من فبراير 2022`: the expression
// starting at token `t` bounds something; it is not when an event happened.
bool ArticleView::IsBound(uint32_t t) const {
  if (t == 0) return false;
  const Token& before = text_.tokens[t - 1];
  if (HasCue(lexicon_, before, Cue::kNotDate)) return true;
  // `منذ اندلاع الثورة السورية عام 2011`: a bound whose noun phrase ends in
  // the date; a trigger or a mention between them starts something else.
  for (uint32_t k = t - 1, n = 0; k-- > 0 && n < kBoundPhrase && text_.tokens[k].clause == before.clause; ++n) {
    const Token& w = text_.tokens[k];
    if (mention_at_[k] >= 0 || IsTriggerToken(k) || w.kind == TokenKind::kPunct || timex_at_[k] >= 0 ||
        HasCue(lexicon_, w, Cue::kAssertion) || HasCue(lexicon_, w, Cue::kSupport)) {
      break;
    }
    if (HasCue(lexicon_, w, Cue::kSince)) return true;
  }
  if (!HasCue(lexicon_, before, Cue::kBoundLink)) return false;
  constexpr uint32_t kReach = 3;  // قبل وقت طويل من
  for (uint32_t k = t - 1; k-- > 0 && t - 1 - k <= kReach;) {
    if (text_.tokens[k].clause != before.clause) break;
    if (HasCue(lexicon_, text_.tokens[k], Cue::kNotDate)) return true;
  }
  return false;
}

bool ArticleView::Reported(size_t trigger) const { return ModalityOf(*this, triggers_[trigger]) == Modality::kReported; }

void ArticleView::AssignTimexes() {
  timex_owner_.assign(timexes_.size(), -2);
  for (uint32_t t = 0; t < timex_at_.size(); ++t) {
    const int x = timex_at_[t];
    if (x < 0 || (t > 0 && timex_at_[t - 1] == x)) continue;
    uint32_t end = t;
    while (end < timex_at_.size() && timex_at_[end] == x) ++end;
    if (IsBound(t)) continue;
    int owner = -1;
    int64_t best = INT64_MAX;
    // A trigger's scope never leaves its sentence: look only at the sentence's triggers.
    const Scope sentence = SentenceOf(t);
    const auto by_first = [](const TriggerMatch& m, uint32_t token) { return m.first < token; };
    const size_t first = static_cast<size_t>(
        std::lower_bound(triggers_.begin(), triggers_.end(), sentence.first, by_first) - triggers_.begin());
    for (size_t i = first; i < triggers_.size() && triggers_[i].first < sentence.end; ++i) {
      // `يلتقيان غدا لبحث الأزمة`: a purpose has no date of its own; an
      // event the sentence does not report (`لمحاولة التوصل إلى اتفاق`) has none either.
      if ((triggers_[i].purpose && lexicon_.entry(triggers_[i].entry).verb) ||
          !ScopeOf(triggers_[i].first).Contains(t) || !Reported(i)) {
        continue;
      }
      int64_t d = Distance(triggers_[i], t, end);
      // `زار ماكرون بغداد أمس والتقى صالح`: a verb joined by و/ف opens a new
      // clause; the expression before it belongs to the verb before (and
      // CoordinatedDate gives it to the joined verb too).
      if (end <= triggers_[i].first && IsCoordinatedVerb(i)) d += kCoordinatedPenalty;
      // Ties go to the trigger before the expression (`عقد اليوم`).
      if (d < best || (d == best && triggers_[i].first < t)) {
        best = d;
        owner = static_cast<int>(i);
      }
    }
    timex_owner_[x] = owner;
  }
}

std::string ArticleView::DateOf(size_t trigger) const {
  const TriggerMatch& m = triggers_[trigger];
  const Scope sentence = SentenceOf(m.first);
  int best_owned = -1, best_free = -1;
  int64_t owned_d = INT64_MAX, free_d = INT64_MAX;
  for (uint32_t t = sentence.first; t < sentence.end; ++t) {
    const int x = timex_at_[t];
    if (x < 0 || (t > sentence.first && timex_at_[t - 1] == x)) continue;
    const int64_t d = Distance(m, t, t + 1);
    if (timex_owner_[x] == static_cast<int>(trigger) && d < owned_d) {
      owned_d = d;
      best_owned = x;
    } else if (timex_owner_[x] == -1 && d < free_d) {
      free_d = d;
      best_free = x;
    }
  }
  const int x = best_owned >= 0 ? best_owned : best_free;
  if (x >= 0) return EventDate(timexes_[x]);
  // `الغزو الروسي لأوكرانيا منذ 24 شباط`: an act that lasts began then.
  if (lexicon_.entry(m.entry).ongoing) {
    constexpr uint32_t kSinceReach = 6;  // tokens after the trigger: its parties, then منذ
    for (uint32_t t = m.end; t < sentence.end && t < m.end + kSinceReach; ++t) {
      if (timex_at_[t] >= 0 && HasCue(lexicon_, text_.tokens[t - 1], Cue::kSince)) return EventDate(timexes_[timex_at_[t]]);
    }
  }
  std::string continued = ContinuedDate(sentence, m);
  if (continued.empty()) continued = CoordinatedDate(trigger);
  return DayOnly(continued.empty() ? ThenDate(m) : std::move(continued));
}

// `وفي 27 فبراير الماضي، قدم الرئيس … الشكر. واستقبل الرئيس وقتذاك وزير
// الخارجية`: `آنذاك`, `وقتذاك`, `يومها` next to the trigger point back to the
// past date told last — in its sentence before it, or in the sentence before.
// A date not before the document's is no `then`.
std::string ArticleView::ThenDate(const TriggerMatch& m) const {
  if (!ThenAdverbNear(m)) return {};
  const Scope own = SentenceOf(m.first);
  const uint32_t from = own.first > 0 ? SentenceOf(own.first - 1).first : own.first;
  for (uint32_t t = m.first; t-- > from;) {
    const int x = timex_at_[t];
    if (x < 0) continue;
    const std::optional<DayRange> when = CalendarRange(timexes_[x].value);
    const std::optional<DayRange> now = CalendarRange(document_.doc_date);
    if (!when || (now && when->last >= now->first)) return {};
    return EventDate(timexes_[x]);
  }
  return {};
}

bool ArticleView::ThenAdverbNear(const TriggerMatch& m) const {
  constexpr uint32_t kReach = 6;  // tokens either side of the trigger, in its clause
  const uint32_t clause = text_.tokens[m.first].clause;
  for (uint32_t t = m.first, n = 0; t-- > 0 && n < kReach && text_.tokens[t].clause == clause; ++n) {
    if (HasCue(lexicon_, text_.tokens[t], Cue::kBackgroundAdverb)) return true;
  }
  for (uint32_t t = m.end, n = 0; t < text_.tokens.size() && n < kReach && text_.tokens[t].clause == clause; ++t, ++n) {
    if (HasCue(lexicon_, text_.tokens[t], Cue::kBackgroundAdverb)) return true;
  }
  return false;
}

// `زار أمير قطر طهران في 12 مايو 2022، والتقى الرئيس الإيراني`: a verb joined
// by و/ف to an earlier dated event of its sentence happened then too.
// A verb joined by و/ف, or opening a clause of place (`وصل إلى مسقط أمس حيث التقى نظيره`).
bool ArticleView::IsCoordinatedVerb(size_t trigger) const {
  const TriggerMatch& m = triggers_[trigger];
  if (!lexicon_.entry(m.entry).verb) return false;
  const Token& first = text_.tokens[m.first];
  if (m.first > 0 && text_.tokens[m.first - 1].text == "\u062d\u064a\u062b") return true;  // حيث
  return first.split_count != 0 && (first.text.starts_with("\u0648") || first.text.starts_with("\u0641"));  // و ف
}

// A sentence opened by such a verb goes on with the one before when the verb
// points back to it (`وصل الرئيس إلى الجزائر أمس. واستقبله الرئيس الجزائري`).
std::string ArticleView::CoordinatedDate(size_t trigger) const {
  const TriggerMatch& m = triggers_[trigger];
  if (m.future || !IsCoordinatedVerb(trigger)) return {};
  const uint32_t sentence = text_.tokens[m.first].sentence;
  const Scope own = SentenceOf(m.first);
  const bool speech = lexicon_.entry(m.entry).speech;
  const bool opens = m.first <= own.first + 1;
  for (size_t i = trigger; i-- > 0;) {
    const TriggerMatch& before = triggers_[i];
    const uint32_t at = text_.tokens[before.first].sentence;
    if (at != sentence && !(opens && at + 1 == sentence &&
                            (m.object_pronoun != 0 || ShareActor(SentenceOf(before.first), own)))) {
      break;
    }
    if (lexicon_.entry(before.entry).speech) continue;
    for (size_t x = 0; x < timex_owner_.size(); ++x) {
      if (timex_owner_[x] != static_cast<int>(i)) continue;
      // `وقال …` after a sentence dating a past event (`وقع البلدان اتفاقا
      // عام 2015`) is the day's word; after the news of the last days
      // (`التقى … أمس`) it was said then.
      if (speech && at != sentence && !RecentDay(timexes_[x].value, document_.doc_date)) return {};
      return EventDate(timexes_[x]);
    }
  }
  return {};
}

// `إذ مثلت قضية القرم عام 2014 منعطفا. إذ كان الموقف رافضا لضم القرم …`: a
// sentence opened by a continuation particle goes on with the previous one;
// an undated event in it about an actor or place of that sentence takes the
// date nobody there claimed.
std::string ArticleView::ContinuedDate(const Scope& sentence, const TriggerMatch& m) const {
  if (sentence.first == 0) return {};
  const Scope previous = SentenceOf(sentence.first - 1);
  // `جاء ذلك خلال اجتماع …`, `وجاء البيان عقب اجتماع …`: the news just told
  // came out then — not an event ahead of it (`جاء ذلك قبل زيارة مرتقبة`).
  if (sentence.first + 1 < sentence.end && HasCue(lexicon_, text_.tokens[sentence.first], Cue::kCame) &&
      HasCue(lexicon_, text_.tokens[sentence.first + 1], Cue::kThatReport)) {
    if (m.future || (m.first > 0 && HasCue(lexicon_, text_.tokens[m.first - 1], Cue::kAhead))) return {};
    for (uint32_t t = previous.first; t < previous.end; ++t) {
      if (timex_at_[t] >= 0) return EventDate(timexes_[timex_at_[t]]);
    }
    return {};
  }
  if (!HasCue(lexicon_, text_.tokens[sentence.first], Cue::kContinuation)) return {};
  if (!ShareActor(previous, sentence)) return {};
  for (uint32_t t = previous.end; t-- > previous.first;) {
    const int x = timex_at_[t];
    if (x >= 0 && timex_owner_[x] == -1) return EventDate(timexes_[x]);
  }
  return {};
}

bool ArticleView::ShareActor(const Scope& a, const Scope& b) const {
  for (uint32_t s = a.first; s < a.end; ++s) {
    if (mention_at_[s] < 0) continue;
    const std::string& id = entities_.mentions[mention_at_[s]].actor_id;
    for (uint32_t t = b.first; t < b.end; ++t) {
      if (mention_at_[t] >= 0 && entities_.mentions[mention_at_[t]].actor_id == id) return true;
    }
  }
  return false;
}

}  // namespace tarikh::events
