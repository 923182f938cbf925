// The update step (build/update.h) over an in-memory file system with a
// clock the test moves (VirtualFileSystem) and a store of the test's own:
// what becomes of each input, one kind of change per test, told to a
// Reporter rather than printed; and JSON lines as a second source of the
// same routine.
#include "build/update.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "build/file_source.h"
#include "build/jsonl_source.h"
#include "build/setup.h"
#include "build/testing_file_system.h"
#include "build/testing_reporter.h"
#include "common/testing_scratch.h"
#include "tarikh/data_dir.h"
#include "output/jsonl.h"

namespace tarikh::build {
namespace {

using testing::RecordingReporter;
using testing::VirtualFileSystem;

// Articles of general usage: a visit with a meeting, a call, a summit.
constexpr const char* kVisit =
    "---\ndate: 2023-03-14\n---\nاستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم الثلاثاء وزير الخارجية "
    "التركي مولود جاويش أوغلو، وبحث الجانبان العلاقات الثنائية.\n";
constexpr const char* kCall =
    "---\ndate: 2023-05-02\n---\nأجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالا هاتفيا أمس الاثنين "
    "بنظيره الإيراني حسين أمير عبد اللهيان.\n";
constexpr const char* kSummit =
    "---\ndate: 2023-08-22\n---\nانطلقت في جوهانسبرغ اليوم الثلاثاء أعمال قمة مجموعة بريكس بمشاركة الرئيس "
    "الصيني شي جين بينغ.\n";

class UpdateTest : public ScratchDirTest {
 protected:
  UpdateTest() : ScratchDirTest("tarikh-update-") {}

  static void SetUpTestSuite() {
    Result<build::Setup> setup = LoadSetup(DefaultDataDir(), {}, "", "");
    ASSERT_TRUE(setup.ok()) << setup.status().ToString();
    setup_ = new build::Setup(std::move(setup).value());
    Result<FingerprintComponents> fingerprint = ComputeFingerprint({DefaultDataDir(), {}, ""}, setup_->ingest);
    ASSERT_TRUE(fingerprint.ok());
    fingerprint_ = new FingerprintComponents(std::move(fingerprint).value());
  }
  static void TearDownTestSuite() {
    delete setup_;
    delete fingerprint_;
  }

  void SetUp() override {
    ScratchDirTest::SetUp();
    Result<Store> store = Store::Open((dir_ / "tarikh.sqlite").string(), 0);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_.emplace(std::move(store).value());
  }

  // One update of `files` (`unlisted`: folders that could not be listed),
  // applied to the store as a build would; `reporter_` hears of it.
  CorpusUpdate Update(std::vector<std::string> files, std::vector<std::string> unlisted = {}, int jobs = 1) {
    std::sort(files.begin(), files.end());
    reporter_ = std::make_unique<RecordingReporter>();
    FileSource source(InputListing{files, {}, {}, unlisted}, *setup_, *fingerprint_, fs_);
    return Apply(source, jobs);
  }

  CorpusUpdate Apply(const ArticleSource& source, int jobs = 1) {
    const BuildState state = store_->State().value();
    Result<CorpusUpdate> up = UpdateCorpus(*store_, state, source, {jobs, reporter_.get(), spill_});
    EXPECT_TRUE(up.ok()) << up.status().ToString();
    if (!up.ok()) return {};
    StoreChanges changes = up->changes;
    changes.state = state;
    changes.state->corpus_documents = up->corpus_documents;
    EXPECT_TRUE(store_->Apply(changes).ok());
    return std::move(up).value();
  }

  static build::Setup* setup_;
  static FingerprintComponents* fingerprint_;
  std::optional<Store> store_;
  std::shared_ptr<RecordSpill> spill_;  // where new records wait; null: in memory
  VirtualFileSystem fs_;
  std::unique_ptr<RecordingReporter> reporter_;
};

build::Setup* UpdateTest::setup_ = nullptr;
FingerprintComponents* UpdateTest::fingerprint_ = nullptr;

bool Has(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// With a spill, the new records and the merged events wait in its file, not
// in the changes, and the store ends up the same as without one.
TEST_F(UpdateTest, NewRecordsWaitInTheSpillAndAreStoredTheSame) {
  fs_.Write("news/visit.md", kVisit);
  fs_.Write("news/call.md", kCall);
  fs_.Write("news/summit.md", kSummit);
  const std::vector<std::string> files = {"news/call.md", "news/summit.md", "news/visit.md"};
  const CorpusUpdate in_memory = Update(files);
  const auto documents = store_->Documents(true).value();
  const auto events = store_->Events().value();
  ASSERT_FALSE(events.empty());

  store_.reset();
  std::filesystem::remove(dir_ / "tarikh.sqlite");
  Result<Store> fresh = Store::Open((dir_ / "tarikh.sqlite").string(), 0);
  ASSERT_TRUE(fresh.ok());
  store_.emplace(std::move(fresh).value());
  Result<std::shared_ptr<RecordSpill>> spill = RecordSpill::Create(dir_.string());
  ASSERT_TRUE(spill.ok()) << spill.status().ToString();
  spill_ = spill.value();
  const CorpusUpdate spilled = Update(files, {}, 2);  // two scanning threads append at once
  ASSERT_EQ(spilled.changes.upserts.size(), 3u);
  for (const StoredDocument& d : spilled.changes.upserts) {
    EXPECT_TRUE(d.extraction.empty()) << d.path;
    EXPECT_GT(d.spilled.size, 0u) << d.path;
  }
  EXPECT_TRUE(spilled.changes.events_added.empty());
  EXPECT_EQ(spilled.changes.events_spilled.size(), in_memory.changes.events_added.size());
  const auto documents_again = store_->Documents(true).value();
  EXPECT_EQ(documents_again.size(), documents.size());
  for (const auto& [path, row] : documents_again) {
    EXPECT_EQ(row.extraction, documents.at(path).extraction) << path;
  }
  const auto events_again = store_->Events().value();
  ASSERT_EQ(events_again.size(), events.size());
  for (size_t i = 0; i < events.size(); ++i) EXPECT_EQ(events_again[i].event, events[i].event);
  // A spilled record that cannot be read back (past the file's end, or with
  // no file) fails the transaction: nothing changes.
  StoreChanges past_end;
  past_end.spill = spill_;
  past_end.upserts.push_back({"news/other.md", 1, 1, "h", "fp", "d-x", "", {uint64_t{1} << 30, 10}});
  const Status failed = store_->Apply(past_end);
  EXPECT_FALSE(failed.ok());
  EXPECT_NE(failed.message().find("ends before the record"), std::string::npos) << failed.message();
  StoreChanges event_past_end;
  event_past_end.spill = spill_;
  event_past_end.events_spilled.push_back({uint64_t{1} << 30, 10});
  EXPECT_FALSE(store_->Apply(event_past_end).ok());
  StoreChanges orphan;
  orphan.upserts.push_back({"news/other.md", 1, 1, "h", "fp", "d-x", "", {0, 10}});
  EXPECT_FALSE(store_->Apply(orphan).ok());
  EXPECT_EQ(store_->Documents(false).value().count("news/other.md"), 0u);
  EXPECT_EQ(store_->Events().value().size(), events.size());
}

TEST_F(UpdateTest, AFirstUpdateExtractsEveryArticle) {
  fs_.Write("news/visit.md", kVisit);
  fs_.Write("news/call.md", kCall);
  const CorpusUpdate up = Update({"news/visit.md", "news/call.md"});
  EXPECT_EQ(up.added, 2);
  EXPECT_EQ(up.changes.upserts.size(), 2u);
  EXPECT_TRUE(Has(up.explain, "news/call.md: extracted: new")) << ::testing::PrintToString(up.explain);
  EXPECT_TRUE(Has(up.explain, "news/visit.md: extracted: new"));
  EXPECT_EQ(up.corpus.extractions.size(), 2u);
  EXPECT_FALSE(up.corpus.events.empty());
  EXPECT_TRUE(up.full_merge);  // nothing to update in place
  EXPECT_EQ(reporter_->progress_total, 2u);
  EXPECT_EQ(reporter_->progress_done, 2u);
  EXPECT_EQ(reporter_->bytes_read, std::string(kVisit).size() + std::string(kCall).size());
  EXPECT_TRUE(reporter_->progress_finished);
  EXPECT_TRUE(reporter_->errors.empty());
}

// The corpus keeps of each article what the outputs read: no text, no name
// positions, no per-article events or actors (those are in the merged
// ones), and their buffers freed, not only emptied — a full build holds
// every article's extraction until the store commits.
TEST_F(UpdateTest, TheCorpusHoldsNoArticleTextNorPerArticleDetail) {
  fs_.Write("news/visit.md", kVisit);
  fs_.Write("news/call.md", kCall);
  auto expect_freed = [](const Extraction& e, const std::string& when) {
    EXPECT_LE(e.document.text.capacity(), std::string().capacity()) << when;
    EXPECT_EQ(e.entities.mentions.capacity(), 0u) << when;
    EXPECT_EQ(e.entities.actors.capacity(), 0u) << when;
    EXPECT_EQ(e.events.capacity(), 0u) << when;
  };
  const CorpusUpdate extracted = Update({"news/visit.md", "news/call.md"});
  ASSERT_EQ(extracted.corpus.extractions.size(), 2u);
  EXPECT_FALSE(extracted.corpus.events.empty());
  EXPECT_FALSE(extracted.corpus.actors.empty());
  for (const Extraction& e : extracted.corpus.extractions) {
    EXPECT_TRUE(e.document.text.empty());
    expect_freed(e, "extracted");
    EXPECT_FALSE(e.timexes.empty());  // events.json lists them
  }
  fs_.Write("news/summit.md", kSummit);
  const CorpusUpdate reused = Update({"news/visit.md", "news/call.md", "news/summit.md"});
  ASSERT_EQ(reused.corpus.extractions.size(), 3u);
  EXPECT_FALSE(reused.full_merge);
  for (const Extraction& e : reused.corpus.extractions) expect_freed(e, "reused");
}

// The recorded event count only sizes a vector: a damaged one (here, more
// events than memory could hold) changes nothing of the update.
TEST_F(UpdateTest, ADamagedEventCountIsOnlyAHint) {
  fs_.Write("news/visit.md", kVisit);
  fs_.Write("news/call.md", kCall);
  const CorpusUpdate first = Update({"news/visit.md", "news/call.md"});
  for (size_t damaged : {size_t{0}, size_t{1}, std::numeric_limits<size_t>::max() / 2}) {
    StoreChanges changes;
    changes.state = store_->State().value();
    changes.state->counts = CorpusCounts{2, damaged, 1};
    ASSERT_TRUE(store_->Apply(changes).ok());
    const CorpusUpdate again = Update({"news/visit.md", "news/call.md"});
    EXPECT_FALSE(again.full_merge) << damaged;
    ASSERT_EQ(again.corpus.events.size(), first.corpus.events.size()) << damaged;
    for (size_t i = 0; i < first.corpus.events.size(); ++i) EXPECT_EQ(again.corpus.events[i].id, first.corpus.events[i].id);
  }
}

TEST_F(UpdateTest, AnUnchangedArticleIsNotRead) {
  fs_.Write("news/visit.md", kVisit);
  const CorpusUpdate first = Update({"news/visit.md"});
  const CorpusUpdate again = Update({"news/visit.md"});
  EXPECT_EQ(again.unchanged, 1);
  EXPECT_EQ(again.added + again.changed + again.removed, 0);
  EXPECT_TRUE(again.changes.upserts.empty());
  EXPECT_EQ(reporter_->bytes_read, 0u);
  EXPECT_TRUE(Has(again.explain, "news/visit.md: unchanged (size and modification time)"));
  EXPECT_FALSE(again.full_merge);  // the stored merge is updated in place
  EXPECT_EQ(again.corpus.events.size(), first.corpus.events.size());
  EXPECT_TRUE(again.new_event_ids.empty());
}

TEST_F(UpdateTest, ATouchedArticleIsReadButNotExtracted) {
  fs_.Write("news/visit.md", kVisit);
  Update({"news/visit.md"});
  fs_.Tick();
  fs_.Write("news/visit.md", kVisit);
  const CorpusUpdate up = Update({"news/visit.md"});
  EXPECT_EQ(up.unchanged, 1);
  EXPECT_TRUE(Has(up.explain, "news/visit.md: unchanged (content hash; only the modification time changed)"));
  ASSERT_EQ(up.changes.upserts.size(), 1u);  // the new modification time is recorded
  EXPECT_EQ(up.changes.upserts[0].mtime_ns, fs_.now_ns());
}

TEST_F(UpdateTest, AnEditedArticleIsExtractedAgainAndItsEventsAreNew) {
  fs_.Write("news/visit.md", kVisit);
  fs_.Write("news/call.md", kCall);
  Update({"news/visit.md", "news/call.md"});
  fs_.Tick();
  fs_.Write("news/call.md", kSummit);
  const CorpusUpdate up = Update({"news/visit.md", "news/call.md"});
  EXPECT_EQ(up.changed, 1);
  EXPECT_EQ(up.unchanged, 1);
  EXPECT_TRUE(Has(up.explain, "news/call.md: extracted: content changed"));
  EXPECT_FALSE(up.new_event_ids.empty());
  EXPECT_TRUE(std::is_sorted(up.new_event_ids.begin(), up.new_event_ids.end()));
}

TEST_F(UpdateTest, ARemovedArticleLeavesTheCorpus) {
  fs_.Write("news/visit.md", kVisit);
  fs_.Write("news/call.md", kCall);
  Update({"news/visit.md", "news/call.md"});
  const CorpusUpdate up = Update({"news/visit.md"});
  EXPECT_EQ(up.removed, 1);
  EXPECT_EQ(up.changes.removed, std::vector<std::string>{"news/call.md"});
  EXPECT_TRUE(Has(up.explain, "news/call.md: removed (no longer among the inputs, or unreadable)"));
  EXPECT_EQ(up.corpus.extractions.size(), 1u);
}

TEST_F(UpdateTest, ARenamedArticleKeepsItsExtraction) {
  fs_.Write("news/visit.md", kVisit);
  Update({"news/visit.md"});
  fs_.Remove("news/visit.md");
  fs_.Write("news/cairo.md", kVisit);
  const CorpusUpdate up = Update({"news/cairo.md"});
  EXPECT_EQ(up.added, 1);
  EXPECT_EQ(up.removed, 1);
  EXPECT_TRUE(Has(up.explain, "news/cairo.md: new path, same content as news/visit.md (extraction reused)"));
  ASSERT_EQ(up.corpus.extractions.size(), 1u);
  EXPECT_EQ(up.corpus.extractions[0].document.path, "news/cairo.md");
}

TEST_F(UpdateTest, AnArticleThatCannotBeReadFailsAloneAndIsReported) {
  fs_.Write("news/visit.md", kVisit);
  const CorpusUpdate up = Update({"news/gone.md", "news/visit.md"});
  EXPECT_EQ(up.failed, 1);
  EXPECT_EQ(up.added, 1);
  ASSERT_EQ(reporter_->errors.size(), 1u);
  EXPECT_EQ(reporter_->errors[0], "news/gone.md: cannot read: No such file or directory");
  EXPECT_EQ(up.failures, reporter_->errors);
}

TEST_F(UpdateTest, ArticlesUnderAFolderThatCannotBeListedAreKept) {
  fs_.Write("news/visit.md", kVisit);
  fs_.Write("locked/call.md", kCall);
  Update({"news/visit.md", "locked/call.md"});
  const CorpusUpdate up = Update({"news/visit.md"}, {"locked"});
  EXPECT_EQ(up.removed, 0);
  EXPECT_EQ(up.unchanged, 2);
  EXPECT_TRUE(Has(up.explain, "locked/call.md: kept as stored (its folder could not be listed)"));
  EXPECT_EQ(up.corpus.extractions.size(), 2u);
}

TEST_F(UpdateTest, TheSameTextUnderTwoNamesIsReadOnce) {
  fs_.Write("news/visit.md", kVisit);
  fs_.Write("copy/visit.md", kVisit);
  const CorpusUpdate up = Update({"news/visit.md", "copy/visit.md"});
  EXPECT_EQ(up.corpus.extractions.size(), 1u);
  EXPECT_TRUE(Has(reporter_->warnings, "news/visit.md: same text as an earlier article; read once"));
}

TEST_F(UpdateTest, TheResultDoesNotDependOnTheNumberOfJobs) {
  fs_.Write("news/visit.md", kVisit);
  fs_.Write("news/call.md", kCall);
  fs_.Write("news/summit.md", kSummit);
  const std::vector<std::string> files = {"news/visit.md", "news/call.md", "news/summit.md"};
  const CorpusUpdate one = Update(files, {}, 1);
  store_.reset();
  std::filesystem::remove(dir_ / "tarikh.sqlite");
  SetUp();
  const CorpusUpdate three = Update(files, {}, 3);
  EXPECT_EQ(one.explain, three.explain);
  ASSERT_EQ(one.corpus.events.size(), three.corpus.events.size());
  for (size_t i = 0; i < one.corpus.events.size(); ++i) EXPECT_EQ(one.corpus.events[i].id, three.corpus.events[i].id);
}

// The lines of `tarikh extract --jsonl` go through the same update.
class JsonlUpdateTest : public UpdateTest {
 protected:
  std::string Line(const std::string& path, const char* article) const {
    Result<Document> doc = DecodeDocument(article, path, setup_->ingest);
    EXPECT_TRUE(doc.ok());
    Extraction e = setup_->extractor.Extract(std::move(doc).value());
    e.document.text.clear();
    return ExtractionToLine(e, *fingerprint_);
  }
  CorpusUpdate UpdateFromLines(const std::string& lines) {
    reporter_ = std::make_unique<RecordingReporter>();
    std::istringstream in(lines);
    Result<JsonlSource> source = JsonlSource::Read({"-"}, in);
    EXPECT_TRUE(source.ok());
    for (const std::string& p : source->Problems()) reporter_->errors.push_back(p);
    return Apply(source.value());
  }
};

TEST_F(JsonlUpdateTest, LinesAreRecordedThenFoundUnchanged) {
  const std::string lines = Line("news/visit.md", kVisit) + "\n" + Line("news/call.md", kCall) + "\n";
  const CorpusUpdate first = UpdateFromLines(lines);
  EXPECT_EQ(first.added, 2);
  EXPECT_TRUE(Has(first.explain, "news/visit.md: read from <stdin>:1: new")) << ::testing::PrintToString(first.explain);
  const CorpusUpdate again = UpdateFromLines(lines);
  EXPECT_EQ(again.unchanged, 2);
  EXPECT_TRUE(again.changes.upserts.empty());
  EXPECT_TRUE(Has(again.explain, "news/call.md: unchanged (<stdin>:2: same record)"));
  EXPECT_EQ(again.corpus.events.size(), first.corpus.events.size());
  const CorpusUpdate fewer = UpdateFromLines(Line("news/visit.md", kVisit) + "\n");
  EXPECT_TRUE(Has(fewer.explain, "news/call.md: removed (in no line)"));
}

TEST_F(JsonlUpdateTest, BadAndRepeatedLinesAreProblems) {
  const std::string visit = Line("news/visit.md", kVisit);
  const CorpusUpdate up = UpdateFromLines("not json\n" + visit + "\n" + visit + "\n" +
                                          ErrorLine("news/x.md", 7, "cannot decode") + "\n");
  EXPECT_EQ(up.added, 1);
  ASSERT_EQ(reporter_->errors.size(), 3u) << ::testing::PrintToString(reporter_->errors);
  EXPECT_TRUE(reporter_->errors[0].starts_with("<stdin>:1: "));
  EXPECT_EQ(reporter_->errors[1], "<stdin>:4: extract --jsonl failed on its line 7: cannot decode");
  EXPECT_EQ(reporter_->errors[2],
            "<stdin>:3: news/visit.md: a second line for this path (the first, <stdin>:2, is kept)");
}

}  // namespace
}  // namespace tarikh::build
