// Ranges: "يومي 9 و10 كانون الثاني/يناير", "من 13 إلى 15 تموز", "13-15 تموز",
// "من 28 فبراير إلى 2 مارس 2022", "بين عامي 2014 و2016", "من يناير إلى مارس".
// The value is "start/end" at the precision of the end the text gives fully.
#include "temporal/matchers.h"

namespace tarikh::temporal {
namespace {

// One end of a range: a date, or just a day number or a year the other end completes.
std::optional<DateParts> ParseRangeEnd(const Article& a, size_t i, bool left) {
  if (auto p = ParseExplicitDate(a, i)) return p;
  DateParts p;
  p.first = static_cast<uint32_t>(i);
  if (left) {
    if (auto d = ParseDayNumber(a, i); d && !a.Has(i, Kind::kOrdinal)) {
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

}  // namespace

std::optional<Candidate> MatchRange(const Article& a, size_t i) {
  size_t k = i;
  const Hit* starter = a.FindWord(k, Role::kRangeFrom);
  if (starter == nullptr) starter = a.FindWord(k, Role::kRangeBetween);
  if (starter != nullptr) k = starter->end;
  const size_t first = k;
  const bool days_word = a.HasWord(k, Role::kDaysWord);
  if (days_word) k = a.FindWord(k, Role::kDaysWord)->end;
  auto left = ParseRangeEnd(a, k, true);
  if (!left) return std::nullopt;
  const Hit* to = a.FindWord(left->end, Role::kRangeTo);
  if (to == nullptr) return std::nullopt;
  // "أيام 10 و11 و12 يناير": days listed in between belong to the range.
  size_t j = to->end;
  while (!ParseExplicitDate(a, j)) {
    auto day = ParseDayNumber(a, j);
    const Hit* more = day && left->day != 0 ? a.FindWord(day->end, Role::kRangeTo) : nullptr;
    if (more == nullptr) break;
    j = more->end;
  }
  auto right = ParseRangeEnd(a, j, false);
  if (!right || !Compatible(*left, *right) || right->hijri != left->hijri) return std::nullopt;
  // A dash, "إلى" or "حتى" make a range; "و" only after "بين"/"يومي" or between two days
  // ("9 و10 يناير"): "في 2014 و2016" names two years.
  const bool is_and = a.IsText(to->end - 1, "\u0648");
  const bool year_word = a.HasWord(k, Role::kYearWord);
  if (is_and && starter == nullptr && !days_word && left->day == 0 && !year_word) return std::nullopt;
  // The left end takes what it lacks from the right one.
  if (left->month == 0 && right->month != 0) left->month = right->month;
  if (left->year == 0 && right->year != 0) {
    left->year = right->year - (left->month > right->month ? 1 : 0);
  }
  right->first = left->first = static_cast<uint32_t>(first);
  auto r = ResolveDate(a, *right);
  if (!r) return std::nullopt;
  if (left->year == 0 && r->as_anchor) {
    left->year = r->as_anchor->year - (left->month > right->month ? 1 : 0);
  }
  auto l = ResolveDate(a, *left);
  if (!l || l->value.find('X') != std::string::npos || l->value >= r->value) return std::nullopt;
  Candidate c = a.Make(first, right->end, l->value + "/" + r->value);
  c.anchor = r->anchor;
  c.as_anchor = l->as_anchor;
  return c;
}

}  // namespace tarikh::temporal
