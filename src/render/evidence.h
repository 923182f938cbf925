// An evidence sentence for a reader: the words that made it an event (the
// trigger, from the event lexicon) and the names of its parties marked, so a
// reader checks in a glance what tarikh read.
//
// Matching is on the matching form of the sentence (tarikh/text.h), each
// word also through its proclitic readings (لحلف as حلف, وأجرت as أجرت), so a
// mark is found where the extractor found the word; marks are original code
// points of the sentence, and overlapping marks keep the earlier, longer one.
#ifndef TARIKH_RENDER_EVIDENCE_H_
#define TARIKH_RENDER_EVIDENCE_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tarikh/entities.h"
#include "tarikh/events.h"
#include "tarikh/render.h"

namespace tarikh::render_internal {

struct EvidenceMark {
  enum class Kind { kTrigger, kParty };
  Kind kind = Kind::kParty;
  uint32_t begin = 0, end = 0;  // code points of the sentence
};

// Phrases as lists of matching-form tokens, computed once per actor.
class PartyPhrases {
 public:
  // The names and mentions of `actor`, as phrases.
  const std::vector<std::vector<std::string>>& Of(const Actor& actor);

 private:
  std::map<std::string, std::vector<std::vector<std::string>>> by_id_;
};

// A phrase (a name, a trigger form) as matching-form tokens.
std::vector<std::string> PhraseTokens(std::string_view text);

// `sentence` is clean text (CleanText).
std::vector<EvidenceMark> MarkEvidence(std::string_view sentence, const Event& event,
                                       const std::vector<const Actor*>& parties, PartyPhrases& phrases,
                                       const TriggerMarker* triggers);

// The sentence as HTML text: escaped, marks as <mark class="trigger|party">.
std::string MarkedHtml(std::string_view sentence, const std::vector<EvidenceMark>& marks);

}  // namespace tarikh::render_internal

#endif  // TARIKH_RENDER_EVIDENCE_H_
