// End-to-end tests of JSON lines (issue 8, docs/cluster.md): `tarikh extract
// --jsonl` then `tarikh build --from-jsonl` must give the outputs of `tarikh
// build` on the same articles, byte for byte, whatever order and however many
// parts the lines come in; a bad line must get an error line in its place and
// never stop the stream; a second run must be incremental.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "cli_util.h"
#include "tarikh/ingest.h"
#include "output/jsonl.h"

namespace {

namespace fs = std::filesystem;
using tarikh::cli_testing::Diff;
using tarikh::cli_testing::Outputs;
using tarikh::cli_testing::ReadAll;
using tarikh::ScratchDirTest;
using Json = nlohmann::json;

void WriteAll(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

struct RunResult {
  int status = -1;
  std::string out, err;
};

class JsonlTest : public ScratchDirTest {
 protected:
  JsonlTest() : ScratchDirTest("tarikh-jsonl-") {}
  void SetUp() override {
    ScratchDirTest::SetUp();
    fs::create_directories(in_ = dir_ / "in");
  }
  void TearDown() override {
    if (!HasFailure()) ScratchDirTest::TearDown();  // kept to look at when a test failed
  }

  // Runs a shell command from the source tree, standard input from `input`.
  RunResult Shell(const std::string& command, const std::string& input = "") {
    WriteAll(dir_ / "stdin", input);
    const std::string cmd = "cd '" TARIKH_SOURCE_DIR "' && (" + command + ") <'" + (dir_ / "stdin").string() +
                            "' >'" + (dir_ / "stdout").string() + "' 2>'" + (dir_ / "stderr").string() + "'";
    const int raw = std::system(cmd.c_str());
    return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, ReadAll(dir_ / "stdout"), ReadAll(dir_ / "stderr")};
  }
  RunResult Tarikh(const std::string& args, const std::string& input = "") {
    return Shell("'" TARIKH_BINARY "' " + args, input);
  }

  // The samples as article files in in_/ (their front matter rebuilt from
  // title, source, url and date, as a line with those fields stands for),
  // one sample kept whole with its own front matter, and one without any;
  // returns their article lines.
  std::vector<std::string> WriteArticles() {
    std::vector<std::string> files, lines;
    EXPECT_TRUE(tarikh::CollectInputs({std::string(TARIKH_SOURCE_DIR) + "/samples"}, &files).ok());
    for (size_t i = 0; i < files.size(); ++i) {
      const std::string bytes = ReadAll(files[i]);
      tarikh::Result<tarikh::Document> doc = tarikh::DecodeDocument(bytes, files[i], {});
      EXPECT_TRUE(doc.ok());
      const fs::path path = in_ / fs::path(files[i]).filename();
      const std::string body = doc->text.substr(doc->body_begin_byte);
      Json line{{"path", path.string()}};
      if (i == 0) {  // the whole file, front matter and all
        WriteAll(path, bytes);
        line["text"] = bytes;
      } else if (i == 1) {  // no front matter: the date comes from a dateline, or nowhere
        WriteAll(path, body);
        line["text"] = body;
      } else {
        WriteAll(path, tarikh::ArticleFileBytes(body, doc->title, doc->source, doc->url, doc->doc_date));
        line.update({{"title", doc->title}, {"source", doc->source}, {"url", doc->url}, {"date", doc->doc_date},
                     {"text", body}});
      }
      lines.push_back(line.dump());
    }
    return lines;
  }

  fs::path in_;
};

// The contract of issue 8: files built directly == the same articles through
// extract --jsonl (shuffled, in two parts) and build --from-jsonl.
TEST_F(JsonlTest, FromJsonlBuildsWhatADirectBuildWrites) {
  std::vector<std::string> articles = WriteArticles();
  ASSERT_EQ(articles.size(), 5u);
  RunResult direct = Tarikh("build '" + in_.string() + "' -o '" + (dir_ / "direct").string() + "'");
  ASSERT_EQ(direct.status, 0) << direct.err;

  std::shuffle(articles.begin(), articles.end(), std::mt19937(8));
  RunResult extracted = Tarikh("extract --jsonl", JoinLines(articles));
  ASSERT_EQ(extracted.status, 0) << extracted.err;
  std::vector<std::string> lines = Lines(extracted.out);
  ASSERT_EQ(lines.size(), 5u);
  WriteAll(dir_ / "part-00000", JoinLines({lines.begin(), lines.begin() + 2}));
  WriteAll(dir_ / "part-00001", JoinLines({lines.begin() + 2, lines.end()}));
  RunResult built = Tarikh("build --from-jsonl '" + (dir_ / "part-00001").string() + "' '" +
                           (dir_ / "part-00000").string() + "' -o '" + (dir_ / "jsonl").string() + "'");
  ASSERT_EQ(built.status, 0) << built.err;
  EXPECT_NE(built.err.find("5 article(s): +5 ~0 -0, 0 failed"), std::string::npos) << built.err;
  const auto want = Outputs(dir_ / "direct");
  EXPECT_GE(want.size(), 8u);
  EXPECT_EQ(Diff(want, Outputs(dir_ / "jsonl")), "");

  // Standard input, as a pipe from the cluster's output would give it.
  RunResult piped = Tarikh("build --from-jsonl - -q -o '" + (dir_ / "piped").string() + "'", extracted.out);
  ASSERT_EQ(piped.status, 0) << piped.err;
  EXPECT_EQ(Diff(want, Outputs(dir_ / "piped")), "");
}

// docs/cluster.md's converter: --verbatim gives a direct build's outputs
// whatever the front matter; the default mode (front matter → fields) when
// the front matter is the block tarikh rebuilds from the fields.
TEST_F(JsonlTest, ConverterScriptGivesTheSameOutputs) {
  if (std::system("python3 -c 'import json' 2>/dev/null") != 0) GTEST_SKIP() << "python3 is needed";
  WriteArticles();
  for (const std::string mode : {" --verbatim", ""}) {
    if (mode.empty()) {  // the one sample kept whole, rewritten with the block a line stands for
      std::vector<fs::path> files(fs::directory_iterator(in_), fs::directory_iterator{});
      const fs::path whole = *std::min_element(files.begin(), files.end());  // WriteArticles' first
      tarikh::Result<tarikh::Document> doc = tarikh::DecodeDocument(ReadAll(whole), whole.string(), {});
      ASSERT_TRUE(doc.ok());
      WriteAll(whole, tarikh::ArticleFileBytes(doc->text.substr(doc->body_begin_byte), doc->title, doc->source,
                                               doc->url, doc->doc_date));
    }
    const fs::path direct = dir_ / ("direct" + mode), out = dir_ / ("converted" + mode);
    ASSERT_EQ(Tarikh("build '" + in_.string() + "' -q -o '" + direct.string() + "'").status, 0);
    RunResult converted = Shell("python3 scripts/articles-to-jsonl '" + in_.string() + "'" + mode + " | '" +
                                TARIKH_BINARY "' extract --jsonl");
    ASSERT_EQ(converted.status, 0) << converted.err;
    ASSERT_EQ(Lines(converted.out).size(), 5u) << mode;
    ASSERT_EQ(Tarikh("build --from-jsonl - -q -o '" + out.string() + "'", converted.out).status, 0);
    EXPECT_EQ(Diff(Outputs(direct), Outputs(out)), "") << mode;
  }
}

TEST_F(JsonlTest, OneLineOutPerLineInInTheSameOrder) {
  std::vector<std::string> articles = WriteArticles();
  std::reverse(articles.begin(), articles.end());
  articles.insert(articles.begin() + 2, "");  // empty lines are skipped
  articles.push_back("  \r");
  RunResult r = Tarikh("extract --jsonl", JoinLines(articles));
  ASSERT_EQ(r.status, 0) << r.err;
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 5u);
  std::vector<std::string> in_paths, out_paths;
  for (const std::string& a : articles) {
    if (!a.empty() && a[0] == '{') in_paths.push_back(Json::parse(a)["path"].get<std::string>());
  }
  for (const std::string& l : lines) {
    const Json j = Json::parse(l);
    EXPECT_EQ(j["schema"], "tarikh/1");
    ASSERT_EQ(j["documents"].size(), 1u);
    EXPECT_TRUE(j["record"].is_string());
    EXPECT_TRUE(j["fingerprint"].contains("code"));
    out_paths.push_back(j["documents"][0]["path"].get<std::string>());
  }
  EXPECT_EQ(out_paths, in_paths);
  // The file form: `extract --jsonl FILE`.
  WriteAll(dir_ / "articles.jsonl", JoinLines(articles));
  RunResult from_file = Tarikh("extract --jsonl '" + (dir_ / "articles.jsonl").string() + "'");
  EXPECT_EQ(from_file.status, 0);
  EXPECT_EQ(from_file.out, r.out);
}

// Each bad line: an error line in its place, a message on stderr, the stream goes on, exit 1.
TEST_F(JsonlTest, BadLinesGetErrorLinesAndTheStreamGoesOn) {
  const std::vector<std::string> articles = WriteArticles();
  const std::string huge = "{\"path\":\"huge\",\"text\":\"" + std::string(20 << 20, 'x');  // 20 MB, never closed
  std::string long_text;  // 2 MB of text that is read and extracted
  while (long_text.size() < (2 << 20)) long_text += "وقال المتحدث إن الوضع لا يزال على حاله. ";
  long_text += "والتقى وزير الخارجية الروسي نظيره الأمريكي في جنيف اليوم.";
  const std::string long_article = Json{{"path", "long"}, {"date", "2022-01-12"}, {"text", long_text}}.dump();
  const std::vector<std::string> input = {
      articles[0],
      "this is not JSON",
      R"({"path":"no-text.md","title":"x"})",
      "{\"path\":\"raw.md\",\"text\":\"\xff\xfe bytes\"}",
      R"({"path":"escape.md","text":"\udc00 lone low surrogate"})",
      "",
      huge,
      long_article,
      articles[1],
  };
  RunResult r = Tarikh("extract --jsonl", JoinLines(input));
  EXPECT_EQ(r.status, 1);
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 8u) << r.err;
  const std::vector<std::pair<size_t, Json>> errors = {
      {1, Json{{"path", nullptr}, {"line", 2}}},     {2, Json{{"path", "no-text.md"}, {"line", 3}}},
      {3, Json{{"path", nullptr}, {"line", 4}}},     {4, Json{{"path", nullptr}, {"line", 5}}},
      {5, Json{{"path", nullptr}, {"line", 7}}},
  };
  for (const auto& [index, want] : errors) {
    const Json j = Json::parse(lines[index]);
    EXPECT_EQ(j["path"], want["path"]) << lines[index];
    EXPECT_EQ(j["line"], want["line"]) << lines[index];
    EXPECT_TRUE(j["error"].is_string());
    EXPECT_LT(lines[index].size(), 400u);  // a 20 MB line is described, not quoted
  }
  EXPECT_NE(Json::parse(lines[2])["error"].get<std::string>().find("no \"text\""), std::string::npos);
  EXPECT_NE(Json::parse(lines[3])["error"].get<std::string>().find("UTF-8"), std::string::npos);
  EXPECT_NE(Json::parse(lines[4])["error"].get<std::string>().find("surrogate"), std::string::npos);
  EXPECT_EQ(Json::parse(lines[6])["documents"][0]["path"], "long");
  EXPECT_FALSE(Json::parse(lines[6])["events"].empty());
  EXPECT_EQ(Json::parse(lines[7])["documents"][0]["path"], Json::parse(articles[1])["path"]);
  for (const char* where : {"<stdin>:2: not JSON at byte", "<stdin>:3: no-text.md: no \"text\"", "<stdin>:7:",
                            "5 line(s) failed"}) {
    EXPECT_NE(r.err.find(where), std::string::npos) << where << " in " << r.err;
  }

  // build --from-jsonl counts the error lines as failed articles and builds the rest.
  WriteAll(dir_ / "lines.jsonl", r.out + "{\"not\":\"an extraction\"}\n");
  RunResult built = Tarikh("build --from-jsonl '" + (dir_ / "lines.jsonl").string() + "' -o '" +
                           (dir_ / "out").string() + "'");
  EXPECT_EQ(built.status, 1);
  EXPECT_NE(built.err.find("3 article(s): +3 ~0 -0, 6 failed"), std::string::npos) << built.err;
  EXPECT_NE(built.err.find("lines.jsonl:3: extract --jsonl failed on its line 3: no-text.md: no \"text\""), std::string::npos)
      << built.err;
  EXPECT_NE(built.err.find("lines.jsonl:9: no \"record\""), std::string::npos) << built.err;
  EXPECT_EQ(Json::parse(ReadAll(dir_ / "out" / "events.json"))["documents"].size(), 3u);
}

// extract --jsonl --jobs N: one process on N cores writes what one core
// writes, byte for byte (lines, error lines and their numbers, stderr), for
// inputs of several batches (32 lines per job) with bad and empty lines
// across the batch boundaries.
TEST_F(JsonlTest, JobsWriteTheSameLinesInTheSameOrder) {
  const std::vector<std::string> articles = WriteArticles();
  std::vector<std::string> input;
  for (int copy = 0; copy < 24; ++copy) {
    for (size_t i = 0; i < articles.size(); ++i) {
      Json line = Json::parse(articles[i]);
      line["path"] = line["path"].get<std::string>() + "." + std::to_string(copy);
      input.push_back(line.dump());
    }
    if (copy % 7 == 3) input.push_back("not JSON " + std::to_string(copy));
    if (copy % 5 == 1) input.push_back("");
    if (copy % 11 == 0) input.push_back(R"({"path":"empty.md","text":""})");  // read, with a warning
  }
  const RunResult one = Tarikh("extract --jsonl", JoinLines(input));
  ASSERT_EQ(one.status, 1);  // the lines that are not JSON
  ASSERT_GT(Lines(one.out).size(), 2 * 32 * 3 / 2u);  // two batches of --jobs 2, two of --jobs 3
  for (const char* args : {"--jobs 2", "-j 3", "--jobs 64"}) {
    const RunResult r = Tarikh(std::string("extract --jsonl ") + args, JoinLines(input));
    EXPECT_EQ(r.status, one.status) << args;
    EXPECT_TRUE(r.out == one.out) << args << ": the lines differ";
    EXPECT_EQ(r.err, one.err) << args;
  }
  EXPECT_EQ(Tarikh("extract --jobs 2 samples/001-nato-russia-council-brussels.md").status, 1);  // only with --jsonl
  EXPECT_EQ(Tarikh("extract --jsonl --jobs 0", JoinLines(articles)).status, 1);
}

TEST_F(JsonlTest, UsageAndExitStatuses) {
  const std::vector<std::string> articles = WriteArticles();
  EXPECT_EQ(Tarikh("extract --jsonl", JoinLines(articles)).status, 0);
  EXPECT_EQ(Tarikh("extract --jsonl", "").status, 0);  // no lines: nothing to do
  EXPECT_EQ(Tarikh("extract --jsonl --format timeml").status, 1);
  EXPECT_EQ(Tarikh("extract --jsonl --encoding windows-1256").status, 1);
  EXPECT_EQ(Tarikh("extract").status, 1);  // neither a file nor --jsonl
  RunResult missing = Tarikh("extract --jsonl no-such.jsonl");
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("no-such.jsonl"), std::string::npos);
  const std::string out = " -o '" + (dir_ / "out").string() + "'";
  RunResult no_file = Tarikh("build --from-jsonl no-such.jsonl" + out);
  EXPECT_EQ(no_file.status, 1);
  EXPECT_NE(no_file.err.find("no-such.jsonl: cannot open"), std::string::npos) << no_file.err;
  EXPECT_EQ(Tarikh("build samples --from-jsonl x.jsonl" + out).status, 1);
  EXPECT_EQ(Tarikh("build --from-jsonl x.jsonl --doc-date 2022" + out).status, 1);
  RunResult help = Tarikh("extract --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("--jsonl"), std::string::npos);
  EXPECT_NE(help.out.find("saveAsTextFile"), std::string::npos);
  RunResult build_help = Tarikh("build --help");
  EXPECT_NE(build_help.out.find("tarikh build --from-jsonl extracted/part-* -o out"), std::string::npos);
}

// Documents are keyed by path: a second run stores nothing and rewrites no
// output; a changed and a removed line are seen as such; the result is still
// a direct build's.
TEST_F(JsonlTest, SecondRunIsIncremental) {
  const std::vector<std::string> articles = WriteArticles();
  RunResult extracted = Tarikh("extract --jsonl", JoinLines(articles));
  ASSERT_EQ(extracted.status, 0) << extracted.err;
  const std::string build = "build --explain --from-jsonl '" + (dir_ / "lines").string() + "' -o '" +
                            (dir_ / "out").string() + "'";
  WriteAll(dir_ / "lines", extracted.out);
  ASSERT_EQ(Tarikh(build).status, 0);
  RunResult again = Tarikh(build);
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.err.find("5 article(s): +0 ~0 -0, 0 failed"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find(": unchanged ("), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("0 file(s) written"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("tarikh explain: no work to do"), std::string::npos) << again.err;
  // A deleted output is written again, from the same lines.
  fs::remove(dir_ / "out" / "network.svg");
  RunResult repaired = Tarikh(build);
  ASSERT_EQ(repaired.status, 0) << repaired.err;
  EXPECT_NE(repaired.err.find("1 file(s) written"), std::string::npos) << repaired.err;
  EXPECT_TRUE(fs::exists(dir_ / "out" / "network.svg"));

  // The third article again under another --doc-date, the last one gone.
  std::vector<std::string> lines = Lines(extracted.out);
  RunResult redated = Tarikh("extract --jsonl --doc-date 2022-02", articles[2] + "\n");
  ASSERT_EQ(redated.status, 0);
  lines[2] = Lines(redated.out)[0];
  lines.pop_back();
  WriteAll(dir_ / "lines", JoinLines(lines));
  RunResult changed = Tarikh(build);
  ASSERT_EQ(changed.status, 0) << changed.err;
  EXPECT_NE(changed.err.find("4 article(s): +0 ~1 -1, 0 failed"), std::string::npos) << changed.err;
  EXPECT_NE(changed.err.find("fingerprint changed (--doc-date changed)"), std::string::npos) << changed.err;
  EXPECT_NE(changed.err.find("different extractor fingerprints"), std::string::npos) << changed.err;

  // Equal to building the same lines into an empty folder.
  ASSERT_EQ(Tarikh("build -q --from-jsonl '" + (dir_ / "lines").string() + "' -o '" + (dir_ / "clean").string() + "'")
                .status,
            0);
  EXPECT_EQ(Diff(Outputs(dir_ / "clean"), Outputs(dir_ / "out")), "");
}

}  // namespace
