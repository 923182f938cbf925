#include "cli/reporting.h"

#include <iostream>

#include "common/bidi.h"

namespace tarikh::cli {

// Messages quote titles and lines of the articles: their bidi controls
// would reorder the rest of the line on a terminal (file names are quoted
// with theirs escaped, tarikh/files.h QuoteName).
void ReportError(const std::string& message) {
  std::cerr << "tarikh: " << internal::WithoutBidiControls(message) << "\n";
}

void ReportWarning(const std::string& message) {
  std::cerr << "tarikh: warning: " << internal::WithoutBidiControls(message) << "\n";
}

void ReportWarnings(const Document& document, bool quiet) {
  if (quiet) return;
  for (const Diagnostic& d : document.warnings) ReportWarning(d.message);
}

std::optional<Setup> PrepareExtraction(const CommonOptions& common, int* exit_code) {
  IngestOptions ingest{common.encoding, common.doc_date};
  if (!ingest.doc_date.empty() && !IsValidDocDate(ingest.doc_date)) {
    ReportError("--doc-date '" + ingest.doc_date + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    *exit_code = 1;
    return std::nullopt;
  }
  Result<Extractor> extractor = Extractor::Load({common.data_dir, common.lexicons, ""});
  if (!extractor.ok()) {
    ReportError(extractor.status().message());
    *exit_code = extractor.status().ExitCode();
    return std::nullopt;
  }
  return Setup{std::move(ingest), std::move(extractor).value()};
}

}  // namespace tarikh::cli
