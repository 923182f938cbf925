// The matchers: each looks for one family of time expressions starting at a
// token and returns the candidate it finds (the tagger keeps the longest).
// explicit.cc: calendar dates, months, years (Gregorian, Hijri, English, numeric);
// ranges.cc: day, month and year ranges; relative.cc: days, weekdays and periods
// relative to the document or the previous date; periods.cc: seasons, decades,
// centuries, quarters, parts of periods; offsets.cc: "قبل ثلاثة أيام", durations,
// present/past/future references and sets.
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
  uint32_t end = 0;
};
std::optional<MonthName> ParseMonthName(const Article& a, size_t i);

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
  uint32_t first = 0, end = 0;
};
std::optional<DateParts> ParseExplicitDate(const Article& a, size_t i);
// The value of a parsed date: the year chosen by anchoring when the text gives none.
std::optional<Candidate> ResolveDate(const Article& a, const DateParts& parts);

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
std::optional<Candidate> MatchOffset(const Article& a, size_t i);
std::optional<Candidate> MatchDuration(const Article& a, size_t i);
std::optional<Candidate> MatchReference(const Article& a, size_t i);

// Every matcher, most specific first: on equal length the earlier wins.
std::optional<Candidate> MatchAt(const Article& a, size_t i);

}  // namespace tarikh::temporal

#endif  // TARIKH_TEMPORAL_MATCHERS_H_
