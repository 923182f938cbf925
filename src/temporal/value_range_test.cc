#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "tarikh/timex.h"

namespace tarikh {
namespace {

struct RangeCase {
  const char* value;
  const char* first;  // nullptr: not a calendar value
  const char* last;
};

const RangeCase kRangeCases[] = {
    {"2022-01-12", "2022-01-12", "2022-01-12"},
    {"2022-01-12TEV", "2022-01-12", "2022-01-12"},
    {"2022-01", "2022-01-01", "2022-01-31"},
    {"2024-02", "2024-02-01", "2024-02-29"},
    {"2022", "2022-01-01", "2022-12-31"},
    {"2014-SP", "2014-03-01", "2014-05-31"},
    {"2014-WI", "2014-12-01", "2015-02-28"},
    {"2022-Q1", "2022-01-01", "2022-03-31"},
    {"2022-H2", "2022-07-01", "2022-12-31"},
    {"2022-W02", "2022-01-10", "2022-01-16"},
    {"2021-W01", "2021-01-04", "2021-01-10"},
    {"2020-W53", "2020-12-28", "2021-01-03"},
    {"198", "1980-01-01", "1989-12-31"},
    {"19", "1900-01-01", "1999-12-31"},
    {"2022-01-09/2022-01-10", "2022-01-09", "2022-01-10"},
    {"2017-04/2017-05", "2017-04-01", "2017-05-31"},
    {"P3Y", nullptr, nullptr},
    {"PRESENT_REF", nullptr, nullptr},
    {"XXXX-01-12", nullptr, nullptr},
    {"2022-13", nullptr, nullptr},
    {"2022-02-30", nullptr, nullptr},
    {"2022-01-10/2022-01-09", nullptr, nullptr},
    {"", nullptr, nullptr},
};

TEST(TemporalValueRangeTest, Table) {
  for (const RangeCase& c : kRangeCases) {
    SCOPED_TRACE(c.value);
    const std::optional<DayRange> r = CalendarRange(c.value);
    if (c.first == nullptr) {
      EXPECT_FALSE(r.has_value());
      continue;
    }
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(DayNumberToString(r->first), c.first);
    EXPECT_EQ(DayNumberToString(r->last), c.last);
  }
}

// Days from 1400 to 9999 (every day of 1900–2100, every 97th elsewhere)
// format as Boost formats them (the exports' start/end columns).
TEST(TemporalValueRangeTest, DayNumbersFormatAsBoostDoes) {
  const boost::gregorian::date first(1400, 1, 1), last(9999, 12, 31);
  const auto dense_first = boost::gregorian::date(1900, 1, 1).julian_day();
  const auto dense_last = boost::gregorian::date(2100, 12, 31).julian_day();
  for (auto day = first.julian_day(); day <= last.julian_day();
       day += (day >= dense_first && day <= dense_last) ? 1 : 97) {
    const boost::gregorian::date d(static_cast<boost::gregorian::date::date_int_type>(day));
    ASSERT_EQ(DayNumberToString(static_cast<int32_t>(day)), boost::gregorian::to_iso_extended_string(d)) << day;
  }
}

TEST(TemporalValueRangeTest, OverlapAndContainment) {
  const DayRange month = *CalendarRange("2022-01");
  const DayRange day = *CalendarRange("2022-01-12");
  const DayRange next = *CalendarRange("2022-02");
  EXPECT_TRUE(month.Contains(day));
  EXPECT_TRUE(day.Overlaps(month));
  EXPECT_FALSE(month.Overlaps(next));
  EXPECT_EQ(month.days(), 31);
}

}  // namespace
}  // namespace tarikh
