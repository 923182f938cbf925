// Timex: one time expression found in an article, with its TIMEX3 value.
//
// Values follow TimeML / HeidelTime / TempEval (SPEC §3): `2022-01-12`,
// `2022-01`, `2022`, `2014-SP`, `2022-W02`, `2022-Q1`, `19` (century), `198`
// (decade), `2022-01-09/2022-01-10` (range), `P3Y` (duration), `PRESENT_REF`,
// `PAST_REF`, `FUTURE_REF`, and `XXXX-01-12` where no anchor exists.
#ifndef TARIKH_TIMEX_H_
#define TARIKH_TIMEX_H_

#include <cstdint>
#include <string>

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
};

}  // namespace tarikh

#endif  // TARIKH_TIMEX_H_
