// output/ holds what `tarikh build samples -o output` writes, committed so
// that a change in what tarikh extracts shows up in review as a diff. This
// test rebuilds it and fails if anything differs (regenerate with
// `build/tarikh build samples -o output` and commit the result).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Files a build writes that are state, not output (the store, temporaries).
bool IsOutput(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.find(".sqlite") == std::string::npos && name.find(".tmp-") == std::string::npos;
}

std::set<std::string> OutputFiles(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_regular_file() && IsOutput(e.path())) names.insert(e.path().filename().string());
  }
  return names;
}

TEST(OutputTest, CommittedOutputIsWhatSamplesBuildTo) {
  const fs::path source = TARIKH_SOURCE_DIR;
  const fs::path fresh = fs::path(::testing::TempDir()) / "tarikh-output-test";
  fs::remove_all(fresh);
  const std::string cmd = "cd '" + source.string() + "' && '" TARIKH_BINARY "' build samples -o '" +
                          fresh.string() + "' --quiet";
  const int raw = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(raw) && WEXITSTATUS(raw) == 0) << cmd;

  const fs::path committed = source / "output";
  ASSERT_TRUE(fs::is_directory(committed)) << "output/ is missing: run build/tarikh build samples -o output";
  EXPECT_EQ(OutputFiles(committed), OutputFiles(fresh));
  for (const std::string& name : OutputFiles(fresh)) {
    EXPECT_TRUE(ReadAll(committed / name) == ReadAll(fresh / name))
        << "output/" << name << " is out of date: run build/tarikh build samples -o output";
  }
  fs::remove_all(fresh);
}

}  // namespace
