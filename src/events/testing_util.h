// Helpers for the event tests: the whole pipeline on one text (AnalyzeText →
// TemporalTagger → EntityRecognizer → EventExtractor) with the lexicons of
// the source tree, and a one-line dump of events for table rows.
#ifndef TARIKH_EVENTS_TESTING_UTIL_H_
#define TARIKH_EVENTS_TESTING_UTIL_H_

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "tarikh/entities.h"
#include "tarikh/events.h"
#include "tarikh/temporal.h"
#include "tarikh/text.h"

namespace tarikh::events {

template <typename T>
const T& LoadedOrDie(Result<T> (*load)(const std::string&)) {
  static const T* loaded = [&] {
    Result<T> r = load(std::string(TARIKH_SOURCE_DIR) + "/data");
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().message().c_str());
      std::abort();
    }
    return new T(std::move(r).value());
  }();
  return *loaded;
}

inline Result<EntityRecognizer> LoadRecognizer(const std::string& dir) { return EntityRecognizer::Load(dir); }

// Events of `text` read as a whole article dated `doc_date`.
inline std::vector<Event> ExtractEvents(const std::string& text, const std::string& doc_date) {
  const TemporalTagger& tagger = LoadedOrDie<TemporalTagger>(&TemporalTagger::Load);
  const EntityRecognizer& recognizer = LoadedOrDie<EntityRecognizer>(&LoadRecognizer);
  const EventExtractor& extractor = LoadedOrDie<EventExtractor>(&EventExtractor::Load);
  Document doc;
  doc.id = "d-test";
  doc.text = text;
  doc.doc_date = doc_date;
  const AnalyzedText analyzed = AnalyzeText(text);
  const std::vector<Timex> timexes = tagger.Tag(text, analyzed, doc_date);
  const EntityResult entities = recognizer.Recognize(text, analyzed, doc_date);
  return extractor.Extract(doc, analyzed, timexes, entities);
}

// "class/type date participants @place [planned]" per event, sorted, joined by " | ";
// "-" for an empty date or place.
inline std::string DumpEvents(const std::vector<Event>& events) {
  std::vector<std::string> lines;
  for (const Event& e : events) {
    std::string line = std::string(EventClassName(e.event_class)) + "/" + e.type + " " +
                       (e.date.empty() ? "-" : e.date) + " ";
    for (size_t i = 0; i < e.participants.size(); ++i) line += (i ? "," : "") + e.participants[i];
    line += " @" + (e.place.id.empty() ? std::string("-") : e.place.id);
    if (e.planned) line += " planned";
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const std::string& l : lines) out += (out.empty() ? "" : " | ") + l;
  return out;
}

}  // namespace tarikh::events

#endif  // TARIKH_EVENTS_TESTING_UTIL_H_
