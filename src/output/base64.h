// Base64 (RFC 4648, standard alphabet, padded): how extraction lines
// (output/jsonl.h) carry binary store records inside a JSON string.
#ifndef TARIKH_OUTPUT_BASE64_H_
#define TARIKH_OUTPUT_BASE64_H_

#include <optional>
#include <string>
#include <string_view>

namespace tarikh::output {

std::string Base64Encode(std::string_view bytes);

// nullopt for text that is not padded standard base64.
std::optional<std::string> Base64Decode(std::string_view text);

}  // namespace tarikh::output

#endif  // TARIKH_OUTPUT_BASE64_H_
