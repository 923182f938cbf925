// Helpers shared by the render tests.
#ifndef TARIKH_RENDER_TESTING_UTIL_H_
#define TARIKH_RENDER_TESTING_UTIL_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tarikh/render.h"

namespace tarikh::render_testing {

inline bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

inline std::map<std::string, std::string> FilesByName(const std::vector<OutputFile>& files) {
  std::map<std::string, std::string> out;
  for (const OutputFile& f : files) out[f.name] = f.content;
  return out;
}

}  // namespace tarikh::render_testing

#endif  // TARIKH_RENDER_TESTING_UTIL_H_
