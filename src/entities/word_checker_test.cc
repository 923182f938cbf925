// WordChecker: Hunspell's answer, the same when it is asked again (kept) and
// from several threads at once.
#include "entities/word_checker.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace tarikh::entities {
namespace {

struct Case {
  const char* word;
  bool in_dictionary;
};
// Ordinary words with and without clitics, and transliterated foreign names.
const Case kCases[] = {
    {"مغادرة", true}, {"البلاد", true}, {"احتجاج", true}, {"والحكومة", true},
    {"لافروف", false}, {"إنريكي", false}, {"ستولتنبرغ", false},
};

TEST(WordCheckerTest, AnswersAsTheDictionaryAndTheSameAgain) {
  Result<std::unique_ptr<WordChecker>> checker = WordChecker::Load(kDefaultDictionaryDir);
  ASSERT_TRUE(checker.ok()) << checker.status().ToString();
  for (int round = 0; round < 2; ++round) {  // the second round is answered from what was kept
    for (const Case& c : kCases) EXPECT_EQ(checker.value()->IsDictionaryWord(c.word), c.in_dictionary) << c.word;
  }
}

TEST(WordCheckerTest, ThreadsGetTheSameAnswers) {
  Result<std::unique_ptr<WordChecker>> checker = WordChecker::Load(kDefaultDictionaryDir);
  ASSERT_TRUE(checker.ok());
  std::vector<std::vector<bool>> answers(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < answers.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round)
        for (const Case& c : kCases) answers[t].push_back(checker.value()->IsDictionaryWord(c.word));
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::vector<bool>& a : answers) {
    ASSERT_EQ(a.size(), 50 * std::size(kCases));
    for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i], kCases[i % std::size(kCases)].in_dictionary);
  }
}

}  // namespace
}  // namespace tarikh::entities
