// `tarikh build`: the engine (tarikh/build.h) once, told to the terminal.
#include <iostream>

#include "cli/commands.h"
#include "cli/reporting.h"
#include "common/bidi.h"

namespace tarikh::cli {

int RunBuild(const BuildCommandOptions& options) {
  TerminalReporter reporter(options.common.quiet, options.explain, options.timing);
  Result<Builder> builder = Builder::Open(EngineOptions(options), &reporter);
  if (!builder.ok()) {
    ReportError(builder.status().message());
    return builder.status().ExitCode();
  }
  Result<BuildReport> report = builder->Build();
  if (!report.ok()) {
    ReportError(report.status().message());
    return report.status().ExitCode();
  }
  const BuildReport& r = report.value();
  if (!options.common.quiet && r.articles + static_cast<size_t>(r.failed) > 0) {
    std::cerr << "tarikh: " << r.articles << " article(s): +" << r.added << " ~" << r.changed << " -" << r.removed
              << ", " << r.failed << " failed; " << r.events << " event(s), " << r.actors << " actor(s); "
              << options.engine.output_dir << ": " << r.rewritten << " file(s) written, " << r.unchanged_outputs
              << " unchanged\n";
  }
  std::cerr << internal::WithoutBidiControls(r.FailureSummary());
  return r.ExitCode();
}

}  // namespace tarikh::cli
