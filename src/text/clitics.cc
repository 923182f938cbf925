// Proclitic analysis of Arabic words.
//
// Arabic writes conjunctions, prepositions, the future particle and the
// article glued to the next word: وبالناتو = و + ب + ال + ناتو. A word is
// read as (و|ف)? (ب|ل|ك|س)? (ال)? + stem, with ل + ال written لل. We list
// every reading the letters allow and let the lexicon decide which one is a
// known word: `وزير` reads as و + زير too, but only وزير is in any lexicon.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "tarikh/text.h"

namespace tarikh {
namespace {

constexpr std::string_view kWaw = "\xD9\x88";        // و
constexpr std::string_view kFa = "\xD9\x81";         // ف
constexpr std::string_view kBa = "\xD8\xA8";         // ب
constexpr std::string_view kLam = "\xD9\x84";        // ل
constexpr std::string_view kKaf = "\xD9\x83";        // ك
constexpr std::string_view kSin = "\xD8\xB3";        // س
constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
constexpr size_t kMinStemLetters = 2;

size_t CountCodePoints(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// The future particle س only comes before an imperfect verb (ي ت ن ا).
bool StartsImperfect(std::string_view stem) {
  for (std::string_view prefix : {"\xD9\x8A", "\xD8\xAA", "\xD9\x86", "\xD8\xA7"}) {
    if (stem.starts_with(prefix)) return true;
  }
  return false;
}

}  // namespace

std::vector<CliticSplit> ProcliticSplits(std::string_view word) {
  struct Candidate {
    int count;
    CliticSplit split;
  };
  std::vector<Candidate> found;
  const std::array<std::string_view, 3> conjunctions = {"", kWaw, kFa};
  const std::array<std::string_view, 5> prepositions = {"", kBa, kLam, kKaf, kSin};
  for (std::string_view conj : conjunctions) {
    for (std::string_view prep : prepositions) {
      for (bool article : {false, true}) {
        if (conj.empty() && prep.empty() && !article) continue;  // the unsplit word
        if (prep == kSin && article) continue;
        std::string prefix(conj);
        if (prep == kLam && article) {
          prefix.append(kLam).append(kLam);  // ل + ال is written لل
        } else {
          prefix.append(prep);
          if (article) prefix.append(kArticle);
        }
        if (!word.starts_with(prefix)) continue;
        std::string_view stem = word.substr(prefix.size());
        if (CountCodePoints(stem) < kMinStemLetters) continue;
        if (prep == kSin && !StartsImperfect(stem)) continue;
        const int count = !conj.empty() + !prep.empty() + article;
        found.push_back({count, CliticSplit{static_cast<uint8_t>(prefix.size()), article, std::string(stem)}});
      }
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return a.count != b.count ? a.count < b.count : a.split.prefix_bytes < b.split.prefix_bytes;
  });
  std::vector<CliticSplit> out;
  out.reserve(found.size());
  for (auto& c : found) out.push_back(std::move(c.split));
  return out;
}

}  // namespace tarikh
