// A readable Latin spelling of an Arabic word (see transliterate.h).
//
// Arabic writes long vowels and leaves short ones out, so a letter-by-letter
// transliteration gives consonant strings ("khtyb zadh"). Here ا و ي become
// vowels where they stand between consonants or at the end, و/ي are w/y next
// to a vowel, and a short `a` is put where Arabic syllables need one: after
// the first consonant of a word that starts with two, and wherever a run of
// consonants would reach four letters. Every word gets a vowel.
#include "entities/transliterate.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tarikh::entities {
namespace {

struct Unit {
  std::string latin;
  bool vowel = false;
};

// Code points of a UTF-8 word (the input is valid UTF-8).
std::vector<char32_t> CodePoints(std::string_view s) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += static_cast<size_t>(len);
  }
  return out;
}

// The consonant a letter stands for, or "" for letters handled apart.
const char* Consonant(char32_t c) {
  switch (c) {
    case U'\u0628': return "b";  case U'\u062A': return "t";  case U'\u062B': return "th";
    case U'\u062C': return "j";  case U'\u062D': return "h";  case U'\u062E': return "kh";
    case U'\u062F': return "d";  case U'\u0630': return "dh"; case U'\u0631': return "r";
    case U'\u0632': return "z";  case U'\u0633': return "s";  case U'\u0634': return "sh";
    case U'\u0635': return "s";  case U'\u0636': return "d";  case U'\u0637': return "t";
    case U'\u0638': return "z";  case U'\u063A': return "gh"; case U'\u0641': return "f";
    case U'\u0642': return "q";  case U'\u0643': case U'\u06A9': return "k";
    case U'\u0644': return "l";  case U'\u0645': return "m";  case U'\u0646': return "n";
    case U'\u0647': return "h";  case U'\u067E': return "p";  case U'\u0686': return "ch";
    case U'\u0698': return "zh"; case U'\u06AF': return "g";  case U'\u06A4': return "v";
    default: return "";
  }
}

bool IsAlef(char32_t c) { return c == U'\u0627' || c == U'\u0623' || c == U'\u0625' || c == U'\u0622' || c == U'\u0671'; }
bool IsWaw(char32_t c) { return c == U'\u0648' || c == U'\u0624'; }
bool IsYa(char32_t c) { return c == U'\u064A' || c == U'\u06CC' || c == U'\u0626' || c == U'\u0649'; }
bool IsLetter(char32_t c) {
  return IsAlef(c) || IsWaw(c) || IsYa(c) || *Consonant(c) != '\0' || c == U'\u0629' || c == U'\u0639' ||
         c == U'\u0621';
}

std::vector<Unit> Units(const std::vector<char32_t>& word) {
  std::vector<Unit> units;
  const size_t n = word.size();
  auto vowel_before = [&]() { return !units.empty() && units.back().vowel; };
  for (size_t i = 0; i < n; ++i) {
    const char32_t c = word[i];
    const bool last = i + 1 == n;
    const bool next_vowel = !last && (IsAlef(word[i + 1]) || IsWaw(word[i + 1]) || IsYa(word[i + 1]));
    if (IsAlef(c)) {
      units.push_back({c == U'\u0625' && i == 0 ? "i" : "a", true});
    } else if (IsWaw(c)) {
      // و opens a syllable at the start or after a vowel; between consonants it is o/u.
      if (i == 0 || vowel_before() || next_vowel) units.push_back({"w", false});
      else units.push_back({last ? "u" : "o", true});
    } else if (IsYa(c)) {
      if (c == U'\u0649') units.push_back({"a", true});
      else if (i == 0 || (vowel_before() && !last) || next_vowel) units.push_back({"y", false});
      else units.push_back({"i", true});
    } else if (c == U'\u0629') {
      units.push_back({"a", true});  // ة
    } else if (c == U'\u0639') {
      if (i == 0) units.push_back({"a", true});  // ع opening a word is heard as a vowel: عمر Omar
    } else if (c == U'\u0621') {
      // a lone hamza is a glottal stop: nothing to write
    } else if (c == U'\u0647' && last && !units.empty() && !units.back().vowel) {
      units.push_back({"eh", true});  // زاده zadeh
    } else if (const char* k = Consonant(c); *k != '\0') {
      units.push_back({k, false});
    }
  }
  return units;
}

std::string Spell(std::vector<Unit> units) {
  std::string out;
  if (units.empty()) return out;
  // Arabic words do not start with two consonants: خطيب is Khatib.
  if (units.size() >= 2 && !units[0].vowel && !units[1].vowel) units.insert(units.begin() + 1, Unit{"a", true});
  size_t run = 0;  // consonant letters since the last vowel
  bool any_vowel = false;
  for (size_t i = 0; i < units.size(); ++i) {
    const Unit& u = units[i];
    if (u.vowel) {
      run = 0;
      any_vowel = true;
    } else if (run + u.latin.size() >= 4 || (run >= 2 && u.latin.size() >= 2)) {
      out += 'a';  // no run of four consonants
      run = 0;
      any_vowel = true;
    }
    out += u.latin;
    if (!u.vowel) run += u.latin.size();
  }
  if (!any_vowel) {
    const size_t first = units[0].latin.size();
    out.insert(first, "a");
  }
  return out;
}

}  // namespace

std::string ReadableLatin(std::string_view arabic_word) {
  std::vector<char32_t> letters;
  for (char32_t c : CodePoints(arabic_word)) {
    if (IsLetter(c)) letters.push_back(c);
  }
  return Spell(Units(letters));
}

std::string TransliterateArabic(std::string_view arabic) {
  std::string out;
  size_t start = 0;
  while (start <= arabic.size()) {
    size_t space = arabic.find(' ', start);
    if (space == std::string_view::npos) space = arabic.size();
    std::string_view word = arabic.substr(start, space - start);
    std::string latin;
    constexpr std::string_view kAl = "\u0627\u0644";
    if (word.starts_with(kAl) && word.size() > kAl.size() + 2) {
      latin = "al-" + ReadableLatin(word.substr(kAl.size()));
    } else {
      latin = ReadableLatin(word);
    }
    if (!latin.empty()) out += (out.empty() ? "" : " ") + latin;
    start = space + 1;
  }
  return out;
}

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

std::string KebabId(std::string_view latin) {
  std::string id;
  for (char c : latin) {
    if (IsAsciiAlnum(c)) {
      id += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? "unnamed" : id;
}

std::string DisplayName(std::string_view latin) {
  std::string name;
  bool start = true;
  for (size_t i = 0; i < latin.size(); ++i) {
    const char c = latin[i];
    if (c == ' ') {
      if (!name.empty() && name.back() != ' ') name += ' ';
      start = true;
      continue;
    }
    // Particles stay lower case inside a name: Mohammed bin Salman, al-Huneiti.
    if (start && (latin.substr(i, 3) == "al-" || latin.substr(i, 4) == "bin " || latin.substr(i, 5) == "bint ")) {
      name += c;
      start = false;
      continue;
    }
    name += start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    start = c == '-';
  }
  while (!name.empty() && name.back() == ' ') name.pop_back();
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

}  // namespace tarikh::entities
