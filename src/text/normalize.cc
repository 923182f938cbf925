// The matching form of Arabic news text (see include/tarikh/text.h).
//
// Every original code point becomes zero, one or (for presentation-form
// ligatures) a few code points of the matching form; each output byte
// remembers the original code point it came from, so spans found on the
// matching form map back exactly.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "tarikh/text.h"

namespace tarikh {
namespace {

constexpr UChar32 kDrop = -1;

bool IsTashkeelOrTatweel(UChar32 c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x0610 && c <= 0x061A) ||
         (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 ||
         c == 0x06E8 || (c >= 0x06EA && c <= 0x06ED) || c == 0x0640;
}

// Zero-width characters and bidi controls: invisible, never part of a word.
bool IsInvisible(UChar32 c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF ||
         c == 0x00AD || c == 0x200E || c == 0x200F || c == 0x061C ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool IsSpaceLike(UChar32 c) {
  return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == '\t' || c == '\v' || c == '\f';
}

// One code point of the matching form for `c`, or kDrop. Presentation forms
// are handled by the caller.
UChar32 FoldCodePoint(UChar32 c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
  if (IsTashkeelOrTatweel(c) || IsInvisible(c)) return kDrop;
  switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
      return 0x0627;  // آ أ إ ٱ → ا
    case 0x0649: case 0x06CC: case 0x06D0: case 0x06D2:
      return 0x064A;  // ى ی ې ے → ي
    case 0x0629: case 0x06C0: case 0x06C1: case 0x06D5:
      return 0x0647;  // ة ۀ ہ ە → ه
    case 0x06A9: case 0x06AA:
      return 0x0643;  // ک ڪ → ك
    case 0x066B: return '.';
    case 0x066C: return ',';
    case 0x066A: return '%';
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2033: case 0x301D: case 0x301E: case 0xFF02:
      return '"';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2039: case 0x203A:
      return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    case 0x2028: case 0x2029: case 0x0085:
      return '\n';
    default: break;
  }
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
  if (IsSpaceLike(c)) return ' ';
  if (c >= 0x0600 && c <= 0x06FF) return c;  // other Arabic letters and punctuation as they are
  return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

bool IsPresentationForm(UChar32 c) {
  return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}

class Builder {
 public:
  Builder(NormalizedText* out, uint32_t base) : out_(out), base_(base) {}

  // Called for every code point of every article: push_back into reserved
  // buffers, no temporary.
  void Append(UChar32 folded, uint32_t original_offset) {
    const uint32_t offset = base_ + original_offset;
    if (folded < 0x80) {
      Push(static_cast<char>(folded), offset);
    } else if (folded < 0x800) {
      Push(static_cast<char>(0xC0 | (folded >> 6)), offset);
      Push(static_cast<char>(0x80 | (folded & 0x3F)), offset);
    } else if (folded < 0x10000) {
      Push(static_cast<char>(0xE0 | (folded >> 12)), offset);
      Push(static_cast<char>(0x80 | ((folded >> 6) & 0x3F)), offset);
      Push(static_cast<char>(0x80 | (folded & 0x3F)), offset);
    } else {
      Push(static_cast<char>(0xF0 | (folded >> 18)), offset);
      Push(static_cast<char>(0x80 | ((folded >> 12) & 0x3F)), offset);
      Push(static_cast<char>(0x80 | ((folded >> 6) & 0x3F)), offset);
      Push(static_cast<char>(0x80 | (folded & 0x3F)), offset);
    }
  }

  // Ligatures and contextual forms (U+FB50–U+FEFC) decompose to base letters.
  void AppendPresentationForm(UChar32 c, uint32_t original_offset) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    icu::UnicodeString decomposition;
    if (U_FAILURE(status) || !nfkc->getDecomposition(c, decomposition)) {
      Append(c, original_offset);
      return;
    }
    for (int32_t i = 0; i < decomposition.length();) {
      const UChar32 d = decomposition.char32At(i);
      i += U16_LENGTH(d);
      const UChar32 folded = d == ' ' ? kDrop : FoldCodePoint(d);  // isolated tashkeel forms are space + mark
      if (folded != kDrop) Append(folded, original_offset);
    }
  }

 private:
  void Push(char byte, uint32_t offset) {
    out_->text.push_back(byte);
    out_->to_original.push_back(offset);
  }

  NormalizedText* out_;
  uint32_t base_;
};

}  // namespace

NormalizedText NormalizeForMatching(std::string_view utf8, uint32_t base) {
  NormalizedText out;
  out.text.reserve(utf8.size());
  out.to_original.reserve(utf8.size() + 1);
  Builder builder(&out, base);
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  uint32_t code_points = 0;
  for (int32_t i = 0; i < length; ++code_points) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) c = 0xFFFD;
    if (c == '\r') {
      c = '\n';
      if (i < length && s[i] == '\n') {  // \r\n is one line break, mapped to the \r
        builder.Append(c, code_points);
        ++i;
        ++code_points;
        continue;
      }
    }
    if (IsPresentationForm(c)) {
      builder.AppendPresentationForm(c, code_points);
      continue;
    }
    const UChar32 folded = FoldCodePoint(c);
    if (folded != kDrop) builder.Append(folded, code_points);
  }
  out.to_original.push_back(base + code_points);
  return out;
}

std::string NormalizeWord(std::string_view utf8) {
  NormalizedText n = NormalizeForMatching(utf8);
  // Lexicon entries: collapse runs of white space to one and trim.
  std::string out;
  out.reserve(n.text.size());
  for (char ch : n.text) {
    const bool space = ch == ' ' || ch == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : ch);
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

CodePointIndex::CodePointIndex(std::string_view utf8) {
  byte_of_.reserve(utf8.size() + 1);
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    byte_of_.push_back(static_cast<uint32_t>(i));
    U8_FWD_1(s, i, length);
  }
  byte_of_.push_back(static_cast<uint32_t>(utf8.size()));
}

}  // namespace tarikh
