// The subcommands of the `tarikh` program (SPEC §1). main.cc parses the
// command line with CLI11 into these option structs; each Run* function
// returns the process exit status (0 ok, 1 bad input or usage, 2 internal).
#ifndef TARIKH_CLI_COMMANDS_H_
#define TARIKH_CLI_COMMANDS_H_

#include <string>
#include <vector>

#include "tarikh/build.h"

namespace tarikh::cli {

struct CommonOptions {
  std::string doc_date;
  std::string encoding;
  std::string data_dir;
  std::vector<std::string> lexicons;
  bool quiet = false;
};

// `tarikh build`: the engine's options (tarikh/build.h) and how the
// terminal hears of the build.
struct BuildCommandOptions {
  CommonOptions common;   // copied into `engine` when the build starts
  BuildOptions engine;    // inputs, output folder, rendering options, jobs
  bool explain = false;   // say why each article was (re)extracted and each output (re)written
  bool timing = false;    // print how long each phase of the build took (profiling)
};

struct WatchOptions {
  BuildCommandOptions build;  // engine.inputs = the one folder watched
  int debounce_ms = 200; // quiet time after the last change before rebuilding
};

struct ExtractOptions {
  CommonOptions common;
  std::string input;
  std::string format = "json";
  bool jsonl = false;  // article lines in, extraction lines out (output/jsonl.h)
  int jobs = 1;        // with jsonl: lines extracted at once; the output is the same for any N
};

// `tarikh export OUTDIR`: the single-file exports of the record in OUTDIR's store.
struct ExportOptions {
  BuildCommandOptions build;  // engine.output_dir, engine.store, engine.labels, common.data_dir, common.quiet
  std::string folder;         // "" = OUTDIR/export
};

int RunBuild(const BuildCommandOptions& options);
int RunExport(const ExportOptions& options);
int RunExtract(const ExtractOptions& options);
int RunExtractJsonl(const ExtractOptions& options);  // extract --jsonl (extract_jsonl.cc)
int RunWatch(const WatchOptions& options);

}  // namespace tarikh::cli

#endif  // TARIKH_CLI_COMMANDS_H_
