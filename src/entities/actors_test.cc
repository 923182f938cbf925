// Spans, surfaces and actors: mentions cut out of the original text without
// clitics, actors with their mentions in order of first use, stable ids.
#include <string>

#include <fstream>
#include <map>

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
  ASSERT_EQ(a.actors.size(), 2u);  // the person, and the country the title names
  const Actor* pa = nullptr;
  for (const Actor& x : a.actors) pa = x.type == ActorType::kPerson ? &x : pa;
  ASSERT_NE(pa, nullptr);
  EXPECT_EQ(pa->id, "hiroshi-tanaka");
  EXPECT_EQ(pa->name, "Hiroshi Tanaka");
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
  EXPECT_EQ(KebabId("Saeed Khatib-Zadeh"), "saeed-khatib-zadeh");
  EXPECT_EQ(KebabId("  "), "unnamed");
  EXPECT_EQ(DisplayName("alksndr twkwfynyn"), "Alksndr Twkwfynyn");
  EXPECT_EQ(DisplayName("mohammed bin salman"), "Mohammed bin Salman");
  EXPECT_EQ(DisplayName("yousef al-huneiti"), "Yousef al-Huneiti");
  EXPECT_EQ(DisplayName("al-huneiti"), "Al-Huneiti");
}

// A readable spelling of words no table has: vowels where Arabic writes them
// long, w/y next to vowels, an `a` where an Arabic syllable needs one.
TEST(EntitiesActorsTest, ReadableLatin) {
  const std::pair<const char*, const char*> rows[] = {
      {"فومين", "fomin"},     {"خطيب", "khatib"},     {"زاده", "zadeh"},     {"مورا", "mora"},
      {"لافروف", "lafrof"},   {"روانچي", "rawanchi"}, {"بيهي", "bihi"},      {"توروك", "torok"},
      {"عمر", "amr"},        {"يوسف", "yosf"},       {"وليد", "walid"},     {"إبراهيم", "ibrahim"},
      {"مصطفى", "mastfa"},   {"حمد", "hamd"},       {"شن", "shan"},        {"ستولتنبرغ", "satoltnabragh"},
  };
  for (const auto& [arabic, latin] : rows) EXPECT_EQ(ReadableLatin(arabic), latin) << arabic;
  EXPECT_EQ(TransliterateArabic("الحنيطي"), "al-haniti");
}

// Every English name made for a lexicon person's Arabic name is readable: each
// word has a vowel and no four consonants in a row (issue: no consonant strings).
TEST(EntitiesActorsTest, ReadableLatinOfEveryLexiconName) {
  const std::string path = std::string(TARIKH_SOURCE_DIR) + "/data/entities/people.tsv";
  std::ifstream in(path);
  ASSERT_TRUE(in) << path;
  size_t names = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#' || line.starts_with("id\t")) continue;
    const size_t a = line.find('\t'), b = line.find('\t', a + 1), c = line.find('\t', b + 1);
    const std::string latin = TransliterateArabic(line.substr(b + 1, c - b - 1));
    for (size_t start = 0; start < latin.size();) {
      size_t end = latin.find(' ', start);
      if (end == std::string::npos) end = latin.size();
      const std::string word = latin.substr(start, end - start);
      int run = 0;
      bool vowel = false;
      for (char ch : word) {
        const bool v = std::string_view("aeiou").find(ch) != std::string_view::npos;
        vowel = vowel || v;
        run = v || ch == '-' ? 0 : run + 1;
        EXPECT_LT(run, 4) << line.substr(b + 1, c - b - 1) << " -> " << latin;
      }
      EXPECT_TRUE(vowel || word.empty()) << line.substr(b + 1, c - b - 1) << " -> " << latin;
      start = end + 1;
    }
    ++names;
  }
  EXPECT_GT(names, 2000u);
}

}  // namespace
}  // namespace tarikh::entities

namespace tarikh::entities {
namespace {

// CAMEO actor codes, as GDELT and ICEWS code actors: the country and the role
// of a person's office at the article's date (or of the title that introduced
// someone the lexicon lacks), IGO for international organisations and their
// officials, the kind of an organisation, the country alone for a country.
TEST(EntitiesActorsTest, CameoCodes) {
  const EntityResult r = RecognizeText(
      "قال وزير الدفاع الروسي سيرغي شويغو إن. والتقى الأمين العام للأمم المتحدة بالسفير الأمريكي جون "
      "سميث في القاهرة، وقالت وزارة الخارجية الأردنية إن الجيش الأردني ورئيس المخابرات المصرية اللواء "
      "خالد سامي حضرا.",
      "2022-01-12");
  std::map<std::string, std::string> cameo;
  for (const Actor& a : r.actors) cameo[a.id] = a.cameo;
  EXPECT_EQ(cameo["sergei-shoigu"], "RUSMIL");
  EXPECT_EQ(cameo["antonio-guterres"], "IGO");
  EXPECT_EQ(cameo["un"], "IGO");
  EXPECT_EQ(cameo["john-smith"], "USAGOV");
  EXPECT_EQ(cameo["jordan-mfa"], "JORGOV");
  EXPECT_EQ(cameo["jordan-armed-forces"], "JORMIL");
  EXPECT_EQ(cameo["russia"], "RUS");
  EXPECT_EQ(cameo["cairo"], "");
}

}  // namespace
}  // namespace tarikh::entities
