// Spans, surfaces and actors: mentions cut out of the original text without
// clitics, actors with their mentions in order of first use, stable ids.
#include <string>

#include <gtest/gtest.h>

#include "entities/testing_util.h"
#include "entities/transliterate.h"

namespace tarikh::entities {
namespace {

TEST(EntitiesActorsTest, SpansAreOriginalTextWithoutClitics) {
  const std::string text = "---\ndate: 2022\n---\nوأعلنَ الأمينُ العامُّ لحلف شمال الأطلسي وبروسيا وموسكو.";
  const uint32_t body = 19;
  const std::string body_text = text.substr(std::string("---\ndate: 2022\n---\n").size());
  const EntityResult r = TestRecognizer().Recognize(text, AnalyzeText(body_text, body), "2022-01-12");
  const CodePointIndex index(text);
  ASSERT_FALSE(r.mentions.empty());
  for (const Mention& m : r.mentions) EXPECT_EQ(m.text, index.Slice(text, m.begin, m.end));
  EXPECT_EQ(DumpMentions(r),
            "الأمينُ العامُّ لحلف شمال الأطلسي→jens-stoltenberg | روسيا→russia | موسكو→russia");
}

TEST(EntitiesActorsTest, ActorsSortedWithMentionsInOrder) {
  const EntityResult r = RecognizeText(
      "التقى ينس ستولتنبرغ في موسكو. وقال ستولتنبرغ إن ينس ستولتنبرغ وروسيا وموسكو اتفقا", "2022-01-12");
  ASSERT_EQ(r.actors.size(), 3u);
  EXPECT_EQ(r.actors[0].id, "jens-stoltenberg");
  EXPECT_EQ(r.actors[0].role, "Secretary General of NATO");
  EXPECT_EQ(r.actors[0].mentions, (std::vector<std::string>{"ينس ستولتنبرغ", "ستولتنبرغ"}));
  EXPECT_EQ(r.actors[1].id, "moscow");
  EXPECT_EQ(r.actors[1].type, ActorType::kPlace);
  EXPECT_EQ(r.actors[2].id, "russia");
  EXPECT_EQ(r.actors[2].mentions, (std::vector<std::string>{"روسيا", "موسكو"}));
}

TEST(EntitiesActorsTest, FusedArticleIsReportedWithIt) {
  const EntityResult r = RecognizeText("أعلن الناتو أن للناتو دورا", "2022-01-12");
  ASSERT_EQ(r.actors.size(), 1u);
  EXPECT_EQ(r.actors[0].mentions, (std::vector<std::string>{"الناتو"}));
  EXPECT_EQ(r.mentions[1].text, "ناتو");
}

TEST(EntitiesActorsTest, UnknownPersonGetsStableIdAcrossArticles) {
  const EntityResult a = RecognizeText("قال السفير الياباني، هيروشي تاناكا، إن", "2022-01-12");
  const EntityResult b = RecognizeText("وأكد نائب وزير الخارجية هيروشي تاناكا أن", "2023-05-01");
  ASSERT_EQ(a.actors.size(), 1u);  // an adjective inside a title names no actor
  const Actor* pa = nullptr;
  for (const Actor& x : a.actors) pa = x.type == ActorType::kPerson ? &x : pa;
  ASSERT_NE(pa, nullptr);
  EXPECT_EQ(pa->id, "hyrwshy-tanaka");
  EXPECT_EQ(pa->name, "Hyrwshy Tanaka");
  EXPECT_EQ(pa->country, "JPN");
  ASSERT_EQ(b.actors.size(), 1u);
  EXPECT_EQ(b.actors[0].id, pa->id);
}

TEST(EntitiesActorsTest, TypeNames) {
  EXPECT_STREQ(ActorTypeName(ActorType::kPerson), "person");
  EXPECT_STREQ(ActorTypeName(ActorType::kOrganization), "org");
  EXPECT_STREQ(ActorTypeName(ActorType::kCountry), "country");
  EXPECT_STREQ(ActorTypeName(ActorType::kPlace), "place");
}

TEST(EntitiesActorsTest, KebabIdsAndNames) {
  EXPECT_EQ(KebabId("alksndr twkwfynyn"), "alksndr-twkwfynyn");
  EXPECT_EQ(KebabId("  "), "unnamed");
  EXPECT_EQ(DisplayName("alksndr twkwfynyn"), "Alksndr Twkwfynyn");
  EXPECT_EQ(TransliterateArabic("فومين"), "fwmyn");
}

}  // namespace
}  // namespace tarikh::entities
