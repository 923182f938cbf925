// Periods longer than a month: seasons ("ربيع 2014"), decades
// ("الثمانينيات"), centuries ("القرن الحادي والعشرين"), quarters and halves
// ("الربع الأول من 2022") and parts of a period ("مطلع 2014", "أواخر الشهر").
#include <cstdio>

#include "temporal/matchers.h"

namespace tarikh::temporal {
namespace {

// A year as a season or quarter takes it: "2014", "عام 2014", "العام الماضي",
// "هذا العام", and, when `allow_bare`, "العام" (this year).
struct YearRef {
  int year = 0;  // 0: the document has no year to resolve against
  uint32_t end = 0;
  bool relative = false;
};

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

// "مطلع 2014", "منتصف يناير", "أواخر الشهر الماضي", "نهاية العام": the value of
// the period (TIMEX3 would add mod="START"/"MID"/"END").
std::optional<Candidate> MatchPartOf(const Article& a, size_t i) {
  const Hit* part = a.Find(i, Kind::kPart);
  if (part == nullptr) return std::nullopt;
  size_t k = part->end;
  std::optional<Candidate> inner;
  for (auto* m : {MatchExplicitDate, MatchYear, MatchRelativePeriod, MatchSeason, MatchDecadeOrCentury}) {
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
  }
  inner->first = static_cast<uint32_t>(i);
  inner->begin_cp = a.BeginCp(i);
  return inner;
}

}  // namespace tarikh::temporal
