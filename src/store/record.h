// Records: one document's extraction as the store keeps it (tarikh/store.h).
//
// A record holds everything the corpus and the outputs need from an article,
// so a build can reuse it instead of reading and extracting the file again:
// the document's fields except its text (the outputs never show the article
// itself, only evidence sentences, which events carry), its timexes, its
// actors with their mentions' surface forms, and its events with sources and
// evidence. Entity mention offsets (EntityResult::mentions) are left out:
// nothing after extraction reads them.
//
// Format: binary, "TRK" + the version byte, then the fields in a fixed
// order; integers are LEB128 varints, strings and lists a varint length and
// their items, enums their numeric value (src/store/record.cc). Binary
// rather than JSON because every build that rebuilds the corpus reads all of
// them back (10,000 articles: about ten times faster than parsing JSON).
// `kRecordVersion` is bumped whenever a field is added or changes meaning (the
// store then re-extracts, as for a changed extractor fingerprint). Reading
// is bounds-checked: a truncated or foreign record is an error.
// ExtractionFromRecord(ExtractionToRecord(e)) equals `e` in every field a
// record keeps (tested through BuildCorpus and CorpusToJson).
#ifndef TARIKH_STORE_RECORD_H_
#define TARIKH_STORE_RECORD_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "tarikh/extraction.h"
#include "tarikh/status.h"

namespace tarikh {

inline constexpr int kRecordVersion = 4;  // 4: Timex::mod

std::string ExtractionToRecord(const Extraction& extraction);

// kInvalidInput for text that is not a record of kRecordVersion.
Result<Extraction> ExtractionFromRecord(std::string_view record);

// What the incremental merge needs to know of a per-article event before it
// merges it (tarikh/corpus.h): views into the record it was read from.
struct EventOutline {
  std::string_view date;                       // Event::date
  std::vector<std::string_view> documents;     // its sources' Document ids
  EventClass event_class = EventClass::kOther;  // what the merge decides by (MergeFacts) …
  std::string_view type;                       // … Event::type
  std::string_view place;                      // … Event::place.id
  std::vector<std::string_view> participants;  // … Event::participants
  bool dated_by_document = true;               // … every source's date_source is kDocument
  uint32_t begin = 0;                          // where the first source's first evidence begins
};

// The record without its events, which are only outlined (one outline per
// event, in order): decoding the events is about half the work of reading
// a record back, and a build that updates the corpus needs only those that
// are merged again. It fails exactly when ExtractionFromRecord does.
Result<Extraction> ExtractionFromRecord(std::string_view record, std::vector<EventOutline>* outlines);
// The same, the actors left undecoded too: `*actors` is set to the bytes of
// the record's actor list (a view into `record`), for ForEachActor. A corpus
// merges 120,000 actor descriptions into 1,000 actors at 10,000 articles:
// decoding each into an Actor first was most of the work of reading a record.
Result<Extraction> ExtractionFromRecord(std::string_view record, std::vector<EventOutline>* outlines,
                                        std::string_view* actors);
// Hands each actor of such a list to `each`, as views into it, in order;
// kInvalidInput for bytes that are not one.
Status ForEachActor(std::string_view actors, const std::function<void(const ActorView&)>& each);
// Only the events, or only their outlines, of a record (the rest is checked, not decoded).
Result<std::vector<Event>> EventsFromRecord(std::string_view record);
Result<std::vector<EventOutline>> EventOutlinesFromRecord(std::string_view record);

// One event (a merged corpus event, as the store keeps them), in the same
// form as a record's events.
std::string EventToRecord(const Event& event);
// XXH3-64 of EventToRecord(event): equal events have equal digests, so the
// exports key an event's piece (common/pieces.h) by it. A build computes
// them once for its three exports.
uint64_t EventDigest(const Event& event);
Result<Event> EventFromRecord(std::string_view record);

}  // namespace tarikh

#endif  // TARIKH_STORE_RECORD_H_
