// Names for actors the lexicon lacks: a readable Latin spelling of Arabic
// words (vowels where Arabic writes them long or its syllables need them, no
// run of four consonants), and a stable kebab-case id derived from it, so
// that the same person named in two articles gets the same id. Known given
// names and name parts are spelled from name_parts.tsv by the recogniser
// (Scanner::EnglishName); this is what is left.
#ifndef TARIKH_ENTITIES_TRANSLITERATE_H_
#define TARIKH_ENTITIES_TRANSLITERATE_H_

#include <string>
#include <string_view>

namespace tarikh::entities {

// One Arabic word, lower-case ASCII ("خطيب" -> "khatib", "زاده" -> "zadeh").
std::string ReadableLatin(std::string_view arabic_word);

// Words separated by spaces, each spelled by ReadableLatin; a leading ال is
// "al-" ("الحنيطي" -> "al-hanaiti").
std::string TransliterateArabic(std::string_view arabic);

// "saeed khatib-zadeh" -> id "saeed-khatib-zadeh", name "Saeed Khatib-Zadeh";
// particles stay lower case inside a name ("mohammed bin salman" -> "Mohammed bin Salman").
std::string KebabId(std::string_view latin);
std::string DisplayName(std::string_view latin);

}  // namespace tarikh::entities

#endif  // TARIKH_ENTITIES_TRANSLITERATE_H_
