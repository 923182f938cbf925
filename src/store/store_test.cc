#include "tarikh/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "common/testing_scratch.h"

namespace tarikh {
namespace {

namespace fs = std::filesystem;

class StoreTest : public ScratchDirTest {
 protected:
  StoreTest() : ScratchDirTest("tarikh-store-") {}
  void SetUp() override {
    ScratchDirTest::SetUp();
    path_ = (dir_ / "tarikh.sqlite").string();
  }

  static StoredDocument Doc(const std::string& path, const std::string& hash) {
    return {path, 10, 20, hash, "fp1", "d-" + hash, "{\"x\":1}", {}};
  }

  std::string path_;
};

TEST_F(StoreTest, KeepsDocumentsAndOutputsAcrossOpens) {
  {
    Result<Store> store = Store::Open(path_, 1000);
    ASSERT_TRUE(store.ok()) << store.status().message();
    StoreChanges c;
    c.upserts = {Doc("a.md", "h1"), Doc("b.md", "h2")};
    c.outputs = {{"events.json", "o1"}};
    ASSERT_TRUE(store->Apply(c).ok());
  }
  Result<Store> store = Store::Open(path_, 1000);
  ASSERT_TRUE(store.ok());
  auto docs = store->Documents(true);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_EQ(store->DocumentCount().value(), 2u);
  EXPECT_EQ(docs->at("a.md").content_hash, "h1");
  EXPECT_EQ(docs->at("b.md").extraction, "{\"x\":1}");
  EXPECT_EQ(store->Documents(false)->at("b.md").extraction, "");
  EXPECT_EQ(store->Outputs()->at("events.json"), "o1");

  StoreChanges c;
  c.upserts = {Doc("a.md", "h3")};
  c.removed = {"b.md"};
  ASSERT_TRUE(store->Apply(c).ok());
  docs = store->Documents(false);
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ(store->DocumentCount().value(), 1u);
  EXPECT_EQ(docs->at("a.md").content_hash, "h3");
}

// A small transaction stays in the WAL (no checkpoint, no fsync), and is
// there for the next open; a large one is folded into the store and the WAL
// emptied.
TEST_F(StoreTest, SmallTransactionsStayInTheWalLargeOnesAreCheckpointed) {
  const std::string wal = path_ + "-wal";
  {
    Result<Store> store = Store::Open(path_, 1000);
    ASSERT_TRUE(store.ok());
    StoreChanges small;
    small.upserts = {Doc("a.md", "h1")};
    ASSERT_TRUE(store->Apply(small).ok());
  }
  ASSERT_TRUE(fs::exists(wal));
  EXPECT_GT(fs::file_size(wal), 0u);  // not checkpointed on close
  {
    Result<Store> store = Store::Open(path_, 1000);
    ASSERT_TRUE(store.ok());
    EXPECT_EQ(store->Documents(false)->at("a.md").content_hash, "h1");
    StoreChanges large;  // 20 MB of extractions, as a full build writes
    for (int i = 0; i < 20; ++i) {
      StoredDocument d = Doc("big" + std::to_string(i) + ".md", "b" + std::to_string(i));
      d.extraction = std::string(1 << 20, static_cast<char>('a' + i));
      large.upserts.push_back(d);
    }
    ASSERT_TRUE(store->Apply(large).ok());
    EXPECT_EQ(fs::file_size(wal), 0u);
  }
  EXPECT_GT(fs::file_size(path_), 20u << 20);  // in the store itself
  Result<Store> store = Store::Open(path_, 1000);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(store->Documents(false)->size(), 21u);
}

TEST_F(StoreTest, KeepsMergedEventsMetaAndFingerprints) {
  Result<Store> store = Store::Open(path_, 1000);
  ASSERT_TRUE(store.ok());
  StoreChanges c;
  c.events_added = {"e1", "e2", "e3"};
  c.state = BuildState{};
  c.state->corpus_documents = "abc";
  c.fingerprints = {{"f1", "{\"code\":\"1\"}"}};
  ASSERT_TRUE(store->Apply(c).ok());
  auto events = store->Events();
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 3u);
  StoreChanges d;
  d.events_removed = {events->at(1).seq};
  d.events_added = {"e4"};
  ASSERT_TRUE(store->Apply(d).ok());
  std::string all;
  const std::vector<StoredEvent> after = store->Events().value();
  for (const StoredEvent& e : after) all += e.event + " ";
  EXPECT_EQ(all, "e1 e3 e4 ");
  EXPECT_EQ(store->State()->corpus_documents, "abc");
  EXPECT_FALSE(store->State()->counts.has_value());
  EXPECT_EQ(store->FingerprintComponents("f1").value(), "{\"code\":\"1\"}");
  StoreChanges r;
  r.replace_events = true;
  r.events_added = {"e5"};
  ASSERT_TRUE(store->Apply(r).ok());
  EXPECT_EQ(store->Events()->size(), 1u);
}

// Every field of what one build leaves for the next comes back as written,
// and a build that writes no state leaves the stored one alone.
TEST_F(StoreTest, KeepsTheBuildStateWhole) {
  Result<Store> store = Store::Open(path_, 1000);
  ASSERT_TRUE(store.ok());
  BuildState state;
  state.corpus_documents = "0123456789abcdef";
  state.counts = CorpusCounts{12, 345, 67};
  state.render_options = "--labels both";
  state.render_code = "tarikh 0.1.0 (render code 1)";
  state.pieces_written_with = "p";
  state.layouts = {{"k1", "10,20 30,40"}, {"k2", "\"quoted\" \n"}};
  state.layouts_computed_with = "l";
  state.betweenness = "b 1 2\n3";
  state.betweenness_computed_with = "bw";
  state.new_events = {"ev-1", "ev-2"};
  StoreChanges c;
  c.state = state;
  ASSERT_TRUE(store->Apply(c).ok());
  ASSERT_TRUE(store->Apply(StoreChanges{}).ok());
  const BuildState read = store->State().value();
  EXPECT_EQ(read.corpus_documents, state.corpus_documents);
  ASSERT_TRUE(read.counts.has_value());
  EXPECT_EQ(read.counts->articles, 12u);
  EXPECT_EQ(read.counts->events, 345u);
  EXPECT_EQ(read.counts->actors, 67u);
  EXPECT_EQ(read.render_options, state.render_options);
  EXPECT_EQ(read.render_code, state.render_code);
  EXPECT_EQ(read.pieces_written_with, "p");
  EXPECT_EQ(read.layouts, state.layouts);
  EXPECT_EQ(read.layouts_computed_with, "l");
  EXPECT_EQ(read.betweenness, state.betweenness);
  EXPECT_EQ(read.betweenness_computed_with, "bw");
  EXPECT_EQ(read.new_events, state.new_events);
  state.new_events.clear();
  c.state = state;
  ASSERT_TRUE(store->Apply(c).ok());
  EXPECT_TRUE(store->State()->new_events.empty());
}

TEST_F(StoreTest, AFailedTransactionChangesNothing) {
  Result<Store> store = Store::Open(path_, 1000);
  ASSERT_TRUE(store.ok());
  StoreChanges c;
  c.upserts = {Doc("a.md", "h1")};
  ASSERT_TRUE(store->Apply(c).ok());
  {
    sqlite3* db = nullptr;  // a trigger that fails the second write of the next transaction
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "CREATE TRIGGER no_e BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'boom'); END;",
                           nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  StoreChanges d;
  d.removed = {"a.md"};
  d.events_added = {"e1"};
  EXPECT_FALSE(store->Apply(d).ok());
  EXPECT_EQ(store->Documents(false)->size(), 1u);  // the removal was rolled back with the failed insert
}

TEST_F(StoreTest, SecondOpenSaysTheStoreIsBusy) {
  Result<Store> first = Store::Open(path_, 1000);
  ASSERT_TRUE(first.ok());
  Result<Store> second = Store::Open(path_, 100);
  ASSERT_FALSE(second.ok());
  EXPECT_NE(second.status().message().find("busy"), std::string::npos);
}

TEST_F(StoreTest, AnotherSchemaVersionIsRebuilt) {
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_exec(db,
                 "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                 "INSERT INTO meta VALUES('schema_version', '0');"
                 "CREATE TABLE documents(path TEXT);",
                 nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  bool rebuilt = false;
  Result<Store> store = Store::Open(path_, 1000, &rebuilt);
  ASSERT_TRUE(store.ok()) << store.status().message();
  EXPECT_TRUE(rebuilt);
  EXPECT_TRUE(store->Documents(true)->empty());
}

TEST_F(StoreTest, NeverOverwritesAFileThatIsNotAStore) {
  std::ofstream(path_) << "my thesis, not a database\n";
  Result<Store> store = Store::Open(path_, 1000);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("not a tarikh store"), std::string::npos);
  std::ifstream in(path_);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "my thesis, not a database");
}

TEST_F(StoreTest, ReadOnlyStoreIsAClearError) {
  if (geteuid() == 0) GTEST_SKIP() << "root ignores file permissions";
  ASSERT_TRUE(Store::Open(path_, 1000).ok());
  fs::permissions(path_, fs::perms::owner_read, fs::perm_options::replace);
  Result<Store> store = Store::Open(path_, 1000);
  if (store.ok()) {
    StoreChanges c;
    c.upserts = {Doc("a.md", "h")};
    Status s = store->Apply(c);
    EXPECT_FALSE(s.ok());
    EXPECT_NE(s.message().find(path_), std::string::npos);
  } else {
    EXPECT_NE(store.status().message().find(path_), std::string::npos);
  }
}

}  // namespace
}  // namespace tarikh
