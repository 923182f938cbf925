#include "ingest/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace tarikh::ingest {
namespace {

using namespace std::literals;

TEST(EncodingUtf8Test, FindsTheFirstIllFormedSequence) {
  struct Case {
    const char* name;
    std::string_view bytes;
    bool valid;
    size_t offset;       // when invalid
    const char* shown;   // HexBytes of the reported bytes
    bool truncated;
  };
  const Case kCases[] = {
      {"empty", ""sv, true, 0, "", false},
      {"ascii", "hello, world\n"sv, true, 0, "", false},
      {"arabic", "مرحبا بالعالم"sv, true, 0, "", false},
      {"four bytes", "\xF0\x9F\x93\xB0 news"sv, true, 0, "", false},
      {"largest code point", "\xF4\x8F\xBF\xBF"sv, true, 0, "", false},
      {"lone continuation", "abc\x80"sv, false, 3, "0x80", false},
      {"bad second byte", "ab\xC3\x28z"sv, false, 2, "0xC3 0x28", false},
      {"overlong two bytes", "\xC0\x80"sv, false, 0, "0xC0", false},
      {"overlong C1", "\xC1\xBF"sv, false, 0, "0xC1", false},
      {"overlong three bytes", "x\xE0\x80\x80"sv, false, 1, "0xE0 0x80", false},
      {"overlong four bytes", "\xF0\x80\x80\x80"sv, false, 0, "0xF0 0x80", false},
      {"surrogate", "\xED\xA0\x80"sv, false, 0, "0xED 0xA0", false},
      {"above U+10FFFF", "\xF4\x90\x80\x80"sv, false, 0, "0xF4 0x90", false},
      {"F5 lead", "\xF5\x80\x80\x80"sv, false, 0, "0xF5", false},
      {"FF", "\xFF"sv, false, 0, "0xFF", false},
      {"bad third byte", "\xE2\x82\x41"sv, false, 0, "0xE2 0x82 0x41", false},
      {"truncated two", "ab\xD8"sv, false, 2, "0xD8", true},
      {"truncated three", "\xD8\xA7\xE2\x82"sv, false, 2, "0xE2 0x82", true},
      {"truncated four", "\xF0\x9F\x93"sv, false, 0, "0xF0 0x9F 0x93", true},
      {"after valid arabic", "سلام\xD8 "sv, false, 8, "0xD8 0x20", false},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    const auto error = FindInvalidUtf8(c.bytes);
    ASSERT_EQ(!error.has_value(), c.valid);
    if (c.valid) continue;
    EXPECT_EQ(error->offset, c.offset);
    EXPECT_EQ(HexBytes(error->bytes), c.shown);
    EXPECT_EQ(error->truncated, c.truncated);
  }
}

TEST(EncodingUtf8Test, CountsCodePoints) {
  struct Case {
    std::string_view text;
    size_t code_points;
  };
  const Case kCases[] = {
      {"", 0},
      {"abc", 3},
      {"سلام", 4},
      {"a\xF0\x9F\x93\xB0z", 3},
      {"---\ntitle: ن\n---\n", 17},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(CountCodePoints(c.text), c.code_points);
  }
}

}  // namespace
}  // namespace tarikh::ingest
