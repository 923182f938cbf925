#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/dates.h"
#include "render/text.h"

namespace tarikh::render_internal {
namespace {

TEST(RenderTextTest, CleanText) {
  const struct {
    const char* input;
    const char* expected;
  } cases[] = {
      {"plain", "plain"},
      {"  two\t\nlines \r\n ", "two lines"},
      {"a\u202Eb\u202Ac\u2066d\u2069e\u200Ef\u200Fg\u061Ch", "abcdefgh"},  // every bidi control
      {"bell\x07 and del\x7F", "bell and del"},
      {"bad \xFF byte \xC3", "bad byte"},
      {"سيرغي\u00A0ريابكوف", "سيرغي\u00A0ريابكوف"},  // no-break space stays
      {"مُحادثات", "مُحادثات"},
      // Texts that look clean byte by byte until one character (the fast path must hand them over).
      {"لافروف  وبلينكن", "لافروف وبلينكن"},
      {"لافروف ", "لافروف"},
      {" لافروف", "لافروف"},
      {"قال إن", "قال إن"},                 // line separator (E2 80 A8)
      {"x\u0085y", "xy"},                        // C1 control (C2 85)
      {"bad \xEF\xBF\xBD char", "bad char"},     // U+FFFD
      {"over\xC0\xAFlong \xE0\x80\xAF", "overlong"},
      {"sur\xED\xA0\x80rogate", "surrogate"},
      {"عربي\xD8", "عربي"},                      // truncated at the end
      {"€ ok é", "€ ok é"},            // E2 82 AC is not a control
      {"\xF0\x9F\x98\x80 emoji", "\xF0\x9F\x98\x80 emoji"},
  };
  for (const auto& c : cases) EXPECT_EQ(CleanText(c.input), c.expected) << c.input;
}

TEST(RenderTextTest, DotLabelEscapesBackslashAndEntities) {
  EXPECT_EQ(DotLabel({"a\\N", "AT&T"}), "a\\\\N\\nAT&amp;T");
  EXPECT_EQ(DotLabel({"&#x202E;x"}), "&amp;#x202E;x");  // Graphviz would decode the entity
  EXPECT_EQ(DotLabel({"\"<b>\""}), "\"<b>\"");          // cgraph quotes; the SVG writer escapes
}

TEST(RenderTextTest, XmlEscape) { EXPECT_EQ(XmlEscape("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"); }

TEST(RenderTextTest, WrapAndLength) {
  EXPECT_EQ(DisplayLength("مُحادثات"), 7u);  // the damma takes no space
  EXPECT_EQ(WrapWords("المجلس الدائم لمنظمة الأمن والتعاون", 14),
            (std::vector<std::string>{"المجلس الدائم", "لمنظمة الأمن", "والتعاون"}));
  EXPECT_EQ(WrapWords("averyveryverylongword x", 5), (std::vector<std::string>{"averyveryverylongword", "x"}));
  EXPECT_TRUE(WrapWords("", 5).empty());
}

TEST(RenderTextTest, HeadlinesAndNames) {
  Event e;
  e.type = "talks";
  e.place = {"geneva", "Geneva", "جنيف"};
  e.planned = true;
  EXPECT_EQ(EventHeadline(e, LabelLanguage::kBoth),
            (std::vector<std::string>{"محادثات، جنيف (مقرر)", "Talks, Geneva (planned)"}));
  e.type = "new_kind";
  e.place = {};
  e.planned = false;
  EXPECT_EQ(EventHeadline(e, LabelLanguage::kEnglish), std::vector<std::string>{"new kind"});
  Actor a;
  a.id = "x";
  EXPECT_EQ(ActorNameLines(a, LabelLanguage::kBoth), std::vector<std::string>{"x"});
  a.name_ar = "روسيا";
  EXPECT_EQ(ActorNameLines(a, LabelLanguage::kEnglish), std::vector<std::string>{"روسيا"});
}

}  // namespace
}  // namespace tarikh::render_internal
