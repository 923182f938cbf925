// Ranges: "يومي 9 و10 كانون الثاني/يناير", "من 13 إلى 15 تموز", "13-15 تموز",
// "من 28 فبراير إلى 2 مارس 2022", "بين عامي 2014 و2016", "من يناير إلى مارس".
// The value is "start/end" at the precision of the end the text gives fully.
#include "temporal/matchers.h"

namespace tarikh::temporal {
namespace {

// One end of a range: a date, or just a day number (a digit or an ordinal
// word) or a year the other end completes.
std::optional<DateParts> ParseRangeEnd(const Article& a, size_t i, bool left) {
  if (auto p = ParseExplicitDate(a, i)) return p;
  DateParts p;
  p.first = static_cast<uint32_t>(i);
  if (left) {
    if (auto d = ParseDayNumber(a, i)) {
      p.day = d->day, p.end = d->end;
      return p;
    }
  }
  if (auto y = ParseYearNumber(a, i, true); y && !y->hijri && a.Digits(y->end - 1) == 4) {
    p.year = y->year, p.end = y->end;
    return p;
  }
  return std::nullopt;
}

// Same kind of ends: days with days, months with months, years with years.
bool Compatible(const DateParts& l, const DateParts& r) {
  if (r.day != 0) return l.day != 0;
  if (r.month != 0) return l.day == 0 && l.month != 0;
  return l.day == 0 && l.month == 0 && l.year != 0;
}

bool IsComma(const Article& a, size_t i) { return a.IsPunct(i, ",") || a.IsPunct(i, "\u060c"); }

// "مايو 4-6", "أيار 4 و5 2019": a month name, then its first and last days.
bool ParseMonthThenDays(const Article& a, size_t i, DateParts* left, DateParts* right) {
  auto month = ParseMonthName(a, i);
  if (!month || month->hijri) return false;
  const size_t k = month->end;
  const int d1 = a.Number(k);
  const Hit* to = d1 >= 1 && d1 <= 31 && a.Digits(k) <= 2 ? a.FindWord(k + 1, Role::kRangeTo) : nullptr;
  if (to == nullptr || a.Digits(to->end) > 2 || a.Number(to->end) <= d1 || a.Number(to->end) > 31) return false;
  left->month = right->month = month->month;
  left->day = d1, right->day = a.Number(to->end);
  left->first = right->first = static_cast<uint32_t>(i);
  left->end = static_cast<uint32_t>(k + 1);
  right->end = to->end + 1;
  const size_t y = IsComma(a, right->end) ? right->end + 1 : right->end;
  if (auto year = ParseYearNumber(a, y, true); year && !year->hijri) right->year = year->year, right->end = year->end;
  return true;
}

// Both ends of "من 13 إلى 15 تموز", "بين 2014 و2016", "من الرابع وحتى السابع من حزيران".
bool ParseEnds(const Article& a, size_t k, bool starter, bool days_word, DateParts* left, DateParts* right) {
  auto l = ParseRangeEnd(a, k, true);
  if (!l) return false;
  const Hit* to = a.FindWord(l->end, Role::kRangeTo);
  // "و" glued to the next end: "بين الأول والثالث من تموز", "بين أيار وتموز".
  const bool glued_and = to == nullptr && l->end < a.size() && a.BeginCp(l->end) != a.token(l->end).begin &&
                         a.token(l->end).text.rfind("\u0648", 0) == 0;
  if (to == nullptr && !glued_and) return false;
  // A dash, "إلى" or "حتى" make a range; "و" only after "بين"/"يومي" or after a bare
  // day ("9 و10 يناير"): "في 2014 و2016" names two years. "و حتى" is one word.
  bool is_and = glued_and || a.IsText(to->end - 1, "\u0648");
  size_t j = glued_and ? l->end : to->end;
  if (const Hit* then = is_and && !glued_and ? a.FindWord(j, Role::kRangeTo) : nullptr) j = then->end, is_and = false;
  // "أيام 10 و11 و12 يناير": days listed in between belong to the range.
  while (!ParseExplicitDate(a, j)) {
    auto day = ParseDayNumber(a, j);
    const Hit* more = day && l->day != 0 ? a.FindWord(day->end, Role::kRangeTo) : nullptr;
    if (more == nullptr) break;
    j = more->end;
  }
  auto r = ParseRangeEnd(a, j, false);
  if (!r || !Compatible(*l, *r) || r->hijri != l->hijri) return false;
  // A day written as an ordinal word ends a range only with another ("الرابع وحتى السابع من").
  if (l->month == 0 && l->day != 0 && a.Has(k, Kind::kOrdinal) && !a.Has(j, Kind::kOrdinal)) return false;
  const bool year_word = a.HasWord(k, Role::kYearWord);
  const bool bare_day = l->day != 0 && l->month == 0;  // "9 و10 يناير", not "5 أيار و6 حزيران"
  if (is_and && !starter && !days_word && !bare_day && !year_word) return false;
  *left = *l, *right = *r;
  return true;
}

}  // namespace

std::optional<Candidate> MatchRange(const Article& a, size_t i) {
  size_t k = i;
  const Hit* starter = a.FindWord(k, Role::kRangeFrom);
  if (starter == nullptr) starter = a.FindWord(k, Role::kRangeBetween);
  if (starter != nullptr) k = starter->end;
  const size_t first = k;
  const bool days_word = a.HasWord(k, Role::kDaysWord);
  if (days_word) k = a.FindWord(k, Role::kDaysWord)->end;
  DateParts left, right;
  if (!ParseMonthThenDays(a, k, &left, &right) && !ParseEnds(a, k, starter != nullptr, days_word, &left, &right)) {
    return std::nullopt;
  }
  // The left end takes what it lacks from the right one.
  if (left.month == 0 && right.month != 0) left.month = right.month;
  if (left.year == 0 && right.year != 0) {
    left.year = right.year - (left.month > right.month ? 1 : 0);
  }
  right.first = left.first = static_cast<uint32_t>(first);
  // Days of one month without a year: the year of all of them ("من 20 إلى 22 آب").
  const bool chosen = right.year == 0 && !right.hijri && right.day != 0 && left.month == right.month;
  if (chosen) {
    DateParts span = right;
    span.day = 0, span.weekday = 0, span.span_first = left.day, span.span_last = right.day;
    right.year = left.year = YearOf(a, span, first);
  }
  auto r = ResolveDate(a, right);
  if (!r) return std::nullopt;
  if (left.year == 0 && r->as_anchor) {
    left.year = r->as_anchor->year - (left.month > right.month ? 1 : 0);
  }
  auto l = ResolveDate(a, left);
  if (!l || l->value.find('X') != std::string::npos || l->value >= r->value) return std::nullopt;
  Candidate c = a.Make(first, right.end, l->value + "/" + r->value);
  c.anchor = chosen && right.year != 0 ? "document" : r->anchor;
  c.as_anchor = l->as_anchor;
  return c;
}

}  // namespace tarikh::temporal
