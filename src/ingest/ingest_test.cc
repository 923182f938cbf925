#include "tarikh/ingest.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "common/testing_scratch.h"
#include "ingest/testing_util.h"

namespace tarikh {
namespace {

namespace fs = std::filesystem;
using namespace std::literals;
using ingest::testing_util::EncodeAs;

constexpr const char* kArticle =
    "---\n"
    "title: حلف الأطلسي وروسيا يكشفان عن خلافات كبيرة\n"
    "source: Al Mayadeen\n"
    "url: https://example.org/nato#1\n"
    "date: 2022-01-12          # publication date\n"
    "author: \"Staff\"\n"
    "---\n"
    "قال الأمين العام لحلف شمال الأطلسي اليوم الأربعاء إن الخلافات كبيرة.\n";

Document Decode(std::string_view bytes, const IngestOptions& options = {}) {
  Result<Document> result = DecodeDocument(bytes, "a.md", options);
  EXPECT_TRUE(result.ok()) << result.status().message();
  return result.ok() ? std::move(result).value() : Document{};
}

TEST(IngestTest, ReadsFrontMatterIntoTheDocument) {
  const Document doc = Decode(kArticle);
  EXPECT_EQ(doc.path, "a.md");
  EXPECT_EQ(doc.text, kArticle);
  EXPECT_EQ(doc.encoding, "UTF-8");
  EXPECT_EQ(doc.title, "حلف الأطلسي وروسيا يكشفان عن خلافات كبيرة");
  EXPECT_EQ(doc.source, "Al Mayadeen");
  EXPECT_EQ(doc.url, "https://example.org/nato#1");
  EXPECT_EQ(doc.doc_date, "2022-01-12");
  EXPECT_EQ(doc.doc_date_source, DocDateSource::kFrontMatter);
  const std::map<std::string, std::string> expected_metadata = {
      {"author", "Staff"}, {"date", "2022-01-12"}, {"source", "Al Mayadeen"},
      {"title", "حلف الأطلسي وروسيا يكشفان عن خلافات كبيرة"},
      {"url", "https://example.org/nato#1"}};
  EXPECT_EQ(doc.metadata, expected_metadata);
  EXPECT_TRUE(doc.warnings.empty());
}

// body_begin counts code points, body_begin_byte bytes; both point just
// after the closing fence's newline, and from there the text is the body.
TEST(IngestTest, BodyOffsets) {
  struct Case {
    const char* name;
    std::string bytes;
    uint32_t body_begin;
    uint32_t body_begin_byte;
    const char* body_start;
  };
  const Case kCases[] = {
      {"no front matter", "نص المقال", 0, 0, "نص"},
      {"ASCII front matter", "---\ntitle: T\n---\nbody", 17, 17, "body"},
      {"Arabic title", "---\ntitle: سلام\n---\nنص", 20, 24, "نص"},
      {"CRLF", "---\r\ntitle: T\r\n---\r\nbody", 20, 20, "body"},
      {"UTF-8 BOM before the fence", "\xEF\xBB\xBF---\ntitle: T\n---\nbody", 17, 17, "body"},
      {"windows-1256", EncodeAs("---\ntitle: سلام عليكم\n---\nنص المقال", "windows-1256"), 26, 35,
       "نص"},
      {"UTF-16LE", "\xFF\xFE" + EncodeAs("---\ntitle: سلام\n---\nنص", "UTF-16LE"), 20, 24, "نص"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    const Document doc = Decode(c.bytes);
    EXPECT_EQ(doc.body_begin, c.body_begin);
    EXPECT_EQ(doc.body_begin_byte, c.body_begin_byte);
    EXPECT_TRUE(doc.text.substr(doc.body_begin_byte).starts_with(c.body_start));
  }
}

TEST(IngestTest, DocDatePrecedence) {
  struct Case {
    const char* name;
    const char* cli_date;
    std::string text;
    const char* expected_date;
    DocDateSource expected_source;
  };
  const Case kCases[] = {
      {"cli wins", "2021-05", "---\ndate: 2022-01-12\n---\nbody", "2021-05", DocDateSource::kCli},
      {"cli without front matter", "2020", "body", "2020", DocDateSource::kCli},
      {"front matter", "", "---\ndate: 2022-01-12\n---\nbody", "2022-01-12",
       DocDateSource::kFrontMatter},
      {"front matter month", "", "---\ndate: '2024-07'\n---\nbody", "2024-07",
       DocDateSource::kFrontMatter},
      {"empty front matter date", "", "---\ndate:\n---\nbody", "", DocDateSource::kNone},
      {"no date anywhere", "", "---\ntitle: T\n---\nbody", "", DocDateSource::kNone},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    IngestOptions options;
    options.doc_date = c.cli_date;
    const Document doc = Decode(c.text, options);
    EXPECT_EQ(doc.doc_date, c.expected_date);
    EXPECT_EQ(doc.doc_date_source, c.expected_source);
  }
}

TEST(IngestTest, EmptyArticlesWarn) {
  struct Case {
    const char* name;
    std::string bytes;
    bool empty;
  };
  const Case kCases[] = {
      {"empty file", "", true},
      {"whitespace only", " \n\t\r\n", true},
      {"BOM only", "\xEF\xBB\xBF", true},
      {"front matter only", "---\ntitle: T\n---\n", true},
      {"front matter and blank lines", "---\ntitle: T\n---\n\n\n", true},
      {"UTF-16 BOM only", "\xFF\xFE", true},
      {"one word", "كلمة", false},
      {"front matter and a body", "---\ntitle: T\n---\nx", false},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    const Document doc = Decode(c.bytes);
    if (!c.empty) {
      EXPECT_TRUE(doc.warnings.empty());
      continue;
    }
    ASSERT_EQ(doc.warnings.size(), 1u);
    EXPECT_EQ(doc.warnings[0].severity, Diagnostic::Severity::kWarning);
    EXPECT_EQ(doc.warnings[0].path, "a.md");
    EXPECT_EQ(doc.warnings[0].message, "a.md: empty article");
  }
}

TEST(IngestTest, ErrorsNameTheFile) {
  struct Case {
    const char* name;
    std::string path;
    std::string bytes;
    IngestOptions options;
    const char* message;
  };
  const Case kCases[] = {
      {"front matter", "samples/x.md", "---\ntitle: T\ntitle\n---\n", {},
       "samples/x.md:3: front matter: expected 'key: value', got 'title'"},
      {"front matter in windows-1256", "old.txt",
       EncodeAs("---\ndate: 2022-02-30\n---\nنص المقال العربي", "windows-1256"), {},
       "old.txt:2: front matter: date '2022-02-30' is not YYYY, YYYY-MM or YYYY-MM-DD"},
      {"invalid UTF-8", "bad.txt", "ok\xC3", {},
       "bad.txt: invalid UTF-8 at byte 2 (0xC3, truncated at end of file); if the file is in "
       "another encoding, name it with --encoding"},
      {"binary", "x.txt", "\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s, {},
       "x.txt: binary file (NUL byte at offset 8), not an article"},
      {"stdin", "-", "a\0"s, {}, "<stdin>: binary file (NUL byte at offset 1), not an article"},
      {"bad --doc-date", "a.md", "body", {.encoding = "", .doc_date = "2022-02-30"},
       "--doc-date: '2022-02-30' is not YYYY, YYYY-MM or YYYY-MM-DD"},
      {"bad --encoding", "a.md", "body", {.encoding = "nope", .doc_date = ""},
       "--encoding: 'nope' is not an encoding ICU knows (try UTF-8, windows-1256, ISO-8859-6, "
       "UTF-16LE)"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    Result<Document> result = DecodeDocument(c.bytes, c.path, c.options);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status().code(), Status::Code::kInvalidInput);
    EXPECT_EQ(result.status().ExitCode(), 1);
    EXPECT_EQ(result.status().message(), c.message);
  }
}

TEST(IngestTest, LegacyEncodingsDecodeToTheSameDocument) {
  const Document utf8 = Decode(kArticle);
  for (const char* encoding : {"windows-1256", "ISO-8859-6"}) {
    SCOPED_TRACE(encoding);
    const Document legacy = Decode(EncodeAs(kArticle, encoding));
    EXPECT_EQ(legacy.encoding, encoding);
    EXPECT_EQ(legacy.text, utf8.text);
    EXPECT_EQ(legacy.title, utf8.title);
    EXPECT_EQ(legacy.body_begin, utf8.body_begin);
    EXPECT_EQ(legacy.id, utf8.id);  // the id hashes the decoded text
  }
}

// The id is XXH3-64 of the decoded text. Fixed expectations catch any change
// to the hash or its formatting: ids are stored and compared across runs.
TEST(IngestTest, DocumentIdsAreStable) {
  struct Case {
    const char* name;
    std::string bytes;
    const char* id;
  };
  const Case kCases[] = {
      // XXH3_64bits of no input, as published with xxHash.
      {"empty", "", "d-2d06800538d394c2"},
      {"article", kArticle, "d-55bef53b2b9db960"},
      {"same text behind a BOM", "\xEF\xBB\xBF" + std::string(kArticle), "d-55bef53b2b9db960"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(Decode(c.bytes).id, c.id);
  }
  EXPECT_EQ(Decode(kArticle).id, DecodeDocument(kArticle, "elsewhere/b.md", {})->id);
  EXPECT_NE(Decode("نص").id, Decode("نص ").id);
}

// A fresh folder under the test's temporary directory, removed afterwards.
class IngestFilesTest : public ScratchDirTest {
 protected:
  IngestFilesTest() : ScratchDirTest("tarikh_ingest_") {}

  std::string Write(const std::string& relative, std::string_view bytes) {
    const fs::path path = dir_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }
  std::string Path(const std::string& relative) const { return (dir_ / relative).string(); }

};

TEST_F(IngestFilesTest, CollectInputsRecursesSortsAndFilters) {
  for (const char* name : {"b.md", "a.txt", "sub/c.TXT", "sub/deeper/d.md", "z/y.md",
                           "notes.json", "sub/image.png", ".hidden.md", ".git/e.md", "sub/.f.txt"}) {
    Write(name, "x");
  }
  Write("explicit.html", "x");
  struct Case {
    const char* name;
    std::vector<std::string> inputs;
    std::vector<std::string> expected;
  };
  const Case kCases[] = {
      {"folder", {Path("")},
       {Path("a.txt"), Path("b.md"), Path("sub/c.TXT"), Path("sub/deeper/d.md"), Path("z/y.md")}},
      {"subfolder", {Path("sub")}, {Path("sub/c.TXT"), Path("sub/deeper/d.md")}},
      {"a file named explicitly is kept", {Path("explicit.html"), Path("z")},
       {Path("explicit.html"), Path("z/y.md")}},
      {"duplicates removed", {Path("z"), Path("z/y.md")}, {Path("z/y.md")}},
      {"stdin", {"-", Path("z")}, {"-", Path("z/y.md")}},
      {"nothing", {}, {}},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    std::vector<std::string> files;
    ASSERT_TRUE(CollectInputs(c.inputs, &files).ok());
    EXPECT_EQ(files, c.expected);
  }
}

TEST_F(IngestFilesTest, CollectInputsNamesMissingInputs) {
  Write("z/y.md", "x");
  std::vector<std::string> files;
  const Status status = CollectInputs({Path("nope.md"), Path("z"), Path("gone")}, &files);
  EXPECT_EQ(status.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(status.message(), Path("nope.md") + ": no such file or directory\n" + Path("gone") +
                                  ": no such file or directory");
  EXPECT_EQ(files, std::vector<std::string>{Path("z/y.md")});  // the others are kept
}

TEST_F(IngestFilesTest, ReadDocumentReadsFiles) {
  const std::string path = Write("old.txt", EncodeAs(kArticle, "windows-1256"));
  Result<Document> doc = ReadDocument(path, {});
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->path, path);
  EXPECT_EQ(doc->encoding, "windows-1256");
  EXPECT_EQ(doc->text, kArticle);
}

TEST_F(IngestFilesTest, ReadDocumentErrors) {
  Write("sub/a.md", "x");
  struct Case {
    std::string path;
    Status::Code code;
    std::string message;
  };
  const Case kCases[] = {
      {Path("missing.md"), Status::Code::kIOError,
       Path("missing.md") + ": cannot open: No such file or directory"},
      {Path("sub"), Status::Code::kInvalidInput, Path("sub") + ": is a directory, not an article file"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.path);
    Result<Document> doc = ReadDocument(c.path, {});
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.status().code(), c.code);
    EXPECT_EQ(doc.status().message(), c.message);
    EXPECT_EQ(doc.status().ExitCode(), 1);
  }
}

}  // namespace
}  // namespace tarikh
