// docs/format.md is the contract users read: every field of events.json,
// every column of events.csv, every key of network.graphml and every file a
// build writes must be named there, and its tables must name no column or
// key the files do not have. Checked against output/, what the samples
// build to (output_test.cc keeps it up to date), so a field added to a
// writer without a line in the page fails here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

const fs::path kSource = TARIKH_SOURCE_DIR;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The part of the page under `heading` ("## events.csv"), up to the next
// heading of the same level.
std::string Section(const std::string& page, const std::string& heading) {
  const size_t begin = page.find("\n" + heading + "\n");
  if (begin == std::string::npos) return "";
  const size_t end = page.find("\n## ", begin + heading.size() + 2);
  return page.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

// The names a section's tables start their rows with: "| `date` | …".
std::set<std::string> TableNames(const std::string& section) {
  std::set<std::string> names;
  static const std::regex row("\n\\| `([^`]+)` \\|");
  for (std::sregex_iterator it(section.begin(), section.end(), row), end; it != end; ++it) names.insert((*it)[1]);
  return names;
}

// Every field path of a JSON value: `events[].sources[].span`.
void FieldPaths(const nlohmann::json& value, const std::string& path, std::set<std::string>* out) {
  if (value.is_object()) {
    for (const auto& [key, child] : value.items()) {
      const std::string p = path.empty() ? key : path + "." + key;
      out->insert(p);
      FieldPaths(child, p, out);
    }
  } else if (value.is_array()) {
    for (const auto& child : value) FieldPaths(child, path + "[]", out);
  }
}

std::set<std::string> CsvColumns(const std::string& csv) {
  std::set<std::string> columns;
  std::stringstream header(csv.substr(0, csv.find("\r\n")));
  for (std::string column; std::getline(header, column, ',');) columns.insert(column);
  return columns;
}

std::set<std::string> GraphmlKeys(const std::string& graphml) {
  std::set<std::string> keys;
  static const std::regex key("<key [^>]*attr\\.name=\"([^\"]+)\"");
  for (std::sregex_iterator it(graphml.begin(), graphml.end(), key), end; it != end; ++it) keys.insert((*it)[1]);
  return keys;
}

class FormatDocTest : public ::testing::Test {
 protected:
  void SetUp() override {
    page_ = ReadAll(kSource / "docs" / "format.md");
    ASSERT_FALSE(page_.empty()) << "docs/format.md is missing";
  }
  bool Names(const std::string& name) const { return page_.find("`" + name + "`") != std::string::npos; }
  std::string page_;
};

TEST_F(FormatDocTest, EveryFieldOfEventsJsonIsDocumented) {
  std::set<std::string> paths;
  FieldPaths(nlohmann::json::parse(ReadAll(kSource / "output" / "events.json")), "", &paths);
  ASSERT_GT(paths.size(), 30u);
  const std::string section = Section(page_, "## events.json");
  const std::set<std::string> documented = TableNames(section);
  for (const std::string& path : paths) EXPECT_TRUE(documented.count(path)) << path << " is not in docs/format.md";
}

// The tables of a section name exactly the columns or keys the file has.
TEST_F(FormatDocTest, CsvColumnsAndGraphmlKeysAreDocumentedExactly) {
  struct Case {
    const char* heading;
    std::set<std::string> names;
  } cases[] = {
      {"## events.csv", CsvColumns(ReadAll(kSource / "output" / "events.csv"))},
      {"## network.graphml", GraphmlKeys(ReadAll(kSource / "output" / "network.graphml"))},
  };
  for (const Case& c : cases) {
    EXPECT_GT(c.names.size(), 10u) << c.heading;
    EXPECT_EQ(TableNames(Section(page_, c.heading)), c.names) << c.heading;
  }
}

TEST_F(FormatDocTest, EveryOutputFileIsDocumented) {
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(kSource / "output")) {
    const std::string name = e.path().filename().string();
    if (name.find(".sqlite") != std::string::npos) continue;  // the store, named as tarikh.sqlite
    ++files;
    EXPECT_TRUE(Names(name)) << name << " is not in docs/format.md";
  }
  EXPECT_GE(files, 9u);
  EXPECT_TRUE(Names("tarikh.sqlite"));
}

// What the JSON writer emits only for some articles, and so output/ may
// not show: named in the page all the same.
TEST_F(FormatDocTest, OptionalFieldsAreDocumented) {
  for (const char* path : {"documents[].url", "documents[].doc_date_evidence", "documents[].encoding",
                           "timexes[].anchor", "actors[].cameo", "events[].sources[].date_source",
                           "events[].sources[].more_evidence"}) {
    EXPECT_TRUE(Names(path)) << path;
  }
}

}  // namespace
