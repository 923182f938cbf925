// End-to-end tests of the `tarikh` program as a user runs it: exit statuses,
// messages on stderr, JSON on stdout, and the run going on past bad files.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "cli_util.h"
#include "tarikh/entities.h"
#include "pipeline/fingerprint.h"

namespace {

namespace fs = std::filesystem;
using tarikh::cli_testing::ReadAll;
using tarikh::cli_testing::RunResult;
using tarikh::cli_testing::WriteAll;

class CliTest : public tarikh::cli_testing::TarikhTest {
 protected:
  CliTest() : TarikhTest("tarikh-cli-") {}
};

TEST_F(CliTest, HelpAndVersion) {
  RunResult help = Tarikh("--help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("build"), std::string::npos);
  EXPECT_NE(help.out.find("extract"), std::string::npos);
  RunResult version = Tarikh("--version");
  EXPECT_EQ(version.status, 0);
  EXPECT_NE(version.out.find("tarikh "), std::string::npos);
  RunResult build_help = Tarikh("build --help");
  EXPECT_EQ(build_help.status, 0);
  EXPECT_NE(build_help.out.find("--doc-date"), std::string::npos);
}

// --version: the program, the extractor, and the lexicons' date read from
// the data folder the program uses (TARIKH_DATA_DIR here).
TEST_F(CliTest, VersionNamesTheExtractorAndTheLexiconsDate) {
  const fs::path data = dir_ / "data";
  const std::string roles_header = "person_id\trole_en\trole_ar\tentity_id\tfrom\tto\n";
  struct Case {
    const char* roles;  // roles.tsv's rows; nullptr: no roles.tsv
    std::string lexicons_line;
  } cases[] = {
      {"a-b\tKing\tالملك\truritania\t2019-03\t2023-11-30\nc-d\tQueen\tالملكة\truritania\t2023\t\n",
       "lexicons 2023-11-30 (" + data.string() + ")"},
      {"a-b\tKing\tالملك\truritania\t\t\n", "lexicons undated (" + data.string() + ")"},
      {nullptr, "lexicons: " + (data / "entities" / "roles.tsv").string() + ": cannot open entity lexicon file"},
  };
  const std::string head = "extractor " + std::to_string(tarikh::kExtractorVersion) + "\n";
  for (const Case& c : cases) {
    fs::remove_all(data);
    fs::create_directories(data / "entities");
    if (c.roles != nullptr) WriteAll(data / "entities" / "roles.tsv", "# roles\n" + roles_header + c.roles);
    setenv("TARIKH_DATA_DIR", data.c_str(), 1);
    RunResult r = Tarikh("--version");
    unsetenv("TARIKH_DATA_DIR");
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out.substr(0, 7), "tarikh ");
    EXPECT_NE(r.out.find("\n" + head + c.lexicons_line + "\n"), std::string::npos) << r.out;
  }
  // Without TARIKH_DATA_DIR the source tree's data/ is found, and its date is the data's.
  RunResult r = Tarikh("--version");
  tarikh::Result<std::string> date = tarikh::LexiconsDate(TARIKH_SOURCE_DIR "/data");
  ASSERT_TRUE(date.ok());
  EXPECT_NE(r.out.find("\nlexicons " + date.value() + " ("), std::string::npos) << r.out;
}

TEST_F(CliTest, UsageErrorsExitOne) {
  EXPECT_EQ(Tarikh("").status, 1);
  EXPECT_EQ(Tarikh("frobnicate").status, 1);
  EXPECT_EQ(Tarikh("build samples").status, 1);  // -o missing
  RunResult bad_date = Tarikh("extract --doc-date 2022-13-01 samples/001-nato-russia-council-brussels.md");
  EXPECT_EQ(bad_date.status, 1);
  EXPECT_NE(bad_date.err.find("2022-13-01"), std::string::npos);
}

TEST_F(CliTest, ExtractPrintsDocumentWithFrontMatterDate) {
  RunResult r = Tarikh("extract samples/001-nato-russia-council-brussels.md");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["schema"], "tarikh/1");
  ASSERT_EQ(j["documents"].size(), 1u);
  EXPECT_EQ(j["documents"][0]["doc_date"], "2022-01-12");
  EXPECT_EQ(j["documents"][0]["doc_date_source"], "front-matter");
  EXPECT_EQ(j["documents"][0]["source"], "Al Mayadeen");
  EXPECT_EQ(j["documents"][0]["id"].get<std::string>().substr(0, 2), "d-");
}

TEST_F(CliTest, DocDateOptionWinsOverFrontMatter) {
  RunResult r = Tarikh("extract --doc-date 2022-01-13 samples/001-nato-russia-council-brussels.md");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["documents"][0]["doc_date"], "2022-01-13");
  EXPECT_EQ(j["documents"][0]["doc_date_source"], "cli");
}

TEST_F(CliTest, ExtractReadsStandardInput) {
  RunResult r = Tarikh("extract --doc-date 2023-05 -", "التقى وزيرا الخارجية في الرياض.\n");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["documents"][0]["path"], "-");
  EXPECT_EQ(j["documents"][0]["doc_date"], "2023-05");
}

TEST_F(CliTest, ExtractIsDeterministic) {
  RunResult a = Tarikh("extract samples/003-russian-defence-ministry-nrc.md");
  RunResult b = Tarikh("extract samples/003-russian-defence-ministry-nrc.md");
  EXPECT_EQ(a.out, b.out);
}

// A new user's bad inputs: each gets a clear message naming the file, and the
// build goes on with the good files. Bad bytes (invalid UTF-8, UTF-16 without
// a byte order mark, binary files) are in hostile_input_test.cc.
TEST_F(CliTest, BadInputsAreReportedAndTheRunGoesOn) {
  const fs::path in = dir_ / "in";
  fs::create_directories(in);
  WriteAll(in / "a-good.md", "---\ntitle: خبر\ndate: 2022-01-12\n---\nالتقى الوزيران اليوم.\n");
  WriteAll(in / "d-empty.txt", "");
  WriteAll(in / "e-cp1256.txt", "\xC7\xE1\xCA\xDE\xEC \xC7\xE1\xE6\xD2\xED\xD1\xC7\xE4 \xC7\xE1\xED\xE6\xE3");  // التقى الوزيران اليوم
  WriteAll(in / "f-frontmatter.md", "---\ntitle: خبر\nthis line is broken\n---\nنص\n");
  WriteAll(in / "g-unclosed.md", "---\ntitle: خبر\nنص بلا نهاية\n");
  const fs::path out = dir_ / "out";
  RunResult r = Tarikh("build '" + in.string() + "' -o '" + out.string() + "'");
  EXPECT_EQ(r.status, 1) << r.err;  // some inputs were bad
  EXPECT_NE(r.err.find("d-empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("f-frontmatter.md:3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("g-unclosed.md:1"), std::string::npos) << r.err;
  ASSERT_TRUE(fs::exists(out / "events.json"));
  const auto j = nlohmann::json::parse(ReadAll(out / "events.json"));
  std::vector<std::string> paths;
  for (const auto& d : j["documents"]) paths.push_back(fs::path(d["path"].get<std::string>()).filename());
  EXPECT_NE(std::find(paths.begin(), paths.end(), "a-good.md"), paths.end());
  EXPECT_NE(std::find(paths.begin(), paths.end(), "e-cp1256.txt"), paths.end());
  for (const auto& d : j["documents"]) {
    if (fs::path(d["path"].get<std::string>()).filename() == "e-cp1256.txt") {
      EXPECT_EQ(d["encoding"], "windows-1256");
    }
  }
}

TEST_F(CliTest, MissingInputIsNamed) {
  RunResult r = Tarikh("build '" + (dir_ / "nowhere").string() + "' -o '" + (dir_ / "out").string() + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("nowhere"), std::string::npos) << r.err;
}

TEST_F(CliTest, UnchangedOutputIsNotRewritten) {
  const fs::path out = dir_ / "out";
  ASSERT_EQ(Tarikh("build samples -o '" + out.string() + "'").status, 0);
  const auto first = fs::last_write_time(out / "events.json");
  RunResult again = Tarikh("build samples -o '" + out.string() + "'");
  ASSERT_EQ(again.status, 0);
  EXPECT_EQ(fs::last_write_time(out / "events.json"), first);
  EXPECT_NE(again.err.find("unchanged"), std::string::npos);
}

TEST_F(CliTest, WatchOfAMissingFolderIsAClearError) {
  RunResult r = Tarikh("watch no-such-folder -o '" + (dir_ / "out").string() + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("no-such-folder: no such folder to watch"), std::string::npos);
  RunResult help = Tarikh("watch --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("--debounce"), std::string::npos);
  EXPECT_NE(help.out.find("--store"), std::string::npos);
}


TEST_F(CliTest, ExtractFindsTimexesWithSpansIntoTheFile) {
  RunResult r = Tarikh("extract samples/003-russian-defence-ministry-nrc.md");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  const std::string file = ReadAll(fs::path(TARIKH_SOURCE_DIR) / "samples/003-russian-defence-ministry-nrc.md");
  ASSERT_FALSE(j["timexes"].empty());
  bool today = false;
  for (const auto& t : j["timexes"]) {
    // span counts code points of the whole file, front matter included (SPEC §3)
    const auto begin = t["span"][0].get<size_t>(), end = t["span"][1].get<size_t>();
    std::u32string cps;
    for (size_t i = 0; i < file.size();) {  // decode UTF-8 by hand: the test must not trust the code under test
      const unsigned char c = static_cast<unsigned char>(file[i]);
      const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      char32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
      for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(file[i + k]) & 0x3F);
      cps.push_back(cp);
      i += n;
    }
    ASSERT_LE(end, cps.size());
    std::string slice;
    for (size_t i = begin; i < end; ++i) {
      const char32_t cp = cps[i];
      if (cp < 0x80) {
        slice += static_cast<char>(cp);
      } else if (cp < 0x800) {
        slice += static_cast<char>(0xC0 | (cp >> 6));
        slice += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        slice += static_cast<char>(0xE0 | (cp >> 12));
        slice += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        slice += static_cast<char>(0x80 | (cp & 0x3F));
      }
    }
    EXPECT_EQ(slice, t["text"].get<std::string>());
    today = today || (t["text"] == "اليوم الأربعاء" && t["value"] == "2022-01-12");
  }
  EXPECT_TRUE(today);
}

TEST_F(CliTest, ExtractWritesTimeML) {
  RunResult r = Tarikh("extract --format timeml --doc-date 2022-01-12 -",
                       "قال المتحدث إن الاجتماع عقد أمس الثلاثاء في فيينا.\n");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("<TimeML>"), std::string::npos);
  EXPECT_NE(r.out.find("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2022-01-11\">أمس الثلاثاء</TIMEX3>"),
            std::string::npos)
      << r.out;
}

TEST_F(CliTest, DatelineGivesTheDocumentDateWhenNothingElseDoes) {
  RunResult r = Tarikh("extract -", "القاهرة - 15 آذار 2023: التقى الوزيران أمس في القاهرة.\n");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["documents"][0]["doc_date"], "2023-03-15");
  EXPECT_EQ(j["documents"][0]["doc_date_source"], "dateline");
  RunResult none = Tarikh("extract -", "التقى الوزيران أمس في القاهرة.\n");
  const auto k = nlohmann::json::parse(none.out);
  EXPECT_TRUE(k["documents"][0]["doc_date"].is_null());
  EXPECT_EQ(k["documents"][0]["doc_date_source"], "none");
  for (const auto& t : k["timexes"]) {
    EXPECT_EQ(t["value"].get<std::string>().substr(0, 4), "XXXX");  // never the machine's clock
  }
}


// Property: the order in which articles are given never changes events.json.
TEST_F(CliTest, ShufflingInputArticlesGivesByteIdenticalEvents) {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(fs::path(TARIKH_SOURCE_DIR) / "samples")) {
    files.push_back("samples/" + e.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  std::string reference;
  std::mt19937 rng(20220112);
  for (int round = 0; round < 6; ++round) {
    std::string args;
    for (const std::string& f : files) args += " '" + f + "'";
    const fs::path out = dir_ / ("out" + std::to_string(round));
    ASSERT_EQ(Tarikh("build" + args + " -o '" + out.string() + "' -q").status, 0);
    const std::string events = ReadAll(out / "events.json");
    if (round == 0) reference = events;
    EXPECT_EQ(events, reference) << "order:" << args;
    std::shuffle(files.begin(), files.end(), rng);
  }
  EXPECT_NE(reference.find("\"events\""), std::string::npos);
}

}  // namespace
