// Calendar arithmetic for the temporal tagger: Boost.DateTime for the
// Gregorian calendar, ICU's Umm al-Qura calendar for Hijri dates, and the
// TIMEX3 spelling of days, months, weeks and years. Nothing here throws:
// Boost's exceptions are caught and turned into std::nullopt.
#ifndef TARIKH_TEMPORAL_CALENDAR_H_
#define TARIKH_TEMPORAL_CALENDAR_H_

#include <optional>
#include <string>

#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace tarikh::temporal {

using Date = boost::gregorian::date;

// A valid Gregorian date, or nullopt (31 February, year 0 ...).
std::optional<Date> MakeDate(int year, int month, int day);
std::optional<Date> AddDays(Date d, int days);
std::optional<Date> AddMonths(Date d, int months);  // clamps to the month's end
int DaysInMonth(int year, int month);
int IsoWeekday(Date d);  // 1 Monday .. 7 Sunday

// The latest date with ISO weekday `wd` on or before `d` (strictly before when !inclusive),
// and the earliest on or after (strictly after when !inclusive).
Date WeekdayOnOrBefore(Date d, int wd, bool inclusive);
Date WeekdayOnOrAfter(Date d, int wd, bool inclusive);

std::string FormatDay(Date d);             // 2022-01-12
std::string FormatMonth(int year, int month);  // 2022-01
std::string FormatYear(int year);          // 2022 (4 digits)
std::string FormatWeek(Date d);            // 2022-W02 (ISO week and ISO year)

// Hijri (Umm al-Qura) day, month or year to Gregorian; nullopt outside ICU's range.
std::optional<Date> HijriToGregorian(int year, int month, int day);
struct HijriDate {
  int year = 0, month = 0, day = 0;
};
std::optional<HijriDate> GregorianToHijri(Date d);

}  // namespace tarikh::temporal

#endif  // TARIKH_TEMPORAL_CALENDAR_H_
