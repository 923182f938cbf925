// Dates in words: every shape of TIMEX3 value an event can carry, in Arabic
// and English, as Arab media and English news write them.
#include "render/dates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tarikh::render_internal {
namespace {

TEST(RenderDatesTest, ValuesInWordsInBothLanguages) {
  const struct {
    const char* value;
    DatePrecision precision;
    const char* ar;
    const char* en;
  } cases[] = {
      {"2022-01-12", DatePrecision::kDay, "12 كانون الثاني/يناير 2022", "12 Jan 2022"},
      {"2022-06-24TEV", DatePrecision::kDay, "24 حزيران/يونيو 2022، مساءً", "24 Jun 2022, evening"},
      {"2022-06-24TMO", DatePrecision::kDay, "24 حزيران/يونيو 2022، صباحًا", "24 Jun 2022, morning"},
      {"2023-03-05T14:30", DatePrecision::kDay, "5 آذار/مارس 2023، الساعة 14:30", "5 Mar 2023, 14:30"},
      {"2022-01-09/2022-01-10", DatePrecision::kDays, "9–10 كانون الثاني/يناير 2022", "9–10 Jan 2022"},
      {"2022-01-30/2022-02-02", DatePrecision::kDays, "30 كانون الثاني/يناير – 2 شباط/فبراير 2022",
       "30 Jan – 2 Feb 2022"},
      {"2021-12-30/2022-01-02", DatePrecision::kDays, "30 كانون الأول/ديسمبر 2021 – 2 كانون الثاني/يناير 2022",
       "30 Dec 2021 – 2 Jan 2022"},
      {"2017-02", DatePrecision::kMonth, "شباط/فبراير 2017", "Feb 2017"},
      {"2019-10", DatePrecision::kMonth, "تشرين الأول/أكتوبر 2019", "Oct 2019"},
      {"2022-01/2022-03", DatePrecision::kOther, "كانون الثاني/يناير – آذار/مارس 2022", "Jan – Mar 2022"},
      {"2014-SP", DatePrecision::kSeason, "ربيع 2014", "spring 2014"},
      {"2020-WI", DatePrecision::kSeason, "شتاء 2020", "winter 2020"},
      {"2022-Q1", DatePrecision::kQuarter, "الربع الأول من 2022", "Q1 2022"},
      {"2021-H2", DatePrecision::kQuarter, "النصف الثاني من 2021", "second half of 2021"},
      {"2022-W02", DatePrecision::kWeek, "الأسبوع 2 من 2022", "week 2, 2022"},
      {"2022-W26", DatePrecision::kWeek, "الأسبوع 26 من 2022", "week 26, 2022"},
      {"2014", DatePrecision::kYear, "2014", "2014"},
      {"2014/2016", DatePrecision::kOther, "2014–2016", "2014–2016"},
      {"198", DatePrecision::kDecade, "ثمانينيات القرن العشرين", "1980s"},
      {"200", DatePrecision::kDecade, "العقد الأول من القرن الحادي والعشرين", "2000s"},
      {"19", DatePrecision::kCentury, "القرن العشرون", "20th century"},
      {"20", DatePrecision::kCentury, "القرن الحادي والعشرون", "21st century"},
      {"18", DatePrecision::kCentury, "القرن التاسع عشر", "19th century"},
      {"XXXX-01-12", DatePrecision::kOther, "12 كانون الثاني/يناير، سنة غير معروفة", "12 Jan, year unknown"},
      {"PRESENT_REF", DatePrecision::kOther, "الآن", "now"},
      {"PAST_REF", DatePrecision::kOther, "في الماضي", "in the past"},
      {"FUTURE_REF", DatePrecision::kOther, "في المستقبل", "in the future"},
      {"P3Y", DatePrecision::kOther, "3 سنوات", "3 years"},
      {"P2D", DatePrecision::kOther, "يومان", "2 days"},
      {"P1M", DatePrecision::kOther, "شهر", "1 month"},
      {"2022-13", DatePrecision::kOther, "تاريخ غير محدد", "date unclear"},
      {"soon", DatePrecision::kOther, "تاريخ غير محدد", "date unclear"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(PrecisionOf(c.value), c.precision) << c.value;
    EXPECT_EQ(DateWords(c.value, true), c.ar) << c.value;
    EXPECT_EQ(DateWords(c.value, false), c.en) << c.value;
    const bool same = std::string(c.ar) == c.en;  // a year is said once
    const std::vector<std::string> lines = same ? std::vector<std::string>{c.ar} : std::vector<std::string>{c.ar, c.en};
    EXPECT_EQ(DateLabelLines(c.value, LabelLanguage::kBoth), lines) << c.value;
    EXPECT_EQ(DateLabel(c.value, LabelLanguage::kBoth), same ? std::string(c.ar) : std::string(c.ar) + " · " + c.en)
        << c.value;
  }
  EXPECT_EQ(DateWords("", true), "");
  EXPECT_EQ(DateLabelLines("2014", LabelLanguage::kBoth), std::vector<std::string>{"2014"});
}

TEST(RenderDatesTest, ShortFormAndSpans) {
  const struct {
    const char* first;
    const char* last;
    const char* ar;
    const char* en;
  } cases[] = {
      {"2022-01-12", "2022-01-12", "12 يناير 2022", "12 Jan 2022"},
      {"2022-01-09", "2022-01-12", "9–12 يناير 2022", "9–12 Jan 2022"},
      {"2022-01-09", "2022-03-02", "9 يناير – 2 مارس 2022", "9 Jan – 2 Mar 2022"},
      {"2021-11-30", "2022-01-02", "30 نوفمبر 2021 – 2 يناير 2022", "30 Nov 2021 – 2 Jan 2022"},
      {"2016-04", "2017-04-26/2017-04-27", "أبريل 2016 – 27 أبريل 2017", "Apr 2016 – 27 Apr 2017"},
      {"2014-SP", "2015", "ربيع 2014 – 2015", "spring 2014 – 2015"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(DateSpanWords(c.first, c.last, true, DateForm::kShort), c.ar) << c.first << " " << c.last;
    EXPECT_EQ(DateSpanWords(c.first, c.last, false, DateForm::kShort), c.en) << c.first << " " << c.last;
  }
}

std::string Dump(const std::optional<DateSpan>& s) {
  if (!s) return "none";
  auto part = [](const DateParts& p) {
    return std::to_string(p.year) + "/" + std::to_string(p.month) + "/" + std::to_string(p.day);
  };
  return part(s->start) + (s->end ? " - " + part(*s->end) : "");
}

TEST(RenderDatesTest, TimelineJsPartsNeverInventPrecision) {
  EXPECT_EQ(Dump(TimelineDates("2022-01-12")), "2022/1/12");
  EXPECT_EQ(Dump(TimelineDates("2022-01-09/2022-01-10")), "2022/1/9 - 2022/1/10");
  EXPECT_EQ(Dump(TimelineDates("2017-02")), "2017/2/0");
  EXPECT_EQ(Dump(TimelineDates("2014-SP")), "2014/3/0 - 2014/5/0");
  EXPECT_EQ(Dump(TimelineDates("2014")), "2014/0/0");
  EXPECT_EQ(Dump(TimelineDates("198")), "1980/0/0 - 1989/0/0");
  EXPECT_EQ(Dump(TimelineDates("")), "none");
  EXPECT_EQ(Dump(TimelineDates("P3Y")), "none");
}

TEST(RenderDatesTest, GapLabels) {
  EXPECT_EQ(GapLabelLines(1100, LabelLanguage::kBoth),
            (std::vector<std::string>{"نحو 3 سنوات بلا أحداث", "≈ 3 years without events"}));
  EXPECT_EQ(GapLabelLines(60, LabelLanguage::kArabic), std::vector<std::string>{"نحو شهرين بلا أحداث"});
  EXPECT_EQ(GapLabelLines(4000, LabelLanguage::kArabic), std::vector<std::string>{"نحو 11 سنة بلا أحداث"});
  EXPECT_EQ(GapLabelLines(400, LabelLanguage::kEnglish), std::vector<std::string>{"≈ 13 months without events"});
  EXPECT_EQ(GapLabelLines(30, LabelLanguage::kEnglish), std::vector<std::string>{"≈ 1 month without events"});
}

}  // namespace
}  // namespace tarikh::render_internal
