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
      {"indented list", "---\ntags:\n  - a\n  - b\ntitle: T\n---\n", true, "tags=a, b|title=T", 35},
      {"list at the key's indent (Hugo)", "---\ntags:\n- a\n- b\n---\n", true, "tags=a, b", 22},
      {"flow list", "---\ntags: [a, b]\n---\n", true, "tags=a, b", 21},
      {"nested map in flow style", "---\nmeta:\n  k: v\n---\n", true, "meta={k: v}", 21},
      {"space in key", "---\nmy key: v\n---\n", true, "my key=v", 18},
      {"literal block", "---\ntitle: |\n  line one\n  line two\n---\n", true, "title=line one\nline two", 39},
      {"folded block", "---\ntitle: >\n  حلف\n  الأطلسي\n---\n", true, "title=حلف الأطلسي", 43},
      {"plain scalar on two lines", "---\ntitle: حلف\n  الأطلسي\n---\n", true, "title=حلف الأطلسي", 39},
      {"escapes of double quotes", "---\ntitle: \"\\u0644\\t\\\"x\\\"\"\n---\n", true, "title=ل\t\"x\"", 31},
      {"a colon inside double quotes", "---\ntitle: \"حلف: الأطلسي\"\n---\n", true, "title=حلف: الأطلسي", 40},
      {"words YAML would make booleans stay words", "---\ntitle: yes\nsource: no\n---\n", true,
       "title=yes|source=no", 30},
      {"null is empty", "---\ntitle: ~\n---\n", true, "title=", 17},
      // yaml-cpp ends a quote left open where its key's lines end
      {"a quote never closed", "---\nsource: \"Al Mayadeen\ntitle: T\n---\n", true, "source=Al Mayadeen|title=T", 38},
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
      {"empty key", "---\n: v\n---\n", "x.md:2: front matter: expected 'key: value', got ': v'"},
      {"long line is cut",
       "---\nthis line goes on and on and on and on and on and on and on and on and on\n---\n",
       "x.md:2: front matter: expected 'key: value', got 'this line goes on and on and on and on "
       "and on and on and on...'"},
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

TEST(FrontMatterTest, AnIndentedLineUnderNoKeyIsNamedInAWarning) {
  Result<FrontMatter> fm = ParseFrontMatter("---\n  - a\ntitle: T\n---\nbody", "x.md");
  ASSERT_TRUE(fm.ok());
  EXPECT_EQ(Dump(fm.value()), "title=T");
  ASSERT_EQ(fm->warnings.size(), 1u);
  EXPECT_EQ(fm->warnings[0], "x.md:2: front matter: an indented line under no key, skipped: '  - a'");
}

// Lines YAML refuses, as real front matter has them: the value is kept as
// written (the article is never dropped for it), with a warning naming the
// line and giving the value quoted so that YAML reads it.
TEST(FrontMatterTest, ValuesYamlRefusesAreTakenAsWritten) {
  struct RawCase {
    const char* name;
    const char* text;
    const char* fields;  // Dump() of the result
    const char* why;     // in the warning, between "YAML cannot read 'KEY' (" and ")"
  };
  const RawCase kCases[] = {
      {"a quoted phrase, then more", "---\ntitle: \"تفاهم جديد\" في محادثات فيينا\ndate: 2022\n---\n",
       "title=\"تفاهم جديد\" في محادثات فيينا|date=2022", "text follows the closing quote"},
      {"single quotes, then more", "---\ntitle: 'عاجل' وزير الخارجية يصل\n---\n",
       "title='عاجل' وزير الخارجية يصل", "text follows the closing quote"},
      {"a colon and a blank inside", "---\ntitle: لافروف: لا تقدم في المحادثات\n---\n",
       "title=لافروف: لا تقدم في المحادثات", "': ' inside a value that is not quoted"},
      {"a list, then more", "---\n\ntitle: [عاجل] قمة في جنيف\n---\n", "title=[عاجل] قمة في جنيف", nullptr},
      {"an indicator YAML reserves", "---\ntitle: @الخارجية تعلن\n---\n", "title=@الخارجية تعلن", nullptr},
      {"continued on the next line", "---\ntitle: \"عاجل\" قمة\n  في جنيف\n---\n", "title=\"عاجل\" قمة في جنيف",
       "text follows the closing quote"},
  };
  for (const RawCase& c : kCases) {
    SCOPED_TRACE(c.name);
    Result<FrontMatter> fm = ParseFrontMatter(c.text, "x.md");
    ASSERT_TRUE(fm.ok()) << fm.status().message();
    EXPECT_EQ(Dump(fm.value()), c.fields);
    ASSERT_EQ(fm->warnings.size(), 1u);
    const std::string& w = fm->warnings[0];
    const int line = std::string_view(c.text).starts_with("---\n\n") ? 3 : 2;
    EXPECT_TRUE(w.starts_with("x.md:" + std::to_string(line) + ": front matter: YAML cannot read 'title' (")) << w;
    if (c.why != nullptr) {
      EXPECT_NE(w.find(std::string("(") + c.why + "): taken as written;"), std::string::npos) << w;
    }
  }
}

TEST(FrontMatterTest, TheWarningGivesTheLineQuoted) {
  Result<FrontMatter> fm = ParseFrontMatter("---\ntitle: \"تفاهم جديد\" في محادثات فيينا\n---\n", "x.md");
  ASSERT_TRUE(fm.ok());
  ASSERT_EQ(fm->warnings.size(), 1u);
  EXPECT_EQ(fm->warnings[0],
            "x.md:2: front matter: YAML cannot read 'title' (text follows the closing quote): taken as written; "
            "quote the whole value to make it YAML: title: '\"تفاهم جديد\" في محادثات فيينا'");
}

// The suggested quoting is YAML that reads back to the value taken.
TEST(FrontMatterTest, TheSuggestedQuotingReadsBackToTheValue) {
  for (const char* line : {"title: 'قال' إن \"الحوار\" مستمر: لا", "title: \"a\" b # not a comment", "title: @x: 'y'"}) {
    SCOPED_TRACE(line);
    Result<FrontMatter> raw = ParseFrontMatter(std::string("---\n") + line + "\n---\n", "x.md");
    ASSERT_TRUE(raw.ok());
    ASSERT_EQ(raw->warnings.size(), 1u);
    const std::string& warning = raw->warnings[0];
    const std::string suggested = warning.substr(warning.find("make it YAML: ") + 14);
    Result<FrontMatter> quoted = ParseFrontMatter("---\n" + suggested + "\n---\n", "x.md");
    ASSERT_TRUE(quoted.ok()) << quoted.status().message();
    EXPECT_TRUE(quoted->warnings.empty()) << quoted->warnings[0];
    EXPECT_EQ(Dump(quoted.value()), Dump(raw.value()));
  }
}

TEST(FrontMatterTest, ADuplicateKeyKeepsTheLastValueWithAWarning) {
  Result<FrontMatter> fm = ParseFrontMatter("---\ndate: 2022\ntitle: T\ndate: 2023\n---\n", "x.md");
  ASSERT_TRUE(fm.ok());
  EXPECT_EQ(Dump(fm.value()), "date=2023|title=T");
  ASSERT_EQ(fm->warnings.size(), 1u);
  EXPECT_EQ(fm->warnings[0], "x.md:4: front matter: duplicate key 'date' (first on line 2): this value is used");
}

// yaml-cpp stops at a depth instead of overflowing the stack.
TEST(FrontMatterTest, DeepNestingIsRefusedNotACrash) {
  const std::string deep = "---\ntags: " + std::string(100000, '[') + "\n---\n";
  Result<FrontMatter> fm = ParseFrontMatter(deep, "x.md");
  ASSERT_TRUE(fm.ok()) << fm.status().message();
  ASSERT_EQ(fm->warnings.size(), 1u);
  EXPECT_NE(fm->warnings[0].find("x.md:2: front matter: YAML cannot read 'tags'"), std::string::npos);
}

}  // namespace
}  // namespace tarikh::ingest
