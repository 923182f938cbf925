// Days and weeks counted within a month or a year: the n-th or last weekday
// ("ثاني خميس من نيسان 2016", "الجمعة الأخيرة من الشهر"), the n-th or last day
// ("اليوم الأخير من أيار", "أول يوم في السنة") and the n-th or last week ("الأسبوع
// الأول من تموز" → an ISO week).
#include "temporal/matchers.h"

namespace tarikh::temporal {
namespace {

enum class Counted { kWeekday, kDay, kWeek };

struct Count {
  Counted what = Counted::kDay;
  int weekday = 0;  // of kWeekday
  int n = 0;        // 1, 2, ... or -1 for the last
  uint32_t end = 0;
};

bool IsWeek(const Hit* h, Kind kind) {
  return h != nullptr && h->lexeme->kind == kind && h->lexeme->a == static_cast<int16_t>(Unit::kWeek) &&
         (kind == Kind::kPeriod || h->lexeme->b == 1);
}

// "ثاني خميس", "آخر يوم", "أول أسبوع": an ordinal before what it counts.
std::optional<Count> ParseOrdinalFirst(const Article& a, size_t i) {
  const Hit* o = a.Find(i, Kind::kOrdinal);
  if (o == nullptr || o->lexeme->a == 0) return std::nullopt;
  const size_t k = o->end;
  Count c;
  c.n = o->lexeme->a;
  if (const Hit* w = a.Find(k, Kind::kBareWeekday)) {
    c.what = Counted::kWeekday, c.weekday = w->lexeme->a, c.end = w->end;
  } else if (const Hit* d = a.FindWord(k, Role::kDayWord)) {
    c.what = Counted::kDay, c.end = d->end;
  } else if (const Hit* u = a.Find(k, Kind::kUnit); IsWeek(u, Kind::kUnit)) {
    c.what = Counted::kWeek, c.end = u->end;
  } else {
    return std::nullopt;
  }
  return c;
}

// "الخميس الثاني", "اليوم الأخير", "الأسبوع الأول": what it counts, then the ordinal.
std::optional<Count> ParseOrdinalAfter(const Article& a, size_t i) {
  size_t k = i;
  if (const Hit* d = a.FindWord(k, Role::kDayWord)) k = d->end;  // "يوم الجمعة الأخيرة"
  Count c;
  if (const Hit* w = a.Find(k, Kind::kWeekday)) {
    c.what = Counted::kWeekday, c.weekday = w->lexeme->a, k = w->end;
  } else if (const Hit* d = a.Find(k, Kind::kRelativeDay);
             k == i && d != nullptr && d->lexeme->a == 0 && d->end == k + 1 && d->lexeme->text.empty()) {
    c.what = Counted::kDay, k = d->end;  // "اليوم"
  } else if (const Hit* p = a.Find(k, Kind::kPeriod); k == i && IsWeek(p, Kind::kPeriod)) {
    c.what = Counted::kWeek, k = p->end;
  } else {
    return std::nullopt;
  }
  const Hit* o = a.Find(k, Kind::kOrdinal);
  if (o == nullptr || o->lexeme->a == 0) return std::nullopt;
  c.n = o->lexeme->a;
  c.end = o->end;
  return c;
}

// The days the count may fall on within a month, for choosing its year.
void SpanOf(const Count& c, int* first, int* last) {
  if (c.what == Counted::kDay) {
    *first = *last = c.n > 0 ? c.n : 28;
  } else if (c.n > 0) {
    *first = 7 * (c.n - 1) + 1, *last = 7 * c.n;
  } else {
    *first = 22, *last = 0;
  }
}

// The n-th (or last) ISO weekday `wd` of the days [first, last]; nullopt past them.
std::optional<Date> NthWeekday(Date first, Date last, int wd, int n) {
  if (n < 0) return WeekdayOnOrBefore(last, wd, true);
  auto nth = AddDays(WeekdayOnOrAfter(first, wd, true), 7 * (n - 1));
  if (!nth || *nth > last) return std::nullopt;
  return nth;
}

// The value of the count within the days [first, last] of a month or a year.
std::optional<std::string> CountValue(const Count& c, Date first, Date last) {
  if (c.what == Counted::kDay) {
    auto d = c.n < 0 ? std::optional<Date>(last) : AddDays(first, c.n - 1);
    if (!d || *d > last) return std::nullopt;
    return FormatDay(*d);
  }
  if (c.n > 5 && (last - first).days() < 40) return std::nullopt;  // no sixth Friday in a month
  // A week of a month is the ISO week holding its n-th Thursday, as ISO counts
  // the weeks of a year (week 1 holds the year's first Thursday).
  auto d = NthWeekday(first, last, c.what == Counted::kWeek ? 4 : c.weekday, c.n);
  if (!d) return std::nullopt;
  return c.what == Counted::kWeek ? FormatWeek(*d) : FormatDay(*d);
}

std::optional<std::string> CountInMonth(const Count& c, int year, int month) {
  auto first = MakeDate(year, month, 1), last = MakeDate(year, month, DaysInMonth(year, month));
  if (!first || !last) return std::nullopt;
  return CountValue(c, *first, *last);
}

// "الخميس الثاني من أكتوبر" is Thursday 2 October when 2 October is a Thursday.
bool ReadsAsDate(const Count& c, bool weekday_first, int year, int month) {
  if (!weekday_first || c.what != Counted::kWeekday || c.n < 1) return false;
  auto d = MakeDate(year, month, c.n);
  return d && IsoWeekday(*d) == c.weekday;
}

}  // namespace

std::optional<Candidate> MatchCountedInMonth(const Article& a, size_t i) {
  std::optional<Count> c = ParseOrdinalFirst(a, i);
  const bool weekday_first = !c;
  if (!c) c = ParseOrdinalAfter(a, i);
  if (!c || c->n > 31) return std::nullopt;
  const Hit* within = a.FindWord(c->end, Role::kWithin);  // "من", "في"
  if (within == nullptr) return std::nullopt;
  const size_t k = within->end;
  Candidate out = a.Make(i, k, "");
  std::optional<std::string> value;
  int year = 0, month = 0;
  std::optional<DateParts> p = ParseExplicitDate(a, k);
  const Hit* word = a.FindWord(k, Role::kMonthWord);
  if (auto hijri = p ? std::nullopt : ParseMonthName(a, word != nullptr ? word->end : k); hijri && hijri->hijri) {
    p = DateParts{};  // "الجمعة الأخيرة من رمضان": a Hijri month alone is the nearest one
    p->month = hijri->month, p->hijri = true, p->end = hijri->end;
  }
  if (p && p->month != 0 && p->day == 0) {
    // "من نيسان 2016", "في كانون الأول", "من شهر أيار المقبل", "من رمضان"
    p->first = static_cast<uint32_t>(i);
    out.end = p->end;
    if (p->hijri) {
      auto days = HijriMonthDays(a, *p);
      if (!days) return std::nullopt;
      value = CountValue(*c, days->first, days->last);
    } else {
      SpanOf(*c, &p->span_first, &p->span_last);
      year = p->year != 0 ? p->year : YearOf(a, *p, i);
      month = p->month;
    }
    if (p->year == 0) out.anchor = "document";
  } else if (std::optional<YearRef> y = ParseYearRef(a, k, true)) {
    // "أول يوم من العام", "الأسبوع الأخير من عام 2019"
    if (y->relative) out.anchor = "document";
    auto first = MakeDate(y->year, 1, 1), last = MakeDate(y->year, 12, 31);
    if (first && last) value = CountValue(*c, *first, *last);
    out.end = y->end;
  } else if (std::optional<Candidate> m = MatchRelativePeriod(a, k);
             m && m->as_anchor && m->as_anchor->precision == Precision::kMonth) {
    // "من الشهر المقبل", "من هذا الشهر"
    out.anchor = m->anchor;
    year = m->as_anchor->year, month = m->as_anchor->month;
    out.end = m->end;
  } else if (const Hit* period = a.Find(k, Kind::kPeriod);
             period != nullptr && period->lexeme->a == static_cast<int16_t>(Unit::kMonth) &&
             a.doc().precision >= Precision::kMonth) {
    // "من الشهر": the current one
    out.anchor = "document";
    year = a.doc().year, month = a.doc().month;
    out.end = period->end;
  }
  if (month != 0) {
    if (year == 0 || ReadsAsDate(*c, weekday_first, year, month)) return std::nullopt;
    value = CountInMonth(*c, year, month);
  }
  if (!value) return std::nullopt;
  out.value = std::move(*value);
  out.end_cp = a.EndCp(out.end);
  if (auto d = out.value.size() == 10 ? Anchor::Parse(out.value) : Anchor(); d.has_day()) out.as_anchor = d;
  return out;
}

}  // namespace tarikh::temporal
