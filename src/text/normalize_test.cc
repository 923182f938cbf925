#include <gtest/gtest.h>

#include "tarikh/text.h"

namespace tarikh {
namespace {

struct NormalizeCase {
  const char* input;
  const char* expected;
};

// Each row: what Arabic news writes → its matching form.
const NormalizeCase kNormalizeCases[] = {
    {"تُركيا", "تركيا"},                          // damma removed
    {"مهتمٌ", "مهتم"},                            // tanween removed
    {"أمسـ", "امس"},                              // hamza seat and trailing tatweel
    {"لـ\"الناتو\"", "ل\"الناتو\""},              // tatweel after a detached clitic
    {"إبريل", "ابريل"},
    {"آذار", "اذار"},
    {"ٱلله", "الله"},                             // alef wasla
    {"مستوىّ", "مستوي"},                          // alef maqsura, shadda
    {"الأزمة", "الازمه"},                         // ta marbuta folded with ha
    {"پاکستان", "پاكستان"},                       // Urdu kaf
    {"ی", "ي"},                                   // Persian ya
    {"٢٠٢٢", "2022"},                             // Arabic-Indic digits
    {"۱۴۰۱", "1401"},                             // Persian digits
    {"١٢/١/٢٠٢٢", "12/1/2022"},
    {"2022ء", "2022ء"},                           // year suffix kept (a letter)
    {"«الناتو»", "\"الناتو\""},
    {"“لا شيء”", "\"لا شيء\""},
    {"‘’رسميا’’", "''رسميا''"},
    {"موسكو – (رياليست", "موسكو - (رياليست"},    // en dash
    {"a\u00A0b", "a b"},                          // NBSP
    {"روس\u200Cيا", "روسيا"},                     // ZWNJ
    {"\u202Eروسيا\u202C", "روسيا"},               // bidi override and pop
    {"\u200Fروسيا\u200E", "روسيا"},               // RLM, LRM
    {"\uFEFFروسيا", "روسيا"},                     // BOM / ZWNBSP
    {"January 12, 2022", "january 12, 2022"},
    {"\uFEFB", "لا"},                             // lam-alef ligature (presentation form)
    {"\uFE8D\uFEDF", "ال"},                       // isolated alef, initial lam
    {"a\r\nb", "a\nb"},
    {"٣٫٥", "3.5"},                               // Arabic decimal separator
};

TEST(TextNormalizeTest, Table) {
  for (const NormalizeCase& c : kNormalizeCases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(NormalizeForMatching(c.input).text, c.expected);
  }
}

TEST(TextNormalizeTest, MapsEveryByteBackToOriginalCodePoints) {
  // "أمسـ،" : alef-hamza(0) meem(1) seen(2) tatweel(3) comma(4)
  const NormalizedText n = NormalizeForMatching("أمسـ،", 100);
  ASSERT_EQ(n.text, "امس،");
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_original[0], 100u);  // ا came from أ
  EXPECT_EQ(n.to_original[2], 101u);  // م
  EXPECT_EQ(n.to_original[4], 102u);  // س
  EXPECT_EQ(n.to_original[6], 104u);  // ، (tatweel at 103 dropped)
  EXPECT_EQ(n.to_original.back(), 105u);
}

TEST(TextNormalizeTest, CrLfMapsToTheCarriageReturn) {
  const NormalizedText n = NormalizeForMatching("a\r\nb");
  ASSERT_EQ(n.text, "a\nb");
  EXPECT_EQ(n.to_original[1], 1u);
  EXPECT_EQ(n.to_original[2], 3u);
}

TEST(TextNormalizeTest, NormalizeWordCollapsesSpace) {
  EXPECT_EQ(NormalizeWord("  كانون\u00A0 الثاني "), "كانون الثاني");
  EXPECT_EQ(NormalizeWord("حلف شمال الأطلسي"), "حلف شمال الاطلسي");
}

TEST(TextCodePointIndexTest, SlicesByCodePoint) {
  const std::string text = "ab روسيا cd";
  CodePointIndex index(text);
  EXPECT_EQ(index.size(), 11u);
  EXPECT_EQ(index.Slice(text, 3, 8), "روسيا");
  EXPECT_EQ(index.Slice(text, 9, 11), "cd");
}

}  // namespace
}  // namespace tarikh
