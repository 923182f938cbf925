// The README and docs/ are read by people who have a clone and nothing else:
// the README stays short (issue 24: 200 lines at most), and no link or path
// of either sends a reader out of the repository (the contract lives in
// docs/format.md, not in a folder beside the clone).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path kSource = TARIKH_SOURCE_DIR;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> UserDocs() {
  std::vector<fs::path> docs = {kSource / "README.md"};
  for (const auto& e : fs::directory_iterator(kSource / "docs")) {
    if (e.path().extension() == ".md") docs.push_back(e.path());
  }
  std::sort(docs.begin(), docs.end());
  return docs;
}

// Whether `target`, relative to the folder of `doc`, is inside the repository.
bool StaysInside(const fs::path& doc, const std::string& target) {
  const fs::path resolved = (doc.parent_path() / target).lexically_normal();
  const fs::path root = kSource.lexically_normal();
  const auto [end, ignored] = std::mismatch(root.begin(), root.end(), resolved.begin(), resolved.end());
  return end == root.end();
}

TEST(DocsTest, ReadmeIsShort) {
  const std::string readme = ReadAll(kSource / "README.md");
  EXPECT_LE(std::count(readme.begin(), readme.end(), '\n'), 200);
}

TEST(DocsTest, NoLinkLeavesTheRepository) {
  // Markdown links `](target)` and paths in code spans that climb out: `../x`.
  static const std::regex link("\\]\\(([^)#\\s]+)");
  static const std::regex climbing("`(\\.\\./[^`\\s]*)");
  std::vector<std::string> docs;
  for (const fs::path& doc : UserDocs()) {
    const std::string text = ReadAll(doc);
    docs.push_back(doc.filename().string());
    for (const std::regex* re : {&link, &climbing}) {
      for (std::sregex_iterator it(text.begin(), text.end(), *re), end; it != end; ++it) {
        const std::string target = (*it)[1];
        EXPECT_EQ(target.find("://"), std::string::npos) << doc << ": " << target;
        EXPECT_TRUE(StaysInside(doc, target)) << doc << ": " << target << " is outside the repository";
      }
    }
  }
  EXPECT_GE(docs.size(), 5u);
}

// A table of cases for StaysInside itself, so the test above cannot pass by
// accepting everything.
TEST(DocsTest, StaysInsideTellsInsideFromOutside) {
  struct Case {
    const char* doc;
    const char* target;
    bool inside;
  } cases[] = {
      {"README.md", "docs/format.md", true},
      {"docs/format.md", "cluster.md", true},
      {"docs/quality.md", "../eval/README.md", true},
      {"README.md", "../shared/docs/SPEC.md", false},
      {"docs/format.md", "../../shared/gold", false},
      {"docs/x.md", "../docs/../../outside.md", false},
  };
  for (const Case& c : cases) EXPECT_EQ(StaysInside(kSource / c.doc, c.target), c.inside) << c.doc << " " << c.target;
}

}  // namespace
