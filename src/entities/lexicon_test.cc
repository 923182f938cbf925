// Hostile lexicon files: every error names the file and the line.
#include <string>

#include <gtest/gtest.h>

#include "entities/lexicon.h"
#include "entities/testing_util.h"

namespace tarikh::entities {
namespace {

constexpr const char* kPeopleHeader = "id\tname_en\tname_ar\taliases_ar\tcountry\tgender\n";
constexpr const char* kRolesHeader = "person_id\trole_en\trole_ar\tentity_id\tfrom\tto\n";
constexpr const char* kCountry =
    "id\tiso3\tname_en\tname_ar\taliases_ar\tadjectives_ar\tcapital_id\tstatus\n"
    "ruritania\tRUR\tRuritania\tروريتانيا\t\tروريتاني\t\tun-member\n";

std::string Load(const std::string& user) {
  LexiconData data;
  Status s = AddLexiconFile("base.tsv", kCountry, "countries", true, &data);
  if (s.ok()) s = AddLexiconFile("user.tsv", user, "", false, &data);
  if (s.ok()) s = FinishLexicon(&data);
  return s.ok() ? "ok" : s.message();
}

TEST(EntitiesLexiconTest, AcceptsPersonAndRoles) {
  EXPECT_EQ(Load(std::string(kPeopleHeader) + "# a comment\nrudolf-x\tRudolf X\tرودولف إكس\t\tRUR\tm\n" + kRolesHeader +
                 "rudolf-x\tKing\tالملك\truritania\t2001\t2010-05\n"
                 "rudolf-x\tKing\tالملك\truritania\t2012\t\n"),
            "ok");
}

TEST(EntitiesLexiconTest, BadColumns) {
  EXPECT_EQ(Load(std::string(kPeopleHeader) + "rudolf-x\tRudolf X\n"),
            "user.tsv:2: 2 fields, the people header names 6");
}

TEST(EntitiesLexiconTest, MissingHeader) {
  EXPECT_NE(Load("rudolf-x\tRudolf X\tرودولف\t\tRUR\tm\n").find("user.tsv:1: expected a header line"),
            std::string::npos);
}

TEST(EntitiesLexiconTest, DuplicateIdOfAnotherKind) {
  EXPECT_EQ(Load(std::string(kPeopleHeader) + "ruritania\tRudolf X\tرودولف\t\tRUR\tm\n"),
            "user.tsv:2: duplicate id 'ruritania' (already defined at base.tsv:2)");
}

TEST(EntitiesLexiconTest, DuplicateIdInOneFile) {
  LexiconData data;
  const std::string people = std::string(kPeopleHeader) + "a-b\tA B\tا ب\t\t\tm\n" + "a-b\tA B\tا ب\t\t\tm\n";
  EXPECT_EQ(AddLexiconFile("people.tsv", people, "people", true, &data).message(),
            "people.tsv:3: duplicate id 'a-b' (already defined at people.tsv:2)");
}

TEST(EntitiesLexiconTest, DuplicateIdInAUserLexicon) {  // replacing a built-in row is allowed, not a user row
  EXPECT_EQ(Load(std::string(kPeopleHeader) + "a-b\tA B\tا ب\t\t\tm\n" + "a-b\tA C\tا ج\t\t\tm\n"),
            "user.tsv:3: duplicate id 'a-b' (already defined at user.tsv:2)");
}

TEST(EntitiesLexiconTest, OverlappingRoles) {
  EXPECT_EQ(Load(std::string(kPeopleHeader) + "rudolf-x\tRudolf X\tرودولف إكس\t\tRUR\tm\n" + kRolesHeader +
                 "rudolf-x\tKing\tالملك\truritania\t2001\t2010-05\n"
                 "rudolf-x\tKing\tالملك\truritania\t2009\t\n"),
            "user.tsv:5: role 'King' of rudolf-x overlaps the one at user.tsv:4");
}

TEST(EntitiesLexiconTest, BadValues) {
  EXPECT_EQ(Load(std::string(kPeopleHeader) + "Rudolf\tRudolf X\tرودولف\t\tRUR\tm\n"),
            "user.tsv:2: id 'Rudolf' must be lowercase ASCII kebab-case");
  EXPECT_EQ(Load(std::string(kPeopleHeader) + "rudolf\tRudolf X\tرودولف\t\tRu\tm\n"),
            "user.tsv:2: country 'Ru' is not an ISO 3166 alpha-3 code");
  EXPECT_EQ(Load(std::string(kRolesHeader) + "nobody\tKing\tالملك\truritania\t2001\t\n"),
            "user.tsv:2: person_id 'nobody' is not a person of the lexicon");
  EXPECT_EQ(Load(std::string(kPeopleHeader) + "rudolf-x\tRudolf X\tرودولف إكس\t\tRUR\tm\n" + kRolesHeader +
                 "rudolf-x\tKing\tالملك\truritania\t2001-13\t\n"),
            "user.tsv:4: date '2001-13' must be YYYY, YYYY-MM or YYYY-MM-DD");
}

TEST(EntitiesLexiconTest, UserLexiconExtendsRecognizer) {
  const std::string path = ::testing::TempDir() + "/entities_user_lexicon.tsv";
  FILE* f = std::fopen(path.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs(
      "id\tname_en\tname_ar\taliases_ar\tcountry\tgender\n"
      "ivan-petrovsky\tIvan Petrovsky\tإيفان بتروفسكي\tبتروفسكي\tRUS\tm\n",
      f);
  std::fclose(f);
  Result<EntityRecognizer> r = EntityRecognizer::Load(std::string(TARIKH_SOURCE_DIR) + "/data", {path});
  ASSERT_TRUE(r.ok()) << r.status().message();
  const std::string text = "وقال بتروفسكي إن";
  EXPECT_EQ(DumpMentions(r->Recognize(text, AnalyzeText(text), "2022")), "بتروفسكي→ivan-petrovsky");
  ASSERT_NE(r->Find("ivan-petrovsky"), nullptr);
  EXPECT_EQ(r->Find("ivan-petrovsky")->name, "Ivan Petrovsky");
}

TEST(EntitiesLexiconTest, MissingUserLexicon) {
  Result<EntityRecognizer> r = EntityRecognizer::Load(std::string(TARIKH_SOURCE_DIR) + "/data", {"/nonexistent.tsv"});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "/nonexistent.tsv: cannot open lexicon file");
}

// The lexicons' date (`tarikh --version`) is the newest date of an office.
TEST(EntitiesLexiconTest, NewestRoleDate) {
  struct Case {
    const char* rows;
    const char* expected;  // the date, or the error
  } cases[] = {
      {"", ""},
      {"a-b\tKing\tالملك\truritania\t\t\n", ""},
      {"a-b\tKing\tالملك\truritania\t2001\t2010-05\n", "2010-05"},
      {"a-b\tKing\tالملك\truritania\t2012\t\n", "2012"},
      // an end written to the day beats the year that contains it, and a later start
      {"a-b\tKing\tالملك\truritania\t2019-03\t2024-11-30\n"
       "c-d\tQueen\tالملكة\truritania\t2024\t\n",
       "2024-11-30"},
      {"a-b\tKing\tالملك\truritania\t2024\t\n"
       "c-d\tQueen\tالملكة\truritania\t2019-03-01\t2023-12-31\n",
       "2024"},
      {"a-b\tKing\tالملك\truritania\t2024-02\t\n"
       "c-d\tQueen\tالملكة\truritania\t2024-02-10\t\n",
       "2024-02-10"},
      {"a-b\tKing\tالملك\truritania\tspring\t\n", "roles.tsv:2: 'spring' is not a date YYYY[-MM[-DD]]"},
  };
  for (const Case& c : cases) {
    Result<std::string> r = NewestRoleDate("roles.tsv", std::string(kRolesHeader) + c.rows);
    EXPECT_EQ(r.ok() ? r.value() : r.status().message(), c.expected) << c.rows;
  }
}

TEST(EntitiesLexiconTest, LexiconsDateOfTheBuiltInData) {
  Result<std::string> r = LexiconsDate(std::string(TARIKH_SOURCE_DIR) + "/data");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_GE(r.value().size(), 4u);
  EXPECT_GE(r.value(), "2025");  // the lexicons are compiled "as of 2025" at least
  EXPECT_EQ(LexiconsDate("/nonexistent").status().message(),
            "/nonexistent/entities/roles.tsv: cannot open entity lexicon file");
}

}  // namespace
}  // namespace tarikh::entities
