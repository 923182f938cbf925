// The subcommands of the `tarikh` program (SPEC §1). main.cc parses the
// command line with CLI11 into these option structs; each Run* function
// returns the process exit status (0 ok, 1 bad input or usage, 2 internal).
#ifndef TARIKH_CLI_COMMANDS_H_
#define TARIKH_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace tarikh::cli {

struct CommonOptions {
  std::string doc_date;
  std::string encoding;
  std::string data_dir;
  std::vector<std::string> lexicons;
  bool quiet = false;
};

struct BuildOptions {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string output_dir;
  std::string labels = "both";  // ar | en | both
  std::string from, to;         // time window of the diagrams and exports
  std::string actor;            // neighbourhood of the diagrams and exports
  int hops = 1;
  std::string store;     // "" = OUTDIR/tarikh.sqlite
  bool explain = false;  // say why each article was (re)extracted and each output (re)written
  bool timing = false;   // print how long each phase of the build took (profiling)
  int jobs = 0;          // threads that read and extract articles; 0 = one per core
  std::vector<std::string> from_jsonl;  // extraction lines to build from instead of inputs ("-" = stdin)
};

struct WatchOptions {
  BuildOptions build;    // inputs = the one folder watched
  int debounce_ms = 200; // quiet time after the last change before rebuilding
};

struct ExtractOptions {
  CommonOptions common;
  std::string input;
  std::string format = "json";
  bool jsonl = false;  // article lines in, extraction lines out (tarikh/jsonl.h)
  int jobs = 1;        // with jsonl: lines extracted at once; the output is the same for any N
};

int RunBuild(const BuildOptions& options);
int RunExtract(const ExtractOptions& options);
int RunExtractJsonl(const ExtractOptions& options);  // extract --jsonl (extract_jsonl.cc)
int RunWatch(const WatchOptions& options);

}  // namespace tarikh::cli

#endif  // TARIKH_CLI_COMMANDS_H_
