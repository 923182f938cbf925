// Helpers for the temporal tests: one tagger loaded from the source tree's data/.
#ifndef TARIKH_TEMPORAL_TESTING_UTIL_H_
#define TARIKH_TEMPORAL_TESTING_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <vector>

#include <gtest/gtest.h>

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

// One row of a table of cases: a piece of Arabic news text, its document
// date, the expression the tagger must find (as written), its TIMEX3 value,
// type and mod. A row with an empty surface expects no time expression at all.
struct Case {
  const char* text;
  const char* doc_date;
  const char* surface;  // "" = no timex in `text`
  const char* value;
  const char* type = "DATE";
  const char* mod = "";
};

inline std::string Dump(const std::vector<Timex>& timexes) {
  std::string out;
  for (const Timex& t : timexes) {
    out += "  [" + t.text + "] " + TimexTypeName(t.type) + " " + t.value + (t.mod.empty() ? "" : " mod=" + t.mod) + "\n";
  }
  return out.empty() ? "  (none)\n" : out;
}

// Whether the tagger gets row `c` right; `why` says what it found when not.
inline bool CaseHolds(const Case& c, std::string* why) {
  const std::vector<Timex> found = TagText(c.text, c.doc_date);
  if (*c.surface == '\0') {
    if (found.empty()) return true;
    *why = std::string(c.text) + "\n expected no timex, found:\n" + Dump(found);
    return false;
  }
  for (const Timex& t : found) {
    if (t.text == c.surface && t.value == c.value && std::string(TimexTypeName(t.type)) == c.type && t.mod == c.mod) {
      return true;
    }
  }
  *why = std::string(c.text) + " (" + c.doc_date + ")\n expected [" + c.surface + "] " + c.type + " " + c.value +
         (*c.mod ? std::string(" mod=") + c.mod : "") + ", found:\n" + Dump(found);
  return false;
}

// Every row must hold; each failure is reported with what was found.
inline void ExpectAllCases(std::span<const Case> cases) {
  int failures = 0;
  for (const Case& c : cases) {
    std::string why;
    if (!CaseHolds(c, &why)) {
      ++failures;
      ADD_FAILURE() << why;
    }
  }
  EXPECT_EQ(failures, 0) << "of " << cases.size() << " cases";
}

}  // namespace tarikh::temporal

#endif  // TARIKH_TEMPORAL_TESTING_UTIL_H_
