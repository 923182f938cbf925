// Calendar extents of TIMEX3 values, as the event merge compares them.
#include "events/date_range.h"

#include <gtest/gtest.h>

namespace tarikh::events {
namespace {

TEST(EventsDateRange, Values) {
  struct Case {
    const char* value;
    const char* first;  // compared through ParseDateRange of a day
    const char* last;
  };
  const Case cases[] = {
      {"2022-01-12", "2022-01-12", "2022-01-12"}, {"2022-01", "2022-01-01", "2022-01-31"},
      {"2024-02", "2024-02-01", "2024-02-29"},    {"2022", "2022-01-01", "2022-12-31"},
      {"2014-SP", "2014-03-01", "2014-05-31"},    {"2014-WI", "2014-12-01", "2015-02-28"},
      {"2022-W02", "2022-01-10", "2022-01-16"},   {"2022-Q1", "2022-01-01", "2022-03-31"},
      {"2022-H2", "2022-07-01", "2022-12-31"},    {"198", "1980-01-01", "1989-12-31"},
      {"19", "1900-01-01", "1999-12-31"},         {"2022-01-09/2022-01-10", "2022-01-09", "2022-01-10"},
      {"2022-01-12T10:00", "2022-01-12", "2022-01-12"},
  };
  for (const Case& c : cases) {
    const std::optional<DateRange> r = ParseDateRange(c.value);
    ASSERT_TRUE(r.has_value()) << c.value;
    EXPECT_EQ(r->first, ParseDateRange(c.first)->first) << c.value;
    EXPECT_EQ(r->last, ParseDateRange(c.last)->last) << c.value;
  }
  for (const char* v : {"", "P3Y", "PRESENT_REF", "XXXX-01-12", "2022-13", "2022-01-10/2021-01-01"}) {
    EXPECT_FALSE(ParseDateRange(v).has_value()) << v;
  }
}

TEST(EventsDateRange, CompatibleAndNarrower) {
  EXPECT_TRUE(CompatibleDates("2022-01", "2022-01-12"));
  EXPECT_TRUE(CompatibleDates("", "2022-01-12"));
  EXPECT_FALSE(CompatibleDates("2022-01-10", "2022-01-12"));
  EXPECT_TRUE(CompatibleDates("2022-W02", "2022-01-12"));
  EXPECT_EQ(NarrowerDate("2022-01", "2022-01-12"), "2022-01-12");
  EXPECT_EQ(NarrowerDate("2022-01-12", ""), "2022-01-12");
}

}  // namespace
}  // namespace tarikh::events
