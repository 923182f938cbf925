#include "common/files.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
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

// The names in `folder` that a reader listing it sees (hidden ones left out).
std::vector<std::string> Visible(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with('.')) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The replaced files are kept in the work folder, listed for the caller;
// the new content is in place; a file that did not exist is simply written;
// no temporary is ever among the files.
TEST_F(FilesTest, ReplacedFilesAreKeptInTheWorkFolder) {
  const std::string a = (dir_ / "a.json").string(), b = (dir_ / "b.csv").string();
  ASSERT_TRUE(WriteFileAtomically(a, "old a").ok());
  std::vector<CommittedFile> committed;
  Result<std::vector<WriteOutcome>> outcomes = WriteFilesAtomically({{a, "new a"}, {b, "new b"}}, &committed);
  ASSERT_TRUE(outcomes.ok()) << outcomes.status().message();
  EXPECT_EQ(Slurp(a), "new a");
  EXPECT_EQ(Slurp(b), "new b");
  ASSERT_EQ(committed.size(), 2u);
  EXPECT_EQ(fs::path(committed[0].previous).parent_path(), dir_ / kWorkFolder);
  EXPECT_EQ(Slurp(committed[0].previous), "old a");
  EXPECT_EQ(committed[1].previous, "");  // b.csv replaced nothing
  EXPECT_EQ(Visible(dir_), (std::vector<std::string>{"a.json", "b.csv"}));
  RemovePrevious(committed);
  EXPECT_FALSE(fs::exists(committed[0].previous));

  // Without a list, nothing is left behind.
  ASSERT_TRUE(WriteFilesAtomically({{a, "newer a"}}).ok());
  EXPECT_EQ(Slurp(a), "newer a");
  EXPECT_TRUE(fs::is_empty(dir_ / kWorkFolder));
}

// A commit undone (the store's transaction failed) leaves the folder as it
// was: replaced files back, new ones gone.
TEST_F(FilesTest, UndoPutsThePreviousFilesBack) {
  const std::string a = (dir_ / "a.json").string(), b = (dir_ / "b.csv").string();
  ASSERT_TRUE(WriteFileAtomically(a, "old a").ok());
  std::vector<CommittedFile> committed;
  ASSERT_TRUE(WriteFilesAtomically({{a, "new a"}, {b, "new b"}}, &committed).ok());
  ASSERT_TRUE(UndoCommit(committed).ok());
  EXPECT_EQ(Slurp(a), "old a");
  EXPECT_FALSE(fs::exists(b));
  EXPECT_EQ(Visible(dir_), std::vector<std::string>{"a.json"});
  EXPECT_TRUE(fs::is_empty(dir_ / kWorkFolder));
}

// A folder where a file goes is never swapped away: the write fails, the
// files renamed before it are put back, and the folder stays.
TEST_F(FilesTest, AFolderInTheWayIsAnErrorAndUndoesTheOthers) {
  const std::string a = (dir_ / "a.json").string();
  ASSERT_TRUE(WriteFileAtomically(a, "old a").ok());
  fs::create_directories(dir_ / "events.json");
  std::vector<CommittedFile> committed;
  Result<std::vector<WriteOutcome>> outcomes =
      WriteFilesAtomically({{a, "new a"}, {(dir_ / "events.json").string(), "x"}}, &committed);
  ASSERT_FALSE(outcomes.ok());
  EXPECT_NE(outcomes.status().message().find("events.json: cannot rename a temporary file onto it: Is a directory"),
            std::string::npos)
      << outcomes.status().message();
  EXPECT_TRUE(fs::is_directory(dir_ / "events.json"));
  EXPECT_EQ(Slurp(a), "old a");
  EXPECT_TRUE(committed.empty());
  EXPECT_TRUE(fs::is_empty(dir_ / kWorkFolder));
}

// What a killed build leaves in the work folder goes; the lock stays.
TEST_F(FilesTest, RemoveTemporariesKeepsTheLock) {
  fs::create_directories(dir_ / kWorkFolder / "stray-folder");
  std::ofstream(dir_ / kWorkFolder / "events.json.Ab12Cd") << "partial";
  std::ofstream(dir_ / kWorkFolder / kLockFile) << "";
  std::ofstream(dir_ / "events.json") << "an output";
  RemoveTemporaries(dir_.string());
  EXPECT_TRUE(fs::exists(dir_ / kWorkFolder / kLockFile));
  EXPECT_FALSE(fs::exists(dir_ / kWorkFolder / "events.json.Ab12Cd"));
  EXPECT_FALSE(fs::exists(dir_ / kWorkFolder / "stray-folder"));
  EXPECT_EQ(Slurp(dir_ / "events.json"), "an output");
}

// One holder at a time; a second waits, then says busy; the lock goes with its holder.
TEST_F(FilesTest, FileLockIsExclusive) {
  const std::string path = (dir_ / "lock").string();
  FileLock::Failure failure;
  std::string error;
  std::optional<FileLock> first = FileLock::Acquire(path, 0, &failure, &error);
  ASSERT_TRUE(first.has_value()) << error;
  EXPECT_FALSE(FileLock::Acquire(path, 100, &failure, &error).has_value());
  EXPECT_EQ(failure, FileLock::Failure::kBusy);
  first.reset();
  EXPECT_TRUE(FileLock::Acquire(path, 0, &failure, &error).has_value());
  EXPECT_FALSE(FileLock::Acquire((dir_ / "no-such-folder" / "lock").string(), 0, &failure, &error).has_value());
  EXPECT_EQ(failure, FileLock::Failure::kCannotOpen);
  EXPECT_EQ(error, "No such file or directory");
}

TEST(QuoteNameTest, QuotesAsLsQuotingStyleC) {
  struct Case {
    std::string name, quoted;
  };
  const Case kCases[] = {
      {"news/a.md", "news/a.md"},
      {"أخبار/خبر عاجل.txt", "أخبار/خبر عاجل.txt"},  // printable UTF-8 and blanks are shown as they are
      {"it's.txt", "it's.txt"},
      {"back\\slash.txt", "back\\slash.txt"},  // quoted only where quoting is needed, as ls's c-maybe
      {"a\nb.txt", "\"a\\nb.txt\""},
      {"tab\tx.txt", "\"tab\\tx.txt\""},
      {"cr\r\a\b\v\f.md", "\"cr\\r\\a\\b\\v\\f.md\""},
      {"q\"uote.txt", "\"q\\\"uote.txt\""},
      {"both\\\n.txt", "\"both\\\\\\n.txt\""},
      {"esc\x1b[31m.txt", "\"esc\\033[31m.txt\""},
      {"del\x7f.txt", "\"del\\177.txt\""},
      {"bad\xff.txt", "\"bad\\377.txt\""},
      {"c1\u0085.txt", "\"c1\\302\\205.txt\""},
      {"rlo\u202Etxt.exe", "\"rlo\\342\\200\\256txt.exe\""},  // ls shows bidi controls; tarikh does not
      {"alm\u061C.md", "\"alm\\330\\234.md\""},
  };
  for (const Case& c : kCases) EXPECT_EQ(QuoteName(c.name), c.quoted) << c.name;
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
