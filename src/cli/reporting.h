// How the CLI tells the user about problems: one line per problem on stderr,
// prefixed with `tarikh:` (errors) or `tarikh: warning:`; a failing article
// never stops the others.
#ifndef TARIKH_CLI_REPORTING_H_
#define TARIKH_CLI_REPORTING_H_

#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "tarikh/document.h"
#include "tarikh/extraction.h"
#include "tarikh/ingest.h"

namespace tarikh::cli {

void ReportError(const std::string& message);
void ReportWarnings(const Document& document, bool quiet);

struct LoadedArticles {
  std::vector<Document> documents;  // in input order, duplicates (same content) removed
  int failed = 0;                   // inputs that could not be read
};

// What every command that extracts needs: checked ingest options and the
// loaded extractor; reports the problem and returns nullopt if there is one.
struct Setup {
  IngestOptions ingest;
  Extractor extractor;
};
std::optional<Setup> PrepareExtraction(const CommonOptions& common, int* exit_code);

// Expands INPUTs and reads every article, reporting problems as it goes.
LoadedArticles LoadArticles(const std::vector<std::string>& inputs, const IngestOptions& options, bool quiet);

}  // namespace tarikh::cli

#endif  // TARIKH_CLI_REPORTING_H_
