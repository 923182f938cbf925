// Values of explicit dates (the year chosen by anchoring when the text gives
// none, Hijri dates converted) and lone years.
#include <cstdlib>

#include "temporal/matchers.h"

namespace tarikh::temporal {
namespace {

// A Hijri month or year as the range of Gregorian days it covers; of a month,
// only its days [first_day, last_day] when first_day is not 0 (last_day 0: to its end).
std::optional<std::string> HijriRange(int year, int month, int first_day = 0, int last_day = 0) {
  auto first = HijriToGregorian(year, month == 0 ? 1 : month, first_day == 0 ? 1 : first_day);
  auto next = month == 0 || month == 12 ? HijriToGregorian(year + 1, 1, 1) : HijriToGregorian(year, month + 1, 1);
  if (!first || !next) return std::nullopt;
  std::optional<Date> last = AddDays(*next, -1);
  if (month != 0 && last_day != 0) {
    auto day = HijriToGregorian(year, month, last_day);
    if (day && *day < *last) last = day;
  }
  if (!last) return std::nullopt;
  return FormatDay(*first) + "/" + FormatDay(*last);
}

// The Hijri year of a date given without one: the one that puts it nearest the document date.
int NearestHijriYear(const Article& a, int month, int day) {
  const Anchor& doc = a.doc();
  if (doc.precision < Precision::kMonth) return 0;
  auto today = MakeDate(doc.year, doc.month, doc.has_day() ? doc.day : 15);
  auto h = today ? GregorianToHijri(*today) : std::nullopt;
  if (!h) return 0;
  int best = 0, best_gap = 1 << 30;
  for (int y : {h->year - 1, h->year, h->year + 1}) {
    auto d = HijriToGregorian(y, month, day == 0 ? 15 : day);
    if (!d) continue;
    int gap = std::abs(static_cast<int>((*d - *today).days()));
    if (gap < best_gap) best = y, best_gap = gap;
  }
  return best;
}

std::optional<Candidate> ResolveHijri(const Article& a, const DateParts& p, Candidate c) {
  int year = p.year;
  if (year == 0) {
    year = NearestHijriYear(a, p.month, p.day);
    c.anchor = "document";
    if (year == 0) return std::nullopt;
  }
  if (p.day != 0) {
    auto d = HijriToGregorian(year, p.month, p.day);
    if (!d) return std::nullopt;
    c.value = FormatDay(*d);
    c.as_anchor = Anchor::OfDay(*d);
    return c;
  }
  auto range = HijriRange(year, p.month, p.span_first, p.span_last);
  if (!range) return std::nullopt;
  c.value = *range;
  c.mod = p.mod;
  return c;
}

// The year of a day written with its weekday but no year: the nearest one that fits.
int YearFromWeekday(const Article& a, const DateParts& p) {
  auto doc = a.doc().day_date();
  if (!doc) return 0;
  int best = 0, best_gap = 1 << 30;
  for (int y = a.doc().year - 1; y <= a.doc().year + 1; ++y) {
    auto d = MakeDate(y, p.month, p.day);
    if (!d || IsoWeekday(*d) != p.weekday) continue;
    int gap = std::abs(static_cast<int>((*d - *doc).days()));
    if (gap < best_gap) best = y, best_gap = gap;
  }
  return best;
}

// "2022-05-21/2022-05-31": days [first, last] of a month (last 0: to its end).
std::string DaysOfMonth(int year, int month, int first, int last) {
  const int days = DaysInMonth(year, month);
  const int b = last == 0 || last > days ? days : last;
  return FormatDay(*MakeDate(year, month, first)) + "/" + FormatDay(*MakeDate(year, month, b));
}

}  // namespace

std::optional<DaySpan> HijriMonthDays(const Article& a, const DateParts& p) {
  const int year = p.year != 0 ? p.year : NearestHijriYear(a, p.month, 0);
  if (year == 0) return std::nullopt;
  auto first = HijriToGregorian(year, p.month, 1);
  auto next = p.month == 12 ? HijriToGregorian(year + 1, 1, 1) : HijriToGregorian(year, p.month + 1, 1);
  auto last = next ? AddDays(*next, -1) : std::nullopt;
  if (!first || !last) return std::nullopt;
  return DaySpan{*first, *last};
}

int YearOf(const Article& a, const DateParts& p, size_t at) {
  if (p.day != 0 && p.weekday != 0) {
    if (int year = YearFromWeekday(a, p); year != 0) return year;
  }
  const int first = p.day != 0 ? p.day : p.span_first, last = p.day != 0 ? p.day : p.span_last;
  return ChooseYear(a.doc(), p.month, first, last, p.direction, a.TenseAt(at));
}

std::optional<Candidate> ResolveDate(const Article& a, const DateParts& p) {
  Candidate c = a.Make(p.first, p.end, "");
  if (p.hijri) return ResolveHijri(a, p, c);
  if (p.relative) c.anchor = "document";
  int year = p.year;
  if (year == 0) {
    year = YearOf(a, p, p.first);
    c.anchor = year == 0 ? "unanchored" : "document";
  }
  if (p.day != 0) {
    if (p.day > DaysInMonth(year == 0 ? 2000 : year, p.month)) return std::nullopt;
    if (year == 0) {
      c.value = "XXXX-" + FormatMonth(0, p.month).substr(5) + "-" + FormatDay(*MakeDate(2000, 1, p.day)).substr(8);
      return c;
    }
    auto d = MakeDate(year, p.month, p.day);
    if (!d) return std::nullopt;
    c.value = FormatDay(*d);
    c.as_anchor = Anchor::OfDay(*d);
    return c;
  }
  if (p.month == 0) {  // a year, as one end of a range
    c.value = FormatYear(year);
    c.as_anchor = Anchor::OfYear(year);
    return c;
  }
  c.mod = p.mod;
  if (year == 0) {
    c.value = "XXXX-" + FormatMonth(0, p.month).substr(5);
    return c;
  }
  c.as_anchor = Anchor::OfMonth(year, p.month);
  c.value = p.span_first == 0 ? FormatMonth(year, p.month) : DaysOfMonth(year, p.month, p.span_first, p.span_last);
  return c;
}

// "عام 2002", "لعام 2008", "2022م", "1443 هـ", and a bare 4-digit year where the
// context says it is one ("منذ 2014", "في 2020", "2014 و2016").
std::optional<Candidate> MatchYear(const Article& a, size_t i) {
  std::optional<YearNumber> y;
  if (a.HasWord(i, Role::kYearWord)) {
    y = ParseYearNumber(a, i, true);
  } else if (a.Digits(i) == 4) {
    y = ParseYearNumber(a, i, false);
    const bool with_era = y && y->end > i + 1;
    const bool signal = i >= 1 && a.HasWord(i - 1, Role::kYearSignal);
    const bool listed = i >= 2 && a.IsText(i - 1, "\u0648") && a.Digits(i - 2) == 4;  // "2014 و2016"
    if (y && !with_era && (!(signal || listed) || y->year < 1800)) y.reset();
  }
  if (!y) return std::nullopt;
  Candidate c = a.Make(i, y->end, "");
  if (y->hijri) {
    auto first = HijriToGregorian(y->year, 1, 1), next = HijriToGregorian(y->year + 1, 1, 1);
    if (!first || !next) return std::nullopt;
    c.value = FormatDay(*first) + "/" + FormatDay(*AddDays(*next, -1));
    return c;
  }
  c.value = FormatYear(y->year);
  c.as_anchor = Anchor::OfYear(y->year);
  return c;
}

}  // namespace tarikh::temporal
