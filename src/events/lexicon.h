// The event lexicon: trigger words and phrases (data_dir/events/triggers.tsv)
// and the cue words around them (data_dir/events/cues.tsv), both documented
// in their files' header comments.
//
// Triggers are stored under their first word's matching form (NormalizeWord)
// with the rest of the phrase beside, longest first, so the article is read
// with one hash lookup per word reading. Immutable after loading: thread-safe.
#ifndef TARIKH_EVENTS_LEXICON_H_
#define TARIKH_EVENTS_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "tarikh/events.h"
#include "tarikh/status.h"

namespace tarikh::events {

struct TriggerEntry {
  std::string type;
  std::string cameo;
  EventClass event_class = EventClass::kContact;
  bool verb = false;        // pos == verb: never a reference back to an earlier event
  bool speech = false;      // a reporting verb: needs a named speaker
  bool attributed = false;  // press conference, interview: participants are the speaker
  bool issued = false;      // a statement as a document (بيان): its party is who issued it
  bool ongoing = false;     // an act that lasts (an invasion): `منذ DATE` after it is when it began
  bool generic = false;     // a vague word; a precise trigger of the same event gives the type
  bool suffix = false;      // may carry an attached pronoun
  std::vector<std::string> unless_next;  // normalised
};

enum class Cue : uint8_t {
  kNegation, kDenial, kIrrealis, kSupport, kFuture, kTopic, kSubject, kParticipant, kParticipation,
  kNotDate, kBoundLink, kContinuation, kResumptive, kComplement, kSuffix, kPair, kOpener, kMatter, kBackground,
  kAssertion, kSince, kBackgroundAdverb, kNever, kPairPronoun, kCame, kThatReport, kIssuer, kIssueVerb, kAhead, kCount,
};

class Lexicon {
 public:
  // Reads dir/triggers.tsv and dir/cues.tsv. Errors name the file and line.
  static Result<Lexicon> Load(const std::string& dir);

  // Parse one file's content; `name` is used in error messages.
  Status AddTriggers(std::string_view tsv, const std::string& name);
  Status AddCues(std::string_view tsv, const std::string& name);

  struct Phrase {
    std::vector<std::string> rest;  // words after the first, normalised
    uint32_t entry = 0;
  };
  // Phrases whose first word's matching form is `word`, longest first; null if none.
  const std::vector<Phrase>* Lookup(std::string_view word) const;
  const TriggerEntry& entry(uint32_t i) const { return entries_[i]; }

  bool IsCue(Cue cue, std::string_view normalized_word) const;
  // Every cue the word is, one bit each (1u << Cue): one lookup for all of them.
  uint32_t Cues(std::string_view normalized_word) const;
  const std::vector<std::string>& suffixes() const { return suffixes_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::vector<TriggerEntry> entries_;
  std::unordered_map<std::string, std::vector<Phrase>, Hash, std::equal_to<>> phrases_;
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> cues_;  // word → its cues' bits
  static_assert(static_cast<size_t>(Cue::kCount) <= 32, "a cue is a bit of a uint32_t");
  std::vector<std::string> suffixes_;
};

}  // namespace tarikh::events

#endif  // TARIKH_EVENTS_LEXICON_H_
