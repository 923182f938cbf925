// Explicit calendar dates: a day, month and year as written, in every month
// family, in numbers, in Hijri, in English.
#include <cstdlib>

#include "temporal/matchers.h"

namespace tarikh::temporal {
namespace {

bool IsComma(const Article& a, size_t i) { return a.IsPunct(i, ",") || a.IsPunct(i, "\u060c"); }

// Token i is stuck to a neighbour by a dash, slash or dot ("الناتو-2030", "4-41",
// "10.2014"), so it is part of a name, a code or a number rather than a year. Only
// a dash to another 4-digit number is fine: "2014-2016" is a range.
bool GluedToNeighbour(const Article& a, size_t i) {
  auto stuck = [&](size_t mark, size_t other) {
    // `2015)،` is a year between marks; `5/2019`, `2014-15` glue it to another number or word.
    if (a.token(mark).kind != TokenKind::kPunct || a.token(other).kind == TokenKind::kPunct) return false;
    return a.token(other).kind != TokenKind::kNumber || a.token(mark).text != "-" || a.Digits(other) != 4;
  };
  if (i >= 2 && a.Glued(i) && a.Glued(i - 1) && stuck(i - 1, i - 2)) return true;
  return i + 2 < a.size() && a.Glued(i + 1) && a.Glued(i + 2) && stuck(i + 1, i + 2);
}

bool SameMonth(const Lexeme& x, const Lexeme& y) {
  return x.a == y.a && (x.b & kHijri) == (y.b & kHijri);
}

// A weekday written before a date: "الأربعاء 12 يناير", "يوم الأحد الموافق 9 يناير".
size_t SkipWeekday(const Article& a, size_t i, int* weekday) {
  size_t k = i;
  if (const Hit* d = a.FindWord(k, Role::kDayWord)) k = d->end;
  const Hit* w = a.Find(k, Kind::kWeekday);
  if (w == nullptr) return i;
  *weekday = w->lexeme->a;
  k = w->end;
  if (IsComma(a, k)) ++k;
  if (const Hit* c = a.FindWord(k, Role::kCorresponding)) k = c->end;
  return k;
}

// D/M or M/D for "12/1/2022": the reading the weekday confirms, else the one
// near the document date, else the Arabic default D/M.
bool PreferMonthFirst(const Article& a, int x, int y, int year, int weekday) {
  auto dm = MakeDate(year, y, x), md = MakeDate(year, x, y);
  if (!md) return false;
  if (!dm) return true;
  if (weekday != 0) return IsoWeekday(*md) == weekday && IsoWeekday(*dm) != weekday;
  auto doc = a.doc().day_date();
  if (!doc) return false;
  auto near = [&](Date d) { return std::abs(static_cast<int>((d - *doc).days())) <= 7; };
  return near(*md) && !near(*dm);
}

// "12/1/2022", "2022-01-12", "12.1.2022": three glued numbers, the same separator twice.
std::optional<DateParts> ParseNumericDate(const Article& a, size_t i, int weekday) {
  if (a.Number(i) < 0 || (a.Glued(i) && a.token(i - 1).kind != TokenKind::kArabic)) return std::nullopt;
  const std::string& sep = a.token(i + 1).text;
  if (i + 4 >= a.size() || (sep != "/" && sep != "-" && sep != ".") || !a.IsPunct(i + 3, sep)) return std::nullopt;
  for (size_t k = i + 1; k <= i + 4; ++k) {
    if (!a.Glued(k)) return std::nullopt;
  }
  // More digits glued on ("1/2/2022/3", "1-2-2022-5") make a code, not a date; a
  // comma or a bracket after it does not ("2023/5/6،").
  if (a.Glued(i + 5) && (a.token(i + 5).kind == TokenKind::kNumber ||
                         (a.token(i + 5).text == sep && a.Glued(i + 6) && a.token(i + 6).kind == TokenKind::kNumber))) {
    return std::nullopt;
  }
  const int n1 = a.Number(i), n2 = a.Number(i + 2), n3 = a.Number(i + 4);
  if (n2 < 0 || n3 < 0 || a.Digits(i + 2) > 2) return std::nullopt;
  DateParts p;
  if (a.Digits(i) == 4 && a.Digits(i + 4) <= 2) {
    p.year = n1, p.month = n2, p.day = n3;
  } else if (a.Digits(i + 4) == 4 && a.Digits(i) <= 2) {
    const bool month_first = n2 > 12 || (n1 <= 12 && PreferMonthFirst(a, n1, n2, n3, weekday));
    p.year = n3, p.month = month_first ? n1 : n2, p.day = month_first ? n2 : n1;
    p.order_ambiguous = n1 != n2 && n1 <= 12 && n2 <= 12;
  } else {
    return std::nullopt;
  }
  if (p.year < 1800 || p.year > 2100 || !MakeDate(p.year, p.month, p.day)) return std::nullopt;
  p.end = static_cast<uint32_t>(i + 5);
  return p;
}

// Token i is glued to the number or mark before it ("1/5/2019" seen from its "5").
bool GluedAfterNumber(const Article& a, size_t i) {
  if (!a.Glued(i)) return false;
  const TokenKind before = a.token(i - 1).kind;
  return before == TokenKind::kNumber || (before == TokenKind::kPunct && a.Glued(i - 1) && i >= 2 &&
                                          a.token(i - 2).kind == TokenKind::kNumber);
}

// "رقم 5/2019", "القرار (12/2019)": a reference number, not a month.
bool AfterCodeWord(const Article& a, size_t i) {
  for (size_t back = 1; back <= 2 && back <= i; ++back) {
    if (a.HasWord(i - back, Role::kCodeWord)) return true;
    if (a.token(i - back).kind != TokenKind::kPunct) return false;
  }
  return false;
}

// "5/2019", "05-2019", "2019-05": a month and its year, glued by one mark. A year
// first only as ISO writes it, and not "2011-12" (a season: 2011 and 2012).
std::optional<DateParts> ParseNumericMonth(const Article& a, size_t i) {
  if (a.Number(i) < 0 || i + 2 >= a.size() || GluedAfterNumber(a, i) || AfterCodeWord(a, i)) return std::nullopt;
  const std::string& sep = a.token(i + 1).text;
  if ((sep != "/" && sep != "-" && sep != ".") || !a.IsPunct(i + 1, sep) || !a.Glued(i + 1) || !a.Glued(i + 2)) {
    return std::nullopt;
  }
  if (a.Glued(i + 3) && (a.token(i + 3).kind == TokenKind::kNumber ||
                         (a.IsPunct(i + 3, sep) && a.Glued(i + 4) && a.token(i + 4).kind == TokenKind::kNumber))) {
    return std::nullopt;  // "5/2019/3", "5-2019-12": a code or a full date
  }
  DateParts p;
  if (a.Digits(i) <= 2 && a.Digits(i + 2) == 4) {
    p.month = a.Number(i), p.year = a.Number(i + 2);
  } else if (a.Digits(i) == 4 && a.Digits(i + 2) == 2 && sep == "-" && a.Number(i + 2) != (a.Number(i) + 1) % 100) {
    p.year = a.Number(i), p.month = a.Number(i + 2);
  } else {
    return std::nullopt;
  }
  if (p.month < 1 || p.month > 12 || p.year < 1900 || p.year > 2100) return std::nullopt;
  p.end = static_cast<uint32_t>(i + 3);
  return p;
}

// "الـ12 من الشهر الجاري", "العاشر من الشهر الماضي": a day of a month named relative
// to the document date.
// A modifier after a month (its day or its part): المقبل / الماضي pick the first
// after or the last before the document date; الجاري / الحالي name the
// document's own month, whatever the clause's tense ("التقيا في 21 يناير
// الجاري" in a January article is this January, not last year's).
void ApplyModifier(const Article& a, const Hit& m, DateParts* p) {
  p->end = m.end;
  p->direction = m.lexeme->a;
  if (p->direction == 0 && !p->hijri && a.doc().precision >= Precision::kYear) {  // a Hijri month: the nearest
    p->year = a.doc().year;
    p->relative = true;
  }
}

std::optional<DateParts> ParseDayOfRelativeMonth(const Article& a, DayNumber day, size_t k) {
  const bool this_one = a.HasWord(k, Role::kThis);  // "العاشر من هذا الشهر"
  if (this_one) k = a.FindWord(k, Role::kThis)->end;
  const Hit* period = a.Find(k, Kind::kPeriod);
  if (a.doc().precision < Precision::kMonth) return std::nullopt;
  if (period == nullptr && !this_one) {
    // "في 21 الجاري", "يوم 5 الحالي": news names the current month by its modifier alone.
    const Hit* current = a.Find(k, Kind::kModifier);
    if (current == nullptr || current->lexeme->a != 0 || current->lexeme->b != 0) return std::nullopt;
    DateParts p;
    p.year = a.doc().year, p.month = a.doc().month, p.day = day.day, p.end = current->end;
    p.relative = true;
    return p;
  }
  if (period == nullptr || period->lexeme->a != static_cast<int16_t>(Unit::kMonth)) return std::nullopt;
  // "الخامس من الشهر": the current one.
  const Hit* m = this_one ? nullptr : a.Find(period->end, Kind::kModifier);
  if (m != nullptr && m->lexeme->b != 0) return std::nullopt;
  const Anchor month = ResolveUnitOffset(a.doc(), Unit::kMonth, m == nullptr ? 0 : m->lexeme->a).as_anchor;
  DateParts p;
  p.year = month.year, p.month = month.month, p.day = day.day, p.end = m == nullptr ? period->end : m->end;
  p.relative = true;
  return p;
}

// "12 يناير 2022", "الثاني عشر من يناير", "12 من شهر يناير عام 2022".
std::optional<DateParts> ParseDayMonth(const Article& a, size_t i) {
  auto day = ParseDayNumber(a, i);
  if (!day) return std::nullopt;
  size_t k = day->end;
  const bool ordinal = a.Has(i, Kind::kOrdinal);
  // "09/ديسمبر/2019", "09-ديسمبر-2019": a month name between slashes or dashes, as timestamps write it.
  const bool slashed = !ordinal && (a.IsPunct(k, "/") || a.IsPunct(k, "-")) && a.Glued(k) && a.Glued(k + 1);
  if (slashed) {
    auto month = ParseMonthName(a, k + 1);
    if (!month || !a.IsPunct(month->end, a.token(k).text) || !a.Glued(month->end) || !a.Glued(month->end + 1)) {
      return std::nullopt;
    }
    const size_t y = month->end + 1;
    if (a.Digits(y) != 4 || a.Number(y) < 1000 || a.Number(y) > 2100) return std::nullopt;
    DateParts p;
    p.day = day->day, p.month = month->month, p.hijri = month->hijri;
    p.year = a.Number(y), p.end = static_cast<uint32_t>(y + 1);
    return p;
  }
  if (const Hit* of = a.FindWord(k, Role::kOf)) {
    k = of->end;
  } else if (ordinal) {
    return std::nullopt;  // "الثاني يناير" is not how a date is written
  }
  const Hit* word = a.FindWord(k, Role::kMonthWord);
  if (word != nullptr) k = word->end;
  auto month = ParseMonthRef(a, k, word != nullptr);
  if (!month) return ParseDayOfRelativeMonth(a, *day, k);
  DateParts p;
  p.day = day->day, p.month = month->month, p.hijri = month->hijri, p.end = month->end;
  size_t y = IsComma(a, p.end) ? p.end + 1 : p.end;
  if (auto year = ParseYearNumber(a, y, true)) {
    p.year = year->year, p.end = year->end;
    p.hijri = p.hijri || year->hijri;
  } else if (const Hit* m = a.Find(p.end, Kind::kModifier); m != nullptr && m->lexeme->b == 0) {
    ApplyModifier(a, *m, &p);  // "10 أيار المقبل", "21 يناير الجاري"
  }
  return p;
}

// "January 12, 2022".
std::optional<DateParts> ParseLatinMonthDay(const Article& a, size_t i) {
  auto month = ParseMonthName(a, i);
  if (!month || !month->latin) return std::nullopt;
  size_t k = month->end;
  if (a.IsPunct(k, ".")) ++k;  // "Jan. 12"
  const int day = a.Number(k);
  if (day < 1 || day > 31 || a.Digits(k) > 2) return std::nullopt;
  DateParts p;
  p.day = day, p.month = month->month, p.end = static_cast<uint32_t>(k + 1);
  size_t y = IsComma(a, p.end) ? p.end + 1 : p.end;
  if (auto year = ParseYearNumber(a, y, false)) p.year = year->year, p.end = year->end;
  return p;
}

// A part word ("أواخر", "العشر الأواخر من") ends just before token i.
bool AfterPart(const Article& a, size_t i) {
  for (size_t back = 1; back <= 4 && back <= i; ++back) {
    const Hit* h = a.Find(i - back, Kind::kPart);
    if (h != nullptr && h->end == i) return true;
  }
  return false;
}

// "فبراير 2022", "شهر تموز/يوليو", "يناير الماضي", "يناير من العام المقبل", "شهر 5", "الشهر الخامس".
std::optional<DateParts> ParseMonthYear(const Article& a, size_t i) {
  size_t k = i;
  const Hit* word = a.FindWord(k, Role::kMonthWord);
  if (word != nullptr) k = word->end;
  auto month = ParseMonthRef(a, k, word != nullptr);
  if (!month) return std::nullopt;
  DateParts p;
  p.month = month->month, p.hijri = month->hijri, p.end = month->end;
  size_t y = IsComma(a, p.end) ? p.end + 1 : p.end;
  if (auto year = ParseYearNumber(a, y, true)) {
    p.year = year->year, p.end = year->end;
    p.hijri = p.hijri || year->hijri;
    return p;
  }
  if (const Hit* m = a.Find(p.end, Kind::kModifier); m != nullptr && m->lexeme->b == 0) {
    ApplyModifier(a, *m, &p);
    return p;
  }
  // "يناير من العام الماضي", "يناير من هذا العام", "مايو من عام 2019"
  const bool of = a.HasWord(p.end, Role::kOf);
  size_t r = of ? p.end + 1 : p.end;
  if (auto year = of ? ParseYearNumber(a, r, true) : std::nullopt; year && !year->hijri) {
    p.year = year->year, p.end = year->end;
    return p;
  }
  const bool this_year = a.HasWord(r, Role::kThis);
  const Hit* period = a.Find(this_year ? r + 1 : r, Kind::kPeriod);
  if (period != nullptr && period->lexeme->a == static_cast<int16_t>(Unit::kYear)) {
    const Hit* m = a.Find(period->end, Kind::kModifier);
    if (this_year || (m != nullptr && m->lexeme->b == 0)) {
      Resolved y2 = ResolveUnitOffset(a.doc(), Unit::kYear, this_year ? 0 : m->lexeme->a);
      p.year = a.doc().precision == Precision::kNone ? 0 : y2.as_anchor.year;
      p.end = this_year ? period->end : m->end;
      return p;
    }
  }
  // "الشهر الخامس من الحرب" counts months of something else; "الشهر الأول" alone is one too.
  if (month->counted && (of || month->month == 1)) return std::nullopt;
  // A lone month name needs to be unambiguous (not آب، مارس، رجب ...) and not Latin
  // ("may"), and a Hijri month needs its year. After في، منذ، خلال … (`اتفقتا في
  // مارس`) or a part (`أواسط آب`, `العشر الأواخر من رمضان`) an ambiguous name is
  // the month: a verb or a noun does not stand there; after a part a Hijri month
  // is the nearest one.
  const bool after_part = AfterPart(a, i);
  const bool after_preposition = i > 0 && a.SameSentence(i - 1, i) && (a.HasWord(i - 1, Role::kYearSignal) || after_part);
  if ((p.hijri && !after_part) || month->latin || (month->ambiguous && word == nullptr && !after_preposition)) {
    return std::nullopt;
  }
  return p;
}

// "يوم 5 أيار", "اليوم الأول من تموز": the word for day before a day of a month;
// i when there is none.
size_t SkipDayWord(const Article& a, size_t i) {
  if (const Hit* d = a.FindWord(i, Role::kDayWord)) {
    return ParseDayNumber(a, d->end) ? d->end : i;
  }
  const Hit* today = a.Find(i, Kind::kRelativeDay);
  if (today == nullptr || today->lexeme->a != 0 || today->end != i + 1 || !today->lexeme->text.empty()) return i;
  const Hit* ord = a.Find(i + 1, Kind::kOrdinal);
  return ord != nullptr && ord->lexeme->a >= 1 ? i + 1 : i;
}

}  // namespace

std::optional<MonthName> ParseMonthName(const Article& a, size_t i) {
  const Hit* h = a.Find(i, Kind::kMonth);
  if (h == nullptr) return std::nullopt;
  MonthName m;
  m.month = h->lexeme->a;
  m.hijri = (h->lexeme->b & kHijri) != 0;
  m.ambiguous = (h->lexeme->b & kAmbiguous) != 0;
  m.latin = a.token(i).kind == TokenKind::kLatin;
  m.end = h->end;
  // Paired spellings: "كانون الثاني/يناير", "شباط - فبراير", "جانفي (يناير)".
  if (a.IsPunct(m.end, "/") || a.IsPunct(m.end, "-")) {
    const Hit* h2 = a.Find(m.end + 1, Kind::kMonth);
    if (h2 != nullptr && SameMonth(*h->lexeme, *h2->lexeme)) m.end = h2->end, m.ambiguous = false;
  } else if (a.IsPunct(m.end, "(")) {
    const Hit* h2 = a.Find(m.end + 1, Kind::kMonth);
    if (h2 != nullptr && SameMonth(*h->lexeme, *h2->lexeme) && a.IsPunct(h2->end, ")")) {
      m.end = h2->end + 1, m.ambiguous = false;
    }
  }
  return m;
}

std::optional<MonthName> ParseMonthRef(const Article& a, size_t i, bool after_month_word) {
  if (auto m = ParseMonthName(a, i)) return m;
  if (i >= a.size()) return std::nullopt;
  MonthName m;
  if (after_month_word) {
    // "شهر 5", "شهر سبعة"; not a count ("شهر 5 أيام") nor a code ("شهر 5-3").
    int n = 0;
    uint32_t end = 0;
    if (a.Digits(i) >= 1 && a.Digits(i) <= 2 && !(a.Glued(i + 1) && a.token(i + 1).kind == TokenKind::kPunct &&
                                                  a.Glued(i + 2) && a.token(i + 2).kind == TokenKind::kNumber)) {
      n = a.Number(i), end = static_cast<uint32_t>(i + 1);
    } else if (const Hit* c = a.Find(i, Kind::kCardinal); c != nullptr && c->lexeme->a >= 2) {
      n = c->lexeme->a, end = c->end;
    }
    // A unit after it makes a count, unless it is the year word of a year ("شهر 12 سنة 2020").
    if (n < 1 || n > 12 || (a.Has(end, Kind::kUnit) && !ParseYearNumber(a, end, true))) return std::nullopt;
    m.month = n, m.end = end;
    return m;
  }
  // "الشهر الخامس": the month counted in its year; not "للشهر الخامس على التوالي".
  const Hit* p = a.Find(i, Kind::kPeriod);
  if (p == nullptr || p->lexeme->a != static_cast<int16_t>(Unit::kMonth) || a.token(i).text.rfind("\u0644\u0644", 0) == 0) {
    return std::nullopt;  // لل
  }
  const Hit* o = a.Find(p->end, Kind::kOrdinal);
  if (o == nullptr || o->lexeme->a < 1 || o->lexeme->a > 12 || a.HasWord(o->end, Role::kConsecutive)) {
    return std::nullopt;
  }
  m.month = o->lexeme->a, m.end = o->end, m.counted = true;
  return m;
}

std::optional<DayNumber> ParseDayNumber(const Article& a, size_t i) {
  if (i >= a.size()) return std::nullopt;  // callers look past a match that may end the text
  size_t k = i;
  if (a.token(k).kind == TokenKind::kClitic && a.IsText(k, "\u0627\u0644")) ++k;  // "الـ12"
  const int n = a.Number(k);
  // A number glued by a dash or slash to a word is a code ("إف-16"); to a number
  // it may be a range ("13-15 تموز"), which needs the month that must follow anyway.
  const bool code = k >= 2 && a.Glued(k) && a.token(k - 1).kind == TokenKind::kPunct && a.Glued(k - 1) &&
                    a.token(k - 2).kind != TokenKind::kNumber;
  if (n >= 1 && n <= 31 && a.Digits(k) <= 2 && !code) {
    return DayNumber{n, static_cast<uint32_t>(k + 1)};
  }
  const Hit* ord = a.Find(i, Kind::kOrdinal);
  if (ord != nullptr && ord->lexeme->a >= 1 && ord->lexeme->a <= 31) {
    return DayNumber{ord->lexeme->a, ord->end};
  }
  return std::nullopt;
}

std::optional<YearNumber> ParseYearNumber(const Article& a, size_t i, bool allow_year_word) {
  if (i >= a.size()) return std::nullopt;
  size_t k = i;
  bool year_word = false;
  if (allow_year_word) {
    if (const Hit* w = a.FindWord(k, Role::kYearWord)) k = w->end, year_word = true;
  }
  const int n = a.Number(k);
  const int digits = a.Digits(k);
  if (n < 0 || digits < 3 || digits > 4 || GluedToNeighbour(a, k)) return std::nullopt;
  YearNumber y;
  y.year = n;
  y.end = static_cast<uint32_t>(k + 1);
  if (const Hit* era = a.FindWord(y.end, Role::kEra); era != nullptr && a.SameSentence(k, y.end)) {
    y.hijri = era->lexeme->text == "hijri";
    y.end = era->end;
    return (y.year >= 1 && y.year <= (y.hijri ? 1600 : 2100)) ? std::optional(y) : std::nullopt;
  }
  const int lo = digits == 3 ? (year_word ? 500 : 10000) : 1000;
  if (n < lo || n > 2100) return std::nullopt;
  return y;
}

std::optional<DateParts> ParseExplicitDate(const Article& a, size_t i) {
  int weekday = 0;
  size_t k = SkipWeekday(a, i, &weekday);
  std::optional<DateParts> p;
  if (const size_t d = weekday == 0 ? SkipDayWord(a, i) : i; d != i) {
    p = ParseDayMonth(a, d);  // after "يوم" only a day of a month
  } else {
    p = ParseNumericDate(a, k, weekday);
    if (!p && weekday == 0) p = ParseNumericMonth(a, k);
    if (!p) p = ParseDayMonth(a, k);
    if (!p) p = ParseLatinMonthDay(a, k);
    if (!p && weekday == 0) p = ParseMonthYear(a, k);
  }
  if (!p) return std::nullopt;
  p->first = static_cast<uint32_t>(i);
  p->weekday = weekday;
  return p;
}

std::optional<Candidate> MatchExplicitDate(const Article& a, size_t i) {
  auto parts = ParseExplicitDate(a, i);
  if (!parts) return std::nullopt;
  return ResolveDate(a, *parts);
}

}  // namespace tarikh::temporal
