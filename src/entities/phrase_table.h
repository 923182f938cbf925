// Phrases of the entity lexicon keyed by their first token, and the hits of
// those phrases in one article.
//
// Lexicon phrases are tokenised by the same text layer as articles, so a
// phrase with a hyphen (`مجلس روسيا-الناتو`) or a hamza (`أميركا`) has the
// tokens the text will have. Matching an article looks up each token once
// per proclitic reading (`لحلف` as `حلف`, `بالناتو` as `الناتو`) in a hash
// map and then compares the few candidate phrases' remaining tokens: one pass,
// never a loop over the lexicon.
#ifndef TARIKH_ENTITIES_PHRASE_TABLE_H_
#define TARIKH_ENTITIES_PHRASE_TABLE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tarikh/text.h"

namespace tarikh::entities {

// What a phrase means; one phrase may have several senses (a name shared by
// two actors, a title that is also a role).
struct Sense {
  enum class Kind : uint8_t { kName, kAdjective, kTitle, kWord };
  Kind kind = Kind::kName;
  bool surname = false;  // kName: one token, the last of a person's full name
  bool plural = false;   // kAdjective: a plural used as a noun (الروس, الأميركيون)
  uint32_t index = 0;    // entity, title or word index
};

struct Phrase {
  std::vector<std::string> rest;  // tokens after the first, matching form
  std::vector<Sense> senses;
  bool Has(Sense::Kind kind) const;
};

class PhraseTable {
 public:
  // Tokens of a lexicon phrase in matching form, quotes dropped.
  static std::vector<std::string> Tokens(std::string_view phrase);

  void Add(const std::vector<std::string>& tokens, const Sense& sense);
  const std::vector<Phrase>* Lookup(std::string_view first) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::vector<Phrase>, Hash, std::equal_to<>> phrases_;
};

// One phrase found at a token.
struct Hit {
  const Phrase* phrase = nullptr;
  uint32_t first = 0, end = 0;  // tokens [first, end)
  uint32_t begin = 0;           // original code point where the mention starts (clitics excluded)
  bool fused_article = false;   // read through لل: the article is not in the text (للناتو)
  bool preposition = false;     // read with a ب/ل/ك proclitic
  char first_clitic = 0;        // 'b' for ب, 'l' for ل, 0 otherwise (the first non-conjunction proclitic)
};

// Every hit of a table in an article, by first token.
class ArticleHits {
 public:
  ArticleHits(const PhraseTable& table, const AnalyzedText& text);
  std::span<const Hit> At(size_t token) const {
    return {hits_.data() + begin_[token], hits_.data() + begin_[token + 1]};
  }
  // The longest hit at `token` with a sense of `kind`, or nullptr.
  const Hit* Longest(size_t token, Sense::Kind kind) const;
  // The longest hit at `token`, or nullptr.
  const Hit* Longest(size_t token) const;

 private:
  void AddHits(uint32_t i, std::string* buffer);
  void Match(uint32_t i, std::string_view word, Hit hit);

  const PhraseTable& table_;
  const AnalyzedText& text_;
  std::vector<Hit> hits_;
  std::vector<uint32_t> begin_;
};

// True for tokens a phrase may run across: quotes and a detached proclitic (لـ"الناتو").
bool IsTransparent(const Token& token);

}  // namespace tarikh::entities

#endif  // TARIKH_ENTITIES_PHRASE_TABLE_H_
