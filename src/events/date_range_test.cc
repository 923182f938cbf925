// Date comparisons of the in-article event merge (value ranges themselves are
// tested with CalendarRange in src/temporal/value_range_test.cc).
#include "events/date_range.h"

#include <gtest/gtest.h>

namespace tarikh::events {
namespace {

TEST(EventsDateRange, CompatibleAndNarrower) {
  EXPECT_TRUE(CompatibleDates("2022-01", "2022-01-12"));
  EXPECT_TRUE(CompatibleDates("", "2022-01-12"));
  EXPECT_FALSE(CompatibleDates("2022-01-10", "2022-01-12"));
  EXPECT_TRUE(CompatibleDates("2022-W02", "2022-01-12"));
  EXPECT_FALSE(CompatibleDates("P3Y", "2022-01-12"));
  EXPECT_EQ(NarrowerDate("2022-01", "2022-01-12"), "2022-01-12");
  EXPECT_EQ(NarrowerDate("2022-01-12", ""), "2022-01-12");
  EXPECT_EQ(NarrowerDate("2022-01-09/2022-01-10", "2022-01-10"), "2022-01-10");
}

TEST(EventsDateRange, AfterDocumentDate) {
  EXPECT_TRUE(AfterDocumentDate("2022-01-13", "2022-01-12"));
  EXPECT_FALSE(AfterDocumentDate("2022-01-12", "2022-01-12"));
  EXPECT_FALSE(AfterDocumentDate("2022-01-13", "2022-01"));  // inside the document's month
  EXPECT_TRUE(AfterDocumentDate("2022-02", "2022-01-31"));
  EXPECT_FALSE(AfterDocumentDate("2022-01-13", ""));
}

}  // namespace
}  // namespace tarikh::events
