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

void ReportError(const std::string& message);    // "tarikh: MESSAGE"
void ReportWarning(const std::string& message);  // "tarikh: warning: MESSAGE"
void ReportWarnings(const Document& document, bool quiet);

// What every command that extracts needs: checked ingest options and the
// loaded extractor; reports the problem and returns nullopt if there is one.
struct Setup {
  IngestOptions ingest;
  Extractor extractor;
};
std::optional<Setup> PrepareExtraction(const CommonOptions& common, int* exit_code);

}  // namespace tarikh::cli

#endif  // TARIKH_CLI_REPORTING_H_
