// Proclitic analysis of Arabic words.
//
// Arabic writes conjunctions, prepositions, the future particle and the
// article glued to the next word: وبالناتو = و + ب + ال + ناتو. A word is
// read as (و|ف)? (ب|ل|ك|س)? (ال)? + stem, with ل + ال written لل. We list
// every reading the letters allow and let the lexicon decide which one is a
// known word: `وزير` reads as و + زير too, but only وزير is in any lexicon.
// This runs on every Arabic token, so it walks the word once and allocates nothing.
#include <algorithm>
#include <string_view>

#include "tarikh/text.h"

namespace tarikh {
namespace {

// Arabic letters are two bytes in UTF-8; these are their second bytes after 0xD8/0xD9.
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

struct Reading {
  int count;  // number of proclitics
  CliticSplit split;
};

class Collector {
 public:
  explicit Collector(std::string_view word) : word_(word) {}

  void Add(size_t prefix_bytes, int count, bool article, bool future) {
    if (count == 0) return;
    const std::string_view stem = word_.substr(prefix_bytes);
    if (CountCodePoints(stem) < kMinStemLetters) return;
    if (future && !StartsImperfect(stem)) return;
    readings_[size_++] = {count, {static_cast<uint8_t>(prefix_bytes), article}};
  }

  size_t Write(std::array<CliticSplit, kMaxCliticSplits>* out) {
    std::stable_sort(readings_.begin(), readings_.begin() + size_, [](const Reading& a, const Reading& b) {
      return a.count != b.count ? a.count < b.count : a.split.prefix_bytes < b.split.prefix_bytes;
    });
    for (size_t i = 0; i < size_; ++i) (*out)[i] = readings_[i].split;
    return size_;
  }

 private:
  std::string_view word_;
  std::array<Reading, kMaxCliticSplits> readings_{};
  size_t size_ = 0;
};

}  // namespace

size_t ProcliticSplits(std::string_view word, std::array<CliticSplit, kMaxCliticSplits>* out) {
  Collector readings(word);
  for (int conj = 0; conj < 2; ++conj) {
    const size_t c = conj == 0 ? 0 : kWaw.size();
    if (conj == 1 && !word.starts_with(kWaw) && !word.starts_with(kFa)) break;
    const std::string_view rest = word.substr(c);
    // No preposition: (conj) (ال)
    readings.Add(c, conj, false, false);
    if (rest.starts_with(kArticle)) readings.Add(c + kArticle.size(), conj + 1, true, false);
    // A preposition, then possibly the article (ل + ال is written لل).
    for (std::string_view prep : {kBa, kLam, kKaf, kSin}) {
      if (!rest.starts_with(prep)) continue;
      const size_t p = c + prep.size();
      readings.Add(p, conj + 1, false, prep == kSin);
      if (prep == kLam && word.substr(p).starts_with(kLam)) {
        readings.Add(p + kLam.size(), conj + 2, true, false);
      } else if (prep != kSin && prep != kLam && word.substr(p).starts_with(kArticle)) {
        readings.Add(p + kArticle.size(), conj + 2, true, false);
      }
    }
  }
  return readings.Write(out);
}

}  // namespace tarikh
