// The matchers: each looks for one family of time expressions starting at a
// token and returns the candidate it finds (the tagger keeps the longest).
// explicit.cc: calendar dates, months, years (Gregorian, Hijri, English, numeric);
// ranges.cc: day, month and year ranges; relative.cc: days, weekdays and periods
// relative to the document or the previous date; periods.cc: seasons, decades,
// centuries, quarters, parts of periods; counted.cc: the n-th weekday, day or
// week of a month ("ثاني خميس من نيسان", "آخر يوم من أيار"); offsets.cc: "قبل
// ثلاثة أيام", durations, present/past/future references and sets; clock.cc:
// times of day ("الساعة 10 صباحا").
#ifndef TARIKH_TEMPORAL_MATCHERS_H_
#define TARIKH_TEMPORAL_MATCHERS_H_

#include <optional>

#include "temporal/article.h"

namespace tarikh::temporal {

// ---- pieces shared by the matchers (explicit.cc) ----

// A month name at i, with a paired spelling ("كانون الثاني/يناير", "جانفي (يناير)").
struct MonthName {
  int month = 0;
  bool hijri = false;
  bool ambiguous = false;  // a lone ambiguous name (آب، مارس، رجب ...)
  bool latin = false;
  bool counted = false;  // "الشهر الخامس": a count as well as a month ("الشهر الخامس من الحرب")
  uint32_t end = 0;
};
std::optional<MonthName> ParseMonthName(const Article& a, size_t i);
// A month by name or by number: a name, or after "شهر" (`after_month_word`) a
// number or a number word ("شهر 5", "شهر سبعة"), or "الشهر الخامس".
std::optional<MonthName> ParseMonthRef(const Article& a, size_t i, bool after_month_word);

// A day of the month at i: "12", "الـ12", "الثاني عشر من".
struct DayNumber {
  int day = 0;
  uint32_t end = 0;
};
std::optional<DayNumber> ParseDayNumber(const Article& a, size_t i);

// A year after a month or a year word: "2022", "2022م", "1443 هـ", "عام 2022".
struct YearNumber {
  int year = 0;
  bool hijri = false;
  uint32_t end = 0;
};
std::optional<YearNumber> ParseYearNumber(const Article& a, size_t i, bool allow_year_word);

// A calendar date as written: what the text gives of year, month and day.
struct DateParts {
  int year = 0, month = 0, day = 0;  // 0 = not given
  bool hijri = false;
  int weekday = 0;    // a weekday written with the date
  int direction = 0;  // "يناير الماضي" -1, "يناير المقبل" +1
  bool relative = false;  // the year and month come from the document date ("من الشهر الماضي")
  bool order_ambiguous = false;  // "11/3/2019": read day-first or month-first, both valid
  // A part of the month (day == 0): its days [span_first, span_last], 0 = to the month's end,
  // with the TIMEX3 mod ("أواخر أيار" 21-0, "END").
  int span_first = 0, span_last = 0;
  const char* mod = "";
  uint32_t first = 0, end = 0;
};
std::optional<DateParts> ParseExplicitDate(const Article& a, size_t i);
// The value of a parsed date: the year chosen by anchoring when the text gives none.
std::optional<Candidate> ResolveDate(const Article& a, const DateParts& parts);
// The year of a month (and day) written without one: the document's by the tense of the
// clause at token `at` (ChooseYear), or the one its weekday fits; 0 when unanchored.
int YearOf(const Article& a, const DateParts& parts, size_t at);
// The Gregorian days of a Hijri month (parts.hijri, parts.month; the nearest year when none).
struct DaySpan {
  Date first, last;
};
std::optional<DaySpan> HijriMonthDays(const Article& a, const DateParts& parts);

// A year as a season, quarter or part of the year takes it: "2014", "عام 2014",
// "العام الماضي", "هذا العام", and, when `allow_bare`, "العام" (this year).
struct YearRef {
  int year = 0;  // 0: the document has no year to resolve against
  uint32_t end = 0;
  bool relative = false;
};
std::optional<YearRef> ParseYearRef(const Article& a, size_t i, bool allow_bare);

// The days of a part of a month: START 1-10, MID 11-20, END 21 to the end (0).
void PartOfMonthDays(Part part, int* first, int* last);
const char* PartName(Part part);  // START MID END

// ---- matchers ----
std::optional<Candidate> MatchExplicitDate(const Article& a, size_t i);
std::optional<Candidate> MatchYear(const Article& a, size_t i);
std::optional<Candidate> MatchRange(const Article& a, size_t i);
std::optional<Candidate> MatchRelativeDay(const Article& a, size_t i);
std::optional<Candidate> MatchWeekday(const Article& a, size_t i);
std::optional<Candidate> MatchRelativePeriod(const Article& a, size_t i);
std::optional<Candidate> MatchSeason(const Article& a, size_t i);
std::optional<Candidate> MatchDecadeOrCentury(const Article& a, size_t i);
std::optional<Candidate> MatchQuarter(const Article& a, size_t i);
std::optional<Candidate> MatchPartOf(const Article& a, size_t i);
std::optional<Candidate> MatchCountedInMonth(const Article& a, size_t i);
std::optional<Candidate> MatchOffset(const Article& a, size_t i);
std::optional<Candidate> MatchDuration(const Article& a, size_t i);
std::optional<Candidate> MatchReference(const Article& a, size_t i);
std::optional<Candidate> MatchClock(const Article& a, size_t i);

// Every matcher, most specific first: on equal length the earlier wins.
std::optional<Candidate> MatchAt(const Article& a, size_t i);

}  // namespace tarikh::temporal

#endif  // TARIKH_TEMPORAL_MATCHERS_H_
