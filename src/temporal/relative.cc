// Days, weekdays and periods named relative to the document date or to the
// previous date in the article: "اليوم الأربعاء", "يوم أمس الاثنين", "غداً",
// "الجمعة", "الاثنين الماضي", "الأسبوع الراهن", "في اليوم التالي".
#include "temporal/matchers.h"

namespace tarikh::temporal {
namespace {

const char* AnchorName(const Anchor& base, bool reference) {
  if (base.precision == Precision::kNone) return "unanchored";
  return reference ? "reference" : "document";
}

// "مساء", "صباح": the part of the day before a day expression; "" if none.
std::string_view SkipPartOfDay(const Article& a, size_t* k) {
  const Hit* h = a.FindWord(*k, Role::kPartOfDay);
  if (h == nullptr) return "";
  *k = h->end;
  return h->lexeme->text;
}

// A weekday after a relative day: "اليوم الأربعاء", "روسيا اليوم (الأحد)".
size_t SkipWeekdayAfter(const Article& a, size_t k) {
  if (const Hit* w = a.Find(k, Kind::kWeekday)) return w->end;
  if (a.IsPunct(k, "(")) {
    const Hit* w = a.Find(k + 1, Kind::kWeekday);
    if (w != nullptr && a.IsPunct(w->end, ")")) return w->end + 1;
  }
  return k;
}

Candidate WithPartOfDay(Candidate c, std::string_view pod, const Anchor& resolved) {
  if (!pod.empty() && resolved.has_day()) {
    c.value += "T" + std::string(pod);
    c.type = TimexType::kTime;
  }
  return c;
}

// Tokens [i, end) resolved to `r` against `from` (the document date, or an
// earlier date of the article when `reference`), with its part of the day.
Candidate Relative(const Article& a, size_t i, size_t end, const Resolved& r, const Anchor& from,
                   bool reference, std::string_view pod) {
  Candidate c = a.Make(i, end, r.value);
  c.anchor = AnchorName(from, reference);
  if (r.as_anchor.has_day()) c.as_anchor = r.as_anchor;
  return WithPartOfDay(c, pod, r.as_anchor);
}

// The weekday `wd` of the week `n` weeks from the document date's ("خميس الأسبوع المقبل").
Resolved WeekdayOfWeek(const Anchor& doc, int wd, int n) {
  if (doc.precision != Precision::kDay) return ResolveUnitOffset(doc, Unit::kWeek, n);
  auto day = AddDays(*doc.day_date(), 7 * n);
  auto d = day ? AddDays(*day, wd - IsoWeekday(*day)) : std::nullopt;
  if (!d) return {doc.Value(), doc};
  return {FormatDay(*d), Anchor::OfDay(*d)};
}

// "الأسبوع المقبل" after a weekday: the week it is in, -1 0 +1; nullopt when none.
std::optional<int> WeekAfterWeekday(const Article& a, size_t* k) {
  size_t w = *k;
  if (a.HasWord(w, Role::kWithin)) w = a.FindWord(w, Role::kWithin)->end;  // "الخميس من الأسبوع المقبل"
  const Hit* p = a.Find(w, Kind::kPeriod);
  if (p == nullptr || p->lexeme->a != static_cast<int16_t>(Unit::kWeek)) return std::nullopt;
  const Hit* m = a.Find(p->end, Kind::kModifier);
  if (m == nullptr || m->lexeme->b != 0) return std::nullopt;
  *k = m->end;
  return m->lexeme->a;
}

}  // namespace

std::optional<Candidate> MatchRelativeDay(const Article& a, size_t i) {
  size_t k = i;
  std::string_view pod = SkipPartOfDay(a, &k);
  if (const Hit* d = a.FindWord(k, Role::kDayWord)) k = d->end;  // "يوم أمس"
  const Hit* rel = a.Find(k, Kind::kRelativeDay);
  if (rel == nullptr) return std::nullopt;
  if (pod.empty()) pod = rel->lexeme->text;  // "الليلة", "هذا المساء"
  const size_t word = k;
  k = rel->end;
  if (const Hit* m = a.Find(k, Kind::kModifier); m != nullptr && rel->lexeme->a == 0) {
    // "في اليوم التالي", "اليوم السابق", "في اليوم نفسه": relative to the previous date;
    // "اليوم المنصرم", "الليلة الماضية": to the document date.
    const bool reference = m->lexeme->b == 1;
    const Anchor& base = reference ? a.reference : a.doc();
    return Relative(a, i, m->end, ResolveDayOffset(base, m->lexeme->a), base, reference, pod);
  }
  size_t end = SkipWeekdayAfter(a, k);
  if (end == k && rel->end == word + 1 && a.Blocked(word)) return std::nullopt;  // "روسيا اليوم"
  // "غدا مساء", "أمس صباحا": the part of the day after it, unless that starts
  // an expression of its own ("اليوم مساء الجمعة").
  if (const Hit* p = pod.empty() ? a.FindWord(end, Role::kPartOfDay) : nullptr;
      p != nullptr && a.SameSentence(end - 1, end) && !a.Has(p->end, Kind::kWeekday) &&
      !a.Has(p->end, Kind::kRelativeDay) && !a.HasWord(p->end, Role::kDayWord)) {
    pod = p->lexeme->text, end = p->end;
  }
  return Relative(a, i, end, ResolveDayOffset(a.doc(), rel->lexeme->a), a.doc(), false, pod);
}

std::optional<Candidate> MatchWeekday(const Article& a, size_t i) {
  size_t k = i;
  std::string_view pod = SkipPartOfDay(a, &k);
  if (const Hit* d = a.FindWord(k, Role::kDayWord)) k = d->end;  // "يوم الجمعة"
  const Hit* w = a.Find(k, Kind::kWeekday);
  const Hit* bare = w == nullptr ? a.Find(k, Kind::kBareWeekday) : nullptr;  // "خميس الأسبوع المقبل"
  if ((w == nullptr && bare == nullptr) || a.Blocked(k)) return std::nullopt;
  const int wd = (w != nullptr ? w : bare)->lexeme->a;
  k = (w != nullptr ? w : bare)->end;
  if (std::optional<int> week = WeekAfterWeekday(a, &k)) {
    return Relative(a, i, k, WeekdayOfWeek(a.doc(), wd, *week), a.doc(), false, pod);
  }
  if (bare != nullptr) return std::nullopt;
  int direction = 0;
  if (const Hit* m = a.Find(k, Kind::kModifier); m != nullptr && m->lexeme->b == 0) {
    direction = m->lexeme->a;
    k = m->end;
  }
  return Relative(a, i, k, ResolveWeekday(a.doc(), wd, direction, a.TenseAt(i)), a.doc(), false, pod);
}

// "الأسبوع الراهن", "الشهر الماضي", "العام المقبل", "هذا العام", "العام نفسه".
std::optional<Candidate> MatchRelativePeriod(const Article& a, size_t i) {
  size_t k = i;
  const bool this_one = a.HasWord(k, Role::kThis);
  if (this_one) k = a.FindWord(k, Role::kThis)->end;
  const Hit* p = a.Find(k, Kind::kPeriod);
  if (p == nullptr) return std::nullopt;
  k = p->end;
  const Hit* m = a.Find(k, Kind::kModifier);
  if (!this_one && m == nullptr) return std::nullopt;  // "الأمين العام", "بشكل عام"
  const bool reference = !this_one && m->lexeme->b == 1;
  const int n = this_one ? 0 : m->lexeme->a;
  const Anchor& base = reference ? a.reference : a.doc();
  Resolved r = ResolveUnitOffset(base, static_cast<Unit>(p->lexeme->a), n);
  Candidate c = a.Make(i, this_one ? k : m->end, r.value);
  c.anchor = AnchorName(base, reference);
  if (r.as_anchor.precision != Precision::kNone) c.as_anchor = r.as_anchor;
  return c;
}

// Fixed phrases: "حالياً" PRESENT_REF, "مؤخراً" PAST_REF, "سنوياً" P1Y (SET) ...
std::optional<Candidate> MatchReference(const Article& a, size_t i) {
  const Hit* h = a.Find(i, Kind::kReference);
  if (h == nullptr) return std::nullopt;
  Candidate c = a.Make(i, h->end, h->lexeme->text, static_cast<TimexType>(h->lexeme->b));
  c.anchor = c.type == TimexType::kDate ? "document" : "explicit";
  return c;
}

}  // namespace tarikh::temporal
