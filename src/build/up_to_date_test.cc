// CheckUpToDate against an in-memory file system (VirtualFileSystem) and a
// store of the test's own: every way a build can have work, one row each.
#include "build/up_to_date.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "build/testing_file_system.h"
#include "common/testing_scratch.h"

namespace tarikh::build {
namespace {

using testing::VirtualFileSystem;

const FingerprintComponents kFingerprint = {{"code", "tarikh test"}, {"--doc-date", ""}};
constexpr const char* kRenderKey = "labels=both";

class UpToDateTest : public ScratchDirTest {
 public:  // the rows of EveryChangeIsWork reach the fixture through a pointer
  UpToDateTest() : ScratchDirTest("tarikh-up-to-date-") {}

  // A store as a build of news/a.md and news/b.md into out/ leaves it.
  void SetUp() override {
    ScratchDirTest::SetUp();
    Result<Store> store = Store::Open((dir_ / "tarikh.sqlite").string(), 0);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_.emplace(std::move(store).value());
    fs_.Write("news/a.md", "an article");
    fs_.Write("news/b.md", "another article");
    fs_.Write("out/events.json", "[]");
    fs_.Write("out/index.html", "<html></html>");
    StoreChanges c;
    for (const char* path : {"news/a.md", "news/b.md"}) c.upserts.push_back(Row(path, path));
    c.outputs = {{"events.json", HashHex("[]")}, {"index.html", HashHex("<html></html>")}};
    c.state = BuildState{};
    c.state->render_options = kRenderKey;
    c.state->render_code = RenderCode();
    c.state->counts = CorpusCounts{2, 3, 4};
    ASSERT_TRUE(store_->Apply(c).ok());
  }

  StoredDocument Row(const std::string& path, const std::string& doc_id) const {
    const std::optional<FileStat> st = fs_.Stat(path, nullptr);
    return {path, st->size, st->mtime_ns, "hash", FingerprintDigest(kFingerprint), doc_id, "{}", {}};
  }

  std::optional<UpToDate> Check(const std::vector<std::string>& files = {"news/a.md", "news/b.md"},
                                const FingerprintComponents& fingerprint = kFingerprint,
                                const std::string& render_key = kRenderKey) const {
    return CheckUpToDate(*store_, State(), files, FingerprintDigest(fingerprint), render_key, "out", fs_);
  }

  BuildState State() const { return store_->State().value(); }

  // A fresh store and file system, as SetUp makes them.
  void Reset() {
    store_.reset();
    TearDown();
    fs_ = VirtualFileSystem();
    SetUp();
  }

  std::optional<Store> store_;
  VirtualFileSystem fs_;
};

TEST_F(UpToDateTest, NothingChangedIsNoWorkToDo) {
  std::optional<UpToDate> done = Check();
  ASSERT_TRUE(done.has_value());
  EXPECT_EQ(done->explain, (std::vector<std::string>{"news/a.md: unchanged (size and modification time)",
                                                     "news/b.md: unchanged (size and modification time)",
                                                     "events.json: unchanged", "index.html: unchanged",
                                                     "no work to do"}));
  EXPECT_EQ(done->articles, 2u);
  EXPECT_EQ(done->events, 3u);
  EXPECT_EQ(done->actors, 4u);
  EXPECT_EQ(done->outputs, 2);
}

// Each row changes one thing a build depends on; each means work.
TEST_F(UpToDateTest, EveryChangeIsWork) {
  struct Case {
    const char* what;
    std::function<std::optional<UpToDate>(UpToDateTest*)> change;
  };
  const Case kCases[] = {
      {"an article touched later, same bytes", [](UpToDateTest* t) { t->fs_.Tick(); t->fs_.Write("news/a.md", "an article"); return t->Check(); }},
      {"an article edited later to the same size", [](UpToDateTest* t) { t->fs_.Tick(); t->fs_.Write("news/a.md", "an artiCle"); return t->Check(); }},
      {"an article grown", [](UpToDateTest* t) { t->fs_.Write("news/a.md", "an article, longer"); return t->Check(); }},
      {"an article deleted", [](UpToDateTest* t) { t->fs_.Remove("news/b.md"); return t->Check(); }},
      {"an article added", [](UpToDateTest* t) { t->fs_.Write("news/c.md", "x"); return t->Check({"news/a.md", "news/b.md", "news/c.md"}); }},
      {"an article no longer an input", [](UpToDateTest* t) { return t->Check({"news/a.md"}); }},
      {"another fingerprint", [](UpToDateTest* t) { return t->Check({"news/a.md", "news/b.md"}, {{"code", "newer"}}); }},
      {"other rendering options", [](UpToDateTest* t) { return t->Check({"news/a.md", "news/b.md"}, kFingerprint, "labels=ar"); }},
      {"an output deleted", [](UpToDateTest* t) { t->fs_.Remove("out/index.html"); return t->Check(); }},
      {"an output edited", [](UpToDateTest* t) { t->fs_.Write("out/events.json", "[1]"); return t->Check(); }},
  };
  for (const Case& c : kCases) {
    Reset();
    ASSERT_TRUE(Check().has_value()) << "before: " << c.what;
    EXPECT_FALSE(c.change(this).has_value()) << c.what;
  }
}

// As ninja, an input is looked at by its size and modification time: bytes
// changed under the same size and time go unseen (the store's content hash
// is read only once the article is scanned).
TEST_F(UpToDateTest, AnInputIsJudgedByItsSizeAndTime) {
  fs_.Write("news/a.md", "an artiCle");  // same size, same clock
  EXPECT_TRUE(Check().has_value());
}

// Two rows of one document (the same text under two names) are never "no
// work": a real build warns about the duplicate.
TEST_F(UpToDateTest, TwoPathsOfOneDocumentAreWork) {
  StoreChanges c;
  c.upserts.push_back(Row("news/b.md", "news/a.md"));
  ASSERT_TRUE(store_->Apply(c).ok());
  EXPECT_FALSE(Check().has_value());
}

// A build without input files (--from-jsonl) checks the outputs only.
TEST_F(UpToDateTest, OutputsAloneForABuildWithoutInputFiles) {
  EXPECT_TRUE(CheckOutputsUpToDate(*store_, State(), kRenderKey, "out", fs_).has_value());
  fs_.Write("out/index.html", "<html>edited</html>");
  EXPECT_FALSE(CheckOutputsUpToDate(*store_, State(), kRenderKey, "out", fs_).has_value());
}

}  // namespace
}  // namespace tarikh::build
