#include "ingest/json_line.h"

#include <string>

namespace tarikh::ingest {
namespace {

// nlohmann's message without its prefix and without the `last read: '…'`
// quote of the input: "[json.exception.parse_error.101] parse error at line
// 1, column 6: syntax error while parsing value - invalid literal; last read:
// '"a":x'; expected …" → "syntax error while parsing value - invalid literal; expected …".
std::string Describe(const std::string& what) {
  constexpr std::string_view kLastRead = "; last read: '";
  constexpr std::string_view kExpected = "'; expected ";
  const size_t column = what.find("column ");
  const size_t begin = column == std::string::npos ? what.find("] ") : what.find(": ", column);
  std::string out = begin == std::string::npos ? what : what.substr(begin + 2);
  if (const size_t quote = out.find(kLastRead); quote != std::string::npos) {
    const size_t expected = out.rfind(kExpected);
    const std::string tail = expected != std::string::npos && expected >= quote + kLastRead.size()
                                 ? "; expected " + out.substr(expected + kExpected.size())
                                 : "";
    out = out.substr(0, quote) + tail;
  }
  constexpr size_t kMaxBytes = 200;  // nlohmann's own words are ASCII: a cut splits no character
  if (out.size() > kMaxBytes) out = out.substr(0, kMaxBytes) + "...";
  return out;
}

}  // namespace

Result<nlohmann::json> ParseJsonLine(std::string_view line, const nlohmann::json::parser_callback_t& keep) {
  // nlohmann reports errors by throwing; nothing is thrown out of the library.
  try {
    return nlohmann::json::parse(line, keep);
  } catch (const nlohmann::json::parse_error& e) {
    return Status::InvalidInput("not JSON at byte " + std::to_string(e.byte) + ": " + Describe(e.what()));
  } catch (const std::exception& e) {
    return Status::InvalidInput(std::string("cannot read the line: ") + e.what());
  }
}

}  // namespace tarikh::ingest
