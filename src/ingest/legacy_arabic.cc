#include "ingest/legacy_arabic.h"

#include <array>

#include "ingest/utf8.h"

namespace tarikh::ingest {
namespace {

using Class = ArabicByteClass;

struct ByteRange {
  unsigned char first;
  unsigned char last;
  Class byte_class;
};

// The high bytes Arabic news text uses in each code page; everything else
// (Latin letters, currency signs, C1 controls, unassigned bytes) is kOther.
constexpr ByteRange kWindows1256Ranges[] = {
    {0x81, 0x81, Class::kLetter},  // پ
    {0x85, 0x85, Class::kMark},    // …
    {0x8A, 0x8A, Class::kLetter},  // ٹ
    {0x8D, 0x90, Class::kLetter},  // چ ژ ڈ گ
    {0x91, 0x94, Class::kMark},    // ‘ ’ “ ”
    {0x96, 0x97, Class::kMark},    // – —
    {0x98, 0x98, Class::kLetter},  // ک
    {0x9A, 0x9A, Class::kLetter},  // ڑ
    {0x9D, 0x9E, Class::kMark},    // ZWNJ ZWJ
    {0x9F, 0x9F, Class::kLetter},  // ں
    {0xA0, 0xA1, Class::kMark},    // NBSP ،
    {0xAA, 0xAA, Class::kLetter},  // ھ
    {0xAB, 0xAB, Class::kMark},    // «
    {0xBA, 0xBB, Class::kMark},    // ؛ »
    {0xBF, 0xBF, Class::kMark},    // ؟
    {0xC0, 0xD6, Class::kLetter},  // ہ ء آ أ ؤ إ ئ ا ب ة ت ث ج ح خ د ذ ر ز س ش ص ض
    {0xD8, 0xDB, Class::kLetter},  // ط ظ ع غ
    {0xDC, 0xDC, Class::kMark},    // ـ (tatweel)
    {0xDD, 0xDF, Class::kLetter},  // ف ق ك
    {0xE1, 0xE1, Class::kLetter},  // ل
    {0xE3, 0xE6, Class::kLetter},  // م ن ه و
    {0xEC, 0xED, Class::kLetter},  // ى ي
    {0xF0, 0xF3, Class::kMark},    // harakat: fathatan dammatan kasratan fatha
    {0xF5, 0xF6, Class::kMark},    // damma kasra
    {0xF8, 0xF8, Class::kMark},    // shadda
    {0xFA, 0xFA, Class::kMark},    // sukun
    {0xFD, 0xFE, Class::kMark},    // LRM RLM
    {0xFF, 0xFF, Class::kLetter},  // ے
};

constexpr ByteRange kIso88596Ranges[] = {
    {0xA0, 0xA0, Class::kMark},    // NBSP
    {0xAC, 0xAD, Class::kMark},    // ، soft hyphen
    {0xBB, 0xBB, Class::kMark},    // ؛
    {0xBF, 0xBF, Class::kMark},    // ؟
    {0xC1, 0xDA, Class::kLetter},  // ء ... غ
    {0xE0, 0xE0, Class::kMark},    // ـ (tatweel)
    {0xE1, 0xEA, Class::kLetter},  // ف ق ك ل م ن ه و ى ي
    {0xEB, 0xF2, Class::kMark},    // harakat
};

using ClassTable = std::array<Class, 256>;

template <size_t N>
constexpr ClassTable MakeTable(const ByteRange (&ranges)[N]) {
  ClassTable table{};
  table.fill(Class::kOther);
  for (const ByteRange& range : ranges) {
    for (unsigned b = range.first; b <= range.last; ++b) table[b] = range.byte_class;
  }
  return table;
}

constexpr ClassTable kWindows1256 = MakeTable(kWindows1256Ranges);
constexpr ClassTable kIso88596 = MakeTable(kIso88596Ranges);

constexpr std::string_view kWindows1256Name = "windows-1256";
constexpr std::string_view kIso88596Name = "ISO-8859-6";

bool IsHigh(char c) { return static_cast<unsigned char>(c) >= 0x80; }

bool IsAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

struct Score {
  size_t high = 0;
  size_t letters = 0;
  size_t plausible = 0;  // letters and marks
};

Score ScoreAs(const ClassTable& table, std::string_view bytes) {
  Score score;
  for (char c : bytes) {
    if (!IsHigh(c)) continue;
    ++score.high;
    const Class byte_class = table[static_cast<unsigned char>(c)];
    if (byte_class == Class::kLetter) ++score.letters;
    if (byte_class != Class::kOther) ++score.plausible;
  }
  return score;
}

// Rule 3: high bytes next to an ASCII letter.
size_t CountTouchingAsciiLetters(std::string_view bytes) {
  size_t count = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (!IsHigh(bytes[i])) continue;
    const bool before = i > 0 && IsAsciiLetter(bytes[i - 1]);
    const bool after = i + 1 < bytes.size() && IsAsciiLetter(bytes[i + 1]);
    if (before || after) ++count;
  }
  return count;
}

// Rule 4: high bytes that are part of well-formed multi-byte UTF-8.
size_t CountHighBytesInUtf8(std::string_view bytes) {
  size_t count = 0;
  size_t pos = 0;
  while (pos < bytes.size()) {
    const size_t length = WellFormedUtf8Length(bytes, pos);
    if (length > 1) count += length;
    pos += length == 0 ? 1 : length;
  }
  return count;
}

}  // namespace

ArabicByteClass ClassifyByte(std::string_view encoding, unsigned char byte) {
  if (encoding == kWindows1256Name) return kWindows1256[byte];
  if (encoding == kIso88596Name) return kIso88596[byte];
  return Class::kOther;
}

std::string_view GuessLegacyArabic(std::string_view bytes) {
  const Score cp1256 = ScoreAs(kWindows1256, bytes);
  const Score iso = ScoreAs(kIso88596, bytes);
  const bool iso_wins = iso.letters > cp1256.letters;
  const Score& best = iso_wins ? iso : cp1256;

  const bool enough_letters = best.letters >= kMinLetters;                  // rule 1
  const bool mostly_arabic = best.plausible * 10 >= best.high * 9;          // rule 2
  const bool not_latin = CountTouchingAsciiLetters(bytes) * 10 <= best.high;  // rule 3
  const bool not_utf8 = CountHighBytesInUtf8(bytes) * 2 < best.high;        // rule 4
  if (!(enough_letters && mostly_arabic && not_latin && not_utf8)) return {};
  return iso_wins ? kIso88596Name : kWindows1256Name;
}

}  // namespace tarikh::ingest
