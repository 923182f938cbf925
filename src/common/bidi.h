// Bidi controls (Unicode's Bidi_Control characters: U+061C, U+200E/F,
// U+202A–E, U+2066–9), which tarikh never lets out: one embedded in a title,
// a name or a sentence reorders everything after it wherever it is shown —
// a terminal, a spreadsheet, a web page built from events.json. render/
// removes them from every label and export; the JSON writer and the
// messages on stderr remove them here.
#ifndef TARIKH_COMMON_BIDI_H_
#define TARIKH_COMMON_BIDI_H_

#include <string>
#include <string_view>

namespace tarikh::internal {

inline bool IsBidiControl(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// The length of the UTF-8 encoding of a bidi control at s[i], or 0. All are
// three bytes (D8 9C, E2 80 8E/8F, E2 80 AA–AE, E2 81 A6–A9) but U+061C (two).
inline size_t BidiControlAt(std::string_view s, size_t i) {
  const auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  if (at(0) == 0xD8 && at(1) == 0x9C) return 2;
  if (at(0) != 0xE2) return 0;
  if (at(1) == 0x80 && (at(2) == 0x8E || at(2) == 0x8F || (at(2) >= 0xAA && at(2) <= 0xAE))) return 3;
  if (at(1) == 0x81 && at(2) >= 0xA6 && at(2) <= 0xA9) return 3;
  return 0;
}

// `text` without its bidi controls.
std::string WithoutBidiControls(std::string_view text);

}  // namespace tarikh::internal

#endif  // TARIKH_COMMON_BIDI_H_
