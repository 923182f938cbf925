#include "temporal/anchoring.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace tarikh::temporal {
namespace {

bool ParseDigits(std::string_view s, int* out) {
  if (s.empty()) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

std::string UnknownOfUnit(Unit unit) {
  switch (unit) {
    case Unit::kDay: return "XXXX-XX-XX";
    case Unit::kWeek: return "XXXX-WXX";
    case Unit::kMonth: return "XXXX-XX";
    case Unit::kQuarter: return "XXXX-QX";
    case Unit::kDecade: return "XXX";
    case Unit::kCentury: return "XX";
    default: return "XXXX";
  }
}

// The anchor cut down to what a coarser expression can say.
Resolved Coarse(const Anchor& base) { return {base.Value(), base}; }

}  // namespace

Anchor Anchor::Parse(std::string_view iso) {
  Anchor a;
  int y = 0, m = 0, d = 0;
  if (iso.size() >= 4 && ParseDigits(iso.substr(0, 4), &y)) {
    if (iso.size() == 4) return OfYear(y);
    if (iso.size() >= 7 && iso[4] == '-' && ParseDigits(iso.substr(5, 2), &m) && m >= 1 && m <= 12) {
      if (iso.size() == 7) return OfMonth(y, m);
      if (iso.size() == 10 && iso[7] == '-' && ParseDigits(iso.substr(8, 2), &d)) {
        if (auto date = MakeDate(y, m, d)) return OfDay(*date);
      }
    }
  }
  return a;
}

Anchor Anchor::OfDay(Date d) {
  return {Precision::kDay, static_cast<int>(d.year()), static_cast<int>(d.month()), static_cast<int>(d.day())};
}
Anchor Anchor::OfMonth(int year, int month) { return {Precision::kMonth, year, month, 0}; }
Anchor Anchor::OfYear(int year) { return {Precision::kYear, year, 0, 0}; }

std::optional<Date> Anchor::day_date() const {
  if (precision != Precision::kDay) return std::nullopt;
  return MakeDate(year, month, day);
}

std::string Anchor::Value() const {
  switch (precision) {
    case Precision::kDay: return FormatDay(*day_date());
    case Precision::kMonth: return FormatMonth(year, month);
    case Precision::kYear: return FormatYear(year);
    case Precision::kNone: break;
  }
  return "XXXX-XX-XX";
}

Resolved ResolveDayOffset(const Anchor& base, int days) {
  if (base.precision != Precision::kDay) return Coarse(base);
  auto d = AddDays(*base.day_date(), days);
  if (!d) return Coarse(base);
  return {FormatDay(*d), Anchor::OfDay(*d)};
}

Resolved ResolveWeekday(const Anchor& base, int wd, int direction, Tense tense) {
  if (base.precision == Precision::kNone) return {"XXXX-WXX-" + std::to_string(wd), base};
  if (base.precision != Precision::kDay) return Coarse(base);
  Date today = *base.day_date();
  Date d = direction < 0   ? WeekdayOnOrBefore(today, wd, false)
           : direction > 0 ? WeekdayOnOrAfter(today, wd, false)
           : tense == Tense::kFuture ? WeekdayOnOrAfter(today, wd, true)
                                     : WeekdayOnOrBefore(today, wd, true);
  return {FormatDay(d), Anchor::OfDay(d)};
}

Resolved ResolveUnitOffset(const Anchor& base, Unit unit, int n) {
  if (base.precision == Precision::kNone) return {UnknownOfUnit(unit), base};
  const int y = base.year;
  switch (unit) {
    case Unit::kDay: return ResolveDayOffset(base, n);
    case Unit::kWeek: {
      if (base.precision != Precision::kDay) return Coarse(base);
      auto d = AddDays(*base.day_date(), 7 * n);
      if (!d) return Coarse(base);
      return {FormatWeek(*d), Anchor::OfDay(*d)};
    }
    case Unit::kMonth: {
      if (base.precision == Precision::kYear) return Coarse(base);
      int total = y * 12 + base.month - 1 + n;
      return {FormatMonth(total / 12, total % 12 + 1), Anchor::OfMonth(total / 12, total % 12 + 1)};
    }
    case Unit::kQuarter: {
      if (base.precision == Precision::kYear) return Coarse(base);
      int total = y * 4 + (base.month - 1) / 3 + n;
      return {FormatYear(total / 4) + "-Q" + std::to_string(total % 4 + 1), Anchor::OfYear(total / 4)};
    }
    case Unit::kYear: return {FormatYear(y + n), Anchor::OfYear(y + n)};
    case Unit::kDecade: return {std::to_string(y / 10 + n), Anchor()};
    case Unit::kCentury: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%02d", y / 100 + n);
      return {buf, Anchor()};
    }
    default: return Coarse(base);
  }
}

int ChooseYear(const Anchor& base, int month, int first_day, int last_day, int direction, Tense tense) {
  if (base.precision == Precision::kNone) return 0;
  const int y = base.year;
  if (base.precision == Precision::kYear) return y;
  // The anchor as days: its day, or its whole month.
  const std::optional<Date> from = MakeDate(y, base.month, base.has_day() ? base.day : 1);
  const std::optional<Date> to =
      MakeDate(y, base.month, base.has_day() ? base.day : DaysInMonth(y, base.month));
  if (month < 1 || month > 12 || !from || !to) return y;
  struct Span {
    Date first, last;
  };
  auto span = [&](int year) {
    const int days = DaysInMonth(year, month);
    const int a = std::clamp(first_day == 0 ? 1 : first_day, 1, days);
    const int b = std::clamp(last_day == 0 ? days : last_day, a, days);
    return Span{*MakeDate(year, month, a), *MakeDate(year, month, b)};
  };
  const Span here = span(y);
  if (direction < 0) return here.last < *from ? y : y - 1;
  if (direction > 0) return here.first > *to ? y : y + 1;
  if (tense == Tense::kFuture) return here.last >= *from ? y : y + 1;
  if (tense == Tense::kPast) return here.first <= *to ? y : y - 1;
  auto gap = [&](const Span& s) -> long {
    if (s.last < *from) return (*from - s.last).days();
    if (s.first > *to) return (s.first - *to).days();
    return 0;
  };
  // The document's year within eight months of the anchor, else the nearer one.
  constexpr long kNear = 243;
  int best = y;
  long best_gap = gap(here);
  if (best_gap <= kNear) return y;
  for (int cand : {y - 1, y + 1}) {
    const long g = gap(span(cand));
    if (g < best_gap) best = cand, best_gap = g;
  }
  return best;
}

const char* SeasonCode(Season s) {
  switch (s) {
    case Season::kSpring: return "SP";
    case Season::kSummer: return "SU";
    case Season::kFall: return "FA";
    case Season::kWinter: break;
  }
  return "WI";
}

Resolved ResolveSeason(const Anchor& base, Season season, int direction) {
  const std::string code = SeasonCode(season);
  if (base.precision == Precision::kNone) return {"XXXX-" + code, base};
  if (base.precision == Precision::kYear) return {FormatYear(base.year + direction) + "-" + code, base};
  // Season instances as (year, index), winter of Y running from December Y.
  const int s = static_cast<int>(season);
  const int start_month = 3 + 3 * s;  // SP 3, SU 6, FA 9, WI 12
  const int now = base.year * 12 + base.month - 1;
  const int this_year_start = base.year * 12 + start_month - 1;
  // The instance containing or starting nearest before `now`.
  int start = this_year_start <= now ? this_year_start : this_year_start - 12;
  const bool current = now < start + 3;
  if (direction < 0 && current) start -= 12;  // the last one that ended
  if (direction > 0) start += 12;
  if (direction == 0 && !current) start = this_year_start;
  int y = start / 12;
  return {FormatYear(y) + "-" + code, Anchor::OfYear(y)};
}

}  // namespace tarikh::temporal
