// Helpers for the temporal tests: one tagger loaded from the source tree's data/.
#ifndef TARIKH_TEMPORAL_TESTING_UTIL_H_
#define TARIKH_TEMPORAL_TESTING_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "tarikh/temporal.h"
#include "tarikh/text.h"

namespace tarikh::temporal {

inline const TemporalTagger& TestTagger() {
  static const TemporalTagger* tagger = [] {
    Result<TemporalTagger> t = TemporalTagger::Load(std::string(TARIKH_SOURCE_DIR) + "/data");
    if (!t.ok()) {
      std::fprintf(stderr, "%s\n", t.status().message().c_str());
      std::abort();
    }
    return new TemporalTagger(std::move(t).value());
  }();
  return *tagger;
}

inline std::vector<Timex> TagText(const std::string& text, const std::string& doc_date) {
  return TestTagger().Tag(text, AnalyzeText(text), doc_date);
}

}  // namespace tarikh::temporal

#endif  // TARIKH_TEMPORAL_TESTING_UTIL_H_
