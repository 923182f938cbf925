// What the benchmarks share: news text of a given size built from sentences
// written for them, and the stages loaded once from the data folder.
#ifndef TARIKH_BENCH_BENCH_UTIL_H_
#define TARIKH_BENCH_BENCH_UTIL_H_

#include <span>
#include <string>

#include "tarikh/data_dir.h"
#include "tarikh/entities.h"
#include "tarikh/temporal.h"

namespace tarikh::bench {

// `sentences` repeated until `bytes`, a line break every fourth sentence and,
// every seventh, a sentence with a varying number (most news numbers are not dates).
inline std::string RepeatSentences(std::span<const char* const> sentences, size_t bytes) {
  std::string text;
  size_t n = 0;
  while (text.size() < bytes) {
    for (const char* s : sentences) {
      text += s;
      text += (++n % 4 == 0) ? "\n" : " ";
      if (n % 7 == 0) text += "وبلغ عدد المشاركين " + std::to_string(100 + n % 900) + " مشاركا. ";
    }
  }
  return text;
}

inline const TemporalTagger& Tagger() {
  static const TemporalTagger* tagger = new TemporalTagger(std::move(TemporalTagger::Load(DefaultDataDir())).value());
  return *tagger;
}

inline const EntityRecognizer& Recognizer() {
  static const EntityRecognizer* recognizer =
      new EntityRecognizer(std::move(EntityRecognizer::Load(DefaultDataDir())).value());
  return *recognizer;
}

}  // namespace tarikh::bench

#endif  // TARIKH_BENCH_BENCH_UTIL_H_
