// The extraction pipeline: one Document through every stage, in order.
//
// The body (the text after the front matter) is analysed once; every stage
// reads the same AnalyzedText, whose offsets are code points of the whole file.
#include <string_view>
#include <utility>

#include "tarikh/data_dir.h"
#include "tarikh/entities.h"
#include "tarikh/events.h"
#include "tarikh/extraction.h"
#include "tarikh/temporal.h"
#include "tarikh/text.h"

namespace tarikh {

struct Extractor::Stages {
  TemporalTagger temporal;
  EntityRecognizer entities;
  EventExtractor events;
};

Extractor::Extractor(std::unique_ptr<Stages> stages) : stages_(std::move(stages)) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Result<Extractor> Extractor::Load(const ExtractorOptions& options) {
  const std::string data_dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  Result<TemporalTagger> temporal = TemporalTagger::Load(data_dir);
  if (!temporal.ok()) return temporal.status();
  Result<EntityRecognizer> entities = EntityRecognizer::Load(data_dir, options.user_lexicons, options.dictionary_dir);
  if (!entities.ok()) return entities.status();
  Result<EventExtractor> events = EventExtractor::Load(data_dir);
  if (!events.ok()) return events.status();
  return Extractor(std::make_unique<Stages>(
      Stages{std::move(temporal).value(), std::move(entities).value(), std::move(events).value()}));
}

Extraction Extractor::Extract(Document document) const {
  Extraction out;
  const std::string_view body = std::string_view(document.text).substr(document.body_begin_byte);
  const AnalyzedText analyzed = AnalyzeText(body, document.body_begin);
  if (document.doc_date_source == DocDateSource::kNone) {
    // SPEC §2: with no --doc-date and no front matter date, what the page shows decides.
    DocumentDate found = stages_->temporal.FindDocumentDate(document.text, analyzed, document.url, document.path);
    if (!found.value.empty()) {
      document.doc_date = std::move(found.value);
      document.doc_date_source = found.source;
      document.doc_date_evidence = std::move(found.evidence);
    } else {
      document.warnings.push_back({Diagnostic::Severity::kWarning, document.path,
                                   document.path + ": no document date (no front matter date, timestamp, dateline "
                                                   "or date in the url): its relative dates stay unresolved"});
    }
  }
  out.timexes = stages_->temporal.Tag(document.text, analyzed, document.doc_date);
  out.entities = stages_->entities.Recognize(document.text, analyzed, document.doc_date);
  out.events = stages_->events.Extract(document, analyzed, out.timexes, out.entities);
  out.document = std::move(document);
  return out;
}

}  // namespace tarikh
