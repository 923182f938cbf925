// Anchoring: turning an expression's meaning into a TIMEX3 value given the
// date it is relative to (the document date, or the previous date in the
// article). A value never claims more precision than its anchor has: with a
// month-precise document date "اليوم" is "2024-07"; with none it is
// "XXXX-XX-XX" — never the machine's clock.
#ifndef TARIKH_TEMPORAL_ANCHORING_H_
#define TARIKH_TEMPORAL_ANCHORING_H_

#include <optional>
#include <string>
#include <string_view>

#include "temporal/calendar.h"
#include "temporal/lexicon.h"

namespace tarikh::temporal {

enum class Precision : uint8_t { kNone, kYear, kMonth, kDay };

// A date known to some precision: a document date, or the last date an
// article mentioned.
struct Anchor {
  Precision precision = Precision::kNone;
  int year = 0, month = 0, day = 0;

  static Anchor Parse(std::string_view iso);  // "2022-01-12", "2024-07", "2017", "" (and junk) -> kNone
  static Anchor OfDay(Date d);
  static Anchor OfMonth(int year, int month);
  static Anchor OfYear(int year);
  bool has_day() const { return precision == Precision::kDay; }
  std::optional<Date> day_date() const;  // when has_day()
  // The anchor itself as a TIMEX3 value at its own precision ("XXXX-XX-XX" if none).
  std::string Value() const;
};

// A resolved value and the anchor it gives later references.
struct Resolved {
  std::string value;
  Anchor as_anchor;
};

// `days` days after (before, if negative) the anchor's day.
Resolved ResolveDayOffset(const Anchor& base, int days);
// Weekday `wd`: direction -1 strictly before, +1 strictly after the anchor's day;
// 0 lets the tense decide (future: on or after, otherwise on or before).
Resolved ResolveWeekday(const Anchor& base, int wd, int direction, Tense tense);
// `n` units (week, month, quarter, year, decade, century) after the anchor's, at that unit's
// granularity: ResolveUnitOffset(2022-01-12, kWeek, 0) = 2022-W02, (kMonth, -1) = 2021-12.
Resolved ResolveUnitOffset(const Anchor& base, Unit unit, int n);
// The year days [first_day, last_day] of `month` written without a year fall in
// (0, 0: the whole month; last_day 0: to the month's end). One rule for every
// kind of expression (a month, a part of it, a day, the n-th weekday):
// direction -1/+1 ("يناير الماضي/المقبل") the last before / the first after the
// anchor; a past clause the document's year unless that is after the anchor
// (then the year before), a future clause unless it is before (then the year
// after); no tense, the document's year when it is within eight months of the
// anchor, else the nearer year ("28 ديسمبر" in a January article is last
// year's). 0 if the anchor has no year.
int ChooseYear(const Anchor& base, int month, int first_day, int last_day, int direction, Tense tense);
// A season relative to the anchor: -1 the last one that ended, 0 the current one, +1 the next.
Resolved ResolveSeason(const Anchor& base, Season season, int direction);

const char* SeasonCode(Season s);  // SP SU FA WI

}  // namespace tarikh::temporal

#endif  // TARIKH_TEMPORAL_ANCHORING_H_
