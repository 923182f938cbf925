#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/dates.h"
#include "render/text.h"

namespace tarikh::render_internal {
namespace {

TEST(RenderTextTest, CleanText) {
  const struct {
    const char* input;
    const char* expected;
  } cases[] = {
      {"plain", "plain"},
      {"  two\t\nlines \r\n ", "two lines"},
      {"a\u202Eb\u202Ac\u2066d\u2069e\u200Ef\u200Fg\u061Ch", "abcdefgh"},  // every bidi control
      {"bell\x07 and del\x7F", "bell and del"},
      {"bad \xFF byte \xC3", "bad byte"},
      {"سيرغي\u00A0ريابكوف", "سيرغي\u00A0ريابكوف"},  // no-break space stays
      {"مُحادثات", "مُحادثات"},
      // Texts that look clean byte by byte until one character (the fast path must hand them over).
      {"لافروف  وبلينكن", "لافروف وبلينكن"},
      {"لافروف ", "لافروف"},
      {" لافروف", "لافروف"},
      {"قال إن", "قال إن"},                 // line separator (E2 80 A8)
      {"x\u0085y", "xy"},                        // C1 control (C2 85)
      {"bad \xEF\xBF\xBD char", "bad char"},     // U+FFFD
      {"over\xC0\xAFlong \xE0\x80\xAF", "overlong"},
      {"sur\xED\xA0\x80rogate", "surrogate"},
      {"عربي\xD8", "عربي"},                      // truncated at the end
      {"€ ok é", "€ ok é"},            // E2 82 AC is not a control
      {"\xF0\x9F\x98\x80 emoji", "\xF0\x9F\x98\x80 emoji"},
  };
  for (const auto& c : cases) EXPECT_EQ(CleanText(c.input), c.expected) << c.input;
}

TEST(RenderTextTest, DotLabelEscapesBackslashAndEntities) {
  EXPECT_EQ(DotLabel({"a\\N", "AT&T"}), "a\\\\N\\nAT&amp;T");
  EXPECT_EQ(DotLabel({"&#x202E;x"}), "&amp;#x202E;x");  // Graphviz would decode the entity
  EXPECT_EQ(DotLabel({"\"<b>\""}), "\"<b>\"");          // cgraph quotes; the SVG writer escapes
}

TEST(RenderTextTest, XmlEscape) { EXPECT_EQ(XmlEscape("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"); }

TEST(RenderTextTest, WrapAndLength) {
  EXPECT_EQ(DisplayLength("مُحادثات"), 7u);  // the damma takes no space
  EXPECT_EQ(WrapWords("المجلس الدائم لمنظمة الأمن والتعاون", 14),
            (std::vector<std::string>{"المجلس الدائم", "لمنظمة الأمن", "والتعاون"}));
  EXPECT_EQ(WrapWords("averyveryverylongword x", 5), (std::vector<std::string>{"averyveryverylongword", "x"}));
  EXPECT_TRUE(WrapWords("", 5).empty());
}

TEST(RenderTextTest, HeadlinesAndNames) {
  Event e;
  e.type = "talks";
  e.place = {"geneva", "Geneva", "جنيف"};
  e.planned = true;
  EXPECT_EQ(EventHeadline(e, LabelLanguage::kBoth),
            (std::vector<std::string>{"محادثات، جنيف (مقرر)", "Talks, Geneva (planned)"}));
  e.type = "new_kind";
  e.place = {};
  e.planned = false;
  EXPECT_EQ(EventHeadline(e, LabelLanguage::kEnglish), std::vector<std::string>{"new kind"});
  Actor a;
  a.id = "x";
  EXPECT_EQ(ActorNameLines(a, LabelLanguage::kBoth), std::vector<std::string>{"x"});
  a.name_ar = "روسيا";
  EXPECT_EQ(ActorNameLines(a, LabelLanguage::kEnglish), std::vector<std::string>{"روسيا"});
}

TEST(RenderDatesTest, PrecisionAndLabels) {
  const struct {
    const char* value;
    DatePrecision precision;
    const char* ar;
    const char* en;
  } cases[] = {
      {"2022-01-12", DatePrecision::kDay, "2022-01-12", "2022-01-12"},
      {"2022-01-12TEV", DatePrecision::kDay, "2022-01-12", "2022-01-12"},
      {"2022-01-09/2022-01-10", DatePrecision::kDays, "2022-01-09 – 10", "2022-01-09 – 10"},
      {"2021-12-30/2022-01-02", DatePrecision::kDays, "2021-12-30 – 2022-01-02", "2021-12-30 – 2022-01-02"},
      {"2017-02", DatePrecision::kMonth, "2017-02", "2017-02"},
      {"2014-SP", DatePrecision::kSeason, "ربيع 2014", "spring 2014"},
      {"2022-Q1", DatePrecision::kQuarter, "2022-Q1", "2022-Q1"},
      {"2022-W02", DatePrecision::kWeek, "2022-W02", "2022-W02"},
      {"2014", DatePrecision::kYear, "2014", "2014"},
      {"198", DatePrecision::kDecade, "1980–1989", "1980s"},
      {"19", DatePrecision::kCentury, "القرن 20", "20th century"},
      {"PRESENT_REF", DatePrecision::kOther, "PRESENT_REF", "PRESENT_REF"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(PrecisionOf(c.value), c.precision) << c.value;
    EXPECT_EQ(DateLabelLines(c.value, LabelLanguage::kArabic), std::vector<std::string>{c.ar}) << c.value;
    EXPECT_EQ(DateLabelLines(c.value, LabelLanguage::kEnglish), std::vector<std::string>{c.en}) << c.value;
  }
}

std::string Dump(const std::optional<DateSpan>& s) {
  if (!s) return "none";
  auto part = [](const DateParts& p) {
    return std::to_string(p.year) + "/" + std::to_string(p.month) + "/" + std::to_string(p.day);
  };
  return part(s->start) + (s->end ? " - " + part(*s->end) : "") + (s->display.empty() ? "" : " " + s->display);
}

TEST(RenderDatesTest, TimelineJsPartsNeverInventPrecision) {
  EXPECT_EQ(Dump(TimelineDates("2022-01-12")), "2022/1/12");
  EXPECT_EQ(Dump(TimelineDates("2022-01-09/2022-01-10")), "2022/1/9 - 2022/1/10");
  EXPECT_EQ(Dump(TimelineDates("2017-02")), "2017/2/0");
  EXPECT_EQ(Dump(TimelineDates("2014-SP")), "2014/3/0 - 2014/5/0 spring 2014");
  EXPECT_EQ(Dump(TimelineDates("2014")), "2014/0/0");
  EXPECT_EQ(Dump(TimelineDates("198")), "1980/0/0 - 1989/0/0 1980s");
  EXPECT_EQ(Dump(TimelineDates("")), "none");
  EXPECT_EQ(Dump(TimelineDates("P3Y")), "none");
}

TEST(RenderDatesTest, GapLabels) {
  EXPECT_EQ(GapLabelLines(1100, LabelLanguage::kBoth), (std::vector<std::string>{"نحو 3 سنوات", "≈ 3 years"}));
  EXPECT_EQ(GapLabelLines(60, LabelLanguage::kArabic), std::vector<std::string>{"نحو شهرين"});
  EXPECT_EQ(GapLabelLines(4000, LabelLanguage::kArabic), std::vector<std::string>{"نحو 11 سنة"});
  EXPECT_EQ(GapLabelLines(400, LabelLanguage::kEnglish), std::vector<std::string>{"≈ 13 months"});
}

}  // namespace
}  // namespace tarikh::render_internal
