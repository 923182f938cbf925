// Helpers for the entity tests: one recogniser loaded from the source tree's
// data/, and a one-line dump of what it found.
#ifndef TARIKH_ENTITIES_TESTING_UTIL_H_
#define TARIKH_ENTITIES_TESTING_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <string>

#include "tarikh/entities.h"
#include "tarikh/text.h"

namespace tarikh::entities {

inline const EntityRecognizer& TestRecognizer() {
  static const EntityRecognizer* recognizer = [] {
    Result<EntityRecognizer> r = EntityRecognizer::Load(std::string(TARIKH_SOURCE_DIR) + "/data");
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().message().c_str());
      std::abort();
    }
    return new EntityRecognizer(std::move(r).value());
  }();
  return *recognizer;
}

inline EntityResult RecognizeText(const std::string& text, const std::string& doc_date) {
  return TestRecognizer().Recognize(text, AnalyzeText(text), doc_date);
}

// "surface→id | surface→@place-id | surface→@place-id>country-id | ..." in
// text order (`>` marks the country a destination stands for).
inline std::string DumpMentions(const EntityResult& result) {
  std::string out;
  for (const Mention& m : result.mentions) {
    out += (out.empty() ? "" : " | ") + m.text + "\u2192" + (m.place ? "@" : "") + m.actor_id;
    if (!m.stands_for.empty()) out += ">" + m.stands_for;
  }
  return out;
}

}  // namespace tarikh::entities

#endif  // TARIKH_ENTITIES_TESTING_UTIL_H_
