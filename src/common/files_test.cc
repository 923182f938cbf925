#include "tarikh/files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/testing_scratch.h"

namespace tarikh {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) { return ReadFileIfExists(p.string()).value_or("<missing>"); }

class FilesTest : public ScratchDirTest {
 protected:
  FilesTest() : ScratchDirTest("tarikh-files-") {}
};

// The replaced files are left for the caller at the names it is given; the
// new content is in place; a file that did not exist is simply written.
TEST_F(FilesTest, ReplacedFilesAreLeftForTheCallerToRemove) {
  const std::string a = (dir_ / "a.json").string(), b = (dir_ / "b.csv").string();
  ASSERT_TRUE(WriteFileAtomically(a, "old a").ok());
  std::vector<std::string> replaced;
  Result<std::vector<WriteOutcome>> outcomes = WriteFilesAtomically({{a, "new a"}, {b, "new b"}}, &replaced);
  ASSERT_TRUE(outcomes.ok()) << outcomes.status().message();
  EXPECT_EQ(Slurp(a), "new a");
  EXPECT_EQ(Slurp(b), "new b");
  ASSERT_EQ(replaced.size(), 1u);
  EXPECT_NE(replaced[0].find("a.json.tmp-"), std::string::npos);
  EXPECT_EQ(Slurp(replaced[0]), "old a");

  // Without a list, nothing is left behind.
  ASSERT_TRUE(WriteFilesAtomically({{a, "newer a"}}).ok());
  EXPECT_EQ(Slurp(a), "newer a");
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir_)) files += entry.is_regular_file();
  EXPECT_EQ(files, 3u);  // a.json, b.csv, and the one the caller was left
}

// A folder where a file goes is never swapped away: the write fails and the
// folder stays.
TEST_F(FilesTest, AFolderInTheWayIsAnError) {
  fs::create_directories(dir_ / "events.json");
  std::vector<std::string> replaced;
  EXPECT_FALSE(WriteFilesAtomically({{(dir_ / "events.json").string(), "x"}}, &replaced).ok());
  EXPECT_TRUE(fs::is_directory(dir_ / "events.json"));
  EXPECT_TRUE(replaced.empty());
}


// A file given as parts is written as their bytes one after another, however
// many (more than one writev takes) and with empty ones among them; the same
// parts again leave the file alone.
TEST_F(FilesTest, PartsAreWrittenInOrder) {
  std::vector<std::string> storage;
  for (int i = 0; i < 2000; ++i) storage.push_back(i % 7 == 0 ? "" : std::to_string(i) + ",");
  std::vector<std::string_view> parts(storage.begin(), storage.end());
  std::string expected;
  for (const std::string& p : storage) expected += p;
  const std::string path = (dir_ / "events.csv").string();
  Result<PreparedFile> file = PrepareFile(path, parts);
  ASSERT_TRUE(file.ok()) << file.status().message();
  ASSERT_FALSE(file->temporary.empty());
  Result<std::vector<WriteOutcome>> committed = CommitFiles({file.value()});
  ASSERT_TRUE(committed.ok());
  EXPECT_EQ(Slurp(path), expected);

  Result<PreparedFile> same = PrepareFile(path, parts);
  ASSERT_TRUE(same.ok());
  EXPECT_TRUE(same->temporary.empty());  // already holds them
  parts.back() = "changed";
  Result<PreparedFile> other = PrepareFile(path, parts);
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE(other->temporary.empty());
  DiscardFiles({other.value()});
  EXPECT_FALSE(fs::exists(other->temporary));
}

}  // namespace
}  // namespace tarikh
