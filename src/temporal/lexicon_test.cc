#include "temporal/lexicon.h"

#include <gtest/gtest.h>

namespace tarikh::temporal {
namespace {

TEST(TemporalLexicon, NormalisesPhrasesWhenLoading) {
  Lexicon lexicon;
  ASSERT_TRUE(ParseLexiconFile("months.tsv", "# comment\nكانون الثاني\t1\tgregorian\t-\nأيار\t5\tgregorian\t-\n",
                               &lexicon).ok());
  const auto* may = lexicon.Lookup("ايار");  // أ folded to ا
  ASSERT_NE(may, nullptr);
  EXPECT_EQ((*may)[0].lexeme.kind, Kind::kMonth);
  EXPECT_EQ((*may)[0].lexeme.a, 5);
  const auto* january = lexicon.Lookup("كانون");
  ASSERT_NE(january, nullptr);
  ASSERT_EQ((*january)[0].rest.size(), 1u);
  EXPECT_EQ((*january)[0].rest[0], "الثاني");
}

TEST(TemporalLexicon, LongestPhraseFirst) {
  Lexicon lexicon;
  ASSERT_TRUE(ParseLexiconFile("relative_days.tsv", "أول\t-2\nأول من أمس\t-2\nأول أمس\t-2\n", &lexicon).ok());
  const auto* list = lexicon.Lookup("اول");
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0].rest.size(), 2u);
  EXPECT_EQ((*list)[2].rest.size(), 0u);
}

TEST(TemporalLexicon, ErrorsNameFileAndLine) {
  Lexicon lexicon;
  Status s = ParseLexiconFile("months.tsv", "# header\nيناير\t13\tgregorian\t-\n", &lexicon);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("months.tsv:2:"), std::string::npos) << s.message();
  s = ParseLexiconFile("weekdays.tsv", "الجمعة\n", &lexicon);
  EXPECT_NE(s.message().find("weekdays.tsv:1:"), std::string::npos) << s.message();
  s = ParseLexiconFile("units.tsv", "يوم\tDAYS\t1\n", &lexicon);
  EXPECT_NE(s.message().find("one of"), std::string::npos) << s.message();
  s = ParseLexiconFile("unknown.tsv", "", &lexicon);
  EXPECT_FALSE(s.ok());
}

TEST(TemporalLexicon, LoadsTheShippedData) {
  Result<Lexicon> lexicon = Lexicon::Load(std::string(TARIKH_SOURCE_DIR) + "/data/temporal");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  EXPECT_NE(lexicon->Lookup("يناير"), nullptr);
  EXPECT_EQ(Lexicon::Load("/nonexistent").status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace tarikh::temporal
