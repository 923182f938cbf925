// Finding trigger words and phrases of the event lexicon in an article, and
// reading the cue words around them.
//
// Every Arabic token is looked up under each of its proclitic readings
// (`وأجرت` as `أجرت`, `بمحادثات` as `محادثات`), and, for triggers that allow
// it, without an attached pronoun (`لقائهم`, `زيارته`). At each position the
// longest phrase wins; a trigger never starts inside an actor mention (the
// `مؤتمر` of an organisation's name is not a conference).
#ifndef TARIKH_EVENTS_TRIGGERS_H_
#define TARIKH_EVENTS_TRIGGERS_H_

#include <cstdint>
#include <vector>

#include "events/lexicon.h"
#include "tarikh/text.h"

namespace tarikh::events {

struct TriggerMatch {
  uint32_t first = 0, end = 0;  // tokens [first, end)
  uint32_t entry = 0;           // Lexicon::entry
  bool future = false;          // read with the future proclitic س (سيلتقي)
  bool definite = false;        // read with the article (الاجتماع)
  bool purpose = false;         // read with the preposition ل: `للتشاور`, `ليلتقي` (a verb: in order to)
  // A verb read with an attached object pronoun: 'm' for ه (استقبله), 'f'
  // for ها (استقبلها), 0 for none or another.
  char object_pronoun = 0;
};

// Whether any reading of `token` (the whole word or a stem after proclitics)
// is a cue of kind `cue`.
bool HasCue(const Lexicon& lexicon, const Token& token, Cue cue);

// Whether any reading of `token` is exactly the normalised `word`.
bool ReadsAs(const Token& token, std::string_view word);

// Whether some reading of `token` carries the future proclitic س.
bool HasFuturePrefix(const Token& token);

// Triggers in text order, never overlapping. `in_mention[t]` marks tokens
// covered by an actor mention; `skip[t]` those a verb phrase may hold between
// the verb and the rest of the phrase (its subject, a date: `استدعت
// السعودية الجمعة سفيرها`).
std::vector<TriggerMatch> FindTriggers(const AnalyzedText& text, const Lexicon& lexicon,
                                       const std::vector<bool>& in_mention, const std::vector<bool>& skip);

}  // namespace tarikh::events

#endif  // TARIKH_EVENTS_TRIGGERS_H_
