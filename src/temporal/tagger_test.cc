// The tagger as a whole: spans in file code points, datelines, TimeML,
// references carried through an article, concurrent use.
#include <thread>

#include <gtest/gtest.h>

#include "tarikh/data_dir.h"
#include "temporal/testing_util.h"

namespace tarikh::temporal {
namespace {

TEST(TemporalTagger, SpansCountCodePointsOfTheWholeFile) {
  const std::string file = "---\ndate: 2022-01-12\n---\nقال الوزير اليوم الأربعاء إن";
  const size_t body_byte = file.find("قال");
  const uint32_t body_cp = static_cast<uint32_t>(body_byte);  // the front matter is ASCII
  AnalyzedText body = AnalyzeText(std::string_view(file).substr(body_byte), body_cp);
  std::vector<Timex> t = TestTagger().Tag(file, body, "2022-01-12");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].text, "اليوم الأربعاء");
  EXPECT_EQ(t[0].begin, body_cp + 11);
  EXPECT_EQ(t[0].end, t[0].begin + 14);
  EXPECT_EQ(t[0].anchor, "document");
}

TEST(TemporalTagger, AnchorKinds) {
  auto t = TagText("في 3 مارس 2021 وصل الوزير والتقى الرئيس في اليوم التالي ثم غادر أمس", "2022-01-12");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].anchor, "explicit");
  EXPECT_EQ(t[1].anchor, "reference");
  EXPECT_EQ(t[1].value, "2021-03-04");
  EXPECT_EQ(t[2].anchor, "document");
  EXPECT_EQ(TagText("وصل أمس", "")[0].anchor, "unanchored");
}

TEST(TemporalTagger, TimeMLInline) {
  const std::string text = "قال <المصدر> اليوم إن";
  auto timexes = TagText(text, "2022-01-12");
  EXPECT_EQ(ToTimeMLInline(text, 0, timexes),
            "قال &lt;المصدر&gt; <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2022-01-12\">اليوم</TIMEX3> إن");
  const std::string doc = ToTimeML(text, 0, timexes, "2022-01-12");
  EXPECT_NE(doc.find("functionInDocument=\"CREATION_TIME\""), std::string::npos);
  EXPECT_NE(doc.find("<TEXT>"), std::string::npos);
}

TEST(TemporalTagger, TimeMLOfABodySlice) {
  const std::string file = "عنوان\nوصل أمس";
  const size_t body_byte = file.find('\n') + 1;
  AnalyzedText body = AnalyzeText(std::string_view(file).substr(body_byte), 6);
  auto timexes = TestTagger().Tag(file, body, "2022-01-12");
  EXPECT_EQ(ToTimeMLInline(std::string_view(file).substr(body_byte), 6, timexes),
            "وصل <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2022-01-11\">أمس</TIMEX3>");
}

TEST(TemporalTagger, ConcurrentTagging) {
  const std::string text = "التقى الوزيران اليوم الأربعاء بعد محادثات أمس الثلاثاء في 9 يناير 2022";
  const auto expected = TagText(text, "2022-01-12");
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int n = 0; n < 4; ++n) {
    threads.emplace_back([&, n] {
      for (int k = 0; k < 50; ++k) ok[n] += TagText(text, "2022-01-12").size() == expected.size();
    });
  }
  for (auto& t : threads) t.join();
  for (int v : ok) EXPECT_EQ(v, 50);
}

TEST(TemporalTagger, LoadErrorsNameTheFile) {
  Result<TemporalTagger> t = TemporalTagger::Load("/nonexistent");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("months.tsv"), std::string::npos);
}

}  // namespace
}  // namespace tarikh::temporal

namespace tarikh {
namespace {

// Found by fuzz/temporal_fuzz: matchers look one token past a match, which
// may be the end of the text.
TEST(TemporalTaggerEdgeTest, ExpressionsCutAtTheEndOfTheText) {
  const auto tagger = TemporalTagger::Load(DefaultDataDir());
  ASSERT_TRUE(tagger.ok());
  for (const char* text : {"1-", "1/", "12 -", "الـ", "كانون الثاني/", "يومي 9 و", "من 13 إلى", "2022-01-", "عام"}) {
    SCOPED_TRACE(text);
    const AnalyzedText analyzed = AnalyzeText(text);
    for (const char* date : {"", "2022", "2022-01-12"}) tagger->Tag(text, analyzed, date);
  }
}

}  // namespace
}  // namespace tarikh
