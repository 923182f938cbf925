// Article: one analysed text as the matchers see it — tokens, the lexicon
// phrases found at each token (every reading of its proclitics tried once),
// numbers, the tense of each clause, the traps, and the document date.
// Built once per Tag call; the matchers only read it, except for
// `reference`, the last date the article mentioned, which the tagger
// updates as it goes.
#ifndef TARIKH_TEMPORAL_ARTICLE_H_
#define TARIKH_TEMPORAL_ARTICLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tarikh/text.h"
#include "tarikh/timex.h"
#include "temporal/anchoring.h"
#include "temporal/lexicon.h"

namespace tarikh::temporal {

// A lexicon phrase found in the text.
struct Hit {
  const Lexeme* lexeme = nullptr;
  uint32_t end = 0;       // the token after the phrase
  uint32_t begin_cp = 0;  // where the phrase starts in the original (after a conjunction و/ف)
};

// A time expression a matcher found, with its value.
struct Candidate {
  uint32_t first = 0, end = 0;        // tokens [first, end)
  uint32_t begin_cp = 0, end_cp = 0;  // original code points
  TimexType type = TimexType::kDate;
  std::string value;
  const char* anchor = "explicit";
  const char* mod = "";  // TIMEX3 mod of a part of a period: START, MID, END
  std::optional<Anchor> as_anchor;  // what later references ("اليوم التالي") resolve against
};

class Article {
 public:
  Article(const Lexicon& lexicon, const AnalyzedText& text, Anchor doc_date, size_t first_token = 0,
          size_t end_token = SIZE_MAX);

  size_t size() const { return end_; }
  const Token& token(size_t i) const { return text_.tokens[i]; }
  const Anchor& doc() const { return doc_; }

  // The longest phrase of `kind` (of `role`, for words) starting at token i, or null.
  const Hit* Find(size_t i, Kind kind) const;
  const Hit* FindWord(size_t i, Role role) const;
  bool Has(size_t i, Kind kind) const { return Find(i, kind) != nullptr; }
  // A phrase that may start a time expression begins at token i (any but a
  // modifier, a tense mark or a trap).
  bool HasStartingPhrase(size_t i) const;
  bool HasWord(size_t i, Role role) const { return FindWord(i, role) != nullptr; }

  // Digits of a number token and their value, or -1 / 0 when i is not one.
  int Number(size_t i) const;
  int Digits(size_t i) const;
  bool IsPunct(size_t i, std::string_view mark) const;
  bool IsText(size_t i, std::string_view text) const;
  // Token i follows token i-1 with no space between.
  bool Glued(size_t i) const { return i < end_ && i > 0 && !text_.tokens[i].space_before; }
  bool SameSentence(size_t i, size_t j) const;

  // Where an expression starting at token i starts in the original (a leading
  // conjunction و/ف left out), and where one ending before token `end` ends.
  uint32_t BeginCp(size_t i) const;
  uint32_t EndCp(size_t end) const { return text_.tokens[end - 1].end; }

  Tense TenseAt(size_t i) const;
  // A trap (traps.tsv) says token i is not a time word on its own.
  bool Blocked(size_t i) const { return blocked_[i]; }

  Candidate Make(size_t first, size_t end, std::string value, TimexType type = TimexType::kDate) const;

  Anchor reference;  // the last date mentioned so far (the document date at first)
  size_t reference_end = 0;  // where the expression `reference` comes from ends (0: the document date)

 private:
  void AddHits(size_t i);
  void MatchPhrases(size_t i, std::string_view word, uint32_t begin_cp);
  void ComputeTenses();
  bool LooksLikeFutureVerb(size_t i) const;

  const Lexicon& lexicon_;
  const AnalyzedText& text_;
  Anchor doc_;
  size_t end_;
  std::vector<Hit> hits_;
  std::vector<uint32_t> hit_begin_;  // hits of token i: [hit_begin_[i], hit_begin_[i + 1])
  std::vector<bool> blocked_;
  std::vector<Tense> clause_tense_;  // by Token::clause
};

}  // namespace tarikh::temporal

#endif  // TARIKH_TEMPORAL_ARTICLE_H_
