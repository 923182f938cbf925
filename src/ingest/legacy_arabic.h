// Legacy Arabic detection: is a file that is not UTF-8 really Windows-1256 or
// ISO-8859-6 text, or is it just broken?
//
// The danger is a false positive: a UTF-8 article with one corrupted byte, a
// Latin-1 French text or random bytes must still get the "invalid UTF-8 at
// byte N" error, not be silently decoded into Arabic-looking nonsense. So the
// guess is conservative and explains itself in four rules, all of which must
// hold for the better-scoring of the two code pages (counted over the bytes
// >= 0x80, the "high" bytes; ASCII is the same in all three encodings):
//
//  1. At least kMinLetters high bytes are Arabic letters: a few stray bytes
//     are no evidence of anything.
//  2. At least 90% of the high bytes are Arabic letters, Arabic marks and
//     punctuation (، ؛ ؟ tatweel, harakat) or the typographic characters
//     Arabic news uses (« » quotes, dashes, NBSP, ZWNJ, LRM/RLM). Arabic
//     text scores 100% in its own code page; random bytes about 60%, and
//     corrupted UTF-8 Arabic about 60% too, because half of its high bytes
//     are continuation bytes 0x80-0xBF, mostly symbols in Windows-1256 and
//     unassigned in ISO-8859-6.
//  3. At most 10% of the high bytes touch an ASCII letter. Arabic words are
//     runs of high bytes between spaces and punctuation; accented Latin
//     letters (é = 0xE9, a letter in ISO-8859-6) sit inside ASCII words.
//     This is what keeps Latin-1 and Windows-1252 text out: French scores
//     95% under rule 2 read as ISO-8859-6, but ~90% of its high bytes touch
//     an ASCII letter, against 0% for Arabic.
//  4. Fewer than half the high bytes belong to well-formed UTF-8 sequences:
//     a mostly valid UTF-8 file with a bad byte is corrupted UTF-8.
//
// Between the two code pages, the one in which more high bytes are letters
// wins; they differ where it matters (ل م ن ه و ي are 0xE1 0xE3-0xE6 0xED in
// Windows-1256, 0xE4-0xEA in ISO-8859-6, where 0xE7-0xEB are Latin letters in
// Windows-1256). Ties go to Windows-1256, far more common in the wild.
//
// ICU's charset detector (ucsdet) also knows both code pages, but its
// confidence on short articles is erratic and it cannot say why it chose;
// these rules can be tested row by row.
#ifndef TARIKH_INGEST_LEGACY_ARABIC_H_
#define TARIKH_INGEST_LEGACY_ARABIC_H_

#include <cstddef>
#include <string_view>

namespace tarikh::ingest {

inline constexpr size_t kMinLetters = 4;

// How a high byte counts in rules 1 and 2 (exposed for tests).
enum class ArabicByteClass { kOther, kLetter, kMark };
ArabicByteClass ClassifyByte(std::string_view encoding, unsigned char byte);

// "windows-1256", "ISO-8859-6", or "" when the bytes do not look like either.
std::string_view GuessLegacyArabic(std::string_view bytes);

}  // namespace tarikh::ingest

#endif  // TARIKH_INGEST_LEGACY_ARABIC_H_
