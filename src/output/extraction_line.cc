// Extraction and error lines (include/output/jsonl.h).
#include <utility>
#include <vector>

#include "ingest/json_line.h"
#include "output/base64.h"
#include "output/json.h"
#include "output/jsonl.h"
#include "store/record.h"

namespace tarikh {
namespace {

// Only these top-level keys are read back: the SPEC part of a line is
// skipped without being built (it is most of the line).
bool KeepReadKeys(int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
  if (depth != 1 || event != nlohmann::json::parse_event_t::key) return true;
  const std::string& key = parsed.get_ref<const std::string&>();
  return key == "record" || key == "fingerprint" || key == "path" || key == "error" || key == "line";
}

std::string OptionalString(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace

std::string ExtractionToLine(const Extraction& extraction, const FingerprintComponents& fingerprint) {
  std::vector<Extraction> one{extraction};
  std::string line = output::CorpusToCompactJson(BuildCorpus(std::move(one)));
  line.pop_back();  // the closing brace: the line's own fields follow
  line += ",\"record\":\"" + output::Base64Encode(ExtractionToRecord(extraction)) + "\",\"fingerprint\":";
  line += nlohmann::json(fingerprint).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return line + "}";
}

std::string ErrorLine(const std::string& path, int64_t line, const std::string& error) {
  nlohmann::ordered_json j;
  j["path"] = path.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(path);
  j["line"] = line;
  j["error"] = error;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Result<ExtractionLine> ParseExtractionLine(std::string_view line) {
  Result<nlohmann::json> parsed = ingest::ParseJsonLine(line, KeepReadKeys);
  if (!parsed.ok()) return parsed.status();
  const nlohmann::json& j = parsed.value();
  if (!j.is_object()) return Status::InvalidInput("not a JSON object");
  ExtractionLine out;
  out.path = OptionalString(j, "path");
  if (out.error = OptionalString(j, "error"); !out.error.empty()) {
    if (const auto line_number = j.find("line"); line_number != j.end() && line_number->is_number_integer()) {
      out.line = line_number->get<int64_t>();
    }
    return out;
  }
  const auto record = j.find("record");
  if (record == j.end() || !record->is_string()) {
    return Status::InvalidInput("no \"record\": not a line of `tarikh extract --jsonl`");
  }
  std::optional<std::string> bytes = output::Base64Decode(record->get_ref<const std::string&>());
  if (!bytes) return Status::InvalidInput("\"record\" is not base64");
  Result<Extraction> extraction = ExtractionFromRecord(*bytes);
  if (!extraction.ok()) {
    return Status::InvalidInput("\"record\" cannot be read (" + extraction.status().message() +
                                "): extract and build with the same tarikh");
  }
  const auto fingerprint = j.find("fingerprint");
  if (fingerprint == j.end() || !fingerprint->is_object()) return Status::InvalidInput("no \"fingerprint\" object");
  for (const auto& [name, value] : fingerprint->items()) {
    if (!value.is_string()) return Status::InvalidInput("\"fingerprint\": \"" + name + "\" is not a string");
    out.fingerprint[name] = value.get<std::string>();
  }
  out.record = std::move(bytes).value();
  out.extraction = std::move(extraction).value();
  out.path = out.extraction.document.path;
  return out;
}

}  // namespace tarikh
