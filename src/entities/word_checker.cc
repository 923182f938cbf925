#include "entities/word_checker.h"

#include <filesystem>

#include <hunspell.hxx>

namespace tarikh::entities {

WordChecker::WordChecker(std::string aff, std::string dic) : aff_(std::move(aff)), dic_(std::move(dic)) {}
WordChecker::~WordChecker() = default;

Result<std::unique_ptr<WordChecker>> WordChecker::Load(const std::string& dir) {
  const std::string aff = dir + "/ar.aff", dic = dir + "/ar.dic";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(aff, ec) || !std::filesystem::is_regular_file(dic, ec)) {
    return Status::NotFound(aff + ", " + dic +
                            ": the Arabic Hunspell dictionary is missing (Debian package hunspell-ar)");
  }
  return std::unique_ptr<WordChecker>(new WordChecker(aff, dic));
}

bool WordChecker::IsDictionaryWord(std::string_view utf8) const {
  {
    std::shared_lock<std::shared_mutex> read(answers_mutex_);
    const auto known = answers_.find(utf8);
    if (known != answers_.end()) return known->second;
  }
  std::string word(utf8);
  bool answer;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (hunspell_ == nullptr) hunspell_ = std::make_unique<Hunspell>(aff_.c_str(), dic_.c_str());
    answer = hunspell_->spell(word);
  }
  std::unique_lock<std::shared_mutex> write(answers_mutex_);
  if (answers_.size() < kMaxKeptAnswers) answers_.emplace(std::move(word), answer);
  return answer;
}

}  // namespace tarikh::entities
