// UTF-8 validation, written out rather than borrowed from ICU so that an
// error can name the exact byte offset and the bytes that are wrong (SPEC §2).
//
// Well-formed means Unicode's table 3-7: no overlong forms, no surrogates
// (U+D800..U+DFFF), nothing above U+10FFFF, no sequence cut off at the end.
#ifndef TARIKH_INGEST_UTF8_H_
#define TARIKH_INGEST_UTF8_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tarikh::ingest {

// Length (1-4) of the well-formed sequence starting at bytes[pos], or 0.
size_t WellFormedUtf8Length(std::string_view bytes, size_t pos);

// The first ill-formed sequence in `bytes`.
struct Utf8Error {
  size_t offset = 0;       // where the ill-formed sequence starts
  std::string bytes;       // its bytes, up to and including the first bad one
  bool truncated = false;  // the sequence was cut off by the end of the input
};
std::optional<Utf8Error> FindInvalidUtf8(std::string_view bytes);

// "0xC3 0x28" for a message.
std::string HexBytes(std::string_view bytes);

// Number of code points in valid UTF-8.
size_t CountCodePoints(std::string_view utf8);

}  // namespace tarikh::ingest

#endif  // TARIKH_INGEST_UTF8_H_
