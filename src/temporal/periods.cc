// Periods longer than a month: seasons ("ربيع 2014"), decades
// ("الثمانينيات"), centuries ("القرن الحادي والعشرين"), quarters and halves
// ("الربع الأول من 2022") and parts of a period ("مطلع 2014", "أواخر الشهر").
#include <cstdio>

#include "temporal/matchers.h"

namespace tarikh::temporal {
namespace {

std::string TwoDigits(int n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

// The century after "القرن": "العشرين" 19, "الحادي والعشرين" 20, "الـ21" 20,
// "الماضي" (relative); -1 if none. `end` is set past it.
int ParseCentury(const Article& a, size_t k, uint32_t* end, bool* relative) {
  *relative = false;
  if (const Hit* o = a.Find(k, Kind::kOrdinal); o != nullptr && o->lexeme->a >= 1) {
    *end = o->end;
    return o->lexeme->a - 1;
  }
  size_t n = k;
  if (a.token(n).kind == TokenKind::kClitic) ++n;
  if (a.Number(n) >= 1 && a.Number(n) <= 30) {
    *end = static_cast<uint32_t>(n + 1);
    return a.Number(n) - 1;
  }
  if (const Hit* m = a.Find(k, Kind::kModifier); m != nullptr && m->lexeme->b == 0 &&
                                                 a.doc().precision != Precision::kNone) {
    *end = m->end;
    *relative = true;
    return a.doc().year / 100 + m->lexeme->a;
  }
  return -1;
}

}  // namespace

std::optional<YearRef> ParseYearRef(const Article& a, size_t i, bool allow_bare) {
  if (auto y = ParseYearNumber(a, i, true); y && !y->hijri) return YearRef{y->year, y->end, false};
  size_t k = i;
  const bool this_one = a.HasWord(k, Role::kThis);
  if (this_one) k = a.FindWord(k, Role::kThis)->end;
  const Hit* p = a.Find(k, Kind::kPeriod);
  if (p == nullptr || p->lexeme->a != static_cast<int16_t>(Unit::kYear)) return std::nullopt;
  const Hit* m = a.Find(p->end, Kind::kModifier);
  if (m != nullptr && m->lexeme->b == 1) return std::nullopt;  // "العام نفسه": left to the reference matchers
  if (m == nullptr && !this_one && !allow_bare) return std::nullopt;
  const int n = m != nullptr ? m->lexeme->a : 0;
  const int year = a.doc().precision == Precision::kNone ? 0 : a.doc().year + n;
  return YearRef{year, m != nullptr ? m->end : p->end, true};
}

void PartOfMonthDays(Part part, int* first, int* last) {
  switch (part) {
    case Part::kStart: *first = 1, *last = 10; return;
    case Part::kMid: *first = 11, *last = 20; return;
    case Part::kEnd: break;
  }
  *first = 21, *last = 0;
}

const char* PartName(Part part) {
  switch (part) {
    case Part::kStart: return "START";
    case Part::kMid: return "MID";
    case Part::kEnd: break;
  }
  return "END";
}

std::optional<Candidate> MatchSeason(const Article& a, size_t i) {
  size_t k = i;
  const bool this_one = a.HasWord(k, Role::kThis);
  if (this_one) k = a.FindWord(k, Role::kThis)->end;
  const Hit* s = a.Find(k, Kind::kSeason);
  if (s == nullptr || a.Blocked(k)) return std::nullopt;
  const Season season = static_cast<Season>(s->lexeme->a);
  k = s->end;
  size_t y = a.HasWord(k, Role::kOf) ? k + 1 : k;
  if (auto ref = ParseYearRef(a, y, false); ref && !this_one) {
    Candidate c = a.Make(i, ref->end, ref->year == 0 ? "XXXX-" + std::string(SeasonCode(season))
                                                     : FormatYear(ref->year) + "-" + SeasonCode(season));
    if (ref->relative) c.anchor = ref->year == 0 ? "unanchored" : "document";
    return c;
  }
  const Hit* m = a.Find(k, Kind::kModifier);
  if (!this_one && (m == nullptr || m->lexeme->b != 0)) return std::nullopt;  // "الربيع" alone
  Resolved r = ResolveSeason(a.doc(), season, this_one ? 0 : m->lexeme->a);
  Candidate c = a.Make(i, this_one ? k : m->end, r.value);
  c.anchor = a.doc().precision == Precision::kNone ? "unanchored" : "document";
  return c;
}

// "الثمانينيات" 198, "ثمانينيات القرن الماضي" 198, "القرن العشرين" 19, "القرن الماضي".
std::optional<Candidate> MatchDecadeOrCentury(const Article& a, size_t i) {
  uint32_t end = 0;
  bool relative = false;
  if (const Hit* d = a.Find(i, Kind::kDecade)) {
    int century = 19;
    end = d->end;
    if (const Hit* w = a.FindWord(end, Role::kCentury)) {
      uint32_t cend = 0;
      int c = ParseCentury(a, w->end, &cend, &relative);
      if (c >= 0) century = c, end = cend;
    }
    Candidate c = a.Make(i, end, std::to_string(century * 10 + d->lexeme->a));
    if (relative) c.anchor = "document";
    return c;
  }
  const Hit* w = a.FindWord(i, Role::kCentury);
  if (w == nullptr) return std::nullopt;
  const int century = ParseCentury(a, w->end, &end, &relative);
  if (century < 0) return std::nullopt;
  Candidate c = a.Make(i, end, TwoDigits(century));
  if (relative) c.anchor = "document";
  return c;
}

// "الربع الأول من عام 2022" 2022-Q1, "النصف الثاني من العام الماضي" 2021-H2.
std::optional<Candidate> MatchQuarter(const Article& a, size_t i) {
  const Hit* q = a.FindWord(i, Role::kQuarter);
  if (q == nullptr) return std::nullopt;
  const Hit* o = a.Find(q->end, Kind::kOrdinal);
  const bool half = q->lexeme->text == "H";
  if (o == nullptr && !half) {  // "الربع المقبل", "الربع الحالي": relative to the document's quarter
    const Hit* m = a.Find(q->end, Kind::kModifier);
    if (m == nullptr || m->lexeme->b != 0) return std::nullopt;
    const Resolved r = ResolveUnitOffset(a.doc(), Unit::kQuarter, m->lexeme->a);
    Candidate c = a.Make(i, m->end, r.value);
    c.anchor = a.doc().precision == Precision::kNone ? "unanchored" : "document";
    return c;
  }
  const int count = half ? 2 : 4;
  if (o == nullptr || o->lexeme->a == 0 || o->lexeme->a > count) return std::nullopt;
  const int n = o->lexeme->a < 0 ? count : o->lexeme->a;
  size_t k = a.HasWord(o->end, Role::kOf) ? o->end + 1 : o->end;
  auto ref = ParseYearRef(a, k, true);
  if (!ref) return std::nullopt;
  const std::string suffix = (half ? "-H" : "-Q") + std::to_string(n);
  Candidate c = a.Make(i, ref->end, (ref->year == 0 ? std::string("XXXX") : FormatYear(ref->year)) + suffix);
  if (ref->relative) c.anchor = ref->year == 0 ? "unanchored" : "document";
  return c;
}

namespace {

// "مطلع أيار", "أواخر شهر تموز 2019": days of a named month; "أول أيار" its first day.
std::optional<Candidate> PartOfNamedMonth(const Article& a, size_t i, const Lexeme& part, size_t k) {
  std::optional<DateParts> p = ParseExplicitDate(a, k);
  if (!p || p->month == 0 || p->day != 0 || p->weekday != 0) return std::nullopt;
  if (part.b == 1) {
    p->day = 1;
  } else {
    PartOfMonthDays(static_cast<Part>(part.a), &p->span_first, &p->span_last);
    p->mod = PartName(static_cast<Part>(part.a));
  }
  p->first = static_cast<uint32_t>(i);
  return ResolveDate(a, *p);
}

// A month resolved relative to the document ("أواخر الشهر الماضي") as its days.
void ToPartOfMonth(const Lexeme& part, Candidate* c) {
  const Anchor& m = *c->as_anchor;
  int first = 1, last = 1;
  if (part.b != 1) PartOfMonthDays(static_cast<Part>(part.a), &first, &last);
  const int days = DaysInMonth(m.year, m.month);
  const int end = part.b == 1 ? 1 : last == 0 ? days : last;
  const Date from = *MakeDate(m.year, m.month, first), to = *MakeDate(m.year, m.month, end);
  c->value = part.b == 1 ? FormatDay(from) : FormatDay(from) + "/" + FormatDay(to);
  if (part.b == 1) c->as_anchor = Anchor::OfDay(from);
}

}  // namespace

// "مطلع 2014", "منتصف يناير", "أواخر الشهر الماضي", "نهاية العام": a part of a
// month is a range of its days (PartOfMonthDays), a part of anything else the
// period's value; both with the TIMEX3 mod START, MID or END.
std::optional<Candidate> MatchPartOf(const Article& a, size_t i) {
  // "عطلة نهاية الأسبوع": the weekend of that week.
  const Hit* weekend = a.FindWord(i, Role::kWeekend);
  const Hit* part = a.Find(weekend != nullptr ? weekend->end : i, Kind::kPart);
  if (part == nullptr) return std::nullopt;
  const Lexeme& lexeme = *part->lexeme;
  size_t k = part->end;
  std::optional<Candidate> inner = PartOfNamedMonth(a, i, lexeme, k);
  for (auto* m : {MatchYear, MatchRelativePeriod, MatchSeason, MatchDecadeOrCentury}) {
    auto c = m(a, k);
    if (c && (!inner || c->end > inner->end)) inner = std::move(c);
  }
  if (!inner) {
    // "نهاية العام", "منتصف الشهر": the current one.
    const Hit* p = a.Find(k, Kind::kPeriod);
    if (p == nullptr || p->lexeme->a > static_cast<int16_t>(Unit::kYear)) return std::nullopt;
    Resolved r = ResolveUnitOffset(a.doc(), static_cast<Unit>(p->lexeme->a), 0);
    inner = a.Make(k, p->end, r.value);
    inner->anchor = a.doc().precision == Precision::kNone ? "unanchored" : "document";
    if (r.as_anchor.precision != Precision::kNone) inner->as_anchor = r.as_anchor;
  }
  if (inner->first == k) {  // not a named month: a relative period or a year
    const bool month = inner->value.size() == 7 && inner->as_anchor && inner->as_anchor->precision == Precision::kMonth;
    if (month) ToPartOfMonth(lexeme, &*inner);
    if (!month || lexeme.b != 1) inner->mod = PartName(static_cast<Part>(lexeme.a));
  }
  if (weekend != nullptr) {
    const bool week = inner->value.size() == 8 && inner->value.compare(4, 2, "-W") == 0;
    if (!week || lexeme.a != static_cast<int16_t>(Part::kEnd)) return std::nullopt;
    inner->value += "-WE";
    inner->mod = "";
  }
  inner->first = static_cast<uint32_t>(i);
  inner->begin_cp = a.BeginCp(i);
  return inner;
}

}  // namespace tarikh::temporal
