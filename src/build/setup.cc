#include "build/setup.h"

namespace tarikh::build {

Result<Setup> LoadSetup(const std::string& data_dir, const std::vector<std::string>& lexicons,
                        const std::string& doc_date, const std::string& encoding) {
  IngestOptions ingest{encoding, doc_date};
  if (!ingest.doc_date.empty() && !IsValidDocDate(ingest.doc_date)) {
    return Status::InvalidInput("--doc-date '" + ingest.doc_date +
                                "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
  }
  Result<Extractor> extractor = Extractor::Load({data_dir, lexicons, ""});
  if (!extractor.ok()) return extractor.status();
  return Setup{std::move(ingest), std::move(extractor).value()};
}

}  // namespace tarikh::build
