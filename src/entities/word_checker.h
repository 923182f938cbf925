// WordChecker: whether a word is an ordinary Arabic word — a verb, a masdar,
// a common noun, with its clitics — by Debian's Arabic Hunspell dictionary
// (hunspell-ar, read through libhunspell). A run of words the dictionary
// knows (`مغادرة البلاد`, `لإبلاغه احتجاج`) is prose, not an unknown person's
// name; a transliterated foreign name (`لافروف`, `إنريكي`) is not in it.
//
// Hunspell keeps lookup state inside the object, so calls are serialised;
// the recogniser asks only about the words of candidate names, and the
// answers are kept: news repeats its words, and on wire-story-size articles
// asking Hunspell again was a quarter of the extraction (and, serialised,
// what kept a second job from helping). The dictionary (160 ms to read) is
// read at the first question, so a build that extracts nothing never reads it.
#ifndef TARIKH_ENTITIES_WORD_CHECKER_H_
#define TARIKH_ENTITIES_WORD_CHECKER_H_

#include <functional>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "tarikh/status.h"

class Hunspell;

namespace tarikh::entities {

class WordChecker {
 public:
  // Reads dir/ar.aff and dir/ar.dic; an error names them and the package.
  static Result<std::unique_ptr<WordChecker>> Load(const std::string& dir);
  ~WordChecker();

  // `utf8` as written in the article (hamzas, ة), one word.
  bool IsDictionaryWord(std::string_view utf8) const;

 private:
  WordChecker(std::string aff, std::string dic);
  std::string aff_, dic_;
  mutable std::unique_ptr<Hunspell> hunspell_;  // read at the first question
  mutable std::mutex mutex_;                    // Hunspell's
  struct Hash {
    using is_transparent = void;  // found by a view, without a string made for it
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  mutable std::unordered_map<std::string, bool, Hash, std::equal_to<>> answers_;  // word → in the dictionary
  mutable std::shared_mutex answers_mutex_;
};

// At most this many answers are kept (a few MB): an archive's vocabulary of
// names and words fits; beyond it Hunspell is asked again.
inline constexpr size_t kMaxKeptAnswers = 1 << 20;

// Where Debian installs the dictionary.
inline constexpr const char* kDefaultDictionaryDir = "/usr/share/hunspell";

}  // namespace tarikh::entities

#endif  // TARIKH_ENTITIES_WORD_CHECKER_H_
