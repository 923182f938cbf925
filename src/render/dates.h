// Dates for a person: what precision a TIMEX3 value has, how to say it in
// words in Arabic and English (a month is "شباط/فبراير 2017 · Feb 2017",
// never a day and never "2017-02"), and its TimelineJS parts. TIMEX3 values
// stay in the data fields (events.json, the CSV's date column, data-*
// attributes); everything a person reads goes through DateWords.
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

// How long a written date may be: kFull names a month as Arab media pair
// them ("كانون الثاني/يناير"), kShort by its one common name ("يناير"), for
// edge labels where room is short.
enum class DateForm { kFull, kShort };

// A TIMEX3 value in words, in one language:
//   2022-01-12            12 كانون الثاني/يناير 2022 · 12 Jan 2022
//   2022-01-09/2022-01-10 9–10 كانون الثاني/يناير 2022 · 9–10 Jan 2022
//   2014-SP               ربيع 2014 · spring 2014
//   2022-W02              الأسبوع 2 من 2022 · week 2, 2022
//   19                    القرن العشرون · 20th century
//   2022-06-24TEV         24 حزيران/يونيو 2022، مساءً · 24 Jun 2022, evening
// Unknown shapes say so in words ("تاريخ غير محدد" / "date unclear"), never
// as the code. "" for "".
std::string DateWords(std::string_view value, bool arabic, DateForm form = DateForm::kFull);

// The first and last of a list of values in words: "9 Jan – 3 Mar 2022",
// one value when they are the same; the year is said once when shared.
std::string DateSpanWords(std::string_view first, std::string_view last, bool arabic,
                          DateForm form = DateForm::kFull);

// DateWords in the label language: one line, or Arabic then English.
std::vector<std::string> DateLabelLines(std::string_view value, LabelLanguage labels);
// The same on one line, joined with " · ".
std::string DateLabel(std::string_view value, LabelLanguage labels);

// A TimelineJS date: year always, month and day only when the value has them.
struct DateParts {
  int year = 0, month = 0, day = 0;  // 0 = absent
};
struct DateSpan {
  DateParts start;
  std::optional<DateParts> end;  // when the value covers more than its own unit
};
std::optional<DateSpan> TimelineDates(std::string_view value);

// "نحو 3 سنوات بلا أحداث" / "≈ 3 years without events": a gap of `days`
// days, rounded; one line per language.
std::vector<std::string> GapLabelLines(int days, LabelLanguage labels);

}  // namespace tarikh::render_internal

#endif  // TARIKH_RENDER_DATES_H_
