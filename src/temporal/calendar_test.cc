#include "temporal/calendar.h"

#include <gtest/gtest.h>

#include "temporal/anchoring.h"

namespace tarikh::temporal {
namespace {

TEST(TemporalCalendar, InvalidDatesAreRejectedNotThrown) {
  EXPECT_FALSE(MakeDate(2022, 2, 30));
  EXPECT_FALSE(MakeDate(2022, 13, 1));
  EXPECT_TRUE(MakeDate(2024, 2, 29));
  EXPECT_FALSE(MakeDate(2023, 2, 29));
}

TEST(TemporalCalendar, IsoWeeks) {
  EXPECT_EQ(FormatWeek(*MakeDate(2022, 1, 12)), "2022-W02");
  EXPECT_EQ(FormatWeek(*MakeDate(2022, 1, 2)), "2021-W52");  // a Sunday still in 2021's last week
  EXPECT_EQ(FormatWeek(*MakeDate(2024, 12, 30)), "2025-W01");
}

TEST(TemporalCalendar, Weekdays) {
  const Date wed = *MakeDate(2022, 1, 12);
  EXPECT_EQ(IsoWeekday(wed), 3);
  EXPECT_EQ(FormatDay(WeekdayOnOrBefore(wed, 3, true)), "2022-01-12");
  EXPECT_EQ(FormatDay(WeekdayOnOrBefore(wed, 3, false)), "2022-01-05");
  EXPECT_EQ(FormatDay(WeekdayOnOrAfter(wed, 1, true)), "2022-01-17");
}

TEST(TemporalCalendar, Hijri) {
  EXPECT_EQ(FormatDay(*HijriToGregorian(1443, 9, 1)), "2022-04-02");
  EXPECT_EQ(FormatDay(*HijriToGregorian(1444, 1, 1)), "2022-07-30");
  auto h = GregorianToHijri(*MakeDate(2022, 4, 2));
  ASSERT_TRUE(h);
  EXPECT_EQ(h->year, 1443);
  EXPECT_EQ(h->month, 9);
  EXPECT_EQ(h->day, 1);
  EXPECT_FALSE(HijriToGregorian(1443, 13, 1));
}

TEST(TemporalAnchoring, ParsesDocumentDates) {
  EXPECT_EQ(Anchor::Parse("2022-01-12").precision, Precision::kDay);
  EXPECT_EQ(Anchor::Parse("2024-07").precision, Precision::kMonth);
  EXPECT_EQ(Anchor::Parse("2017").precision, Precision::kYear);
  EXPECT_EQ(Anchor::Parse("").precision, Precision::kNone);
  EXPECT_EQ(Anchor::Parse("2022-02-30").precision, Precision::kNone);
  EXPECT_EQ(Anchor::Parse("yesterday").precision, Precision::kNone);
}

TEST(TemporalAnchoring, ChooseYear) {
  const Anchor march3 = Anchor::Parse("2017-03-03");
  struct Row {
    int month, first, last, direction;
    Tense tense;
    int year;
  };
  // One rule for a month, a part of a month and a day (first/last: its days, 0 0 the whole month).
  const Row rows[] = {
      {4, 0, 0, 0, Tense::kNone, 2017},     // no tense: the nearest April
      {4, 0, 0, 0, Tense::kPast, 2016},     // a past clause: not after the document date
      {4, 0, 0, 0, Tense::kFuture, 2017},   // ... a future one: not before it
      {2, 0, 0, 0, Tense::kFuture, 2018},
      {2, 0, 0, 0, Tense::kPast, 2017},
      {3, 0, 0, 0, Tense::kPast, 2017},     // the document's month holds it
      {3, 0, 0, 0, Tense::kFuture, 2017},
      {3, 21, 0, 0, Tense::kPast, 2016},    // late March, in a past clause on March 3
      {3, 1, 10, 0, Tense::kFuture, 2017},  // early March holds March 3
      {4, 26, 26, 0, Tense::kNone, 2017},   // a day: the nearest
      {12, 15, 15, 0, Tense::kNone, 2016},
      {4, 26, 26, 0, Tense::kPast, 2016},
      {3, 1, 1, 0, Tense::kFuture, 2018},
      {3, 0, 0, -1, Tense::kNone, 2016},    // "مارس الماضي"
      {3, 0, 0, 1, Tense::kNone, 2018},     // "مارس المقبل"
      {3, 2, 2, -1, Tense::kNone, 2017},    // "2 مارس الماضي"
      {3, 4, 4, 1, Tense::kNone, 2017},     // "4 مارس المقبل"
      {9, 0, 0, 0, Tense::kNone, 2017},     // six months on either side: the document's year
      {11, 0, 0, 0, Tense::kNone, 2017},    // within eight months: still the document's year
      {12, 0, 0, 0, Tense::kNone, 2016},    // nine months on, three back: the nearer one
  };
  for (const Row& r : rows) {
    EXPECT_EQ(ChooseYear(march3, r.month, r.first, r.last, r.direction, r.tense), r.year)
        << r.month << " " << r.first << "-" << r.last << " " << r.direction << " " << static_cast<int>(r.tense);
  }
  EXPECT_EQ(ChooseYear(Anchor::Parse("2022-01-12"), 12, 28, 28, 0, Tense::kNone), 2021);
  EXPECT_EQ(ChooseYear(Anchor::Parse("2024-07"), 8, 0, 0, 0, Tense::kPast), 2023);  // a month-precise anchor
  EXPECT_EQ(ChooseYear(Anchor::Parse("2024-07"), 7, 31, 31, 0, Tense::kPast), 2024);
  EXPECT_EQ(ChooseYear(Anchor::Parse("2017"), 4, 0, 0, 0, Tense::kNone), 2017);
  EXPECT_EQ(ChooseYear(Anchor(), 4, 0, 0, 0, Tense::kNone), 0);
}

TEST(TemporalAnchoring, Seasons) {
  const Anchor jan = Anchor::Parse("2022-01-12");
  EXPECT_EQ(ResolveSeason(jan, Season::kSummer, -1).value, "2021-SU");
  EXPECT_EQ(ResolveSeason(jan, Season::kSummer, 0).value, "2022-SU");
  EXPECT_EQ(ResolveSeason(jan, Season::kSummer, 1).value, "2022-SU");
  EXPECT_EQ(ResolveSeason(jan, Season::kWinter, 0).value, "2021-WI");
  EXPECT_EQ(ResolveSeason(jan, Season::kWinter, -1).value, "2020-WI");
  EXPECT_EQ(ResolveSeason(Anchor::Parse("2022-07-01"), Season::kSummer, 1).value, "2023-SU");
}

TEST(TemporalAnchoring, UnitOffsetsKeepTheAnchorsPrecision) {
  const Anchor day = Anchor::Parse("2022-01-12");
  EXPECT_EQ(ResolveUnitOffset(day, Unit::kMonth, -1).value, "2021-12");
  EXPECT_EQ(ResolveUnitOffset(day, Unit::kQuarter, 0).value, "2022-Q1");
  EXPECT_EQ(ResolveUnitOffset(day, Unit::kDecade, -1).value, "201");
  EXPECT_EQ(ResolveUnitOffset(day, Unit::kCentury, 0).value, "20");
  EXPECT_EQ(ResolveUnitOffset(Anchor::Parse("2017"), Unit::kMonth, -1).value, "2017");
  EXPECT_EQ(ResolveUnitOffset(Anchor(), Unit::kWeek, 1).value, "XXXX-WXX");
  EXPECT_EQ(ResolveDayOffset(Anchor::Parse("2024-07"), -1).value, "2024-07");
}

}  // namespace
}  // namespace tarikh::temporal
