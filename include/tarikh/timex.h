// Timex: one time expression found in an article, with its TIMEX3 value.
//
// Values follow TimeML / HeidelTime / TempEval (SPEC §3): `2022-01-12`,
// `2022-01`, `2022`, `2014-SP`, `2022-W02`, `2022-Q1`, `19` (century), `198`
// (decade), `2022-01-09/2022-01-10` (range), `P3Y` (duration), `PRESENT_REF`,
// `PAST_REF`, `FUTURE_REF`, and `XXXX-01-12` where no anchor exists.
#ifndef TARIKH_TIMEX_H_
#define TARIKH_TIMEX_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tarikh {

enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };
const char* TimexTypeName(TimexType type);  // "DATE", "TIME", "DURATION", "SET"

struct Timex {
  std::string text;             // the original surface, == file_text[begin:end]
  uint32_t begin = 0, end = 0;  // original code points of the file
  TimexType type = TimexType::kDate;
  std::string value;            // TIMEX3 value
  // Where the value came from: "explicit", "document" (relative to the
  // document date), "reference" (relative to an earlier expression) or
  // "unanchored" (relative, with no date to resolve it against).
  std::string anchor;
  // TIMEX3 mod of a part of a period (SPEC §3): "START", "MID" or "END"
  // ("مطلع أيار", "منتصف العام", "أواخر الشهر"); empty otherwise.
  std::string mod;
};

// The days a calendar value covers, as day numbers (consecutive integers, one
// per day; only differences and order mean anything). `2022-01` covers
// 2022-01-01..2022-01-31, `2014-SP` March..May, `198` 1980..1989,
// `2022-01-09/2022-01-10` both days; a time of day (`2022-01-12TEV`) is its day.
struct DayRange {
  int32_t first = 0, last = 0;
  int32_t days() const { return last - first + 1; }
  bool Overlaps(const DayRange& o) const { return first <= o.last && o.first <= last; }
  bool Contains(const DayRange& o) const { return first <= o.first && o.last <= last; }
};

// nullopt for values that are not calendar values (durations, PRESENT_REF,
// values with unknown parts such as XXXX-01-12, malformed text).
std::optional<DayRange> CalendarRange(std::string_view value);

// "YYYY-MM-DD" of a day number from CalendarRange.
std::string DayNumberToString(int32_t day);

}  // namespace tarikh

#endif  // TARIKH_TIMEX_H_
