// One incremental build, shared by `tarikh build` (once) and `tarikh watch`
// (at start and after every burst of changes): the extractor, fingerprint and
// store are prepared once and kept between builds.
#ifndef TARIKH_CLI_BUILD_H_
#define TARIKH_CLI_BUILD_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/reporting.h"
#include "tarikh/files.h"
#include "tarikh/fingerprint.h"
#include "tarikh/store.h"

namespace tarikh::cli {

struct BuildContext {
  Setup setup;
  FingerprintComponents fingerprint;
  FileLock output_lock;  // OUTDIR's, held for the context's lifetime
  Store store;           // locked for the context's lifetime
};

// Checks the options, loads the extractor, creates the output folder, locks
// it, opens (and locks) the store, and removes what a killed build left in
// the output folder's work folder; reports the problem and returns nullopt
// if any.
std::optional<BuildContext> PrepareBuild(const BuildOptions& options, int* exit_code);

struct BuildSummary {
  int added = 0, changed = 0, removed = 0, failed = 0;
  size_t articles = 0, events = 0, actors = 0;
  int rewritten = 0, unchanged_outputs = 0;
  std::vector<std::string> failures;  // one message per input that failed, for the summary at the end
};

// "N article(s) failed …" and their messages (at most `max`), or "" when none failed.
std::string FailureSummary(const std::vector<std::string>& failures, size_t max = 20);

// Brings the store and the outputs up to date; returns the exit status.
int BuildOnce(const BuildOptions& options, const Setup& setup, const FingerprintComponents& fingerprint,
              Store& store, BuildSummary* summary);

}  // namespace tarikh::cli

#endif  // TARIKH_CLI_BUILD_H_
