// Names for actors the lexicon lacks: an English display name by ICU's
// Arabic-Latin transliteration and a stable kebab-case id derived from the
// normalised Arabic name, so that the same person named in two articles gets
// the same id.
#ifndef TARIKH_ENTITIES_TRANSLITERATE_H_
#define TARIKH_ENTITIES_TRANSLITERATE_H_

#include <string>
#include <string_view>

namespace tarikh::entities {

// Lower-case ASCII transliteration of Arabic text ("الكسندر" -> "alksndr").
std::string TransliterateArabic(std::string_view arabic);

// "alksndr twkwfynyn" -> id "alksndr-twkwfynyn", name "Alksndr Twkwfynyn".
std::string KebabId(std::string_view latin);
std::string DisplayName(std::string_view latin);

}  // namespace tarikh::entities

#endif  // TARIKH_ENTITIES_TRANSLITERATE_H_
