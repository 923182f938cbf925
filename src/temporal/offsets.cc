// Amounts of time: offsets from the document date ("قبل ثلاثة أيام" is a
// date), offsets from an event ("بعد أسبوعين من تصريح" is a duration) or
// from the previous date ("بعد يومين من ذلك"), and durations ("منذ 3 سنوات",
// "لمدة عامين ونصف").
#include <cmath>
#include <cstdio>

#include "temporal/matchers.h"

namespace tarikh::temporal {
namespace {

struct Quantity {
  double n = 0;  // 0: a vague amount ("سنوات")
  Unit unit = Unit::kDay;
  uint32_t end = 0;
};

// "3 أيام", "ثلاثة أيام", "عامين", "عام ونصف", "30 عاما", "سنوات".
std::optional<Quantity> ParseQuantity(const Article& a, size_t i) {
  Quantity q;
  size_t k = i;
  if (a.Number(k) >= 1 && a.Digits(k) <= 4) {
    q.n = a.Number(k++);
  } else if (const Hit* c = a.Find(k, Kind::kCardinal)) {
    q.n = c->lexeme->a;
    k = c->end;
  }
  const Hit* u = a.Find(k, Kind::kUnit);
  if (u == nullptr) return std::nullopt;
  q.unit = static_cast<Unit>(u->lexeme->a);
  q.end = u->end;
  const int count = u->lexeme->b;
  if (q.n == 0) {
    q.n = count;  // "عامين" 2, "عام" 1, "سنوات" 0 (vague)
    // "عام 2014" is a year and "شهر مارس" a month, not "a year" or "a month".
    // So is "شهر سبعة" (July), not "شهر واحد" (one month).
    const Hit* number_word = a.Find(q.end, Kind::kCardinal);
    if (count == 1 && (a.Number(q.end) >= 0 || a.Has(q.end, Kind::kMonth) ||
                       (number_word != nullptr && number_word->lexeme->a >= 2 && number_word->lexeme->a <= 12))) {
      return std::nullopt;
    }
  }
  if (const Hit* h = a.FindWord(q.end, Role::kHalf); h != nullptr && q.n >= 1) {
    q.n += std::atof(h->lexeme->text.c_str()) / 10;
    q.end = h->end;
  }
  return q;
}

const char* UnitCode(Unit u) {
  switch (u) {
    case Unit::kDay: return "D";
    case Unit::kWeek: return "W";
    case Unit::kMonth: return "M";
    case Unit::kQuarter: return "Q";
    case Unit::kYear: return "Y";
    case Unit::kDecade: return "DE";
    case Unit::kCentury: return "CE";
    case Unit::kHour: return "H";
    case Unit::kMinute: break;
  }
  return "M";
}

std::string DurationValue(const Quantity& q) {
  const bool clock = q.unit == Unit::kHour || q.unit == Unit::kMinute;
  std::string n = "X";
  if (q.n > 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", q.n);
    n = buf;
  }
  return std::string(clock ? "PT" : "P") + n + UnitCode(q.unit);
}

size_t SkipApprox(const Article& a, size_t k) {
  while (const Hit* h = a.FindWord(k, Role::kApprox)) k = h->end;
  return k;
}

// A whole number of a unit the calendar can step by: 1.5 years are 18 months.
bool ToSteps(Quantity q, Unit* unit, int* n) {
  if (q.unit == Unit::kYear && q.n != std::floor(q.n)) q.unit = Unit::kMonth, q.n *= 12;
  if (q.unit == Unit::kMonth && q.n != std::floor(q.n)) q.unit = Unit::kDay, q.n = std::round(q.n * 30);
  if (q.unit == Unit::kWeek && q.n != std::floor(q.n)) q.unit = Unit::kDay, q.n = std::round(q.n * 7);
  if (q.n != std::floor(q.n) || q.unit == Unit::kHour || q.unit == Unit::kMinute) return false;
  *unit = q.unit;
  *n = static_cast<int>(q.n);
  return true;
}

}  // namespace

std::optional<Candidate> MatchOffset(const Article& a, size_t i) {
  const Hit* before = a.FindWord(i, Role::kBefore);
  const Hit* after = a.FindWord(i, Role::kAfter);
  if (before == nullptr && after == nullptr) return std::nullopt;
  const int sign = before != nullptr ? -1 : 1;
  auto q = ParseQuantity(a, SkipApprox(a, (before != nullptr ? before : after)->end));
  if (!q) return std::nullopt;
  const size_t tail = SkipApprox(a, q->end);
  Unit unit = q->unit;
  int n = 0;
  const bool steps = q->n > 0 && ToSteps(*q, &unit, &n);
  if (a.HasWord(tail, Role::kOf)) {
    // "بعد يومين من ذلك": from the previous date; "بعد أسبوعين من تصريح ...": from an event.
    const Hit* that = a.FindWord(tail + 1, Role::kThat);
    if (that != nullptr && steps) {
      Resolved r = ResolveUnitOffset(a.reference, unit, sign * n);
      Candidate c = a.Make(i, that->end, r.value);
      c.anchor = a.reference.precision == Precision::kNone ? "unanchored" : "reference";
      if (r.as_anchor.precision != Precision::kNone) c.as_anchor = r.as_anchor;
      return c;
    }
    return a.Make(i, q->end, DurationValue(*q), TimexType::kDuration);
  }
  if (!steps) {  // "قبل أيام", "بعد ساعات"
    Candidate c = a.Make(i, q->end, sign < 0 ? "PAST_REF" : "FUTURE_REF");
    c.anchor = "document";
    return c;
  }
  Resolved r = ResolveUnitOffset(a.doc(), unit, sign * n);
  Candidate c = a.Make(i, q->end, r.value);
  c.anchor = a.doc().precision == Precision::kNone ? "unanchored" : "document";
  if (r.as_anchor.precision != Precision::kNone) c.as_anchor = r.as_anchor;
  return c;
}

// "منذ 3 سنوات", "منذ عامين ونصف", "لمدة ثلاثة أيام", "على مدى عامين", "30 عاما".
std::optional<Candidate> MatchDuration(const Article& a, size_t i) {
  size_t k = i;
  const Hit* lead = a.FindWord(k, Role::kSince);
  if (lead == nullptr) lead = a.FindWord(k, Role::kDurationLead);
  if (lead != nullptr) k = lead->end;
  auto q = ParseQuantity(a, SkipApprox(a, k));
  if (!q) return std::nullopt;
  // Without a lead word, a single unit or a vague amount is not a duration ("عام", "أيام").
  if (lead == nullptr && (q->n == 0 || q->n == 1)) return std::nullopt;
  return a.Make(i, q->end, DurationValue(*q), TimexType::kDuration);
}

}  // namespace tarikh::temporal
