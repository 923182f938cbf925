#include "ingest/front_matter.h"

#include <gtest/gtest.h>

#include <string>

#include "tarikh/ingest.h"

namespace tarikh::ingest {
namespace {

// "key=value|key=value", in file order.
std::string Dump(const FrontMatter& front_matter) {
  std::string out;
  for (const FrontMatterField& field : front_matter.fields) {
    if (!out.empty()) out += '|';
    out += field.key + "=" + field.value;
  }
  return out;
}

struct Case {
  const char* name;
  const char* text;
  bool present;
  const char* fields;  // Dump() of the result
  size_t body_begin_byte;
};

TEST(FrontMatterTest, ParsesBlocks) {
  const Case kCases[] = {
      {"no block", "article body\n", false, "", 0},
      {"empty text", "", false, "", 0},
      {"four dashes are not a fence", "----\ntitle: x\n----\n", false, "", 0},
      {"indented fence is not a fence", " ---\ntitle: x\n---\n", false, "", 0},
      {"simple", "---\ntitle: T\ndate: 2022-01-12\n---\nbody", true, "title=T|date=2022-01-12", 34},
      {"SPEC example comment", "---\ndate: 2022-01-12          # publication date\n---\n", true,
       "date=2022-01-12", 53},
      {"CRLF", "---\r\ntitle: T\r\nsource: S\r\n---\r\nbody\r\n", true, "title=T|source=S", 31},
      {"fence with trailing blanks", "---  \ntitle: T\n--- \t\nb", true, "title=T", 21},
      {"closing fence at end of file", "---\ntitle: T\n---", true, "title=T", 16},
      {"empty block", "---\n---\nbody", true, "", 8},
      {"blank and comment lines", "---\n\n# a comment\n  # indented comment\ntitle: T\n\n---\n", true,
       "title=T", 52},
      {"arabic value", "---\ntitle: حلف الأطلسي وروسيا\n---\n", true,
       "title=حلف الأطلسي وروسيا", 50},
      {"hash inside a word is kept", "---\nurl: https://example.org/a#top\n---\n", true,
       "url=https://example.org/a#top", 39},
      {"comment after tab", "---\nsource: Al Mayadeen\t# channel\n---\n", true,
       "source=Al Mayadeen", 38},
      {"value that is only a comment", "---\ntitle: # none yet\n---\n", true, "title=", 26},
      {"empty value", "---\ntitle:\nurl:   \n---\n", true, "title=|url=", 23},
      {"double quotes keep hash and colon", "---\ntitle: \"a: b # c\"  # note\n---\n", true,
       "title=a: b # c", 34},
      {"double quote escapes", "---\ntitle: \"say \\\"hi\\\" \\\\ ok\"\n---\n", true,
       "title=say \"hi\" \\ ok", 34},
      {"single quotes", "---\ntitle: 'it''s # here'\n---\n", true, "title=it's # here", 30},
      {"key characters", "---\nmy_key-2: v\n---\n", true, "my_key-2=v", 20},
      {"date with a time of day", "---\ndate: 2022-01-12 10:30:00 +0300\n---\n", true, "date=2022-01-12", 40},
      {"ISO date-time", "---\ndate: 2022-01-12T10:30:00Z\n---\n", true, "date=2022-01-12", 35},
      {"nested list skipped", "---\ntags:\n  - a\n- b\ntitle: T\n---\n", true, "tags=|title=T", 33},
      {"colon in unquoted value", "---\nurl: https://x.org:8080/p\n---\n", true,
       "url=https://x.org:8080/p", 34},
      {"unknown keys are kept", "---\nauthor: A\ntags: x, y\n---\n", true, "author=A|tags=x, y",
       29},
      {"leap day", "---\ndate: 2024-02-29\n---\n", true, "date=2024-02-29", 25},
      {"month only", "---\ndate: 2024-07\n---\n", true, "date=2024-07", 22},
      {"year only, quoted", "---\ndate: '2017'\n---\n", true, "date=2017", 21},
      {"empty date", "---\ndate:\n---\n", true, "date=", 14},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    Result<FrontMatter> result = ParseFrontMatter(c.text, "x.md");
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_EQ(result->present, c.present);
    EXPECT_EQ(Dump(result.value()), c.fields);
    EXPECT_EQ(result->body_begin_byte, c.body_begin_byte);
  }
}

TEST(FrontMatterTest, ErrorsNameTheLine) {
  struct ErrorCase {
    const char* name;
    const char* text;
    const char* message;
  };
  const ErrorCase kCases[] = {
      {"never closed", "---\ntitle: T\nbody\n",
       "x.md:1: front matter: block opened with '---' is never closed"},
      {"only an opening fence", "---\n", "x.md:1: front matter: block opened with '---' is never closed"},
      {"not key: value", "---\ntitle: T\n\noops\n---\n",
       "x.md:4: front matter: expected 'key: value', got 'oops'"},
      {"CRLF line numbers", "---\r\ntitle: T\r\noops\r\n---\r\n",
       "x.md:3: front matter: expected 'key: value', got 'oops'"},
      {"no space after colon", "---\ntitle:T\n---\n",
       "x.md:2: front matter: expected 'key: value', got 'title:T'"},
      {"space in key", "---\nmy key: v\n---\n",
       "x.md:2: front matter: expected 'key: value', got 'my key: v'"},
      {"empty key", "---\n: v\n---\n", "x.md:2: front matter: expected 'key: value', got ': v'"},
      {"long line is cut",
       "---\nthis line goes on and on and on and on and on and on and on and on and on\n---\n",
       "x.md:2: front matter: expected 'key: value', got 'this line goes on and on and on and on "
       "and on and on and on...'"},
      {"unterminated quote", "---\ntitle: \"open\n---\n",
       "x.md:2: front matter: unterminated quoted value for 'title'"},
      {"text after quote", "---\ntitle: \"a\" b\n---\n",
       "x.md:2: front matter: unexpected text after the quoted value of 'title': 'b'"},
      {"duplicate key", "---\ndate: 2022\ntitle: T\ndate: 2023\n---\n",
       "x.md:4: front matter: duplicate key 'date' (first on line 2)"},
      {"month 13", "---\ntitle: T\ndate: 2022-13-01\n---\n",
       "x.md:3: front matter: date '2022-13-01' is not YYYY, YYYY-MM or YYYY-MM-DD"},
      {"not a leap year", "---\ndate: 2023-02-29\n---\n",
       "x.md:2: front matter: date '2023-02-29' is not YYYY, YYYY-MM or YYYY-MM-DD"},
      {"slashes", "---\ndate: 2022/01/12\n---\n",
       "x.md:2: front matter: date '2022/01/12' is not YYYY, YYYY-MM or YYYY-MM-DD"},
      {"day first", "---\ndate: 12-01-2022 # dd-mm-yyyy\n---\n",
       "x.md:2: front matter: date '12-01-2022' is not YYYY, YYYY-MM or YYYY-MM-DD"},
      {"a time that is not one", "---\ndate: 2022-01-12Tea\n---\n",
       "x.md:2: front matter: date '2022-01-12Tea' is not YYYY, YYYY-MM or YYYY-MM-DD"},
  };
  for (const ErrorCase& c : kCases) {
    SCOPED_TRACE(c.name);
    Result<FrontMatter> result = ParseFrontMatter(c.text, "x.md");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status().code(), Status::Code::kInvalidInput);
    EXPECT_EQ(result.status().message(), c.message);
  }
}

TEST(FrontMatterTest, KeepsLineNumbers) {
  Result<FrontMatter> result = ParseFrontMatter("---\n# c\ntitle: T\n\ndate: 2022\n---\n", "x.md");
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->fields.size(), 2u);
  EXPECT_EQ(result->fields[0].line, 3);
  EXPECT_EQ(result->fields[1].line, 5);
}

TEST(FrontMatterTest, ValidatesDocDates) {
  struct DateCase {
    const char* date;
    bool valid;
  };
  const DateCase kCases[] = {
      {"2022", true},        {"2022-01", true},     {"2022-01-12", true},  {"2022-12-31", true},
      {"2024-02-29", true},  {"2000-02-29", true},  {"1900-02-28", true},  {"2022-04-30", true},
      {"", false},           {"22", false},         {"20222", false},      {"2022-1", false},
      {"2022-00", false},    {"2022-13", false},    {"2022-01-00", false}, {"2022-01-32", false},
      {"2022-04-31", false}, {"2023-02-29", false}, {"1900-02-29", false}, {"2022-01-1", false},
      {"2022/01/12", false}, {"2022-01-12 ", false}, {" 2022", false},    {"abcd", false},
      {"2022-1a", false},    {"2022-01-12T00", false},
  };
  for (const DateCase& c : kCases) {
    SCOPED_TRACE(c.date);
    EXPECT_EQ(IsValidDocDate(c.date), c.valid);
  }
}

TEST(FrontMatterTest, NestedLinesAreNamedInAWarning) {
  Result<FrontMatter> fm = ParseFrontMatter("---\ntags:\n  - a\n---\nbody", "x.md");
  ASSERT_TRUE(fm.ok());
  ASSERT_EQ(fm->warnings.size(), 1u);
  EXPECT_EQ(fm->warnings[0], "x.md:3: front matter: nested YAML is not read, line skipped: '  - a'");
}

}  // namespace
}  // namespace tarikh::ingest
