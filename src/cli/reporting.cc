#include "cli/reporting.h"

#include <iostream>

#include "common/bidi.h"

namespace tarikh::cli {

// Messages quote titles and lines of the articles: their bidi controls
// would reorder the rest of the line on a terminal (file names are quoted
// with theirs escaped, common/files.h QuoteName).
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

std::optional<build::Setup> PrepareExtraction(const CommonOptions& common, int* exit_code) {
  Result<build::Setup> setup = build::LoadSetup(common.data_dir, common.lexicons, common.doc_date, common.encoding);
  if (!setup.ok()) {
    ReportError(setup.status().message());
    *exit_code = setup.status().ExitCode();
    return std::nullopt;
  }
  return std::move(setup).value();
}

void TerminalReporter::Warning(const std::string& message) {
  if (!quiet_) ReportWarning(message);
}

void TerminalReporter::Explain(const std::string& line) {
  if (explain_) std::cerr << "tarikh explain: " << line << "\n";
}

void TerminalReporter::Timing(const std::string& line) {
  if (timing_) std::cerr << "tarikh: timing: " << line << "\n";
}

BuildOptions EngineOptions(const BuildCommandOptions& options) {
  BuildOptions engine = options.engine;
  engine.data_dir = options.common.data_dir;
  engine.lexicons = options.common.lexicons;
  engine.doc_date = options.common.doc_date;
  engine.encoding = options.common.encoding;
  return engine;
}

}  // namespace tarikh::cli
