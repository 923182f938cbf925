#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tarikh/text.h"

namespace tarikh {
namespace {

// Tokens written as "text" (or "text:kind" for non-Arabic kinds) joined by " | ".
std::string DumpTokens(const AnalyzedText& a) {
  std::string out;
  for (const Token& t : a.tokens) {
    if (!out.empty()) out += " | ";
    out += t.text;
    switch (t.kind) {
      case TokenKind::kNumber: out += ":num"; break;
      case TokenKind::kLatin: out += ":lat"; break;
      case TokenKind::kPunct: out += ":p"; break;
      case TokenKind::kClitic: out += ":clitic"; break;
      case TokenKind::kArabic: break;
    }
  }
  return out;
}

struct TokenCase {
  const char* input;
  const char* expected;
};

const TokenCase kTokenCases[] = {
    {"التقى الوزيران أمس", "التقي | الوزيران | امس"},
    {"أمسـ، إنّ", "امس | ،:p | ان"},
    {"الأمين العام لـ\"الناتو\" يقول", "الامين | العام | ل:clitic | \":p | الناتو | \":p | يقول"},
    {"طرد لـ8 أعضاء", "طرد | ل:clitic | 8:num | اعضاء"},
    {"الحلفاء الـ30", "الحلفاء | ال:clitic | 30:num"},
    {"في 12/1/2022", "في | 12:num | /:p | 1:num | /:p | 2022:num"},
    {"2022-01-12", "2022:num | -:p | 01:num | -:p | 12:num"},
    {"كانون الثاني 2022ء)", "كانون | الثاني | 2022:num | ء | ):p"},
    {"مقاتلات إف-16", "مقاتلات | اف | -:p | 16:num"},
    {"January 12, 2022", "january:lat | 12:num | ,:p | 2022:num"},
    {"مجلس روسيا-الناتو", "مجلس | روسيا | -:p | الناتو"},
    {"يومي ٩ و١٠ يناير", "يومي | 9:num | و:clitic | 10:num | يناير"},
    {"و الناتو", "و | الناتو"},  // a conjunction written apart but followed by a space stays a word
};

TEST(TextTokenizeTest, Table) {
  for (const TokenCase& c : kTokenCases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(DumpTokens(AnalyzeText(c.input)), c.expected);
  }
}

TEST(TextTokenizeTest, SpansPointIntoTheOriginal) {
  const std::string text = "قال تُركيا، أمسـ: نعم";
  const AnalyzedText a = AnalyzeText(text, 7);
  CodePointIndex index(text);
  std::vector<std::string> surfaces;
  for (const Token& t : a.tokens) surfaces.emplace_back(index.Slice(text, t.begin - 7, t.end - 7));
  EXPECT_EQ(surfaces, (std::vector<std::string>{"قال", "تُركيا", "،", "أمسـ", ":", "نعم"}));
}

TEST(TextTokenizeTest, NbspSeparatesWords) {
  const AnalyzedText a = AnalyzeText("غير\u00A0أن");
  ASSERT_EQ(a.tokens.size(), 2u);
  EXPECT_TRUE(a.tokens[1].space_before);
}

std::vector<CliticSplit> Splits(std::string_view word) {
  std::array<CliticSplit, kMaxCliticSplits> buffer;
  const size_t n = ProcliticSplits(word, &buffer);
  return {buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(n)};
}

std::string Stem(std::string_view word, const CliticSplit& split) {
  return NormalizeWord(word).substr(split.prefix_bytes);
}

struct SplitCase {
  const char* word;
  const char* stem;  // a stem that must be among the readings
  bool article;
};

const SplitCase kSplitCases[] = {
    {"لحلف", "حلف", false},         {"بروسيا", "روسيا", false},    {"والناتو", "ناتو", true},
    {"للناتو", "ناتو", true},        {"وبالامس", "امس", true},       {"فالحلف", "حلف", true},
    {"كالعاده", "عاده", true},       {"وسيعقد", "يعقد", false},      {"لعام", "عام", false},
    {"وموسكو", "موسكو", false},      {"بواشنطن", "واشنطن", false},  {"ولبنان", "لبنان", false},
};

TEST(TextCliticTest, ReadingsIncludeTheStem) {
  for (const SplitCase& c : kSplitCases) {
    SCOPED_TRACE(c.word);
    bool found = false;
    for (const CliticSplit& s : Splits(NormalizeWord(c.word))) {
      found = found || (Stem(c.word, s) == NormalizeWord(c.stem) && s.article == c.article);
    }
    EXPECT_TRUE(found);
  }
}

TEST(TextCliticTest, NoReadingLeavesTooShortAStem) {
  EXPECT_TRUE(Splits("ال").empty());
  EXPECT_TRUE(Splits("وب").empty());
  for (const CliticSplit& s : Splits(NormalizeWord("بلد"))) EXPECT_NE(Stem("بلد", s), "د");
}

TEST(TextCliticTest, FutureSinOnlyBeforeImperfectVerbs) {
  EXPECT_TRUE(Splits(NormalizeWord("سلام")).empty());
  const std::vector<CliticSplit> future = Splits(NormalizeWord("سيعقد"));
  ASSERT_EQ(future.size(), 1u);
  EXPECT_EQ(Stem("سيعقد", future[0]), "يعقد");
}

TEST(TextCliticTest, FewestProcliticsFirst) {
  const std::vector<CliticSplit> splits = Splits(NormalizeWord("وبروسيا"));
  ASSERT_GE(splits.size(), 2u);
  EXPECT_EQ(Stem("وبروسيا", splits[0]), NormalizeWord("بروسيا"));
  EXPECT_EQ(Stem("وبروسيا", splits[1]), NormalizeWord("روسيا"));
}

TEST(TextCliticTest, AllSevenReadingsFit) {
  // و + ب + ال, every prefix of it, and ب-less and article-less readings.
  EXPECT_LE(Splits(NormalizeWord("وبالبلدان")).size(), kMaxCliticSplits);
  EXPECT_EQ(Splits(NormalizeWord("وللناتو")).size(), 3u);  // و | ول | ولل(article)
}

TEST(TextCliticTest, StemOffsetSkipsTheClitics) {
  const std::string text = "بـروسيا";  // tatweel between clitic and stem
  const AnalyzedText a = AnalyzeText(text);
  ASSERT_EQ(a.tokens.size(), 1u);
  const Token& t = a.tokens[0];
  ASSERT_FALSE(t.splits().empty());
  EXPECT_EQ(t.Stem(t.splits()[0]), "روسيا");
  EXPECT_EQ(a.StemBegin(t, t.splits()[0]), 2u);  // after ب and the tatweel
}

struct SentenceCase {
  const char* input;
  std::vector<std::string> sentences;  // first token of each sentence
};

TEST(TextSentenceTest, Table) {
  const SentenceCase cases[] = {
      {"التقى الوزيران. وقال المتحدث إن", {"التقي", "وقال"}},
      {"هل التقيا؟ لا", {"هل", "لا"}},
      {"عنوان الخبر\nنص الخبر", {"عنوان", "نص"}},
      {"قال؛ ثم أضاف", {"قال", "ثم"}},
      {"محادثات في جنيف، الاثنين الماضي", {"محادثات"}},  // the comma does not end a sentence
      {"بلغ 2.5 مليون. ثم", {"بلغ", "ثم"}},
  };
  for (const SentenceCase& c : cases) {
    SCOPED_TRACE(c.input);
    const AnalyzedText a = AnalyzeText(c.input);
    std::vector<std::string> firsts;
    for (const Sentence& s : a.sentences) firsts.push_back(a.tokens[s.first_token].text);
    EXPECT_EQ(firsts, c.sentences);
  }
}

TEST(TextSentenceTest, CommaStartsANewClauseInTheSameSentence) {
  const AnalyzedText a = AnalyzeText("محادثات في جنيف، الاثنين الماضي");
  ASSERT_EQ(a.tokens.size(), 6u);
  EXPECT_EQ(a.tokens[0].sentence, a.tokens[5].sentence);
  EXPECT_EQ(a.tokens[2].clause + 1, a.tokens[4].clause);
}

TEST(TextSentenceTest, RunsWithoutFullStopsAreCut) {
  std::string clauses, words;
  for (int i = 0; i < 300; ++i) clauses += "قال الوزير كلاما، ";  // 4 tokens a clause, no full stop
  for (int i = 0; i < 1000; ++i) words += "كلمة ";
  const AnalyzedText a = AnalyzeText(clauses);
  ASSERT_GT(a.sentences.size(), 1u);
  for (const Sentence& s : a.sentences) {
    EXPECT_LE(s.end_token - s.first_token, 204u);
    EXPECT_EQ(a.tokens[s.end_token - 1].text, "\xD8\x8C");  // cut after a ، only
  }
  const AnalyzedText b = AnalyzeText(words);
  EXPECT_EQ(b.sentences.size(), 3u);  // 400 + 400 + 200
}

TEST(TextSentenceTest, EmptyAndSpaceOnlyTexts) {
  EXPECT_TRUE(AnalyzeText("").tokens.empty());
  EXPECT_TRUE(AnalyzeText(" \n\u00A0\u200F").sentences.empty());
}

}  // namespace
}  // namespace tarikh
