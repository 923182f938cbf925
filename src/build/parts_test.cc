// The monthly layout (tarikh/parts.h) end to end: the parts hold what the
// single files hold, a new article rewrites only its months, and `export`
// writes the single files of a build laid out by month.
#include "tarikh/parts.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "build/testing_reporter.h"
#include "common/testing_scratch.h"
#include "tarikh/build.h"

namespace tarikh {
namespace {

namespace fs = std::filesystem;
using build::testing::RecordingReporter;

TEST(MonthOfTest, APartIsTheMonthADateBeginsIn) {
  const struct {
    const char* value;
    const char* month;
  } cases[] = {
      {"2022-01-12", "2022-01"},           {"2022-01", "2022-01"},
      {"2022", "2022-01"},                 {"2022-W02", "2022-01"},
      {"2022-Q2", "2022-04"},              {"2022-01-30/2022-02-02", "2022-01"},
      {"", "undated"},                     {"PRESENT_REF", "undated"},
      {"P3Y", "undated"},                  {"XXXX-01-12", "undated"},
  };
  for (const auto& c : cases) EXPECT_EQ(MonthOf(c.value), c.month) << c.value;
}

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class MonthlyLayoutTest : public ScratchDirTest {
 protected:
  MonthlyLayoutTest() : ScratchDirTest("tarikh-parts-") {}

  void SetUp() override {
    ScratchDirTest::SetUp();
    fs::create_directories(dir_ / "news");
    Write("news/call.md",
          "---\ndate: 2023-05-02\n---\nأجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالا هاتفيا أمس "
          "الاثنين بنظيره الإيراني حسين أمير عبد اللهيان.\n");
    Write("news/visit.md",
          "---\ndate: 2023-03-14\n---\nاستقبل الرئيس المصري عبد الفتاح السيسي اليوم الثلاثاء في القاهرة وزير "
          "الخارجية التركي مولود جاويش أوغلو.\n");
    options_.inputs = {(dir_ / "news").string()};
  }

  void Write(const std::string& name, const std::string& text) { std::ofstream((dir_ / name).string()) << text; }

  Result<BuildReport> BuildInto(const std::string& out, const std::string& layout, RecordingReporter* reporter) {
    BuildOptions options = options_;
    options.output_dir = (dir_ / out).string();
    options.layout = layout;
    Result<Builder> builder = Builder::Open(options, reporter);
    if (!builder.ok()) return builder.status();
    return builder->Build();
  }

  static bool Explained(const RecordingReporter& r, const std::string& line) {
    return std::find(r.explain.begin(), r.explain.end(), line) != r.explain.end();
  }

  BuildOptions options_;
};

TEST_F(MonthlyLayoutTest, ThePartsHoldWhatTheSingleFilesHold) {
  RecordingReporter reporter;
  ASSERT_TRUE(BuildInto("single", "single", &reporter).ok());
  ASSERT_TRUE(BuildInto("monthly", "monthly", &reporter).ok());
  const nlohmann::json single = nlohmann::json::parse(Read(dir_ / "single" / "events.json"));
  const nlohmann::json index = nlohmann::json::parse(Read(dir_ / "monthly" / "events.json"));
  EXPECT_EQ(index["layout"], "monthly");
  EXPECT_EQ(index["documents"], single["documents"]);
  EXPECT_EQ(index["actors"], single["actors"]);
  EXPECT_FALSE(index.contains("events"));  // a reader that does not know the layout fails, not finds none
  EXPECT_FALSE(fs::exists(dir_ / "monthly" / "events.csv"));
  nlohmann::json events = nlohmann::json::array(), timexes = nlohmann::json::array();
  std::string csv_rows;
  std::vector<std::string> months;
  for (const auto& part : index["parts"]) {
    months.push_back(part["month"]);
    const nlohmann::json p = nlohmann::json::parse(Read(dir_ / "monthly" / part["json"].get<std::string>()));
    EXPECT_EQ(p["month"], part["month"]);
    EXPECT_EQ(p["events"].size(), part["events"].get<size_t>());
    for (const auto& e : p["events"]) {
      EXPECT_EQ(MonthOf(e["date"].is_string() ? e["date"].get<std::string>() : ""), part["month"]);
      events.push_back(e);
    }
    for (const auto& t : p["timexes"]) timexes.push_back(t);
    const std::string csv = Read(dir_ / "monthly" / part["csv"].get<std::string>());
    csv_rows += csv.substr(csv.find("\r\n") + 2);  // every part has the header
  }
  EXPECT_TRUE(std::find(months.begin(), months.end(), "2023-03") != months.end());
  EXPECT_TRUE(std::find(months.begin(), months.end(), "2023-05") != months.end());
  EXPECT_EQ(events, single["events"]);  // the months in order are the timeline
  EXPECT_EQ(timexes.size(), single["timexes"].size());
  const std::string single_csv = Read(dir_ / "single" / "events.csv");
  EXPECT_EQ(csv_rows, single_csv.substr(single_csv.find("\r\n") + 2));
}

TEST_F(MonthlyLayoutTest, ANewArticleRewritesOnlyItsMonths) {
  RecordingReporter first;
  ASSERT_TRUE(BuildInto("out", "monthly", &first).ok());
  const fs::path march = dir_ / "out" / "events" / "2023-03.json";
  ASSERT_TRUE(fs::exists(march));
  const std::string march_before = Read(march);
  const auto march_time = fs::last_write_time(march);
  Write("news/talks.md",
        "---\ndate: 2023-05-20\n---\nبحث وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم السبت في الرياض مع "
        "وزير الخارجية الإيراني حسين أمير عبد اللهيان العلاقات الثنائية.\n");
  RecordingReporter second;
  Result<BuildReport> report = BuildInto("out", "monthly", &second);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->added, 1);
  EXPECT_TRUE(Explained(second, "events/2023-03.json: unchanged (its events and timexes are those the last build wrote it from)"));
  EXPECT_TRUE(Explained(second, "events/2023-03.csv: unchanged (its events and timexes are those the last build wrote it from)"));
  EXPECT_EQ(fs::last_write_time(march), march_time);
  EXPECT_EQ(Read(march), march_before);
  EXPECT_NE(Read(dir_ / "out" / "events" / "2023-05.json").find("2023-05-20"), std::string::npos);
  // A part edited by hand is written again, not trusted.
  Write("out/events/2023-03.json", "{}\n");
  RecordingReporter third;
  Write("news/call2.md", "---\ndate: 2023-05-03\n---\nأجرى وزير الخارجية السعودي اتصالا هاتفيا اليوم الأربعاء "
                        "بنظيره المصري سامح شكري.\n");
  ASSERT_TRUE(BuildInto("out", "monthly", &third).ok());
  EXPECT_EQ(Read(march), march_before);
}

TEST_F(MonthlyLayoutTest, ALayoutLeavesNoFileOfTheOther) {
  RecordingReporter reporter;
  ASSERT_TRUE(BuildInto("out", "monthly", &reporter).ok());
  ASSERT_TRUE(fs::exists(dir_ / "out" / "events" / "2023-05.csv"));
  ASSERT_TRUE(BuildInto("out", "single", &reporter).ok());
  EXPECT_FALSE(fs::exists(dir_ / "out" / "events" / "2023-05.csv"));
  EXPECT_FALSE(fs::exists(dir_ / "out" / "events" / "2023-05.json"));
  EXPECT_TRUE(fs::exists(dir_ / "out" / "events.csv"));
  ASSERT_TRUE(BuildInto("out", "monthly", &reporter).ok());
  EXPECT_FALSE(fs::exists(dir_ / "out" / "events.csv"));
  EXPECT_TRUE(fs::exists(dir_ / "out" / "events" / "2023-05.csv"));
  // A small corpus is one file with --layout auto.
  ASSERT_TRUE(BuildInto("out", "auto", &reporter).ok());
  EXPECT_TRUE(fs::exists(dir_ / "out" / "events.csv"));
  EXPECT_FALSE(fs::exists(dir_ / "out" / "events"));
}

TEST_F(MonthlyLayoutTest, ExportWritesTheSingleFiles) {
  RecordingReporter reporter;
  ASSERT_TRUE(BuildInto("single", "single", &reporter).ok());
  ASSERT_TRUE(BuildInto("monthly", "monthly", &reporter).ok());
  BuildOptions options;
  options.output_dir = (dir_ / "monthly").string();
  Result<Builder> builder = Builder::Open(options, &reporter);
  ASSERT_TRUE(builder.ok());
  Result<std::vector<std::string>> written = builder->Export((dir_ / "exported").string());
  ASSERT_TRUE(written.ok()) << written.status().ToString();
  EXPECT_EQ(written.value(), (std::vector<std::string>{"events.csv", "events.json", "timeline.json"}));
  for (const std::string& name : written.value()) {
    EXPECT_EQ(Read(dir_ / "exported" / name), Read(dir_ / "single" / name)) << name;
  }
  // Nothing to export before a build.
  options.output_dir = (dir_ / "empty").string();
  Result<Builder> none = Builder::Open(options, &reporter);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->Export((dir_ / "exported2").string()).ok());
}

}  // namespace
}  // namespace tarikh
