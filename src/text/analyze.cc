// Tokens, sentences and clauses of the matching form (see include/tarikh/text.h).
//
// Sentences: ICU's sentence BreakIterator knows `.`, `!`, `?`, `؟` and `۔`;
// Arabic news also ends sentences at line breaks (headlines, datelines,
// captions carry no full stop) and at `؛`. The Arabic comma `،` is NOT a
// sentence end: news chains whole clauses with it and puts the date of an
// event after it (`أجرت روسيا وأميركا محادثات في جنيف، الاثنين الماضي`), so it
// only starts a new clause.
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>
#include <string>
#include <vector>

#include "tarikh/text.h"

namespace tarikh {
namespace {

enum class CharClass { kSpace, kNewline, kArabic, kLatin, kDigit, kPunct };

CharClass Classify(UChar32 c) {
  if (c == ' ') return CharClass::kSpace;
  if (c == '\n') return CharClass::kNewline;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if (c < 0x80) return u_isalpha(c) ? CharClass::kLatin : CharClass::kPunct;
  if ((c >= 0x0621 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || (c >= 0x06FA && c <= 0x06FF)) {
    return CharClass::kArabic;
  }
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;
  return u_isalpha(c) ? CharClass::kLatin : CharClass::kPunct;
}

TokenKind KindOf(CharClass c) {
  switch (c) {
    case CharClass::kArabic: return TokenKind::kArabic;
    case CharClass::kLatin: return TokenKind::kLatin;
    case CharClass::kDigit: return TokenKind::kNumber;
    default: return TokenKind::kPunct;
  }
}

void Tokenize(const NormalizedText& norm, std::vector<Token>* tokens) {
  const auto* s = reinterpret_cast<const uint8_t*>(norm.text.data());
  const auto length = static_cast<int32_t>(norm.text.size());
  bool space = false, newline = false;
  Token* open = nullptr;  // the letter/digit run being extended
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    const CharClass cls = Classify(c);
    if (cls == CharClass::kSpace || cls == CharClass::kNewline) {
      space = true;
      newline = newline || cls == CharClass::kNewline;
      open = nullptr;
      continue;
    }
    const TokenKind kind = KindOf(cls);
    if (open != nullptr && open->kind == kind && kind != TokenKind::kPunct) {
      open->norm_end = static_cast<uint32_t>(i);
      continue;
    }
    Token& t = tokens->emplace_back();
    t.kind = kind;
    t.norm_begin = static_cast<uint32_t>(start);
    t.norm_end = static_cast<uint32_t>(i);
    t.space_before = space;
    t.newline_before = newline;
    space = newline = false;
    open = kind == TokenKind::kPunct ? nullptr : &t;
  }
  for (Token& t : *tokens) {
    t.text.assign(norm.text, t.norm_begin, t.norm_end - t.norm_begin);
    t.begin = norm.to_original[t.norm_begin];
    // Marks dropped after the last letter (tanween, tatweel) stay in the span.
    t.end = norm.to_original[t.norm_end];
  }
}

bool IsProcliticOnly(std::string_view w) {
  static const std::string_view kForms[] = {
      "\xD9\x88", "\xD9\x81", "\xD8\xA8", "\xD9\x84", "\xD9\x83",              // و ف ب ل ك
      "\xD8\xA7\xD9\x84", "\xD9\x84\xD9\x84",                                  // ال لل
      "\xD9\x88\xD8\xA7\xD9\x84", "\xD8\xA8\xD8\xA7\xD9\x84", "\xD9\x81\xD8\xA7\xD9\x84",  // وال بال فال
      "\xD9\x83\xD8\xA7\xD9\x84", "\xD9\x88\xD9\x84\xD9\x84", "\xD9\x88\xD8\xA8",          // كال ولل وب
      "\xD9\x88\xD9\x84"};                                                     // ول
  for (std::string_view f : kForms) {
    if (w == f) return true;
  }
  return false;
}

// A proclitic written apart from its host (لـ"الناتو", لـ8, الـ30): it touches
// the next token, which cannot take it as letters (a number, a quote, Latin).
void MarkDetachedClitics(std::vector<Token>* tokens) {
  for (size_t i = 0; i + 1 < tokens->size(); ++i) {
    Token& t = (*tokens)[i];
    const Token& next = (*tokens)[i + 1];
    if (t.kind != TokenKind::kArabic || next.space_before || !IsProcliticOnly(t.text)) continue;
    const bool host = next.kind == TokenKind::kNumber || next.kind == TokenKind::kLatin ||
                      next.text == "\"" || next.text == "'" || next.text == "(";
    if (host) t.kind = TokenKind::kClitic;
  }
}

std::unique_ptr<icu::BreakIterator> NewSentenceIterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status));
  if (U_FAILURE(status)) return nullptr;
  return it;
}

// Byte offsets of norm.text where a sentence ends (exclusive), sorted.
std::vector<uint32_t> SentenceEnds(const std::string& text) {
  std::vector<uint32_t> ends;
  thread_local std::unique_ptr<icu::BreakIterator> iterator = NewSentenceIterator();
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (iterator != nullptr && U_SUCCESS(status)) {
    iterator->setText(ut, status);
    for (int32_t b = iterator->next(); U_SUCCESS(status) && b != icu::BreakIterator::DONE; b = iterator->next()) {
      ends.push_back(static_cast<uint32_t>(b));
    }
    iterator->setText(icu::UnicodeString());  // drop the reference to `ut`
  }
  utext_close(ut);
  return ends;
}

bool EndsClause(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.text == "\xD8\x8C" || t.text == "\xD8\x9B" || t.text == ":" ||
                                         t.text == ",");  // ، ؛ : ,
}

// Real news sentences stay under a few hundred tokens; a text without full
// stops (a scraped page, a hostile input) would make one huge sentence, and
// the later stages do per-sentence work that grows with its square. Such a run
// is cut at a clause end once long, and unconditionally once very long.
constexpr uint32_t kLongSentence = 200, kMaxSentence = 400;
bool TooLong(uint32_t length, const Token& previous) {
  return length >= kMaxSentence || (length >= kLongSentence && EndsClause(previous));
}

void Segment(const NormalizedText& norm, AnalyzedText* out) {
  const std::vector<uint32_t> ends = SentenceEnds(norm.text);
  size_t next_end = 0;
  uint32_t clause = 0;
  std::vector<Token>& tokens = out->tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    bool new_sentence = i == 0 || t.newline_before || tokens[i - 1].text == "\xD8\x9B" ||  // ؛
                        TooLong(i - out->sentences.back().first_token, tokens[i - 1]);
    while (next_end < ends.size() && ends[next_end] <= t.norm_begin) {
      new_sentence = true;
      ++next_end;
    }
    if (new_sentence) {
      if (!out->sentences.empty()) out->sentences.back().end_token = static_cast<uint32_t>(i);
      Sentence& s = out->sentences.emplace_back();
      s.first_token = static_cast<uint32_t>(i);
      s.begin = t.begin;
      if (i > 0) ++clause;
    } else if (EndsClause(tokens[i - 1])) {
      ++clause;
    }
    t.sentence = static_cast<uint32_t>(out->sentences.size() - 1);
    t.clause = clause;
    out->sentences.back().end = t.end;
  }
  if (!out->sentences.empty()) out->sentences.back().end_token = static_cast<uint32_t>(tokens.size());
}

}  // namespace

AnalyzedText AnalyzeText(std::string_view utf8, uint32_t base) {
  AnalyzedText out;
  out.norm = NormalizeForMatching(utf8, base);
  out.tokens.reserve(out.norm.text.size() / 5);
  Tokenize(out.norm, &out.tokens);
  MarkDetachedClitics(&out.tokens);
  for (Token& t : out.tokens) {
    if (t.kind == TokenKind::kArabic) t.split_count = static_cast<uint8_t>(ProcliticSplits(t.text, &t.split_storage));
  }
  Segment(out.norm, &out);
  return out;
}

}  // namespace tarikh
