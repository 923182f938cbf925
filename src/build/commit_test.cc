// The commit step (build/commit.h): outputs placed all together, an
// unchanged one left alone, their hashes recorded, and the store's
// transaction applied — or, when it fails, the previous outputs put back.
#include "build/commit.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "build/hashing.h"
#include "common/testing_scratch.h"

namespace tarikh::build {
namespace {

class CommitTest : public ScratchDirTest {
 protected:
  CommitTest() : ScratchDirTest("tarikh-commit-") {}

  std::string Read(const std::string& name) const {
    std::ifstream in(dir_ / name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }

  // Places `files` (name, content) in dir_ as a build would.
  std::vector<OutputOutcome> Place(const std::vector<std::pair<std::string, std::string>>& files,
                                   const std::map<std::string, std::string>& recorded, StoreChanges* changes,
                                   std::vector<CommittedFile>* committed) {
    std::vector<PreparedOutput> prepared;
    for (const auto& [name, content] : files) prepared.push_back(PrepareOutput(dir_.string(), name, {content}));
    std::vector<OutputOutcome> outcomes;
    EXPECT_TRUE(PlaceOutputs(recorded, prepared, changes, &outcomes, committed).ok());
    return outcomes;
  }
};

TEST_F(CommitTest, OutputsArePlacedAndTheirHashesRecorded) {
  Result<Store> store = Store::Open((dir_ / "tarikh.sqlite").string(), 0);
  ASSERT_TRUE(store.ok());
  StoreChanges first;
  std::vector<CommittedFile> committed;
  std::vector<OutputOutcome> outcomes = Place({{"a.json", "[1]"}, {"b.svg", "<svg/>"}}, {}, &first, &committed);
  ASSERT_EQ(outcomes.size(), 2u);
  EXPECT_TRUE(outcomes[0].written);
  EXPECT_EQ(outcomes[0].previous_hash, "");
  EXPECT_EQ(first.outputs.at("a.json"), HashHex("[1]"));
  ASSERT_TRUE(CommitStore(store.value(), first, committed).ok());
  EXPECT_EQ(Read("a.json"), "[1]");
  EXPECT_EQ(store->Outputs().value(), first.outputs);

  StoreChanges second;
  committed.clear();
  outcomes = Place({{"a.json", "[1]"}, {"b.svg", "<svg>2</svg>"}}, store->Outputs().value(), &second, &committed);
  EXPECT_FALSE(outcomes[0].written);  // the same bytes: the file is left as it was
  EXPECT_TRUE(outcomes[1].written);
  EXPECT_EQ(outcomes[1].previous_hash, HashHex("<svg/>"));
  ASSERT_TRUE(CommitStore(store.value(), second, committed).ok());
  EXPECT_EQ(Read("b.svg"), "<svg>2</svg>");
  // No temporary and no previous file is left beside the outputs.
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir_)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("tarikh.sqlite") || name == kWorkFolder) continue;  // the store; the (empty) work folder
    EXPECT_TRUE(std::filesystem::is_regular_file(entry.path())) << name;
    ++files;
  }
  EXPECT_EQ(files, 2u);
  if (std::filesystem::exists(dir_ / kWorkFolder)) {
    EXPECT_TRUE(std::filesystem::is_empty(dir_ / kWorkFolder));
  }
}

TEST_F(CommitTest, AStoreThatCannotCommitPutsThePreviousOutputsBack) {
  Result<Store> store = Store::Open((dir_ / "tarikh.sqlite").string(), 0);
  ASSERT_TRUE(store.ok());
  StoreChanges first;
  std::vector<CommittedFile> committed;
  Place({{"a.json", "[1]"}}, {}, &first, &committed);
  ASSERT_TRUE(CommitStore(store.value(), first, committed).ok());
  StoreChanges second;
  committed.clear();
  Place({{"a.json", "[2]"}}, store->Outputs().value(), &second, &committed);
  EXPECT_EQ(Read("a.json"), "[2]");
  {
    sqlite3* db = nullptr;  // a trigger that fails the transaction's insert of an event
    ASSERT_EQ(sqlite3_open((dir_ / "tarikh.sqlite").c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "CREATE TRIGGER no_e BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'boom'); END;",
                           nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  second.events_added = {"e1"};
  EXPECT_FALSE(CommitStore(store.value(), second, committed).ok());
  EXPECT_EQ(Read("a.json"), "[1]");
}

}  // namespace
}  // namespace tarikh::build
