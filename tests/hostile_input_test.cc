// Hostile and broken input, end to end (issue 8): each bad input is run
// through the `tarikh` program beside a good article, and each test asserts
// the exit status, the part of the message a user needs (file name, byte
// offset or line), and that the good article still reached events.json.
// Inputs that are bad for the whole run (a malformed --lexicon, an output
// folder or store that cannot be written) must fail cleanly: exit 1, a
// message naming the path, nothing partial left behind.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "hostile_fixture.h"
#include "ingest/testing_util.h"

namespace {

namespace fs = std::filesystem;
using namespace tarikh::hostile_testing;
using tarikh::ingest::testing_util::EncodeAs;

// ---- bad bytes: one article file each, beside good.md ----

struct BadBytesCase {
  const char* name;         // the test's name
  std::string bytes;        // the content of bad.txt
  std::string message;      // what stderr must say, after "bad.txt: "
  const char* encoding;     // when not null: `extract --encoding` of it must succeed
};

std::string PrintName(const ::testing::TestParamInfo<BadBytesCase>& info) { return info.param.name; }
void PrintTo(const BadBytesCase& c, std::ostream* os) { *os << c.name; }  // gtest's name for a failing row

const std::string kTextBytes = kText;
const std::string kAt = std::to_string(kTextBytes.size());  // the offset just past kText

const BadBytesCase kBadBytes[] = {
    {"InvalidUtf8AtOffsetZero", "\xFF" + kTextBytes, "invalid UTF-8 at byte 0 (0xFF)", nullptr},
    {"InvalidUtf8InTheMiddle", "التقى\xC3\x28 الوزيران", "invalid UTF-8 at byte 10 (0xC3 0x28)", nullptr},
    {"InvalidUtf8AtTheLastByte", kTextBytes + "\xFF", "invalid UTF-8 at byte " + kAt + " (0xFF)", nullptr},
    {"TruncatedTwoByteSequenceAtEnd", kTextBytes + "\xD8",
     "invalid UTF-8 at byte " + kAt + " (0xD8, truncated at end of file)", nullptr},
    {"TruncatedThreeByteSequenceAtEnd", kTextBytes + "\xE2\x80",
     "invalid UTF-8 at byte " + kAt + " (0xE2 0x80, truncated at end of file)", nullptr},
    {"OverlongTwoByteSlash", kTextBytes + "\xC0\xAF", "invalid UTF-8 at byte " + kAt + " (0xC0)", nullptr},
    {"OverlongThreeByteSlash", kTextBytes + "\xE0\x80\xAF", "invalid UTF-8 at byte " + kAt + " (0xE0 0x80)",
     nullptr},
    {"SurrogateEncodedInUtf8", kTextBytes + "\xED\xA0\x80", "invalid UTF-8 at byte " + kAt + " (0xED 0xA0)",
     nullptr},
    {"Utf16LeWithoutBom", EncodeAs(kText, "UTF-16LE"),
     "looks like UTF-16LE text without a byte order mark; name it with --encoding UTF-16LE", "UTF-16LE"},
    {"Utf16BeWithoutBom", EncodeAs(kText, "UTF-16BE"),
     "looks like UTF-16BE text without a byte order mark; name it with --encoding UTF-16BE", "UTF-16BE"},
    {"NulByteInText", "التقى" + Bytes("\0", 1) + "الوزيران", "binary file (NUL byte at offset 10), not an article",
     nullptr},
    {"PngImage", Bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "binary file (NUL byte at offset 8), not an article",
     nullptr},
};

class BadBytesTest : public HostileInputTest, public ::testing::WithParamInterface<BadBytesCase> {};

TEST_P(BadBytesTest, IsNamedWithItsOffsetAndTheGoodArticleIsBuilt) {
  const BadBytesCase& c = GetParam();
  WriteAll(in_ / "bad.txt", c.bytes);
  RunResult r = Build();
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, "tarikh: " + (in_ / "bad.txt").string() + ": " + c.message)) << r.err;
  ExpectGoodArticleBuilt();
  EXPECT_FALSE(Built("bad.txt"));
  if (c.encoding != nullptr) {  // the advice given works
    RunResult fixed = Run({"extract", "--encoding", c.encoding, (in_ / "bad.txt").string()});
    ASSERT_EQ(fixed.status, 0) << fixed.err;
    auto j = nlohmann::json::parse(fixed.out);
    EXPECT_EQ(j["documents"][0]["encoding"], c.encoding);
  }
}

INSTANTIATE_TEST_SUITE_P(HostileInput, BadBytesTest, ::testing::ValuesIn(kBadBytes), PrintName);

TEST_F(HostileInputTest, InvalidUtf8OnStandardInputIsNamedStdin) {
  RunResult r = Run({"extract", "-"}, StdinOf(kTextBytes + "\xFF"));
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(Contains(r.err, "<stdin>: invalid UTF-8 at byte " + kAt + " (0xFF)")) << r.err;
  EXPECT_EQ(r.out, "");
}

// ---- size and repetition: valid input that must not take forever ----

// Under a sanitizer or without optimisation the program is 5-10 times
// slower: the big inputs shrink there so that the suite stays within ctest's
// limit, but keep their shape.
#if defined(__OPTIMIZE__)
constexpr bool kFullSize = !kSanitized;
#else
constexpr bool kFullSize = false;
#endif

// `bytes` of news sentences on one line, with no full stop and no newline
// anywhere, ending with a meeting found nowhere else (Erdogan and Zelensky,
// 2022-02-03) so that the test sees the end of the text was read.
std::string LongSingleLine(size_t bytes) {
  static const char* const kSentences[] = {
      "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي أنتوني بلينكن في جنيف يوم 10 كانون الثاني/يناير 2022",
      "وقال المتحدث باسم الكرملين إن الرئيس فلاديمير بوتين أجرى اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون",
      "وأكد الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ أن الحلف مستعد للحوار مع روسيا",
      "وبحث الجانبان العلاقات الثنائية والأوضاع في أوكرانيا وسبل خفض التوتر في المنطقة",
      "وأضاف أن المحادثات كانت صريحة ومفيدة رغم الخلافات الكبيرة بين الطرفين حول الضمانات الأمنية",
  };
  std::string cycle;
  for (const char* s : kSentences) cycle += std::string(s) + "، ";
  const std::string last =
      "التقى الرئيس التركي رجب طيب أردوغان الرئيس الأوكراني فولوديمير زيلينسكي في أنقرة يوم 3 شباط/فبراير 2022";
  std::string text;
  text.reserve(bytes + cycle.size());
  while (text.size() + cycle.size() + last.size() <= bytes) text += cycle;
  return text + last;
}

TEST_F(HostileInputTest, FiftyMegabyteSingleLineArticleIsBuilt) {
  const size_t size = kFullSize ? 50'000'000 : 8'000'000;
  WriteAll(in_ / "big.txt", LongSingleLine(size));
  RunResult r = Build({"-q"}, Deadline(240));
  std::cout << "[ timing   ] a " << size / 1'000'000 << " MB single-line article: " << r.seconds << " s\n";
  RecordProperty("seconds", std::to_string(r.seconds));
  ASSERT_FALSE(r.timed_out) << "still running after 240 s";
  ASSERT_EQ(r.status, 0) << r.err;
  ExpectGoodArticleBuilt();
  nlohmann::json j = EventsJson();
  std::string big;
  for (auto& d : j["documents"]) {
    if (fs::path(d["path"].get<std::string>()).filename() == "big.txt") big = d["id"];
  }
  ASSERT_FALSE(big.empty()) << "big.txt is not among the documents";
  bool end_reached = false;
  for (auto& e : j["events"]) {
    if (e["date"] != "2022-02-03") continue;
    for (auto& s : e["sources"]) end_reached = end_reached || s["document"] == big;
  }
  EXPECT_TRUE(end_reached) << "the meeting at the very end of big.txt is not among the events";
}

TEST_F(HostileInputTest, HundredThousandTinyFilesAreAllCounted) {
  const int n = kFullSize ? 100'000 : 20'000;
  for (int i = 0; i < n; ++i) {
    const fs::path sub = in_ / ("batch" + std::to_string(i / 1000));
    if (i % 1000 == 0) fs::create_directories(sub);
    // Each text differs: the same text twice would be read once (same content id).
    WriteAll(sub / ("a" + std::to_string(i) + ".txt"),
             "التقى الوزيران في جنيف يوم " + std::to_string(i % 28 + 1) + " كانون الثاني/يناير " +
                 std::to_string(1990 + i % 30) + " لبحث الملف رقم " + std::to_string(i) + ".\n");
  }
  RunResult r = Build();
  std::cout << "[ timing   ] " << n << " tiny files: " << r.seconds << " s\n";
  RecordProperty("seconds", std::to_string(r.seconds));
  ASSERT_FALSE(r.timed_out);
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string all = std::to_string(n + 1);
  const std::string counted = "tarikh: " + all + " article(s): +" + all + " ~0 -0, 0 failed";
  EXPECT_TRUE(Contains(r.err, counted)) << r.err;
  EXPECT_EQ(DocumentNames().size(), static_cast<size_t>(n + 1));
  ExpectGoodArticleBuilt();

  RunResult again = Build({"--explain"});  // nothing changed: no work, whatever the number of files
  std::cout << "[ timing   ] the same " << n << " files, nothing changed: " << again.seconds << " s\n";
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_TRUE(Contains(again.err, "tarikh explain: no work to do"));
}

// Proclitic readings are tried per token: neither many clitic-laden tokens
// nor one token made of thousands of proclitics may blow up.
TEST_F(HostileInputTest, DeeplyRepeatedCliticsFinishQuickly) {
  std::string many = "التقى سيرغي لافروف ";
  for (int i = 0; i < 50'000; ++i) many += "وبللروسيا وبروسيا ";  // 100,000 tokens; بروسيا is Russia
  WriteAll(in_ / "many-clitics.txt", many + "في جنيف.\n");
  std::string one_token = "التقى لافروف في جنيف. والتقى ";
  for (int i = 0; i < 2'500; ++i) one_token += "وبلل";  // one token of 10,000 proclitic letters
  WriteAll(in_ / "one-token.txt", one_token + "روسيا لافروف في موسكو.\n");
  std::string waws = "التقى لافروف ";
  for (int i = 0; i < 10'000; ++i) waws += "و";
  WriteAll(in_ / "waws.txt", waws + "روسيا في جنيف.\n");
  RunResult r = Build({}, Deadline(120));
  std::cout << "[ timing   ] clitics: " << r.seconds << " s\n";
  ASSERT_FALSE(r.timed_out);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_LT(r.seconds, 60);
  ExpectGoodArticleBuilt();
  for (const char* name : {"many-clitics.txt", "one-token.txt", "waws.txt"}) EXPECT_TRUE(Built(name)) << name;
  // events.json lists the actors of events; extract lists every actor mentioned.
  RunResult one = Run({"extract", (in_ / "many-clitics.txt").string()}, Deadline(60));
  ASSERT_EQ(one.status, 0) << one.err;
  nlohmann::json extracted = nlohmann::json::parse(one.out);
  bool russia = false;
  for (auto& a : extracted["actors"]) russia = russia || a["id"] == "russia";
  EXPECT_TRUE(russia) << "بروسيا among the clitic-laden tokens is not Russia";
}

// ---- text that tries to break out of its format ----

constexpr const char* kScript = "<script>alert(1)</script>";
constexpr const char* kRlo = "\u202E";  // RIGHT-TO-LEFT OVERRIDE

TEST_F(HostileInputTest, ScriptAndBidiOverrideReachNoOutputUnescaped) {
  const fs::path lexicon = dir_ / "hostile.tsv";
  WriteAll(lexicon, std::string("id\tname_en\tname_ar\taliases_ar\tcountry\tgender\n") + "john-doe\t" + kScript +
                        " John " + kRlo + "Doe\tجون" + kRlo + " دو\t\tUSA\tm\n");
  WriteAll(in_ / "hostile.md", std::string("---\ntitle: ") + kScript + " " + kRlo + "عنوان\ndate: 2022-01-12\n---\n" +
                                   "التقى وزير الخارجية الروسي سيرغي لافروف جون" + kRlo + " دو اليوم في جنيف " +
                                   kScript + " " + kRlo + "مقلوب.\n");
  RunResult r = Build({"--lexicon", lexicon.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  ExpectGoodArticleBuilt();
  // The markup formats: escaped where the name and the text reach them, never raw.
  for (const char* name : {"index.html", "network.svg", "timeline.svg", "network.graphml", "timeline.json"}) {
    const std::string content = ReadAll(out_ / name);
    EXPECT_FALSE(Contains(content, kScript)) << name;
    // index.html holds its own two scripts (its code and a JSON block), no other.
    size_t scripts = 0;
    for (size_t at = 0; (at = content.find("<script", at)) != std::string::npos; ++at) ++scripts;
    EXPECT_EQ(scripts, std::string(name) == "index.html" ? 2u : 0u) << name;
    EXPECT_FALSE(Contains(content, kRlo)) << name;
    EXPECT_FALSE(Contains(content, "&#x202E;") || Contains(content, "&#8238;")) << name;
  }
  for (const char* name : {"index.html", "network.svg", "network.graphml", "timeline.json"}) {
    EXPECT_TRUE(Contains(ReadAll(out_ / name), "&lt;script&gt;alert(1)&lt;/script&gt; John Doe")) << name;
  }
  EXPECT_TRUE(Contains(ReadAll(out_ / "timeline.svg"), "جون دو"));
  const std::string html = ReadAll(out_ / "index.html");  // the article's title and evidence sentence
  EXPECT_TRUE(Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt; عنوان"));
  EXPECT_TRUE(Contains(html, "في جنيف &lt;script&gt;alert(1)&lt;/script&gt; مقلوب."));
  // events.csv and the DOT files are data, not markup: the name is kept as
  // written (a spreadsheet or pandas shows it as text), only the bidi control goes.
  for (const char* name : {"events.csv", "network.dot", "timeline.dot"}) {
    EXPECT_FALSE(Contains(ReadAll(out_ / name), kRlo)) << name;
  }
  EXPECT_TRUE(Contains(ReadAll(out_ / "events.csv"), std::string(",") + kScript + " John Doe; Russia; Sergey Lavrov,"));
  // events.json and extract's JSON: no markup in the bytes (\u003c), none
  // lost to a JSON reader; no bidi control at all, in titles, names,
  // mentions or sentences.
  RunResult extracted = Run({"extract", (in_ / "hostile.md").string(), "--lexicon", lexicon.string()});
  ASSERT_EQ(extracted.status, 0) << extracted.err;
  for (const std::string& json : {ReadAll(out_ / "events.json"), extracted.out}) {
    EXPECT_FALSE(Contains(json, "<script")) << json.substr(0, 400);
    EXPECT_FALSE(Contains(json, kRlo));
    EXPECT_TRUE(Contains(json, "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e")) << json.substr(0, 400);
  }
  nlohmann::json j = EventsJson();
  std::set<std::string> titles, names, mentions, sentences;
  for (auto& d : j["documents"]) titles.insert(d["title"].get<std::string>());
  for (auto& a : j["actors"]) {
    names.insert(a["name"].get<std::string>());
    for (auto& m : a["mentions"]) mentions.insert(m.get<std::string>());
  }
  for (auto& e : j["events"])
    for (auto& src : e["sources"]) sentences.insert(src["text"].get<std::string>());
  EXPECT_TRUE(titles.count(std::string(kScript) + " عنوان"));
  EXPECT_TRUE(names.count(std::string(kScript) + " John Doe"));
  EXPECT_TRUE(mentions.count("جون دو"));
  EXPECT_TRUE(std::any_of(sentences.begin(), sentences.end(), [](const std::string& t) {
    return Contains(t, std::string("في جنيف ") + kScript + " مقلوب.");
  }));
  EXPECT_FALSE(Contains(r.err, kRlo)) << r.err;
}

// ---- a --lexicon file with a bad line: the run stops before writing anything ----

struct BadLexiconCase {
  const char* name;
  std::string content;  // the whole file
  std::string message;  // what stderr must say after "LEXICON:"; "$LEXICON" stands for its path
};

constexpr const char* kPeopleHeader = "id\tname_en\tname_ar\taliases_ar\tcountry\tgender\n";
constexpr const char* kRolesHeader = "person_id\trole_en\trole_ar\tentity_id\tfrom\tto\n";
const std::string kJohnDoe = "john-doe\tJohn Doe\tجون دو\t\tUSA\tm\n";

const BadLexiconCase kBadLexicons[] = {
    {"WrongColumnCount", kPeopleHeader + std::string("# a comment\njohn-doe\tJohn Doe\tجون دو\tUSA\tm\n"),
     "3: 5 fields, the people header names 6"},
    {"BadDate", kPeopleHeader + kJohnDoe + kRolesHeader + "john-doe\tEnvoy\tالمبعوث\tunited-states\t2022-13-01\t\n",
     "4: date '2022-13-01' must be YYYY, YYYY-MM or YYYY-MM-DD"},
    {"DuplicateIdInTheFile", kPeopleHeader + kJohnDoe + "john-doe\tJane Doe\tجين دو\t\tUSA\tf\n",
     "3: duplicate id 'john-doe' (already defined at $LEXICON:2)"},
    {"DuplicateIdOfABuiltInCountry", kPeopleHeader + std::string("russia\tJohn Doe\tجون دو\t\tUSA\tm\n"),
     "2: duplicate id 'russia' (already defined at " TARIKH_SOURCE_DIR "/data/entities/countries.tsv:"},
    {"RowBeforeAnyHeader", kJohnDoe, "1: expected a header line naming the columns of one of: countries, "},
};

void PrintTo(const BadLexiconCase& c, std::ostream* os) { *os << c.name; }

class BadLexiconTest : public HostileInputTest, public ::testing::WithParamInterface<BadLexiconCase> {};

TEST_P(BadLexiconTest, StopsTheRunNamingFileAndLine) {
  const BadLexiconCase& c = GetParam();
  const fs::path lexicon = dir_ / "hostile.tsv";
  WriteAll(lexicon, c.content);
  RunResult r = Build({"--lexicon", lexicon.string()});
  EXPECT_EQ(r.status, 1) << r.err;
  std::string message = c.message;
  if (const size_t at = message.find("$LEXICON"); at != std::string::npos) message.replace(at, 8, lexicon.string());
  EXPECT_TRUE(Contains(r.err, "tarikh: " + lexicon.string() + ":" + message)) << r.err;
  EXPECT_FALSE(fs::exists(out_ / "events.json"));
}

INSTANTIATE_TEST_SUITE_P(HostileInput, BadLexiconTest, ::testing::ValuesIn(kBadLexicons),
                         [](const auto& param) { return std::string(param.param.name); });

// ---- where the outputs go cannot be written ----

// A folder that cannot be made (a path under a regular file), and one that
// cannot be written (no write permission, for a user who is not root).
TEST_F(HostileInputTest, UnwritableOutputFolder) {
  WriteAll(dir_ / "file.txt", "a file, not a folder\n");
  const fs::path under_a_file = dir_ / "file.txt" / "out";
  RunResult r = Run({"build", in_.string(), "-o", under_a_file.string()});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, "tarikh: " + under_a_file.string() + ": cannot create the output folder: Not a directory"))
      << r.err;

  const fs::path read_only = dir_ / "read-only";
  fs::create_directories(read_only);
  GiveToUnprivilegedUser();
  fs::permissions(read_only, fs::perms::owner_read | fs::perms::owner_exec);
  r = Run({"build", in_.string(), "-o", read_only.string()}, Unprivileged());
  fs::permissions(read_only, fs::perms::owner_all);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, "tarikh: " + (read_only / kWorkFolder).string() +
                                  ": cannot create the work folder: Permission denied"))
      << r.err;
  EXPECT_TRUE(fs::is_empty(read_only));
}

// An output's name taken by a folder: rename(2) fails after the temporary was
// written; the temporary goes, and nothing else in the folder changes.
TEST_F(HostileInputTest, OutputNameTakenByAFolder) {
  fs::create_directories(out_ / "events.json");
  RunResult r = Build();
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, "tarikh: " + (out_ / "events.json").string() +
                                  ": cannot rename a temporary file onto it: Is a directory"))
      << r.err;
  EXPECT_TRUE(fs::is_directory(out_ / "events.json"));
  EXPECT_FALSE(fs::exists(out_ / "index.html"));  // events.json is written first: nothing after it
  EXPECT_EQ(Temporaries(out_), std::vector<std::string>{});
}

// A read-only file system, where a private mount namespace can make one
// (root in a privileged container or VM; skipped elsewhere).
TEST_F(HostileInputTest, ReadOnlyFileSystem) {
  ASSERT_EQ(Build().status, 0);
  const std::map<std::string, std::string> before = Outputs(out_);
  WriteAll(in_ / "new.md", "التقى لافروف وبلينكن في جنيف يوم 10 كانون الثاني/يناير 2022.\n");
  const std::string out = "'" + out_.string() + "'";
  const std::string script = "mount --bind " + out + " " + out + " && mount -o remount,bind,ro " + out +
                             " && exec '" TARIKH_BINARY "' build '" + in_.string() + "' -o " + out;
  const std::string cmd = "unshare --mount --propagation private sh -c \"" + script + "\" >'" +
                          (dir_ / "ro.out").string() + "' 2>'" + (dir_ / "ro.err").string() + "'";
  const int raw = std::system(cmd.c_str());
  const std::string err = ReadAll(dir_ / "ro.err");
  if (Contains(err, "unshare") || Contains(err, "mount")) GTEST_SKIP() << "no mount namespace here: " << err;
  EXPECT_EQ(WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, 1) << err;
  EXPECT_TRUE(Contains(err, "tarikh: " + (out_ / kWorkFolder / kLockFile).string() +
                                ": cannot open the output folder's lock file: Read-only file system"))
      << err;
  EXPECT_EQ(Outputs(out_), before);
}

// ---- a full disk: write(2) fails with EFBIG under RLIMIT_FSIZE ----

class FullDiskTest : public HostileInputTest {
 protected:
  // A first build, then one more article: the next build has outputs to change.
  void SetUp() override {
    HostileInputTest::SetUp();
    for (const auto& e : fs::directory_iterator(fs::path(TARIKH_SOURCE_DIR) / "samples")) {
      fs::copy_file(e.path(), in_ / e.path().filename());
    }
    ASSERT_EQ(Build({"-q"}).status, 0);
    previous_ = Outputs(out_);
    WriteAll(in_ / "later.md", "---\ndate: 2022-01-20\n---\nالتقى وزير الخارجية الروسي سيرغي لافروف نظيره "
                               "الأمريكي أنتوني بلينكن اليوم في جنيف.\n");
    // What the outputs will be: a build of the same inputs elsewhere.
    const fs::path clean = dir_ / "clean";
    EXPECT_EQ(Run({"build", in_.string(), "-o", clean.string(), "-q"}).status, 0);
    next_ = Outputs(clean);
    ASSERT_NE(previous_.at("events.json"), next_.at("events.json"));
  }

  // A build without the limit repairs everything.
  void ExpectTheNextBuildRepairs() {
    RunResult r = Build();
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(Outputs(out_), next_);
  }

  std::map<std::string, std::string> previous_, next_;
};

TEST_F(FullDiskTest, FirstOutputFailsAndThePreviousOutputsStay) {
  // events.json is written first; half its old size cannot hold it.
  const long limit = static_cast<long>(previous_.at("events.json").size() / 2);
  RunResult r = Build({}, FileSizeLimit(limit));
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, "tarikh: " + (out_ / "events.json").string() + ": cannot write: File too large"))
      << r.err;
  EXPECT_EQ(Outputs(out_), previous_);
  EXPECT_EQ(Temporaries(out_), std::vector<std::string>{});
  ExpectTheNextBuildRepairs();
}

TEST_F(FullDiskTest, LaterOutputFailsAndThePreviousOutputsStay) {
  // events.json (written first) fits; some larger output does not. Every
  // output is written to its temporary before any is renamed, so the failure
  // leaves all of them as the last build wrote them.
  const long limit = static_cast<long>(next_.at("events.json").size() + 1);
  std::string too_big;
  for (const auto& [name, content] : next_) {
    if (content.size() > static_cast<size_t>(limit) && content != previous_.at(name)) too_big = name;
  }
  ASSERT_FALSE(too_big.empty()) << "no changed output is larger than events.json: the test needs one";
  RunResult r = Build({}, FileSizeLimit(limit));
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, ": cannot write: File too large")) << r.err;
  EXPECT_EQ(Outputs(out_), previous_);
  EXPECT_EQ(Temporaries(out_), std::vector<std::string>{});
  ExpectTheNextBuildRepairs();
}

// ---- the store cannot be used ----

TEST_F(HostileInputTest, StoreUnderARegularFile) {
  WriteAll(dir_ / "file.txt", "a file, not a folder\n");
  const fs::path store = dir_ / "file.txt" / "tarikh.sqlite";
  RunResult r = Build({"--store", store.string()});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(
      Contains(r.err, "tarikh: " + store.string() + ".lock: cannot open the store's lock file: Not a directory"))
      << r.err;
  EXPECT_FALSE(fs::exists(out_ / "events.json"));
}

TEST_F(HostileInputTest, StoreThatIsAFolder) {
  const fs::path store = dir_ / "store";
  fs::create_directories(store);
  RunResult r = Build({"--store", store.string()});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, "tarikh: " + store.string() + ": is a folder, not a store")) << r.err;
  EXPECT_FALSE(fs::exists(out_ / "events.json"));
}

// --store may point at anything: a file that is not a tarikh store is never
// overwritten, whether it is text, random bytes or another program's SQLite.
TEST_F(HostileInputTest, StoreThatIsNotATarikhStoreIsLeftAlone) {
  std::string random(8192, '\0');
  for (size_t i = 0; i < random.size(); ++i) random[i] = static_cast<char>((i * 2654435761u) >> 13);
  const std::pair<const char*, std::string> files[] = {
      {"notes.txt", "my notes, not a database\n"},
      {"random.bin", random},
      {"corrupt.sqlite", "SQLite format 3" + std::string(1, '\0') + std::string(4080, '\x7f')},
  };
  for (const auto& [name, content] : files) {
    const fs::path store = dir_ / name;
    WriteAll(store, content);
    RunResult r = Build({"--store", store.string()});
    EXPECT_EQ(r.status, 1) << name << ": " << r.err;
    EXPECT_TRUE(Contains(r.err, "tarikh: " + store.string() +
                                    ": not a tarikh store; remove it or name another file with --store"))
        << name << ": " << r.err;
    EXPECT_EQ(ReadAll(store), content) << name;
    EXPECT_FALSE(fs::exists(out_ / "events.json"));
  }
}

// Read-only store file: only meaningful where permissions apply (as root,
// the build runs as nobody).
TEST_F(HostileInputTest, ReadOnlyStoreFile) {
  GiveToUnprivilegedUser();
  ASSERT_EQ(Build({}, Unprivileged()).status, 0);
  fs::permissions(out_ / "tarikh.sqlite", fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  WriteAll(in_ / "new.md", "التقى لافروف وبلينكن في جنيف.\n");
  RunResult r = Build({}, Unprivileged());
  fs::permissions(out_ / "tarikh.sqlite", fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, "tarikh: " + (out_ / "tarikh.sqlite").string() + ": store: ")) << r.err;
}

}  // namespace
