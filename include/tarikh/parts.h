// The monthly layout of the exports (docs/format.md, "Large corpora"): a
// corpus of more than kMonthlyLayoutAbove events is written as events.json,
// a small index (the documents, the actors, and the list of parts), beside
// one file per month in events/: events/2022-01.json (the events whose date
// begins in that month and the timexes of the articles dated in it) and
// events/2022-01.csv (the same events as events.csv's rows); events/undated.*
// for the rest. A new article rewrites the index and the parts it changes,
// not 400 MB of exports. `tarikh export` writes the single files.
//
// Every part holds the same JSON objects and CSV columns as the single files.
#ifndef TARIKH_PARTS_H_
#define TARIKH_PARTS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "tarikh/extraction.h"

namespace tarikh {

// Above this many events `build` lays the exports out by month (--layout auto).
inline constexpr size_t kMonthlyLayoutAbove = 20000;

// The part a date belongs to: "YYYY-MM" of the first day of its calendar
// range (a year, `2022`, begins in 2022-01), or "undated".
std::string MonthOf(const std::string& timex_value);

// One month of the corpus: indices into corpus.events and corpus.extractions.
struct MonthPart {
  std::string month;                // "2022-01" or "undated"
  std::vector<size_t> events;       // whose date begins in the month, in timeline order
  std::vector<size_t> extractions;  // the articles dated in it (their timexes)
  std::string JsonName() const { return "events/" + month + ".json"; }
  std::string CsvName() const { return "events/" + month + ".csv"; }
};
// The parts, by month ("undated" last); a month with neither events nor
// articles has none.
std::vector<MonthPart> MonthParts(const Corpus& corpus);

// What a part's files are made of: equal keys, equal files (to XXH3's
// odds), for the same tarikh. `event_digests`: EventDigest of each event.
uint64_t MonthPartKey(const Corpus& corpus, const MonthPart& part, const std::vector<uint64_t>& event_digests);

// events/MONTH.json: {"schema", "month", "timexes", "events"}, pretty-printed,
// ending in a newline.
std::string MonthPartToJson(const Corpus& corpus, const MonthPart& part);
// events.json in the monthly layout: {"schema", "layout": "monthly",
// "documents", "actors", "parts": [{"month", "events", "timexes", "json", "csv"}]}.
std::string MonthlyIndexJson(const Corpus& corpus, const std::vector<MonthPart>& parts);

}  // namespace tarikh

#endif  // TARIKH_PARTS_H_
