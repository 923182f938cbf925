// The Arabic text layer: a matching form of the text, tokens with their
// proclitics analysed, sentences and clauses.
//
// Matching never happens on the original text. NormalizeForMatching folds
// what Arabic news spells in several ways (tashkeel, tatweel, hamza seats on
// alef, alef maqsura, ta marbuta, Persian/Urdu letters, Eastern digits,
// quotes, dashes, NBSP, zero-width and bidi controls) and keeps, for every
// byte of the matching form, the code point offset in the original it came
// from. Spans reported to users are always original code point offsets.
//
// AnalyzeText then cuts the matching form into tokens (runs of Arabic
// letters, of other letters, of digits; each punctuation mark alone), finds
// sentences (ICU BreakIterator plus Arabic punctuation and line breaks) and
// clauses (، ؛ : inside a sentence), and lists the ways each Arabic word can be
// read as proclitics + stem (و ف, ب ل ك س, ال, لل), so that `لحلف` is looked up
// as `حلف` and `بروسيا` as `روسيا`.
//
// All functions are pure and thread-safe.
#ifndef TARIKH_TEXT_H_
#define TARIKH_TEXT_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tarikh {

struct NormalizedText {
  std::string text;  // UTF-8 matching form
  // to_original[b] is the original code point offset (plus the base given to
  // NormalizeForMatching) of the character that byte b of `text` belongs to;
  // to_original[text.size()] is the offset just past the original text.
  std::vector<uint32_t> to_original;
};

// Matching form of `utf8` (which must be valid UTF-8). `base` is added to
// every offset, so a body can be normalised with offsets into the whole file.
NormalizedText NormalizeForMatching(std::string_view utf8, uint32_t base = 0);

// The matching form alone, for lexicon entries and lookups.
std::string NormalizeWord(std::string_view utf8);

enum class TokenKind : uint8_t {
  kArabic,   // Arabic letters
  kLatin,    // letters of any other script (lower-cased)
  kNumber,   // ASCII digits (Eastern Arabic and Persian digits folded)
  kPunct,    // one punctuation mark or symbol
  kClitic,   // a proclitic written apart from its host: the ل of لـ"الناتو" or لـ8, the ال of الـ30
};

// One reading of an Arabic word as proclitics + stem. The stem is always the
// rest of the word: Token::Stem(split) or word.substr(split.prefix_bytes).
struct CliticSplit {
  uint8_t prefix_bytes = 0;  // bytes of the word before the stem (article included)
  bool article = false;      // the proclitics end with the article ال (or the لل of ل + ال)
};

// A word has at most 7 readings: (و|ف)? × one of ب ل ك س? × ال?, less the unsplit one.
inline constexpr size_t kMaxCliticSplits = 7;

struct Token {
  TokenKind kind = TokenKind::kPunct;
  std::string text;               // matching form of the whole token
  uint32_t begin = 0, end = 0;    // original code points [begin, end)
  uint32_t norm_begin = 0, norm_end = 0;  // bytes of NormalizedText::text
  uint32_t sentence = 0;          // index into AnalyzedText::sentences
  uint32_t clause = 0;            // running clause number (never resets)
  bool space_before = false;      // white space separates it from the previous token
  bool newline_before = false;    // a line break separates it from the previous token

  // Readings with at least one proclitic, fewest proclitics first; the
  // unsplit word is always a reading too and is not listed. Held inline:
  // analysing a text allocates nothing per reading.
  std::span<const CliticSplit> splits() const { return {split_storage.data(), split_count}; }
  std::string_view Stem(const CliticSplit& split) const {
    return std::string_view(text).substr(split.prefix_bytes);
  }
  std::array<CliticSplit, kMaxCliticSplits> split_storage{};
  uint8_t split_count = 0;
};

struct Sentence {
  uint32_t begin = 0, end = 0;       // original code points
  uint32_t first_token = 0, end_token = 0;  // tokens [first_token, end_token)
};

struct AnalyzedText {
  NormalizedText norm;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  // Original code point offset of byte `b` of norm.text.
  uint32_t OriginalOffset(uint32_t b) const { return norm.to_original[b]; }
  // Original offset where the stem of `split` starts in `token`.
  uint32_t StemBegin(const Token& token, const CliticSplit& split) const {
    return OriginalOffset(token.norm_begin + split.prefix_bytes);
  }
};

// Normalises, tokenises and segments `utf8` (valid UTF-8). Offsets start at `base`.
AnalyzedText AnalyzeText(std::string_view utf8, uint32_t base = 0);

// All proclitic readings of one normalised Arabic word (see Token::splits),
// written to `out`; returns how many.
size_t ProcliticSplits(std::string_view normalized_word, std::array<CliticSplit, kMaxCliticSplits>* out);

// Code point <-> byte offsets of a UTF-8 text, built once per document so
// that spans in code points can be cut out of the original cheaply.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view utf8);
  size_t size() const { return byte_of_.size() - 1; }  // number of code points
  size_t ByteOffset(uint32_t code_point) const { return byte_of_[code_point]; }
  std::string_view Slice(std::string_view utf8, uint32_t begin, uint32_t end) const {
    return utf8.substr(byte_of_[begin], byte_of_[end] - byte_of_[begin]);
  }

 private:
  std::vector<uint32_t> byte_of_;
};

}  // namespace tarikh

#endif  // TARIKH_TEXT_H_
