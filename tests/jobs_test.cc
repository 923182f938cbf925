// `tarikh build --jobs N`: articles are extracted on N threads, and the
// outputs, the store's --explain and the messages are the same for every N;
// a failing article is reported at the end with the others still built.
#include <cstdlib>
#include <set>

#include "cli_util.h"

namespace tarikh::cli_testing {
namespace {

class JobsTest : public TarikhTest {
 protected:
  JobsTest() : TarikhTest("tarikh-jobs-") {}

  bool Generate(int n) {
    const std::string cmd = "python3 '" TARIKH_SOURCE_DIR "/scripts/gen-corpus' '" + (dir_ / "in").string() +
                            "' -n " + std::to_string(n) + " >/dev/null 2>&1";
    return std::system(cmd.c_str()) == 0;
  }
};

TEST_F(JobsTest, OutputsAreTheSameForAnyNumberOfJobs) {
  if (!Generate(150)) GTEST_SKIP() << "python3 is needed for scripts/gen-corpus";
  WriteAll(dir_ / "in" / "broken.txt", "خبر\xff");  // a failing article among them
  std::map<std::string, std::string> first;
  std::string first_err;
  for (const char* jobs : {"1", "2", "5"}) {
    const fs::path out = dir_ / (std::string("out-") + jobs);
    RunResult r = Run({"build", (dir_ / "in").string(), "-o", out.string(), "--jobs", jobs, "--explain"});
    ASSERT_EQ(r.status, 1) << r.err;  // the broken article
    std::map<std::string, std::string> files = Outputs(out);
    ASSERT_EQ(files.size(), 11u);
    // The messages name the output folder; the rest must match too.
    std::string err = r.err;
    for (size_t at; (at = err.find(out.string())) != std::string::npos;) err.replace(at, out.string().size(), "OUT");
    if (first.empty()) {
      first = files;
      first_err = err;
      EXPECT_NE(files["events.json"].find("\"events\": [\n"), std::string::npos);
      continue;
    }
    for (const auto& [name, content] : files) EXPECT_TRUE(content == first[name]) << name << " differs with --jobs " << jobs;
    EXPECT_EQ(err, first_err) << "--jobs " << jobs;
  }
}

TEST_F(JobsTest, FailedArticlesAreListedAtTheEndAndTheOthersBuilt) {
  fs::create_directories(dir_ / "in");
  WriteAll(dir_ / "in" / "a.txt", "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي في جنيف يوم 9 يناير 2022.");
  WriteAll(dir_ / "in" / "b.txt", std::string("\x00\x01\x02", 3));
  WriteAll(dir_ / "in" / "c.txt", "نص\xc3");
  RunResult r = Run({"build", (dir_ / "in").string(), "-o", (dir_ / "out").string(), "--jobs", "2", "--quiet"});
  EXPECT_EQ(r.status, 1);
  const size_t summary = r.err.find("2 input(s) failed and are not in the outputs");
  ASSERT_NE(summary, std::string::npos) << r.err;
  EXPECT_NE(r.err.find("b.txt: binary file", summary), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("c.txt: invalid UTF-8", summary), std::string::npos) << r.err;
  const std::string events = ReadAll(dir_ / "out" / "events.json");
  EXPECT_NE(events.find("a.txt"), std::string::npos);
  EXPECT_EQ(events.find("b.txt"), std::string::npos);
}

TEST_F(JobsTest, JobsMustBePositive) {
  RunResult r = Run({"build", "samples", "-o", (dir_ / "out").string(), "--jobs", "0"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("--jobs"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace tarikh::cli_testing
