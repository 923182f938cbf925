// End-to-end tests of incremental builds and `watch` (issue 7): every
// incremental result must equal a clean build's, byte for byte, whatever
// happened before — articles added, changed, deleted, renamed, the
// extractor's fingerprint changed, a build killed with SIGKILL, two builds at
// once, a file dropped into a watched folder.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli_util.h"
namespace {

namespace fs = std::filesystem;
using tarikh::cli_testing::Diff;
using tarikh::cli_testing::Outputs;
using tarikh::cli_testing::ReadAll;
using tarikh::ScratchDirTest;
using Clock = std::chrono::steady_clock;

bool HasTemporaries(const fs::path& dir) {
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().filename().string().find(".tmp-") != std::string::npos) return true;
  }
  return false;
}

// A child process running `tarikh ARGS`, output to files.
pid_t Spawn(const std::vector<std::string>& args, const fs::path& out, const fs::path& err) {
  const pid_t pid = fork();
  if (pid == 0) {
    if (!freopen(out.c_str(), "w", stdout) || !freopen(err.c_str(), "w", stderr)) _exit(127);
    std::vector<char*> argv{const_cast<char*>(TARIKH_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(TARIKH_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int raw = 0;
  waitpid(pid, &raw, 0);
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : -WTERMSIG(raw);
}

class IncrementalTest : public ScratchDirTest {
 protected:
  IncrementalTest() : ScratchDirTest("tarikh-inc-") {}
  void SetUp() override {
    ScratchDirTest::SetUp();
    fs::create_directories(in_ = dir_ / "in");
    out_ = dir_ / "out";
  }

  int Tarikh(std::vector<std::string> args) {
    const pid_t pid = Spawn(args, dir_ / "stdout", dir_ / "stderr");
    const int status = Wait(pid);
    err_ = ReadAll(dir_ / "stderr");
    return status;
  }
  int Build(const fs::path& out, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"build", in_.string(), "-o", out.string(), "--explain"};
    args.insert(args.end(), extra.begin(), extra.end());
    return Tarikh(args);
  }
  // The outputs of a build from scratch of the same inputs.
  std::map<std::string, std::string> CleanOutputs(std::vector<std::string> extra = {}) {
    const fs::path clean = dir_ / "clean";
    fs::remove_all(clean);
    const std::string saved = err_;
    EXPECT_EQ(Build(clean, extra), 0) << err_;
    err_ = saved;
    return Outputs(clean);
  }
  void CopySamples() {
    for (const auto& e : fs::directory_iterator(fs::path(TARIKH_SOURCE_DIR) / "samples")) {
      fs::copy_file(e.path(), in_ / e.path().filename());
    }
  }
  bool Generate(int n, int start = 0) {
    const std::string cmd = "python3 '" TARIKH_SOURCE_DIR "/scripts/gen-corpus' '" + in_.string() + "' -n " +
                            std::to_string(n) + " --start " + std::to_string(start) + " --seed 3";
    return std::system(cmd.c_str()) == 0;
  }
  bool Explained(const std::string& text) const { return err_.find(text) != std::string::npos; }

  fs::path in_, out_;
  std::string err_;
};

TEST_F(IncrementalTest, AddChangeDeleteRenameEqualACleanBuild) {
  CopySamples();
  ASSERT_EQ(Build(out_), 0) << err_;
  EXPECT_TRUE(Explained("004-geneva-security-talks.md: extracted: new"));

  ASSERT_EQ(Build(out_), 0);
  EXPECT_TRUE(Explained("004-geneva-security-talks.md: unchanged (size and modification time)"));
  EXPECT_TRUE(Explained("tarikh explain: events.json: unchanged"));

  fs::copy_file(in_ / "002-gerasimov-pavel-call.md", in_ / "added.md");
  std::ofstream(in_ / "added.md", std::ios::app) << "\nوالتقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي في جنيف.\n";
  ASSERT_EQ(Build(out_), 0) << err_;
  EXPECT_TRUE(Explained("added.md: extracted: new"));
  EXPECT_TRUE(Explained("events.json: rebuilt because the corpus changed (+1 ~0 -0 articles"));
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs()), "");

  std::ofstream(in_ / "001-nato-russia-council-brussels.md", std::ios::app) << "\nاجتماع آخر.\n";
  ASSERT_EQ(Build(out_), 0);
  EXPECT_TRUE(Explained("001-nato-russia-council-brussels.md: extracted: content changed"));
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs()), "");

  fs::remove(in_ / "000-nato-russia-no-contacts.md");
  ASSERT_EQ(Build(out_), 0);
  EXPECT_TRUE(Explained("000-nato-russia-no-contacts.md: removed"));
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs()), "");

  fs::rename(in_ / "004-geneva-security-talks.md", in_ / "renamed.md");
  ASSERT_EQ(Build(out_), 0);
  EXPECT_TRUE(Explained("renamed.md: new path, same content as"));
  EXPECT_TRUE(Explained("004-geneva-security-talks.md: removed"));
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs()), "");
  EXPECT_FALSE(HasTemporaries(out_));
}

// The ids in index.html's `tarikh-new` block.
std::string NewSinceLastBuild(const fs::path& out) {
  const std::string html = ReadAll(out / "index.html");
  const std::string open = "id=\"tarikh-new\">";
  const size_t begin = html.find(open);
  if (begin == std::string::npos) return "(none)";
  return html.substr(begin + open.size(), html.find("</script>", begin) - begin - open.size());
}

// "New since the last build" marks what the last build that changed the
// record added or changed, as the store knows it: nothing after a first
// build, the new article's events after it is added, the same after a build
// that only renders again.
TEST_F(IncrementalTest, NewSinceTheLastBuildIsWhatTheStoreDidNotHave) {
  CopySamples();
  ASSERT_EQ(Build(out_), 0) << err_;
  EXPECT_EQ(NewSinceLastBuild(out_), "[]");
  std::ofstream(in_ / "added.md") << "---\ndate: 2023-05-04\n---\n"
                                  << "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي في جنيف اليوم الخميس.\n";
  ASSERT_EQ(Build(out_), 0) << err_;
  const std::string marked = NewSinceLastBuild(out_);
  EXPECT_NE(marked, "[]");
  const std::string json = ReadAll(out_ / "events.json");
  for (size_t at = 0; (at = marked.find("\"e-", at)) != std::string::npos; at += 3) {
    const std::string id = marked.substr(at + 1, 18);
    EXPECT_NE(json.find("\"id\": \"" + id + "\""), std::string::npos) << id;  // a current event
  }
  EXPECT_NE(json.find("\"2023-05-04\""), std::string::npos);
  ASSERT_EQ(Build(out_, {"--labels", "en"}), 0) << err_;  // renders again, changes nothing
  EXPECT_EQ(NewSinceLastBuild(out_), marked);
  ASSERT_EQ(Build(out_, {"--labels", "en"}), 0) << err_;
  EXPECT_TRUE(Explained("no work to do"));
}

// The exports copy their unchanged pieces from the previous files
// (common/pieces.h), but only from files that are what the last build wrote.
TEST_F(IncrementalTest, ExportPiecesAreCopiedOnlyFromFilesTheLastBuildWrote) {
  CopySamples();
  ASSERT_EQ(Build(out_), 0) << err_;
  fs::copy_file(in_ / "002-gerasimov-pavel-call.md", in_ / "added.md");
  std::ofstream(in_ / "added.md", std::ios::app) << "\nواستقبل الرئيس الفرنسي نظيره الألماني في باريس أمس.\n";
  ASSERT_EQ(Build(out_, {"--timing"}), 0) << err_;
  for (const char* name : {"events.json", "events.csv", "timeline.json"}) {
    const std::string prefix = std::string("tarikh: timing: ") + name + ": ";
    const size_t at = err_.find(prefix);
    ASSERT_NE(at, std::string::npos) << err_;
    EXPECT_NE(err_.compare(at + prefix.size(), 2, "0 "), 0) << name << " copied nothing: " << err_;
  }
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs()), "");

  // A user edits an export; the next build must not copy from it.
  std::string csv = ReadAll(out_ / "events.csv");
  const size_t row = csv.find("\r\n") + 2;
  csv.insert(csv.find(',', row) + 1, "EDITED ");
  std::ofstream(out_ / "events.csv", std::ios::binary | std::ios::trunc) << csv;
  std::ofstream(in_ / "added.md", std::ios::app) << "\nوأجرى وزير الخارجية الأمريكي اتصالا هاتفيا بنظيره الروسي.\n";
  ASSERT_EQ(Build(out_, {"--timing"}), 0) << err_;
  EXPECT_NE(err_.find("tarikh: timing: events.csv: 0 of "), std::string::npos) << err_;
  EXPECT_EQ(ReadAll(out_ / "events.csv").find("EDITED"), std::string::npos);
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs()), "");
}

TEST_F(IncrementalTest, FingerprintChangeExtractsEverythingAgain) {
  CopySamples();
  const fs::path lexicon = dir_ / "mine.tsv";
  const std::string header = "id\tname_en\tname_ar\taliases_ar\tcountry\tgender\n";
  std::ofstream(lexicon) << header;
  ASSERT_EQ(Build(out_, {"--lexicon", lexicon.string()}), 0) << err_;
  std::ofstream(lexicon, std::ios::app) << "jane-doe\tJane Doe\tجين دو\t\tUSA\tf\n";
  ASSERT_EQ(Build(out_, {"--lexicon", lexicon.string()}), 0) << err_;
  EXPECT_TRUE(Explained("002-gerasimov-pavel-call.md: extracted: fingerprint changed (lexicon 1 " + lexicon.string() +
                        " changed)"))
      << err_;
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs({"--lexicon", lexicon.string()})), "");

  ASSERT_EQ(Build(out_, {"--lexicon", lexicon.string(), "--doc-date", "2022-01-12"}), 0);
  EXPECT_TRUE(Explained("extracted: fingerprint changed (--doc-date changed)")) << err_;
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs({"--lexicon", lexicon.string(), "--doc-date", "2022-01-12"})), "");
}

// ninja's "no work to do": nothing is merged or rendered, but an output that
// is missing or not what the last build wrote, or new options, mean work.
TEST_F(IncrementalTest, NothingChangedIsNoWorkUntilAnOutputOrOptionChanges) {
  CopySamples();
  ASSERT_EQ(Build(out_), 0) << err_;
  EXPECT_FALSE(Explained("no work to do"));
  ASSERT_EQ(Build(out_), 0) << err_;
  EXPECT_TRUE(Explained("tarikh explain: no work to do")) << err_;
  EXPECT_TRUE(Explained("004-geneva-security-talks.md: unchanged (size and modification time)"));

  fs::remove(out_ / "timeline.svg");
  ASSERT_EQ(Build(out_), 0) << err_;
  EXPECT_FALSE(Explained("no work to do"));
  EXPECT_TRUE(Explained("timeline.svg: rewritten: the file in the output folder was not what the last build wrote"))
      << err_;
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs()), "");

  std::ofstream(out_ / "events.csv", std::ios::app) << "edited by hand\r\n";
  ASSERT_EQ(Build(out_), 0) << err_;
  EXPECT_TRUE(Explained("events.csv: rewritten")) << err_;
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs()), "");

  ASSERT_EQ(Build(out_, {"--labels", "en"}), 0) << err_;
  EXPECT_FALSE(Explained("no work to do"));
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs({"--labels", "en"})), "");
  ASSERT_EQ(Build(out_, {"--labels", "en"}), 0) << err_;
  EXPECT_TRUE(Explained("no work to do")) << err_;
}

TEST_F(IncrementalTest, RandomBatchesEqualOneBuild) {
  if (!Generate(60)) GTEST_SKIP() << "python3 is needed for scripts/gen-corpus";
  std::vector<fs::path> all;
  for (const auto& e : fs::recursive_directory_iterator(in_)) {
    if (e.is_regular_file()) all.push_back(e.path());
  }
  std::sort(all.begin(), all.end());
  const fs::path pool = dir_ / "pool";
  fs::create_directories(pool);
  for (size_t i = 0; i < all.size(); ++i) fs::rename(all[i], pool / all[i].filename());
  std::mt19937 rng(11);
  std::shuffle(all.begin(), all.end(), rng);
  for (size_t i = 0; i < all.size();) {
    const size_t batch = 1 + rng() % 15;
    for (size_t k = 0; k < batch && i < all.size(); ++k, ++i) fs::rename(pool / all[i].filename(), all[i]);
    if (rng() % 3 == 0 && i > 2) fs::remove(all[rng() % i]);  // and sometimes one leaves
    ASSERT_EQ(Build(out_), 0) << err_;
  }
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs()), "");
}

TEST_F(IncrementalTest, KilledBuildsLeaveAStoreTheNextBuildUses) {
  if (!Generate(120)) GTEST_SKIP() << "python3 is needed for scripts/gen-corpus";
  std::mt19937 rng(5);
  for (int round = 0; round < 6; ++round) {
    if (round == 3) Generate(20, 1000);  // a change, so that later builds have work to be killed in
    const pid_t pid = Spawn({"build", in_.string(), "-o", out_.string(), "-q"}, dir_ / "o", dir_ / "e");
    std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 1500));
    kill(pid, SIGKILL);
    Wait(pid);
  }
  ASSERT_EQ(Build(out_), 0) << err_;
  EXPECT_FALSE(HasTemporaries(out_));
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs()), "");
}

TEST_F(IncrementalTest, TwoBuildsAtOnceWaitOrSayBusy) {
  if (!Generate(80)) GTEST_SKIP() << "python3 is needed for scripts/gen-corpus";
  const pid_t a = Spawn({"build", in_.string(), "-o", out_.string(), "-q"}, dir_ / "oa", dir_ / "ea");
  const pid_t b = Spawn({"build", in_.string(), "-o", out_.string(), "-q"}, dir_ / "ob", dir_ / "eb");
  const int sa = Wait(a), sb = Wait(b);
  for (auto [status, err] : {std::pair{sa, dir_ / "ea"}, std::pair{sb, dir_ / "eb"}}) {
    if (status != 0) {
      EXPECT_EQ(status, 1);
      EXPECT_NE(ReadAll(err).find("the store is busy"), std::string::npos) << ReadAll(err);
    }
  }
  EXPECT_TRUE(sa == 0 || sb == 0);
  ASSERT_EQ(Build(out_), 0) << err_;
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs()), "");
}

// Waits until `file` holds at least `lines` lines, or the deadline passes.
bool WaitForLines(const fs::path& file, size_t lines, std::chrono::seconds timeout) {
  for (const auto deadline = Clock::now() + timeout; Clock::now() < deadline;) {
    const std::string text = ReadAll(file);
    if (static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) >= lines) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

TEST_F(IncrementalTest, WatchPicksUpADroppedFileAndStopsOnCtrlC) {
  CopySamples();
  fs::create_directories(in_ / "later");
  const pid_t pid = Spawn({"watch", in_.string(), "-o", out_.string(), "--debounce", "100"}, dir_ / "wo", dir_ / "we");
  ASSERT_TRUE(WaitForLines(dir_ / "wo", 1, std::chrono::seconds(60))) << ReadAll(dir_ / "we");
  // The number of events is what extraction finds in the samples: the line says it, whatever it is.
  const std::string first = ReadAll(dir_ / "wo");
  const size_t counts = first.find(" +5 ~0 -0 articles, ");
  ASSERT_NE(counts, std::string::npos) << first;
  EXPECT_NE(first.find(" events, outputs: 11 rewritten", counts), std::string::npos) << first;

  // An editor's way: write a temporary, rename it onto the article; in a subfolder made after watch started.
  fs::create_directories(in_ / "later" / "new");
  fs::copy_file(in_ / "002-gerasimov-pavel-call.md", in_ / "later" / "new" / ".dropped.md.swp");
  std::ofstream(in_ / "later" / "new" / ".dropped.md.swp", std::ios::app) << "\nاجتماع.\n";
  fs::rename(in_ / "later" / "new" / ".dropped.md.swp", in_ / "later" / "new" / "dropped.md");
  ASSERT_TRUE(WaitForLines(dir_ / "wo", 2, std::chrono::seconds(60))) << ReadAll(dir_ / "we");
  EXPECT_NE(ReadAll(dir_ / "wo").find(" +1 ~0 -0 articles"), std::string::npos) << ReadAll(dir_ / "wo");
  EXPECT_NE(ReadAll(out_ / "events.json").find("later/new/dropped.md"), std::string::npos);

  kill(pid, SIGINT);
  EXPECT_EQ(Wait(pid), 0) << ReadAll(dir_ / "we");
  EXPECT_EQ(Diff(Outputs(out_), CleanOutputs()), "");
}

}  // namespace
