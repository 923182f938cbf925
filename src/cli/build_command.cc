// `tarikh build` and `tarikh export`: the engine (tarikh/build.h) once, told to the terminal.
#include <filesystem>
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

int RunExport(const ExportOptions& options) {
  TerminalReporter reporter(options.build.common.quiet, false, false);
  const BuildOptions engine = EngineOptions(options.build);
  if (!std::filesystem::exists(engine.store.empty() ? std::filesystem::path(engine.output_dir) / "tarikh.sqlite"
                                                    : std::filesystem::path(engine.store))) {
    ReportError(engine.output_dir + ": no store here (tarikh.sqlite): run `tarikh build ... -o " + engine.output_dir +
                "` first, or say where it is with --store");
    return 1;
  }
  Result<Builder> builder = Builder::Open(engine, &reporter);
  if (!builder.ok()) {
    ReportError(builder.status().message());
    return builder.status().ExitCode();
  }
  const std::string folder =
      options.folder.empty() ? (std::filesystem::path(engine.output_dir) / "export").string() : options.folder;
  Result<std::vector<std::string>> written = builder->Export(folder);
  if (!written.ok()) {
    ReportError(written.status().message());
    return written.status().ExitCode();
  }
  if (!options.build.common.quiet) {
    std::cerr << "tarikh: exported";
    for (const std::string& name : written.value()) std::cerr << " " << name;
    std::cerr << " to " << folder << "\n";
  }
  return 0;
}

}  // namespace tarikh::cli
