// Dates for display: what precision a TIMEX3 value has, how to label it
// honestly (a month is "2017-02", never a day), and its TimelineJS parts.
#ifndef TARIKH_RENDER_DATES_H_
#define TARIKH_RENDER_DATES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tarikh/render.h"
#include "tarikh/timex.h"

namespace tarikh::render_internal {

enum class DatePrecision { kDay, kDays, kWeek, kMonth, kSeason, kQuarter, kYear, kDecade, kCentury, kOther };

// The precision a calendar value is written in; kOther for ranges of
// non-days and values CalendarRange does not place.
DatePrecision PrecisionOf(std::string_view value);

// Axis lines for a value: "2022-01-12"; "2022-01-09 – 10"; "2017-02";
// season "ربيع 2014" / "spring 2014"; "1980s"; "" for "".
std::vector<std::string> DateLabelLines(std::string_view value, LabelLanguage labels);

// A TimelineJS date: year always, month and day only when the value has them.
struct DateParts {
  int year = 0, month = 0, day = 0;  // 0 = absent
};
struct DateSpan {
  DateParts start;
  std::optional<DateParts> end;  // when the value covers more than its own unit
  std::string display;           // TimelineJS display_date for seasons, decades, centuries
};
std::optional<DateSpan> TimelineDates(std::string_view value);

// "≈ 3 سنوات" / "≈ 3 years": the length of a gap of `days` days, rounded;
// one line per language.
std::vector<std::string> GapLabelLines(int days, LabelLanguage labels);

}  // namespace tarikh::render_internal

#endif  // TARIKH_RENDER_DATES_H_
