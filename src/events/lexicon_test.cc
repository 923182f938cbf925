// Loading the event lexicon: the shipped files, and errors naming file and line.
#include "events/lexicon.h"

#include <gtest/gtest.h>

#include "events/triggers.h"
#include "tarikh/text.h"

namespace tarikh::events {
namespace {

constexpr char kHeader[] = "type\tcameo\tclass\tpos\tflags\tforms\tunless_next\n";

TEST(EventsLexicon, ShippedFilesLoad) {
  Result<Lexicon> lex = Lexicon::Load(std::string(TARIKH_SOURCE_DIR) + "/data/events");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_NE(lex->Lookup(NormalizeWord("التقى")), nullptr);
  EXPECT_TRUE(lex->IsCue(Cue::kNegation, NormalizeWord("لم")));
}

TEST(EventsLexicon, Errors) {
  Lexicon lex;
  EXPECT_FALSE(lex.AddTriggers("no header\n", "t.tsv").ok());
  Status s = lex.AddTriggers(std::string(kHeader) + "meeting\t040\tcontact\tverb\t\tالتقى\n", "t.tsv");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("t.tsv:2"), std::string::npos) << s.message();
  EXPECT_FALSE(lex.AddTriggers(std::string(kHeader) + "meeting\t040\tparty\tverb\t\tالتقى\t\n", "t.tsv").ok());
  EXPECT_FALSE(lex.AddTriggers(std::string(kHeader) + "meeting\t040\tcontact\tverb\tloud\tالتقى\t\n", "t.tsv").ok());
  EXPECT_FALSE(lex.AddCues("kind\tforms\nshout\tلم\n", "c.tsv").ok());
}

TEST(EventsLexicon, LongestPhraseAndClitics) {
  Lexicon lex;
  ASSERT_TRUE(lex.AddTriggers(std::string(kHeader) +
                                  "conference\t040\tcontact\tnoun\t\tمؤتمر\t\n"
                                  "press_conference\t010\tstatement\tnoun\tattributed\tمؤتمر صحفي\t\n"
                                  "visit\t042\tcontact\tnoun\tsuffix\tزيارة\t\n"
                                  "meeting\t040\tcontact\tverb\t\tيلتقي\t\n",
                              "t.tsv")
                  .ok());
  ASSERT_TRUE(lex.AddCues("kind\tforms\nsuffix\tه|هم\n", "c.tsv").ok());
  const AnalyzedText text = AnalyzeText("وفي المؤتمر الصحفي بعد زيارته قال إنه سيلتقي بالمؤتمر");
  const std::vector<TriggerMatch> found = FindTriggers(text, lex, std::vector<bool>(text.tokens.size(), false), std::vector<bool>(text.tokens.size(), false));
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(lex.entry(found[0].entry).type, "press_conference");
  EXPECT_TRUE(found[0].definite);
  EXPECT_EQ(found[0].end - found[0].first, 2u);
  EXPECT_EQ(lex.entry(found[1].entry).type, "visit");  // زيارته = زيارة + ه
  EXPECT_TRUE(found[2].future);                          // سيلتقي
  EXPECT_EQ(lex.entry(found[3].entry).type, "conference");
}

}  // namespace
}  // namespace tarikh::events
