// The temporal lexicon: every word and phrase the tagger knows, loaded once
// from data_dir/temporal/*.tsv and looked up by normalised token text.
//
// Each file maps a phrase (one or more words) to a Lexeme of one kind; the
// file's header comment documents its columns. Phrases are stored under
// their first word's matching form (NormalizeWord), with the rest of the
// words beside, longest first, so an article is matched word by word with
// one hash lookup per word reading. Immutable after Load: thread-safe.
#ifndef TARIKH_TEMPORAL_LEXICON_H_
#define TARIKH_TEMPORAL_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tarikh/status.h"

namespace tarikh::temporal {

enum class Kind : uint8_t {
  kMonth,        // a = month, b = MonthFlags
  kWeekday,      // a = ISO weekday (1 Monday .. 7 Sunday)
  kBareWeekday,  // a = ISO weekday: a name without its article ("خميس"), only after an ordinal
  kRelativeDay,  // a = offset in days, text = part of the day ("" or NI, EV ...)
  kUnit,         // a = Unit, b = count (0 counted/plural, 1 singular, 2 dual)
  kCardinal,     // a = value
  kOrdinal,      // a = value (-1 for "the last")
  kPeriod,       // a = Unit: الأسبوع الشهر العام ...
  kModifier,     // a = direction (-1, 0, 1), b = 1 if relative to the previous date
  kPart,         // a = Part, b = 1 if before a month it is the month's first day ("أول أيار")
  kSeason,       // a = Season
  kDecade,       // a = tens digit
  kReference,    // text = value, b = TimexType
  kTense,        // a = TenseMark
  kTrap,         // a = index of the blocked word
  kWord,         // a = Role, b = small value, text = value
};

enum MonthFlags : int16_t { kHijri = 1, kAmbiguous = 2 };
enum class Unit : int16_t { kDay, kWeek, kMonth, kQuarter, kYear, kDecade, kCentury, kHour, kMinute };
enum class Part : int16_t { kStart, kMid, kEnd };
enum class Season : int16_t { kSpring, kSummer, kFall, kWinter };
// The tense of a clause, as anchoring uses it.
enum class Tense : int16_t { kNone, kPast, kFuture };
// What a word of tense.tsv says about its clause, strongest first (the
// strongest mark of a clause gives its tense, article.cc).
enum class TenseMark : int16_t { kFuture, kPastAuxiliary, kFutureVerb, kPast, kNotVerb };
enum class Role : int16_t {
  kDayWord, kDaysWord, kMonthWord, kYearWord, kYearSignal, kRangeFrom, kRangeBetween,
  kRangeTo, kApprox, kHalf, kThis, kSince, kBefore, kAfter, kOf, kThat, kCorresponding,
  kDurationLead, kEra, kPartOfDay, kCentury, kQuarter, kPublished, kClock, kWithin, kCodeWord,
  kConsecutive, kHourWord, kClockFraction, kWeekend,
};

struct Lexeme {
  Kind kind = Kind::kWord;
  int16_t a = 0;
  int16_t b = 0;
  std::string text;  // string payload (reference values, era, part of day, half)
  uint8_t words = 1;  // number of words of the phrase
};

class Lexicon {
 public:
  // Loads every file Lexicon knows from `dir` (data_dir/temporal).
  static Result<Lexicon> Load(const std::string& dir);

  struct Phrase {
    std::vector<std::string> rest;  // words after the first, normalised
    Lexeme lexeme;
  };
  // Phrases whose first word's matching form is `word`, longest first; null if none.
  const std::vector<Phrase>* Lookup(std::string_view word) const;

  // Adds one phrase (words separated by spaces, any spelling). For tests and loading.
  void Add(std::string_view phrase, Lexeme lexeme);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::vector<Phrase>, Hash, std::equal_to<>> phrases_;
};

// Parses one file's text; `name` is used in error messages ("months.tsv:12: ...").
Status ParseLexiconFile(std::string_view name, std::string_view content, Lexicon* lexicon);

}  // namespace tarikh::temporal

#endif  // TARIKH_TEMPORAL_LEXICON_H_
