#include "common/bidi.h"

namespace tarikh::internal {

std::string WithoutBidiControls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (const size_t n = BidiControlAt(text, i)) {
      i += n;
    } else {
      out.push_back(text[i++]);
    }
  }
  return out;
}

}  // namespace tarikh::internal
