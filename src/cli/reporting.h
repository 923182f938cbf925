// How the CLI tells the user about problems: one line per problem on stderr,
// prefixed with `tarikh:` (errors) or `tarikh: warning:`; a failing article
// never stops the others. TerminalReporter is what a build tells the
// terminal (tarikh/build.h Reporter): --quiet, --explain, --timing and the
// progress bar are decided here, not in the engine.
#ifndef TARIKH_CLI_REPORTING_H_
#define TARIKH_CLI_REPORTING_H_

#include <memory>
#include <optional>
#include <string>

#include "build/setup.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "tarikh/build.h"
#include "tarikh/document.h"

namespace tarikh::cli {

void ReportError(const std::string& message);    // "tarikh: MESSAGE"
void ReportWarning(const std::string& message);  // "tarikh: warning: MESSAGE"
void ReportWarnings(const Document& document, bool quiet);

// What every command that extracts needs (build/setup.h); reports the
// problem and returns nullopt if there is one.
std::optional<build::Setup> PrepareExtraction(const CommonOptions& common, int* exit_code);

class TerminalReporter final : public Reporter {
 public:
  TerminalReporter(bool quiet, bool explain, bool timing) : quiet_(quiet), explain_(explain), timing_(timing) {}
  void Error(const std::string& message) override { ReportError(message); }
  void Warning(const std::string& message) override;
  void Explain(const std::string& line) override;
  void Timing(const std::string& line) override;
  void ProgressStarted(size_t total) override { progress_ = std::make_unique<Progress>(total, !quiet_); }
  void ProgressAdvanced(size_t bytes) override { progress_->Done(bytes); }
  void ProgressFinished() override { progress_.reset(); }

 private:
  bool quiet_, explain_, timing_;
  std::unique_ptr<Progress> progress_;
};

// The options of a `tarikh build` or `watch` as the engine takes them.
BuildOptions EngineOptions(const BuildCommandOptions& options);

}  // namespace tarikh::cli

#endif  // TARIKH_CLI_REPORTING_H_
