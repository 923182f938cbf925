// ArticleView: one article as the event extractor reads it — which token
// belongs to which actor mention and time expression, its clauses, and the
// scope of each trigger.
//
// A trigger's scope is its clause (، starts one) together with the clauses
// that merely hang on it: an apposition or a time adverb set off by commas
// (`وأجرت روسيا وأميركا محادثات في جنيف، الإثنين الماضي، …`,
// `أعلن الأمين العام …، ينس ستولتنبرغ، اليوم الأربعاء، أنّ …`). Such a clause
// belongs to the clause before it, as Arabic news writes them, and the
// clauses on both sides of such a parenthesis are one (`استقبل X، اليوم، Y`,
// `أجرى X، أمس، اتصالا مع Y`).
#ifndef TARIKH_EVENTS_ARTICLE_H_
#define TARIKH_EVENTS_ARTICLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/lexicon.h"
#include "events/triggers.h"
#include "tarikh/document.h"
#include "tarikh/entities.h"
#include "tarikh/text.h"
#include "tarikh/timex.h"

namespace tarikh::events {

struct Scope {
  uint32_t first = 0, end = 0;  // tokens [first, end)
  bool Contains(uint32_t t) const { return first <= t && t < end; }
};

class ArticleView {
 public:
  ArticleView(const Document& document, const AnalyzedText& text, const std::vector<Timex>& timexes,
              const EntityResult& entities, const Lexicon& lexicon);

  const Document& document() const { return document_; }
  const AnalyzedText& text() const { return text_; }
  const Lexicon& lexicon() const { return lexicon_; }
  const std::vector<TriggerMatch>& triggers() const { return triggers_; }
  const std::vector<Mention>& mentions() const { return entities_.mentions; }
  const Token& token(uint32_t t) const { return text_.tokens[t]; }

  // Index of the mention / calendar time expression covering token t, or -1.
  int MentionAt(uint32_t t) const { return mention_at_[t]; }
  int TimexAt(uint32_t t) const { return timex_at_[t]; }
  const Actor* FindActor(std::string_view id) const;
  bool IsPerson(std::string_view id) const;
  bool IsMedia(std::string_view id) const;
  bool IsCountry(std::string_view id) const;
  // Token t belongs to a trigger.
  bool IsTriggerToken(uint32_t token) const { return in_trigger_[token]; }

  Scope ScopeOf(uint32_t token) const;
  Scope SentenceOf(uint32_t token) const;
  // `scope` and the clause after it in the same sentence (with its appositions).
  Scope WithNextClause(const Scope& scope) const;

  // The date of trigger i: the calendar time expression of its scope nearest
  // to it and nearer to it than to any other trigger sharing the scope; else
  // the nearest one of its sentence that no trigger's scope holds; else, in
  // a sentence continuing the previous one (إذ، حيث), that sentence's free
  // date when both name a common actor; else "".
  // `آنذاك`, `وقتذاك`, `يومها` (Cue::kBackgroundAdverb) within a few tokens
  // before or after `m`, in its clause.
  bool ThenAdverbNear(const TriggerMatch& m) const;
  // Whether trigger `trigger` is a verb joined by و/ف or opening a clause of place (حيث).
  bool IsCoordinatedVerb(size_t trigger) const;
  std::string DateOf(size_t trigger) const;

 private:
  bool Transparent(uint32_t clause) const;
  bool ResumesClause(uint32_t clause) const;
  bool OpensOnItsOwn(uint32_t clause) const;
  void AssignTimexes();
  bool IsBound(uint32_t token) const;
  bool Reported(size_t trigger) const;
  std::string ContinuedDate(const Scope& sentence, const TriggerMatch& m) const;
  std::string ThenDate(const TriggerMatch& m) const;
  std::string CoordinatedDate(size_t trigger) const;
  bool ShareActor(const Scope& a, const Scope& b) const;

  const Document& document_;
  const AnalyzedText& text_;
  const std::vector<Timex>& timexes_;
  const EntityResult& entities_;
  const Lexicon& lexicon_;
  std::vector<int> mention_at_, timex_at_;
  std::vector<bool> in_trigger_;
  std::vector<uint32_t> clause_first_, clause_end_;
  std::vector<bool> clause_has_trigger_;
  std::vector<TriggerMatch> triggers_;
  std::unordered_map<std::string_view, const Actor*> actors_;
  // For each calendar timex: the trigger that owns it, -1 = free, -2 = not a date.
  std::vector<int> timex_owner_;
};

}  // namespace tarikh::events

#endif  // TARIKH_EVENTS_ARTICLE_H_
