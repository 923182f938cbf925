#include "cli/reporting.h"

#include <iostream>
#include <set>

namespace tarikh::cli {

void ReportError(const std::string& message) { std::cerr << "tarikh: " << message << "\n"; }

void ReportWarnings(const Document& document, bool quiet) {
  if (quiet) return;
  for (const Diagnostic& d : document.warnings) std::cerr << "tarikh: warning: " << d.message << "\n";
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

LoadedArticles LoadArticles(const std::vector<std::string>& inputs, const IngestOptions& options, bool quiet) {
  LoadedArticles out;
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::vector<std::string> found;
    if (Status s = CollectInputs({input}, &found); !s.ok()) {
      ReportError(s.message());
      ++out.failed;
    }
    files.insert(files.end(), found.begin(), found.end());
  }
  std::set<std::string> seen_ids;
  for (const std::string& file : files) {
    Result<Document> doc = ReadDocument(file, options);
    if (!doc.ok()) {
      ReportError(doc.status().message());
      ++out.failed;
      continue;
    }
    ReportWarnings(doc.value(), quiet);
    if (!seen_ids.insert(doc->id).second) {
      if (!quiet) std::cerr << "tarikh: warning: " << file << ": same text as an earlier article; read once\n";
      continue;
    }
    out.documents.push_back(std::move(doc).value());
  }
  return out;
}

}  // namespace tarikh::cli
