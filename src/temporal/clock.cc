// Times of day: "الساعة 10 صباحا", "الساعة الخامسة مساء", "الساعة 8:30",
// "في العاشرة والنصف صباحا". The day is the last one the sentence named
// ("غدا الساعة 9") or the document date; the value is TIMEX3's
// "2019-06-18T17:00" (TIME), "XXXX-XX-XXT17:00" when no day is known.
#include <cstdio>

#include "temporal/matchers.h"

namespace tarikh::temporal {
namespace {

struct Clock {
  int hour = -1, minute = 0;
  uint32_t end = 0;
};

// "10", "8:30", "الخامسة", "الواحدة": an hour after الساعة, or after في/عند alone.
std::optional<Clock> ParseHour(const Article& a, size_t k, bool digits_allowed) {
  Clock c;
  if (digits_allowed && a.Digits(k) >= 1 && a.Digits(k) <= 2 && a.Number(k) <= 24) {
    c.hour = a.Number(k), c.end = static_cast<uint32_t>(k + 1);
    if (a.IsPunct(k + 1, ":") && a.Glued(k + 1) && a.Glued(k + 2) && a.Digits(k + 2) == 2 && a.Number(k + 2) < 60) {
      c.minute = a.Number(k + 2), c.end = static_cast<uint32_t>(k + 3);
    }
    return c;
  }
  const Hit* o = a.Find(k, Kind::kOrdinal);
  if (o == nullptr) o = a.Find(k, Kind::kCardinal);
  if (o == nullptr || o->lexeme->a < 1 || o->lexeme->a > 12) return std::nullopt;
  c.hour = o->lexeme->a, c.end = o->end;
  return c;
}

// "صباحا" keeps the hour, "مساء" and "ليلا" add twelve, "ظهرا" after noon.
int ToDayHour(int hour, std::string_view pod) {
  if (pod == "MO") return hour == 12 ? 0 : hour;
  if (pod == "MI") return hour < 6 ? hour + 12 : hour;
  if (pod == "NI") return hour == 12 ? 0 : hour >= 6 && hour < 12 ? hour + 12 : hour;
  if (pod == "AF" || pod == "EV") return hour < 12 ? hour + 12 : hour;
  return hour;
}

}  // namespace

std::optional<Candidate> MatchClock(const Article& a, size_t i) {
  const Hit* word = a.FindWord(i, Role::kHourWord);  // "الساعة"
  // Without الساعة only an hour in words after في، حتى، منذ (year_signal words)
  // and with a part of the day: "في العاشرة صباحا", not "الجلسة الثانية مساء".
  const bool lead = word == nullptr && i > 0 && a.HasWord(i - 1, Role::kYearSignal);
  if (word == nullptr && !lead) return std::nullopt;
  std::optional<Clock> c = ParseHour(a, word != nullptr ? word->end : i, word != nullptr);
  if (!c) return std::nullopt;
  size_t k = c->end;
  if (const Hit* f = a.FindWord(k, Role::kClockFraction)) {  // "والنصف", "إلا ربعا"
    c->minute += std::atoi(f->lexeme->text.c_str());
    if (c->minute < 0) c->minute += 60, c->hour = (c->hour + 23) % 24;
    k = f->end;
  }
  std::string_view pod;
  if (const Hit* p = a.FindWord(k, Role::kPartOfDay); p != nullptr && a.SameSentence(k - 1, k)) {
    pod = p->lexeme->text, k = p->end;
  } else if (const Hit* m = a.FindWord(k, Role::kClock); m != nullptr && !m->lexeme->text.empty()) {
    pod = m->lexeme->text, k = m->end;  // "ص", "م"
  }
  // "الساعة الأولى من الاجتماع" counts hours of something else.
  if (pod.empty() && (word == nullptr || a.HasWord(k, Role::kOf))) return std::nullopt;
  const int hour = ToDayHour(c->hour, pod);
  if (hour > 24 || c->minute >= 60) return std::nullopt;
  // The day: the last one named in this sentence, else the document's.
  const bool same = a.reference_end > 0 && a.reference.has_day() && a.SameSentence(a.reference_end - 1, i);
  const Anchor& day = same ? a.reference : a.doc();
  char time[16];
  std::snprintf(time, sizeof time, "T%02d:%02d", hour % 100, c->minute % 100);
  Candidate out = a.Make(i, k, (day.has_day() ? day.Value() : std::string("XXXX-XX-XX")) + time, TimexType::kTime);
  out.anchor = day.has_day() ? (same ? "reference" : "document") : "unanchored";
  if (day.has_day()) out.as_anchor = day;
  return out;
}

}  // namespace tarikh::temporal
