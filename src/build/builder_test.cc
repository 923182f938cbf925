// Builder (tarikh/build.h) end to end on a folder of the test's own: what a
// program embedding tarikh sees — a report, the outputs, and every message
// through its Reporter, none on the terminal.
#include "tarikh/build.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "build/testing_reporter.h"
#include "common/testing_scratch.h"

namespace tarikh {
namespace {

namespace fs = std::filesystem;
using build::testing::RecordingReporter;

class BuilderTest : public ScratchDirTest {
 protected:
  BuilderTest() : ScratchDirTest("tarikh-builder-") {}

  void SetUp() override {
    ScratchDirTest::SetUp();
    fs::create_directories(dir_ / "news");
    Write("news/call.md",
          "---\ndate: 2023-05-02\n---\nأجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالا هاتفيا أمس "
          "الاثنين بنظيره الإيراني حسين أمير عبد اللهيان.\n");
    options_.inputs = {(dir_ / "news").string()};
    options_.output_dir = (dir_ / "out").string();
  }

  void Write(const std::string& name, const std::string& text) { std::ofstream((dir_ / name).string()) << text; }

  bool Explained(const RecordingReporter& r, const std::string& line) const {
    return std::find(r.explain.begin(), r.explain.end(), line) != r.explain.end();
  }

  BuildOptions options_;
};

TEST_F(BuilderTest, BuildsThenHasNoWorkToDo) {
  RecordingReporter reporter;
  Result<Builder> builder = Builder::Open(options_, &reporter);
  ASSERT_TRUE(builder.ok()) << builder.status().ToString();
  Result<BuildReport> first = builder->Build();
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->added, 1);
  EXPECT_EQ(first->articles, 1u);
  EXPECT_GE(first->events, 1u);
  EXPECT_FALSE(first->up_to_date);
  EXPECT_GT(first->rewritten, 5);
  EXPECT_EQ(first->ExitCode(), 0);
  for (const char* name : {"events.json", "events.csv", "timeline.svg", "network.svg", "index.html"}) {
    EXPECT_TRUE(fs::exists(dir_ / "out" / name)) << name;
  }
  EXPECT_TRUE(Explained(reporter, "events.json: written: new output"));
  EXPECT_FALSE(reporter.timing.empty());  // the reporter decides whether to show them
  EXPECT_TRUE(reporter.errors.empty());

  reporter.explain.clear();
  Result<BuildReport> again = builder->Build();
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->up_to_date);
  EXPECT_EQ(again->articles, first->articles);
  EXPECT_EQ(again->events, first->events);
  EXPECT_EQ(again->rewritten, 0);
  EXPECT_TRUE(Explained(reporter, "no work to do"));
}

TEST_F(BuilderTest, AnInputThatFailsIsReportedAndTheOthersAreBuilt) {
  options_.inputs.push_back((dir_ / "missing.md").string());
  RecordingReporter reporter;
  Result<Builder> builder = Builder::Open(options_, &reporter);
  ASSERT_TRUE(builder.ok());
  Result<BuildReport> report = builder->Build();
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->failed, 1);
  EXPECT_EQ(report->ExitCode(), 1);
  EXPECT_EQ(report->articles, 1u);
  ASSERT_EQ(reporter.errors.size(), 1u);
  EXPECT_NE(report->FailureSummary().find("1 input(s) failed"), std::string::npos);
}

// A build that cannot render (a bad --from) is an error, and the outputs
// and the store stay as the last build left them.
TEST_F(BuilderTest, ABuildThatCannotBeDoneChangesNothing) {
  RecordingReporter reporter;
  {
    Result<Builder> builder = Builder::Open(options_, &reporter);
    ASSERT_TRUE(builder.ok());
    ASSERT_TRUE(builder->Build().ok());
  }
  const auto before = fs::last_write_time(dir_ / "out" / "index.html");
  options_.from = "the day after";
  Write("news/visit.md", "---\ndate: 2023-03-14\n---\nاستقبل الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية التركي.\n");
  {
    Result<Builder> builder = Builder::Open(options_, &reporter);
    ASSERT_TRUE(builder.ok());
    Result<BuildReport> report = builder->Build();
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(fs::last_write_time(dir_ / "out" / "index.html"), before);
  }
  options_.from = "";
  Result<Builder> builder = Builder::Open(options_, &reporter);
  ASSERT_TRUE(builder.ok());
  Result<BuildReport> after = builder->Build();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->added, 1);  // the failed build stored nothing
}

TEST_F(BuilderTest, OptionsThatCannotBeUsedAreAnErrorAtOpen) {
  RecordingReporter reporter;
  options_.doc_date = "yesterday";
  Result<Builder> builder = Builder::Open(options_, &reporter);
  ASSERT_FALSE(builder.ok());
  EXPECT_NE(builder.status().message().find("--doc-date"), std::string::npos);
}

}  // namespace
}  // namespace tarikh
