// Events: typed, dated interactions between actors (SPEC §3 `events`).
//
// Per article, the EventExtractor finds trigger words and phrases of the
// trigger lexicon (data/events/) — meetings, talks, calls, visits, press
// conferences, statements, ruptures, agreements, decisions — and fills each
// event from the clause around its trigger: participants (the actor mentions
// governed by the trigger: `بين X و Y`, `X مع Y`, delegation heads), place
// (`في جنيف`), date (the time expression governing the clause; the document
// date only where the text implies it, never silently), planned vs happened,
// negation (`لم يلتق` is no event). Sentences of one article about the same
// meeting become one event with several evidence spans.
//
// Each per-article event has exactly one source: what that article says.
// The corpus stage (tarikh/corpus.h) merges events across articles.
#ifndef TARIKH_EVENTS_H_
#define TARIKH_EVENTS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tarikh/document.h"
#include "tarikh/entities.h"
#include "tarikh/status.h"
#include "tarikh/text.h"
#include "tarikh/timex.h"

namespace tarikh {

enum class EventClass : uint8_t { kContact, kStatement, kRupture, kOther };
const char* EventClassName(EventClass c);  // "contact", "statement", "rupture", "other"

struct Evidence {
  std::string text;             // == file_text[begin:end]
  uint32_t begin = 0, end = 0;  // original code points of the document
};

// How an article dates an event (SPEC §3 `sources[].date_source`).
enum class DateSource : uint8_t {
  kNone,      // undated
  kText,      // a time expression of the article dates it
  kDocument,  // reported as the day's news: the document date
};
const char* DateSourceName(DateSource source);  // "", "text", "document"

// What one article says about an event.
struct EventSource {
  std::string document;                   // Document::id
  std::string date;                       // TIMEX3 value this article gives; "" when undated
  DateSource date_source = DateSource::kNone;
  std::vector<std::string> participants;  // actor ids, sorted
  std::vector<Evidence> evidence;         // one per sentence reporting it, in text order; never empty
};

struct EventPlace {
  std::string id;       // actor/place id from the lexicon ("geneva")
  std::string name;     // English
  std::string name_ar;  // Arabic
};

struct Event {
  std::string id;     // "e-" + 16 hex digits, stable: a hash of class, date, place and sources
  std::string type;   // meeting, talks, council, summit, conference, call, visit, statement, ...
  std::string cameo;  // CAMEO code, e.g. "046"
  EventClass event_class = EventClass::kContact;
  std::string date;   // the most precise date consistent with all sources; "" when undated
  bool planned = false;                   // announced for the future
  EventPlace place;                       // empty id when unknown
  std::vector<std::string> participants;  // actor ids, union over sources, sorted
  std::vector<EventSource> sources;       // one per article, sorted by document id
};

class EventExtractor {
 public:
  // Reads data_dir/events/*.tsv (triggers and their types and CAMEO codes).
  static Result<EventExtractor> Load(const std::string& data_dir);

  // Events of one article. `original` is the whole file text; offsets in
  // `text`, `timexes` and `entities` are its code points.
  std::vector<Event> Extract(const Document& document, const AnalyzedText& text,
                             const std::vector<Timex>& timexes, const EntityResult& entities) const;

  ~EventExtractor();
  EventExtractor(EventExtractor&&) noexcept;
  EventExtractor& operator=(EventExtractor&&) noexcept;

 private:
  struct Impl;
  explicit EventExtractor(std::unique_ptr<const Impl> impl);
  std::unique_ptr<const Impl> impl_;
};

}  // namespace tarikh

#endif  // TARIKH_EVENTS_H_
