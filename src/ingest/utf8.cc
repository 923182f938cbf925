#include "ingest/utf8.h"

#include <cstdio>

namespace tarikh::ingest {
namespace {

unsigned char ByteAt(std::string_view bytes, size_t pos) {
  return static_cast<unsigned char>(bytes[pos]);
}

// What a lead byte promises: the sequence length and the range allowed for
// the second byte. The narrow second-byte ranges are what exclude overlongs
// (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
struct LeadByte {
  size_t length = 0;  // 0: this byte never starts a sequence
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
};

LeadByte DescribeLead(unsigned char lead) {
  if (lead < 0x80) return {1, 0, 0};
  if (lead >= 0xC2 && lead <= 0xDF) return {2, 0x80, 0xBF};
  if (lead == 0xE0) return {3, 0xA0, 0xBF};
  if (lead == 0xED) return {3, 0x80, 0x9F};
  if (lead >= 0xE1 && lead <= 0xEF) return {3, 0x80, 0xBF};
  if (lead == 0xF0) return {4, 0x90, 0xBF};
  if (lead >= 0xF1 && lead <= 0xF3) return {4, 0x80, 0xBF};
  if (lead == 0xF4) return {4, 0x80, 0x8F};
  return {};  // continuation bytes, C0, C1 (overlong) and F5..FF
}

// How many bytes from `pos` are a valid beginning of the sequence `lead`
// announces (at least 1, the lead byte itself).
size_t ValidPrefixLength(std::string_view bytes, size_t pos, const LeadByte& lead) {
  size_t n = 1;
  for (; n < lead.length && pos + n < bytes.size(); ++n) {
    const unsigned char b = ByteAt(bytes, pos + n);
    const unsigned char lo = n == 1 ? lead.second_min : 0x80;
    const unsigned char hi = n == 1 ? lead.second_max : 0xBF;
    if (b < lo || b > hi) break;
  }
  return n;
}

Utf8Error DescribeError(std::string_view bytes, size_t pos) {
  Utf8Error error;
  error.offset = pos;
  const LeadByte lead = DescribeLead(ByteAt(bytes, pos));
  if (lead.length == 0) {
    error.bytes = std::string(bytes.substr(pos, 1));
    return error;
  }
  const size_t valid = ValidPrefixLength(bytes, pos, lead);
  error.truncated = pos + valid == bytes.size();
  error.bytes = std::string(bytes.substr(pos, error.truncated ? valid : valid + 1));
  return error;
}

}  // namespace

size_t WellFormedUtf8Length(std::string_view bytes, size_t pos) {
  const LeadByte lead = DescribeLead(ByteAt(bytes, pos));
  if (lead.length == 0) return 0;
  return ValidPrefixLength(bytes, pos, lead) == lead.length ? lead.length : 0;
}

std::optional<Utf8Error> FindInvalidUtf8(std::string_view bytes) {
  size_t pos = 0;
  while (pos < bytes.size()) {
    const size_t length = WellFormedUtf8Length(bytes, pos);
    if (length == 0) return DescribeError(bytes, pos);
    pos += length;
  }
  return std::nullopt;
}

std::string HexBytes(std::string_view bytes) {
  std::string out;
  for (char c : bytes) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(c));
    if (!out.empty()) out += ' ';
    out += hex;
  }
  return out;
}

size_t CountCodePoints(std::string_view utf8) {
  size_t count = 0;
  for (char c : utf8) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace tarikh::ingest
