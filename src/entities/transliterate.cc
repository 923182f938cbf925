#include "entities/transliterate.h"

#include <memory>
#include <mutex>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace tarikh::entities {
namespace {

// ICU transliterators are not safe to share between threads, and creating
// one costs milliseconds; unknown names are rare, so one guarded instance.
struct Shared {
  std::mutex mutex;
  std::unique_ptr<icu::Transliterator> transliterator;
};

Shared& Instance() {
  static Shared* shared = [] {
    auto* s = new Shared;
    UErrorCode status = U_ZERO_ERROR;
    s->transliterator.reset(
        icu::Transliterator::createInstance("Arabic-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) s->transliterator.reset();
    return s;
  }();
  return *shared;
}

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

std::string TransliterateArabic(std::string_view arabic) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(arabic.data(), static_cast<int32_t>(arabic.size())));
  Shared& shared = Instance();
  {
    std::lock_guard<std::mutex> lock(shared.mutex);
    if (shared.transliterator) shared.transliterator->transliterate(text);
  }
  std::string out;
  text.toUTF8String(out);
  std::string ascii;  // anything ICU left outside ASCII letters (ʿ for ع) is dropped
  for (char c : out) {
    if (IsAsciiAlnum(c) || c == ' ' || c == '-') ascii += c;
  }
  return ascii;
}

std::string KebabId(std::string_view latin) {
  std::string id;
  for (char c : latin) {
    if (IsAsciiAlnum(c)) {
      id += c;
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? "unnamed" : id;
}

std::string DisplayName(std::string_view latin) {
  std::string name;
  bool start = true;
  for (char c : latin) {
    if (c == ' ' || c == '-') {
      if (!name.empty() && name.back() != ' ') name += ' ';
      start = true;
      continue;
    }
    name += start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    start = false;
  }
  while (!name.empty() && name.back() == ' ') name.pop_back();
  return name;
}

}  // namespace tarikh::entities
