#include "ingest/encoding.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/testing_util.h"

namespace tarikh::ingest {
namespace {

using namespace std::literals;
using testing_util::EncodeAs;

constexpr std::string_view kArabic = "قال الأمين العام لحلف شمال الأطلسي إن الحلف وروسيا كشفا عن خلافات.";

std::string Utf16LeWithBom(std::string_view utf8) { return "\xFF\xFE" + EncodeAs(utf8, "UTF-16LE"); }
std::string Utf16BeWithBom(std::string_view utf8) { return "\xFE\xFF" + EncodeAs(utf8, "UTF-16BE"); }

struct Case {
  const char* name;
  std::string bytes;
  const char* forced_encoding;  // "" detects
  const char* expected_text;    // nullptr: an error is expected
  const char* expected;         // the encoding, or the complete error message
  size_t bom_bytes = 0;
};

void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Result<DecodedText> result = DecodeText(c.bytes, "x.txt", c.forced_encoding);
    if (c.expected_text == nullptr) {
      ASSERT_FALSE(result.ok()) << result->utf8;
      EXPECT_EQ(result.status().code(), Status::Code::kInvalidInput);
      EXPECT_EQ(result.status().message(), c.expected);
      continue;
    }
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_EQ(result->utf8, c.expected_text);
    EXPECT_EQ(result->encoding, c.expected);
    EXPECT_EQ(result->bom_bytes, c.bom_bytes);
  }
}

TEST(EncodingTest, DetectsAndDecodes) {
  const std::string arabic(kArabic);
  RunCases({
      {"empty", "", "", "", "UTF-8"},
      {"UTF-8", arabic, "", arabic.c_str(), "UTF-8"},
      {"UTF-8 BOM is dropped", "\xEF\xBB\xBF" + arabic, "", arabic.c_str(), "UTF-8", 3},
      {"only a BOM", "\xEF\xBB\xBF", "", "", "UTF-8", 3},
      {"UTF-16LE BOM", Utf16LeWithBom(arabic), "", arabic.c_str(), "UTF-16LE", 2},
      {"UTF-16BE BOM", Utf16BeWithBom(arabic), "", arabic.c_str(), "UTF-16BE", 2},
      {"UTF-16LE outside the BMP", Utf16LeWithBom("news \xF0\x9F\x93\xB0"), "",
       "news \xF0\x9F\x93\xB0", "UTF-16LE", 2},
      {"UTF-32LE BOM", "\xFF\xFE\0\0"s + EncodeAs("سلام", "UTF-32LE"), "", "سلام", "UTF-32LE", 4},
      {"windows-1256 round trip", EncodeAs(arabic, "windows-1256"), "", arabic.c_str(),
       "windows-1256"},
      {"ISO-8859-6 round trip", EncodeAs(arabic, "ISO-8859-6"), "", arabic.c_str(), "ISO-8859-6"},
      // "مرحبا بكم" written out, so the test does not only trust ICU's encoder.
      {"windows-1256 hex literal", "\xE3\xD1\xCD\xC8\xC7 \xC8\xDF\xE3", "", "مرحبا بكم",
       "windows-1256"},
      // "في الوطن": ي و ط are where the two code pages differ.
      {"ISO-8859-6 hex literal", "\xE1\xEA \xC7\xE4\xE8\xD7\xE6", "", "في الوطن",
       "ISO-8859-6"},
  });
}

TEST(EncodingTest, UsesTheEncodingTheUserNames) {
  const std::string arabic(kArabic);
  RunCases({
      {"windows-1256", EncodeAs(arabic, "windows-1256"), "windows-1256", arabic.c_str(),
       "windows-1256"},
      {"alias cp1256", EncodeAs(arabic, "windows-1256"), "cp1256", arabic.c_str(), "windows-1256"},
      {"ISO-8859-6", EncodeAs(arabic, "ISO-8859-6"), "ISO-8859-6", arabic.c_str(), "ISO-8859-6"},
      {"too few letters to detect", EncodeAs("بين", "windows-1256"), "windows-1256", "بين",
       "windows-1256"},
      {"UTF-16LE without BOM", EncodeAs(arabic, "UTF-16LE"), "UTF-16LE", arabic.c_str(),
       "UTF-16LE"},
      {"UTF-16LE with BOM", Utf16LeWithBom("سلام"), "UTF-16LE", "سلام", "UTF-16LE", 2},
      {"UTF-8 by another name", "\xEF\xBB\xBFسلام", "utf8", "سلام", "UTF-8", 3},
      {"Latin-1", "caf\xE9", "ISO-8859-1", "café", "ISO-8859-1"},
  });
}

TEST(EncodingTest, ErrorsNameTheFileAndOffset) {
  const std::string padding(1234, 'a');
  RunCases({
      {"invalid UTF-8 deep in the file", padding + "\xC3\x28", "", nullptr,
       "x.txt: invalid UTF-8 at byte 1234 (0xC3 0x28); if the file is in another encoding, "
       "name it with --encoding"},
      {"offset counts the BOM", "\xEF\xBB\xBF" "ab\x80", "", nullptr,
       "x.txt: invalid UTF-8 at byte 5 (0x80); if the file is in another encoding, name it "
       "with --encoding"},
      {"truncated at end of file", "سلام\xD8", "", nullptr,
       "x.txt: invalid UTF-8 at byte 8 (0xD8, truncated at end of file); if the file is in "
       "another encoding, name it with --encoding"},
      {"overlong", "a/\xC0\xAF", "", nullptr,
       "x.txt: invalid UTF-8 at byte 2 (0xC0); if the file is in another encoding, name it "
       "with --encoding"},
      {"surrogate", "\xED\xB0\x80", "", nullptr,
       "x.txt: invalid UTF-8 at byte 0 (0xED 0xB0); if the file is in another encoding, name "
       "it with --encoding"},
      {"Latin-1 is not guessed", "caf\xE9 au lait", "", nullptr,
       "x.txt: invalid UTF-8 at byte 3 (0xE9 0x20); if the file is in another encoding, name "
       "it with --encoding"},
      {"forced UTF-8 gives no hint", "ab\xFF", "UTF-8", nullptr,
       "x.txt: invalid UTF-8 at byte 2 (0xFF)"},
      {"UTF-16LE without a BOM", "\x27\x06\x44\x06\x2A\x06\x42\x06\x49\x06\x20\x00\x27\x06\x44\x06"s, "", nullptr,
       "x.txt: looks like UTF-16LE text without a byte order mark; name it with --encoding UTF-16LE (or save it as UTF-8)"},
      {"UTF-16BE without a BOM", "\x00" "h" "\x00" "e" "\x00" "l" "\x00" "l" "\x00" "o" "\x00" " " "\x06\x27\x06\x44"s, "", nullptr,
       "x.txt: looks like UTF-16BE text without a byte order mark; name it with --encoding UTF-16BE (or save it as UTF-8)"},
      {"NUL byte", "hello\0world"s, "", nullptr,
       "x.txt: binary file (NUL byte at offset 5), not an article"},
      {"PNG header", "\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s, "", nullptr,
       "x.txt: binary file (NUL byte at offset 8), not an article"},
      {"NUL in UTF-16", Utf16LeWithBom("ab") + "\0\0"s, "", nullptr,
       "x.txt: binary file (NUL byte at offset 6), not an article"},
      {"NUL with a forced legacy encoding", "ab\0"s, "windows-1256", nullptr,
       "x.txt: binary file (NUL byte at offset 2), not an article"},
      {"odd UTF-16 length", Utf16LeWithBom("ab") + "c", "", nullptr,
       "x.txt: invalid UTF-16LE at byte 6 (0x63, truncated at end of file)"},
      {"unpaired surrogate in UTF-16", "\xFF\xFE" "a\0\x00\xDC" "b\0"s, "", nullptr,
       "x.txt: invalid UTF-16LE at byte 4 (0x00 0xDC)"},
      {"byte unassigned in ISO-8859-6", "\xC7\xA1", "ISO-8859-6", nullptr,
       "x.txt: invalid ISO-8859-6 at byte 1 (0xA1)"},
      {"unknown encoding", "abc", "klingon", nullptr,
       "--encoding: 'klingon' is not an encoding ICU knows (try UTF-8, windows-1256, "
       "ISO-8859-6, UTF-16LE)"},
  });
}

}  // namespace
}  // namespace tarikh::ingest
