// Article lines (output/jsonl.h): each row is one line of input and what it
// must give — the Document's fields, or the error that names the problem.
#include <gtest/gtest.h>

#include <string>

#include "output/jsonl.h"

namespace tarikh {
namespace {

using namespace std::literals;

struct Case {
  const char* name;
  std::string line;
  const char* path;      // *path after the call
  const char* expected;  // "title|source|url|doc_date|doc_date_source|body" or "error: <part of the message>"
};

std::string Dump(const Document& d) {
  return d.title + "|" + d.source + "|" + d.url + "|" + d.doc_date + "|" + DocDateSourceName(d.doc_date_source) +
         "|" + d.text.substr(d.body_begin_byte);
}

TEST(ArticleLineTest, ReadsLinesOrSaysWhatIsWrong) {
  const Case kCases[] = {
      {"path and text", R"({"path":"a.md","text":"التقى الوزيران."})", "a.md", "||||none|التقى الوزيران."},
      {"every field", R"({"path":"a","text":"نص","title":"عنوان","source":"S","url":"https://x/#1","date":"2022-01-12"})",
       "a", "عنوان|S|https://x/#1|2022-01-12|front-matter|نص"},
      {"date with a time of day", R"({"path":"a","text":"t","date":"2022-01-12T10:30:00Z"})", "a",
       "|||2022-01-12|front-matter|t"},
      {"month date", R"({"path":"a","text":"t","date":"2024-07"})", "a", "|||2024-07|front-matter|t"},
      {"quotes, backslashes, newline and tab in a title", R"({"path":"a","text":"t","title":"a \"b\" \\ c\nd\te"})",
       "a", "a \"b\" \\ c\nd\te||||none|t"},
      {"null fields are absent", R"({"path":"a","text":"t","title":null,"date":null})", "a", "||||none|t"},
      {"empty fields are absent", R"({"path":"a","text":"t","title":"","date":""})", "a", "||||none|t"},
      {"other keys are ignored", R"({"path":"a","text":"t","id":7,"tags":["x"]})", "a", "||||none|t"},
      {"whole file in text", R"({"path":"a","text":"---\ntitle: T\ndate: 2022-01\n---\nbody"})", "a",
       "T|||2022-01|front-matter|body"},
      {"CRLF line ending", "{\"path\":\"a\",\"text\":\"t\"}\r", "a", "||||none|t"},
      {"not JSON", "hello", "", "error: not JSON at byte 1"},
      {"truncated", R"({"path":"a","text":"abc)", "", "error: missing closing quote"},
      {"not an object", R"(["a","b"])", "", "error: not a JSON object"},
      {"no path", R"({"text":"t"})", "", "error: no \"path\" string"},
      {"path not a string", R"({"path":3,"text":"t"})", "", "error: no \"path\" string"},
      {"no text", R"({"path":"a.md"})", "a.md", "error: a.md: no \"text\" string"},
      {"text not a string", R"({"path":"a.md","text":["x"]})", "a.md", "error: a.md: no \"text\" string"},
      {"title not a string", R"({"path":"a","text":"t","title":5})", "a", "error: a: \"title\" is not a string"},
      {"bad date", R"({"path":"a","text":"t","date":"12/01/2022"})", "a", "error: a: \"date\" '12/01/2022' is not"},
      {"impossible date", R"({"path":"a","text":"t","date":"2022-02-30"})", "a", "error: is not YYYY"},
      {"front matter twice", R"({"path":"a","text":"---\ntitle: T\n---\nb","date":"2022"})", "a",
       "error: a front matter block of its own"},
      {"invalid UTF-8 in a string", "{\"path\":\"a\",\"text\":\"\xff\xfe\"}", "", "error: ill-formed UTF-8 byte"},
      {"lone surrogate escape", R"({"path":"a","text":"\ud800"})", "", "error: surrogate U+D800..U+DBFF"},
      {"NUL escape is binary", R"({"path":"a","text":"a\u0000b"})", "a", "error: a: "},
      {"unclosed block in text", R"({"path":"a","text":"---\ntitle: T\n"})", "a", "error: never closed"},
  };
  for (const Case& c : kCases) {
    std::string path;
    Result<Document> doc = DocumentFromArticleLine(c.line, {}, &path);
    EXPECT_EQ(path, c.path) << c.name;
    const std::string expected = c.expected;
    if (expected.starts_with("error: ")) {
      ASSERT_FALSE(doc.ok()) << c.name;
      EXPECT_NE(doc.status().message().find(expected.substr(7)), std::string::npos)
          << c.name << ": " << doc.status().message();
    } else {
      ASSERT_TRUE(doc.ok()) << c.name << ": " << doc.status().message();
      EXPECT_EQ(Dump(doc.value()), expected) << c.name;
    }
  }
}

// A line is the file ArticleFileBytes writes: the same id, spans and fields.
TEST(ArticleLineTest, LineAndFileGiveTheSameDocument) {
  const std::string line =
      R"({"path":"n/a.md","title":"حلف \"الأطلسي\"","source":"Al Mayadeen","url":"https://e.org/a","date":"2022-01-12","text":"قال اليوم الأربعاء.\n"})";
  std::string path;
  Result<Document> from_line = DocumentFromArticleLine(line, {}, &path);
  ASSERT_TRUE(from_line.ok()) << from_line.status().message();
  const std::string bytes = ArticleFileBytes("قال اليوم الأربعاء.\n", "حلف \"الأطلسي\"", "Al Mayadeen",
                                             "https://e.org/a", "2022-01-12");
  EXPECT_EQ(bytes,
            "---\ntitle: \"حلف \\\"الأطلسي\\\"\"\nsource: \"Al Mayadeen\"\nurl: \"https://e.org/a\"\n"
            "date: \"2022-01-12\"\n---\nقال اليوم الأربعاء.\n");
  Result<Document> from_file = DecodeDocument(bytes, "n/a.md", {});
  ASSERT_TRUE(from_file.ok());
  EXPECT_EQ(from_line->id, from_file->id);
  EXPECT_EQ(from_line->text, from_file->text);
  EXPECT_EQ(from_line->body_begin, from_file->body_begin);
  EXPECT_EQ(from_line->metadata, from_file->metadata);
  EXPECT_EQ(ArticleFileBytes("body", "", "", "", ""), "body");
}

TEST(ArticleLineTest, DocDateOptionWinsOverTheDateField) {
  std::string path;
  Result<Document> doc = DocumentFromArticleLine(R"({"path":"a","text":"t","date":"2022-01-12"})",
                                                 IngestOptions{"", "2023-05"}, &path);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->doc_date, "2023-05");
  EXPECT_EQ(doc->doc_date_source, DocDateSource::kCli);
}

// A bad line of megabytes is described, never quoted.
TEST(ArticleLineTest, HugeBadLineGivesAShortMessage) {
  const std::string line = "{\"path\":\"a\",\"text\":\"" + std::string(8 << 20, 'x');  // never closed
  std::string path;
  Result<Document> doc = DocumentFromArticleLine(line, {}, &path);
  ASSERT_FALSE(doc.ok());
  EXPECT_LT(doc.status().message().size(), 300u) << doc.status().message().substr(0, 300);
}

}  // namespace
}  // namespace tarikh
