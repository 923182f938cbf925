// SPEC §3 JSON on one line, for the writers that embed it: extraction lines
// (output/jsonl.h) write it with fields of their own. CorpusToJson
// (tarikh/extraction.h) is the same, pretty-printed as events.json.
#ifndef TARIKH_OUTPUT_JSON_H_
#define TARIKH_OUTPUT_JSON_H_

#include <string>

#include "tarikh/extraction.h"

namespace tarikh::output {

// nlohmann's dump(-1) layout: no whitespace, no final newline.
std::string CorpusToCompactJson(const Corpus& corpus);

}  // namespace tarikh::output

#endif  // TARIKH_OUTPUT_JSON_H_
