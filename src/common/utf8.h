// One UTF-8 decoder for what the common code writes (JSON strings, quoted
// file names): the length of the well-formed sequence at s[i] and its code
// point, or 0 — an overlong form, a surrogate, a value above U+10FFFF, a
// stray continuation byte or a sequence cut off by the end are not
// well-formed. (Ingestion has its own, which names the bad bytes: ingest/utf8.h.)
#ifndef TARIKH_COMMON_UTF8_H_
#define TARIKH_COMMON_UTF8_H_

#include <cstddef>
#include <string_view>

namespace tarikh::internal {

inline size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const auto c = static_cast<unsigned char>(s[i]);
  size_t n;
  char32_t min;
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if ((c & 0xE0) == 0xC0) {
    n = 2, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  char32_t value = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    value = (value << 6) | (cc & 0x3F);
  }
  if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  *cp = value;
  return n;
}

}  // namespace tarikh::internal

#endif  // TARIKH_COMMON_UTF8_H_
