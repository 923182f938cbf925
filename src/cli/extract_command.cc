// `tarikh extract`: one article to standard output.
#include <iostream>

#include "cli/commands.h"
#include "cli/reporting.h"
#include "tarikh/extraction.h"
#include "tarikh/temporal.h"

namespace tarikh::cli {

int RunExtract(const ExtractOptions& options) {
  const IngestOptions ingest{options.common.encoding, options.common.doc_date};
  if (!ingest.doc_date.empty() && !IsValidDocDate(ingest.doc_date)) {
    ReportError("--doc-date '" + ingest.doc_date + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    return 1;
  }
  Result<Extractor> extractor = Extractor::Load({options.common.data_dir});
  if (!extractor.ok()) {
    ReportError(extractor.status().message());
    return extractor.status().ExitCode();
  }
  Result<Document> doc = ReadDocument(options.input, ingest);
  if (!doc.ok()) {
    ReportError(doc.status().message());
    return doc.status().ExitCode();
  }
  ReportWarnings(doc.value(), options.common.quiet);
  std::vector<Extraction> extractions;
  extractions.push_back(extractor->Extract(std::move(doc).value()));
  if (options.format == "timeml") {
    const Document& d = extractions[0].document;
    std::cout << ToTimeML(std::string_view(d.text).substr(d.body_begin_byte), d.body_begin,
                          extractions[0].timexes, d.doc_date);
  } else {
    std::cout << ExtractionsToJson(extractions);
  }
  return 0;
}

}  // namespace tarikh::cli
