// One line of JSON lines (output/jsonl.h) parsed with nlohmann-json, its
// errors turned into a Status that names the byte offset and never quotes the
// input: a bad line may be megabytes long, or not UTF-8.
#ifndef TARIKH_INGEST_JSON_LINE_H_
#define TARIKH_INGEST_JSON_LINE_H_

#include <nlohmann/json.hpp>
#include <string_view>

#include "tarikh/status.h"

namespace tarikh::ingest {

// kInvalidInput "not JSON at byte 17: syntax error while parsing object - …".
// `keep`, when given, is nlohmann's parser callback (to skip what is not needed).
Result<nlohmann::json> ParseJsonLine(std::string_view line, const nlohmann::json::parser_callback_t& keep = nullptr);

}  // namespace tarikh::ingest

#endif  // TARIKH_INGEST_JSON_LINE_H_
