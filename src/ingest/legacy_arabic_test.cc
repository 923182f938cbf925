#include "ingest/legacy_arabic.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/uscript.h>

#include <cstdint>
#include <string>

#include "ingest/testing_util.h"

namespace tarikh::ingest {
namespace {

using testing_util::EncodeAs;

constexpr const char* kSentence =
    "قال الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ، اليوم الأربعاء، إن الحلف وروسيا "
    "كشفا عن خلافات كبيرة.";

// The hand-written tables must agree with ICU's own mapping: a byte is a
// kLetter exactly when it decodes to an Arabic-script letter, and a kMark
// never decodes to a letter of another script (Latin, say).
TEST(LegacyArabicEncodingTest, ByteClassesAgreeWithIcu) {
  for (const char* encoding : {"windows-1256", "ISO-8859-6"}) {
    for (unsigned b = 0x80; b <= 0xFF; ++b) {
      SCOPED_TRACE(std::string(encoding) + " byte " + std::to_string(b));
      const char byte = static_cast<char>(b);
      UChar decoded[4];
      UErrorCode status = U_ZERO_ERROR;
      UConverter* converter = ucnv_open(encoding, &status);
      ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
      const int32_t length = ucnv_toUChars(converter, decoded, 4, &byte, 1, &status);
      ucnv_close(converter);
      const ArabicByteClass byte_class = ClassifyByte(encoding, static_cast<unsigned char>(b));
      if (U_FAILURE(status) || length != 1) {
        EXPECT_EQ(byte_class, ArabicByteClass::kOther) << "unassigned";
        continue;
      }
      const UChar32 c = decoded[0];
      UErrorCode script_status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(c, &script_status);
      const bool letter = U_GET_GC_MASK(c) & U_GC_L_MASK;
      EXPECT_EQ(byte_class == ArabicByteClass::kLetter, letter && script == USCRIPT_ARABIC)
          << "U+" << std::hex << c;
      if (byte_class == ArabicByteClass::kMark) {  // tatweel is a letter (Lm) of no script
        EXPECT_FALSE(letter && script != USCRIPT_ARABIC && script != USCRIPT_COMMON)
            << "U+" << std::hex << c;
      }
    }
  }
}

TEST(LegacyArabicEncodingTest, GuessesOnlyRealArabicText) {
  struct Case {
    const char* name;
    std::string bytes;
    std::string_view expected;
  };
  const std::string sentence(kSentence);
  std::string corrupted_utf8 = sentence;
  corrupted_utf8[20] = '\xFF';
  const Case kCases[] = {
      {"windows-1256 sentence", EncodeAs(sentence, "windows-1256"), "windows-1256"},
      {"ISO-8859-6 sentence", EncodeAs(sentence, "ISO-8859-6"), "ISO-8859-6"},
      {"windows-1256 with Latin words",
       EncodeAs("title: " + sentence + "\nsource: Al Mayadeen, NATO\n", "windows-1256"),
       "windows-1256"},
      {"windows-1256 harakat and guillemets", EncodeAs("«مُحَمَّدٌ» قالَ: نَعَمْ؟", "windows-1256"),
       "windows-1256"},
      {"windows-1256 Persian letters", EncodeAs("گفتگوی پژوهشگران چین", "windows-1256"),
       "windows-1256"},
      {"ISO-8859-6 short phrase", EncodeAs("في الوطن العربي", "ISO-8859-6"), "ISO-8859-6"},
      // The same bytes spell words in both code pages: the tie goes to Windows-1256.
      {"ambiguous phrase", EncodeAs("مرحبا بكم", "ISO-8859-6"), "windows-1256"},
      {"five letters are enough", EncodeAs("مرحبا", "windows-1256"), "windows-1256"},
      {"three letters are not", EncodeAs("بين", "windows-1256"), ""},
      {"Latin-1 French", EncodeAs("L'été à Genève, où ça s'est décidé très vite", "ISO-8859-1"), ""},
      {"windows-1252 German", EncodeAs("Grüße aus München, schöne Größe", "windows-1252"), ""},
      {"UTF-8 Arabic with a bad byte", corrupted_utf8, ""},
      {"PNG signature", "\x89PNG\r\n\x1A\n", ""},
      {"ASCII", "plain ASCII text", ""},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(GuessLegacyArabic(c.bytes), c.expected);
  }
}

TEST(LegacyArabicEncodingTest, RandomBytesAreNotArabic) {
  uint32_t state = 12345;  // fixed seed: the test is deterministic
  for (int round = 0; round < 50; ++round) {
    std::string bytes;
    for (int i = 0; i < 2000; ++i) {
      state = state * 1664525u + 1013904223u;
      // Odd rounds: high bytes only, the hardest case for rules 3 and 4.
      const unsigned mask = round % 2 == 1 ? 0x80 : 0x01;  // never NUL
      bytes += static_cast<char>((state >> 24) | mask);
    }
    SCOPED_TRACE(round);
    EXPECT_EQ(GuessLegacyArabic(bytes), "");
  }
}

}  // namespace
}  // namespace tarikh::ingest
