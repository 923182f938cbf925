#include "tarikh/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace tarikh {

std::string DefaultDataDir() {
  if (const char* env = std::getenv("TARIKH_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const auto& candidate : {exe.parent_path() / "data", exe.parent_path().parent_path() / "data",
                                  exe.parent_path().parent_path() / "share" / "tarikh" / "data"}) {
      if (std::filesystem::is_directory(candidate / "temporal", ec)) return candidate.string();
    }
  }
  return TARIKH_DEFAULT_DATA_DIR;
}

}  // namespace tarikh
