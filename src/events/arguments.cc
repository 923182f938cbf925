// Participants, place, date and modality of a trigger (see arguments.h).
#include "events/arguments.h"

#include <algorithm>

#include "events/date_range.h"

namespace tarikh::events {
namespace {

// How far from its trigger a participant may stand inside the scope: long
// comma-less sentences chain several events.
constexpr uint32_t kWordsBefore = 20;
constexpr uint32_t kWordsAfter = 25;
// Light words that may stand between a cue and its trigger (لم يتم عقد أي لقاء).
constexpr int kMaxSupportWords = 3;
// How far before a trigger a denial verb reaches (نفى الوزير عقد أي لقاء).
constexpr uint32_t kDenialReach = 6;
constexpr uint32_t kFutureReach = 6;
// Words (besides actor mentions) between an asserting verb and its noun
// (أعلنت السعودية اليوم قطع العلاقات، أجرى مساء أمس اتصالا).
constexpr int kAssertionReach = 4;
// Words besides mentions and dates between a reporting verb and its object:
// `أعلنت الخارجية الباكستانية في بيان استدعاء` (في بيان).
constexpr int kObjectWords = 2;
// How far before a trigger a background cue reaches (وكان الرئيسان قد التقيا).
constexpr uint32_t kBackgroundReach = 6;
// Words a reporting verb's subject may stand after it: an unknown title
// (وقال وزير الخارجية الروسي سيرغي لافروف); `إن`/`أن` ends the search.
constexpr int kSpeakerReach = 4;

Scope Window(const Scope& scope, const TriggerMatch& m) {
  return {std::max(scope.first, m.first > kWordsBefore ? m.first - kWordsBefore : 0u),
          std::min(scope.end, m.end + kWordsAfter)};
}

void SortUnique(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

// Non-place mentions of [w.first, w.end) outside subject-matter phrases; the
// trigger at `reset` (if inside) ends such a phrase.
// Actors named in `w` (not places, not the topic after بشأن …). News media are
// kept only when `media` is set: an agency in a dateline or `وفقا لوكالة …`
// reports an event, only an interview has it as a party.
std::vector<std::string> MentionsIn(const ArticleView& view, const Scope& w, uint32_t reset, bool media = false) {
  std::vector<std::string> out;
  bool topic = false;
  for (uint32_t t = w.first; t < w.end; ++t) {
    if (t == reset) topic = false;
    const int mi = view.MentionAt(t);
    if (mi >= 0) {
      const Mention& mention = view.mentions()[mi];
      if (!mention.place && !topic && (media || !view.IsMedia(mention.actor_id))) {
        out.push_back(mention.actor_id);
        // `الرئيس المصري عبد الفتاح السيسي`: the official's country takes part with him.
        if (!mention.affiliation.empty() && view.IsCountry(mention.affiliation)) out.push_back(mention.affiliation);
      }
      t = std::max(t, std::min(mention.end_token, w.end) - 1);
      continue;
    }
    if (HasCue(view.lexicon(), view.token(t), Cue::kTopic)) topic = true;
    if (HasCue(view.lexicon(), view.token(t), Cue::kParticipant)) topic = false;
  }
  SortUnique(&out);
  return out;
}

// The nearest reporting verb before `m` in its sentence that has a speaker
// (its index in view.triggers()), or -1.
int SentenceSpeech(const ArticleView& view, const TriggerMatch& m, std::string* speaker) {
  const uint32_t sentence = view.token(m.first).sentence;
  // Triggers are in text order: walk back from `m` to the start of its sentence.
  const auto& triggers = view.triggers();
  const size_t at = static_cast<size_t>(
      std::lower_bound(triggers.begin(), triggers.end(), m.first,
                       [](const TriggerMatch& t, uint32_t token) { return t.first < token; }) -
      triggers.begin());
  for (size_t i = at; i-- > 0;) {
    const TriggerMatch& other = triggers[i];
    if (view.token(other.first).sentence != sentence) break;
    if (!view.lexicon().entry(other.entry).speech) continue;
    *speaker = SpeakerOf(view, other);
    if (!speaker->empty()) return static_cast<int>(i);
  }
  return -1;
}

std::string SentenceSpeaker(const ArticleView& view, const TriggerMatch& m) {
  std::string speaker;
  SentenceSpeech(view, m, &speaker);
  return speaker;
}

// `قال X إن …`: whether `m` stands in the reported speech of trigger `speech`.
bool InReportedSpeech(const ArticleView& view, int speech, const TriggerMatch& m) {
  for (uint32_t t = view.triggers()[speech].end; t < m.first; ++t) {
    if (HasCue(view.lexicon(), view.token(t), Cue::kComplement) ||
        HasCue(view.lexicon(), view.token(t), Cue::kResumptive)) {
      return true;
    }
  }
  return false;
}

// A press conference or an interview: the sentence's speaker (or the nearest
// actor before it) and whoever is named right after it (the newspaper).
std::vector<std::string> AttributedParticipants(const ArticleView& view, const TriggerMatch& m) {
  std::vector<std::string> out;
  std::string speaker = SentenceSpeaker(view, m);
  const Scope sentence = view.SentenceOf(m.first);
  for (uint32_t t = m.first; speaker.empty() && t-- > sentence.first;) {
    const int mi = view.MentionAt(t);
    if (mi >= 0 && !view.mentions()[mi].place) speaker = view.mentions()[mi].actor_id;
  }
  if (!speaker.empty()) out.push_back(speaker);
  for (const std::string& id : MentionsIn(view, {m.end, std::min(sentence.end, m.end + 4)}, m.end, true)) {
    out.push_back(id);
  }
  SortUnique(&out);
  return out;
}

// `who` is named in `token` after the proclitic ل (or لل): `للديوان`, `لوزارة`.
bool ByLam(const Token& token, const Mention& who) {
  return token.text.starts_with("\u0644") && who.begin > token.begin;  // ل
}

// A noun in the construct state, the first term of an idafa: no reading of
// it with the article (`بيان`, `وبيان`, not `البيان` nor `والبيان`) and no
// accusative tanween (not `بيانا`).
bool IsConstruct(const Token& noun) {
  const auto splits = noun.splits();
  return std::none_of(splits.begin(), splits.end(), [](const CliticSplit& s) { return s.article; }) &&
         !noun.text.ends_with("\u0627");  // ـا
}

// A statement as a document: who issued it, named right after it (`بيان
// للديوان الملكي`, `بيان صادر عن وزارة الخارجية`, `بلاغ أصدرته الرئاسة`),
// else the speaker of its sentence (`قالت الوزارة في بيان`); none: no event.
std::vector<std::string> IssuerOf(const ArticleView& view, const TriggerMatch& m) {
  const Scope sentence = view.SentenceOf(m.first);
  constexpr uint32_t kIssuerReach = 4;  // words between the noun and the issuer: صدر عن، الصادر عن، أصدرته
  for (uint32_t t = m.end, n = 0; t < sentence.end && n <= kIssuerReach; ++t, ++n) {
    if (const int mi = view.MentionAt(t); mi >= 0) {
      const Mention& who = view.mentions()[mi];
      if (who.place) break;
      // Right after the noun: by the proclitic ل (`بيان للديوان`, not the ل
      // of `لبنان`), or as the second term of a construct (`بيان الرئاسة`,
      // `بلاغ وزارة الخارجية`: the noun bare, without ال or tanween); else
      // after an issuing word.
      const bool construct = m.end == m.first + 1 && IsConstruct(view.token(m.first));
      if (t == m.end && !ByLam(view.token(t), who) && !construct) break;
      return {who.actor_id};
    }
    if (!HasCue(view.lexicon(), view.token(t), Cue::kIssuer)) break;
  }
  // `أصدرت الخارجية القطرية بيانا`: the subject of the verb that issued it.
  const uint32_t clause = view.token(m.first).clause;
  for (uint32_t t = m.first; t-- > sentence.first && view.token(t).clause == clause;) {
    const int mi = view.MentionAt(t);
    if (mi < 0) continue;
    const Mention& who = view.mentions()[mi];
    const uint32_t before = who.first_token;
    if (!who.place && before > sentence.first && HasCue(view.lexicon(), view.token(before - 1), Cue::kIssueVerb)) {
      return {who.actor_id};
    }
    break;
  }
  std::string speaker = SentenceSpeaker(view, m);
  if (speaker.empty()) return {};
  return {speaker};
}

// `أعلنت X … أنها أجرت اتصالات مع Y`: the speaker is the trigger's subject.
bool ResumesSpeaker(const ArticleView& view, const TriggerMatch& m) {
  const uint32_t clause = view.token(m.first).clause;
  for (uint32_t t = m.first, n = 0; t-- > 0 && n < 3 && view.token(t).clause == clause; ++n) {
    if (HasCue(view.lexicon(), view.token(t), Cue::kResumptive)) return true;
  }
  return false;
}

// `في مكالمة هاتفية بينهما`, `لقائهما`: the clause speaks of two parties by a pronoun.
bool NamesTheTwo(const ArticleView& view, const Scope& scope, const TriggerMatch& m) {
  for (uint32_t t = m.first; t < std::min<uint32_t>(scope.end, m.end + 4); ++t) {
    if (view.MentionAt(t) < 0 && HasCue(view.lexicon(), view.token(t), Cue::kPairPronoun)) return true;
  }
  return false;
}

// Calls `visit(actor_id)` for the actors named before `m` (nearest first, not
// places, not news media) in its sentence or the one before, until it returns true.
template <typename Visit>
void ActorsBefore(const ArticleView& view, const TriggerMatch& m, Visit visit) {
  const uint32_t sentence = view.token(m.first).sentence;
  for (uint32_t t = m.first; t-- > 0 && view.token(t).sentence + 1 >= sentence;) {
    const int mi = view.MentionAt(t);
    if (mi < 0) continue;
    const Mention& mention = view.mentions()[mi];
    t = mention.first_token;
    if (mention.place || mention.actor_id.empty() || view.IsMedia(mention.actor_id)) continue;
    if (visit(mention.actor_id)) return;
  }
}

// The last two actors (people first) named before `m` in its sentence or the one before.
std::vector<std::string> LastTwoActors(const ArticleView& view, const TriggerMatch& m) {
  std::vector<std::string> people, others;
  ActorsBefore(view, m, [&](const std::string& id) {
    std::vector<std::string>& list = view.IsPerson(id) ? people : others;
    if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
    return false;
  });
  if (people.size() >= 2) return {people[0], people[1]};
  if (others.size() >= 2 && people.empty()) return {others[0], others[1]};
  return {};
}

// `وصل الوزير إلى الرياض. واستقبله ولي العهد`: the one an attached object
// pronoun stands for, the nearest actor named before the verb (a person for
// ه; a person, country or organisation for ها) in its sentence or the one before.
std::string PronounAntecedent(const ArticleView& view, const TriggerMatch& m) {
  if (m.object_pronoun == 0) return {};
  std::string found;
  ActorsBefore(view, m, [&](const std::string& id) {
    if (view.IsPerson(id) || m.object_pronoun == 'f') found = id;
    return !found.empty();
  });
  return found;
}

// `زار أمير قطر طهران، والتقى الرئيس الإيراني`: a verb joined to an
// earlier verb of its sentence shares its subject.
std::string SharedSubject(const ArticleView& view, const TriggerMatch& m) {
  const auto& triggers = view.triggers();
  const size_t at = static_cast<size_t>(
      std::lower_bound(triggers.begin(), triggers.end(), m.first,
                       [](const TriggerMatch& t, uint32_t token) { return t.first < token; }) -
      triggers.begin());
  if (at >= triggers.size() || triggers[at].first != m.first || !view.IsCoordinatedVerb(at)) return {};
  const uint32_t sentence = view.token(m.first).sentence;
  for (size_t i = at; i-- > 0;) {
    const TriggerMatch& before = triggers[i];
    if (view.token(before.first).sentence != sentence) break;
    const TriggerEntry& e = view.lexicon().entry(before.entry);
    if (!e.verb || e.speech) continue;
    return SpeakerOf(view, before);
  }
  return {};
}

// `أعلنت مصر وتركيا`: actors joined by و to the speaker speak with it.
void JoinedSpeakers(const ArticleView& view, const TriggerMatch& m, std::vector<std::string>* speakers) {
  const Scope sentence = view.SentenceOf(m.first);
  uint32_t t = sentence.first;
  for (; t < sentence.end; ++t) {
    const int mi = view.MentionAt(t);
    if (mi >= 0 && view.mentions()[mi].actor_id == speakers->front()) break;
  }
  if (t >= sentence.end) return;
  for (int n = 0; n < 4; ++n) {
    const uint32_t next = view.mentions()[view.MentionAt(t)].end_token;
    if (next >= sentence.end || !view.token(next).text.starts_with("\u0648")) return;  // و
    const int mi = view.MentionAt(next);
    if (mi < 0 || view.mentions()[mi].first_token != next || view.mentions()[mi].place) return;
    speakers->push_back(view.mentions()[mi].actor_id);
    t = next;
  }
}

}  // namespace

Modality ModalityOf(const ArticleView& view, const TriggerMatch& m) {
  const Lexicon& lex = view.lexicon();
  const uint32_t clause = view.token(m.first).clause;
  int support = 0;
  for (uint32_t t = m.first; t-- > 0 && view.token(t).clause == clause;) {
    // The subject may stand between the cue and the trigger: `لم تجر روسيا محادثات`.
    if (const int mi = view.MentionAt(t); mi >= 0) {
      t = view.mentions()[mi].first_token;
      if (++support > kMaxSupportWords) break;
      continue;
    }
    const Token& tok = view.token(t);
    if (HasCue(lex, tok, Cue::kNegation)) return Modality::kNegated;
    if (HasCue(lex, tok, Cue::kIrrealis)) return Modality::kIrrealis;
    // `لم يحضر X الاجتماع`, `لم يشارك X في المحادثات`: not taking part is no report of an event.
    const bool transparent = HasCue(lex, tok, Cue::kSupport) || HasCue(lex, tok, Cue::kParticipation);
    if (!transparent || ++support > kMaxSupportWords) break;
  }
  // `استدعت سفيرها للتشاور`, `توجه إلى موسكو ليلتقي بوتين`: a contact verb
  // as the purpose of something else is not reported as having happened (a
  // noun after ل is most often a genitive: `تكرارا لمحادثات جنيف`).
  if (m.purpose && lex.entry(m.entry).verb && lex.entry(m.entry).event_class == EventClass::kContact) {
    return Modality::kIrrealis;
  }
  // `محادثات بشأن الاتفاق النووي`: the agreement is what they talk about;
  // `بحثا آخر مستجدات المفاوضات`: so are the negotiations.
  const TriggerEntry& e = lex.entry(m.entry);
  const Cue matter = e.event_class == EventClass::kContact ? Cue::kMatter : Cue::kSubject;
  if (!e.verb && m.first > 0 && view.token(m.first - 1).clause == clause &&
      HasCue(lex, view.token(m.first - 1), matter)) {
    return Modality::kIrrealis;
  }
  const uint32_t sentence = view.token(m.first).sentence;
  for (uint32_t t = m.first, n = 0; t-- > 0 && n < kDenialReach && view.token(t).sentence == sentence; ++n) {
    if (HasCue(lex, view.token(t), Cue::kDenial)) return Modality::kNegated;
  }
  return Modality::kReported;
}

bool IsPlanned(const ArticleView& view, const TriggerMatch& m, const std::string& date) {
  if (m.future) return true;
  const uint32_t clause = view.token(m.first).clause;
  for (uint32_t t = m.first, n = 0; t-- > 0 && n < kFutureReach && view.token(t).clause == clause; ++n) {
    const Token& tok = view.token(t);
    if (HasCue(view.lexicon(), tok, Cue::kFuture)) return true;
    if (n < 2 && HasCue(view.lexicon(), tok, Cue::kSupport) && HasFuturePrefix(tok)) return true;  // سيعقد اجتماع
  }
  return AfterDocumentDate(date, view.document().doc_date);
}

bool IsBackground(const ArticleView& view, const TriggerMatch& m) {
  const uint32_t clause = view.token(m.first).clause;
  for (uint32_t t = m.first, n = 0; t-- > 0 && n < kBackgroundReach && view.token(t).clause == clause; ++n) {
    if (HasCue(view.lexicon(), view.token(t), Cue::kBackground)) return true;
  }
  // `واستقبل الرئيس الأوكراني وقتذاك …`: the adverb, before or after the verb.
  return view.ThenAdverbNear(m);
}

bool IsAsserted(const ArticleView& view, const TriggerMatch& m) {
  const TriggerEntry& e = view.lexicon().entry(m.entry);
  if (e.verb || e.attributed || e.issued) return true;
  // `اتصال هاتفي أجراه الملك`, `اجتماع ترأسه الرئيس`: the verb right after it.
  if (m.end < view.text().tokens.size() && view.token(m.end).sentence == view.token(m.first).sentence &&
      HasCue(view.lexicon(), view.token(m.end), Cue::kAssertion)) {
    return true;
  }
  // Before it in its sentence; the verb's subject and adverbs may stand
  // between, set off by commas: `تلقى الوزير، الأمير فيصل، اتصالا`.
  const uint32_t sentence = view.token(m.first).sentence;
  int words = 0;
  for (uint32_t t = m.first; t-- > 0 && view.token(t).sentence == sentence;) {
    if (const int mi = view.MentionAt(t); mi >= 0) {
      t = view.mentions()[mi].first_token;
      continue;
    }
    if (view.token(t).kind == TokenKind::kPunct || view.TimexAt(t) >= 0) continue;
    if (HasCue(view.lexicon(), view.token(t), Cue::kAssertion)) return true;
    if (++words > kAssertionReach) break;
  }
  return false;
}

// Only actor mentions, time expressions and punctuation stand between a
// reporting verb and `m`: `m` is its object (`أعلنت باكستان، الأربعاء، استدعاء سفيرها`).
bool ObjectOf(const ArticleView& view, const TriggerMatch& speech, const TriggerMatch& m) {
  int words = 0;
  for (uint32_t t = speech.end; t < m.first; ++t) {
    if (const int mi = view.MentionAt(t); mi >= 0) {
      t = view.mentions()[mi].end_token - 1;
      continue;
    }
    if (view.token(t).kind == TokenKind::kPunct || view.TimexAt(t) >= 0) continue;
    if (++words > kObjectWords) return false;
  }
  return true;
}

std::string AnnouncerOf(const ArticleView& view, const TriggerMatch& m) {
  std::string speaker;
  const int speech = SentenceSpeech(view, m, &speaker);
  if (speech < 0 || !ObjectOf(view, view.triggers()[static_cast<size_t>(speech)], m)) return {};
  return speaker;
}

std::string SpeechDate(const ArticleView& view, const TriggerMatch& m) {
  std::string speaker;
  const int speech = SentenceSpeech(view, m, &speaker);
  if (speech < 0) return {};
  const TriggerMatch& s = view.triggers()[static_cast<size_t>(speech)];
  // The announced act is the object of the verb (a noun right after its
  // subject and adverbs) or stands in what it reports (after أن/إن).
  if (!InReportedSpeech(view, speech, m) && !ObjectOf(view, s, m)) return {};
  return view.DateOf(static_cast<size_t>(speech));
}

std::vector<std::string> ParticipantsIn(const ArticleView& view, const Scope& scope, const TriggerMatch& m) {
  return MentionsIn(view, Window(scope, m), m.first);
}

std::string PlaceOf(const ArticleView& view, const Scope& scope, const TriggerMatch& m) {
  const int found = PlaceMentionOf(view, scope, m);
  return found >= 0 ? view.mentions()[found].actor_id : std::string();
}

int PlaceMentionOf(const ArticleView& view, const Scope& scope, const TriggerMatch& m) {
  const Scope w = Window(scope, m);
  auto place_at = [&](uint32_t t) {
    const int mi = t < w.end ? view.MentionAt(t) : -1;
    return mi >= 0 && view.mentions()[mi].place && view.mentions()[mi].first_token == t ? mi : -1;
  };
  int found = -1;
  for (uint32_t t = m.first; t < w.end && found < 0; ++t) found = place_at(t);
  // Venue then city: `في مقر حلف شمال الأطلسي في بروكسل`, `بمقر الناتو ببروكسل`.
  while (found >= 0) {
    const uint32_t e = view.mentions()[found].end_token;
    int next = place_at(e);
    if (next < 0 && e < w.end && ReadsAs(view.token(e), "\xD9\x81\xD9\x8A")) next = place_at(e + 1);  // في
    if (next < 0) break;
    found = next;
  }
  // Before it, up to another event's trigger: `أثناء زيارته للعاصمة الأوكرانية أن … خلال
  // مباحثات 21 يناير` — Kyiv is where the visit was, not the talks.
  for (uint32_t t = m.first; found < 0 && t-- > w.first;) {
    if (view.IsTriggerToken(t)) break;
    found = place_at(t);
  }
  return found;
}

std::string SpeakerOf(const ArticleView& view, const TriggerMatch& m) {
  const uint32_t sentence = view.token(m.first).sentence;
  auto actor_before = [&]() -> std::string {
    if (m.first == 0 || view.token(m.first - 1).sentence != sentence) return {};
    const int mi = view.MentionAt(m.first - 1);
    return mi >= 0 && !view.mentions()[mi].place ? view.mentions()[mi].actor_id : std::string();
  };
  // `وزير الخارجية الأمريكي أعلن`: a subject right before a verb that opens
  // no clause of its own (no و/ف) is the speaker.
  const Token& verb = view.token(m.first);
  const bool joined = verb.split_count > 0 && (verb.text.starts_with("\u0648") || verb.text.starts_with("\u0641"));
  if (!joined) {
    if (std::string before = actor_before(); !before.empty()) return before;
  }
  int loose = 0;
  for (uint32_t t = m.end; t < view.text().tokens.size() && view.token(t).sentence == sentence; ++t) {
    const int mi = view.MentionAt(t);
    if (mi >= 0) {
      const Mention& mention = view.mentions()[mi];
      if (!mention.place) return mention.actor_id;
      t = mention.end_token - 1;  // `أعلن في القاهرة الوزير …`: past the place
      continue;
    }
    if (HasCue(view.lexicon(), view.token(t), Cue::kComplement)) break;
    if (view.token(t).kind != TokenKind::kPunct && ++loose > kSpeakerReach) break;
  }
  return actor_before();
}

std::vector<std::string> ParticipantsOf(const ArticleView& view, const TriggerMatch& m, const Scope& scope) {
  const TriggerEntry& e = view.lexicon().entry(m.entry);
  if (e.speech) {
    std::string speaker = SpeakerOf(view, m);
    if (speaker.empty()) return {};
    std::vector<std::string> out = {speaker};
    JoinedSpeakers(view, m, &out);
    SortUnique(&out);
    return out;
  }
  if (e.attributed) return AttributedParticipants(view, m);
  if (e.issued) return IssuerOf(view, m);
  // The speaker of the sentence reports the event (`قال X إن Y وZ اجتمعا`); it
  // takes part only where the clause resumes it (`أعلنت X أنها أجرت اتصالات مع Y`).
  std::string speaker;
  const int speech = SentenceSpeech(view, m, &speaker);
  const bool reported = speech >= 0 && InReportedSpeech(view, speech, m);
  auto participants = [&](const Scope& s) {
    std::vector<std::string> v = ParticipantsIn(view, s, m);
    if (reported) std::erase(v, speaker);
    return v;
  };
  std::vector<std::string> out = participants(scope);
  // `وجرى اتصال هاتفي، الجمعة، … بين X و Y`: the participants follow the comma.
  if (out.empty()) out = participants(view.WithNextClause(scope));
  // `أعلنت باكستان، الثلاثاء، استدعاء سفيرها`: who announces an act of its own does it.
  if (e.event_class == EventClass::kRupture || e.event_class == EventClass::kOther) {
    if (std::string announcer = AnnouncerOf(view, m); !announcer.empty()) out.push_back(announcer);
  }
  if (reported && ResumesSpeaker(view, m)) out.push_back(speaker);
  if (e.event_class == EventClass::kContact) {
    if (std::string antecedent = PronounAntecedent(view, m); !antecedent.empty()) out.push_back(antecedent);
    if (std::string subject = SharedSubject(view, m); !subject.empty()) out.push_back(subject);
  }
  if (out.size() < 2 && NamesTheTwo(view, scope, m)) {
    for (const std::string& id : LastTwoActors(view, m)) out.push_back(id);
  }
  SortUnique(&out);
  return out;
}

}  // namespace tarikh::events
