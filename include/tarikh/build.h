// The build engine (what `tarikh build` and `tarikh watch` run, and
// tarikh.build in Python): articles in, the store brought up to date, the
// outputs of SPEC §4 written — incrementally, only what changed is done
// again (docs/incremental.md). After ninja's split: a Builder over the store,
// the inputs' source and a Reporter that hears what happens, so no step of
// the engine writes to a terminal itself.
//
//   tarikh::BuildOptions options;
//   options.inputs = {"news"};
//   options.output_dir = "out";
//   MyReporter reporter;  // a tarikh::Reporter
//   tarikh::Result<tarikh::Builder> builder = tarikh::Builder::Open(options, &reporter);
//   if (!builder.ok()) { /* builder.status().message() */ }
//   tarikh::Result<tarikh::BuildReport> report = builder->Build();  // again after every change
#ifndef TARIKH_BUILD_H_
#define TARIKH_BUILD_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "tarikh/status.h"

namespace tarikh {

namespace build {
class FileSystem;
}  // namespace build

// What a build reads, how it renders, and where it writes.
struct BuildOptions {
  std::vector<std::string> inputs;      // article files and folders (*.txt, *.md, searched recursively)
  std::vector<std::string> from_jsonl;  // instead of inputs: files of `extract --jsonl` lines ("-" = stdin)
  std::string output_dir;               // created if missing
  std::string store;                    // "" = OUTDIR/tarikh.sqlite
  // How the diagrams and exports are rendered (SPEC §1).
  std::string labels = "both";  // ar | en | both
  std::string from, to;         // time window of the diagrams and exports
  std::string actor;            // neighbourhood of the diagrams and exports
  int hops = 1;
  int jobs = 0;  // threads that read and extract articles; 0 = one per core
  // How events.json and events.csv are laid out (tarikh/parts.h): "single"
  // files, "monthly" parts in OUTDIR/events/ beside an index, or "auto":
  // monthly above kMonthlyLayoutAbove events.
  std::string layout = "auto";
  // How articles are read and extracted (part of the extractor fingerprint).
  std::string data_dir;  // "" = the installed data/
  std::vector<std::string> lexicons;
  std::string doc_date, encoding;
};

// What one build did.
struct BuildReport {
  int added = 0, changed = 0, removed = 0, failed = 0;  // articles
  size_t articles = 0, events = 0, actors = 0;          // in the corpus after the build
  int rewritten = 0, unchanged_outputs = 0;             // output files
  bool up_to_date = false;                              // nothing was read, merged or rendered
  std::vector<std::string> failures;  // one message per input that failed, in input order

  int ExitCode() const { return failed > 0 ? 1 : 0; }
  // "tarikh: N input(s) failed …" and their messages (at most `max`), or "" when none failed.
  std::string FailureSummary(size_t max = 20) const;
};

// Hears what a build does (ninja's Status). Every member may be called from
// the thread that runs Build(); ProgressAdvanced from any of its workers.
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void Error(const std::string& message) = 0;    // an input that failed, a build that could not be done
  virtual void Warning(const std::string& message) = 0;  // something the user may want to fix
  // Why an article was extracted or reused and an output rewritten or not, one line each
  // ("news/a.md: extracted: new"), after the build.
  virtual void Explain(const std::string& line) { (void)line; }
  // How long a phase took ("merge events 12 ms"), and what was reused.
  virtual void Timing(const std::string& line) { (void)line; }
  // `total` articles are about to be read; each is then Advanced once with
  // the bytes read for it (0 when reused), then Finished.
  virtual void ProgressStarted(size_t total) { (void)total; }
  virtual void ProgressAdvanced(size_t bytes) { (void)bytes; }
  virtual void ProgressFinished() {}
};

class Builder {
 public:
  // Checks the options, loads the extractor, creates the output folder, locks
  // it and opens (and locks) the store, and removes what a killed build left
  // in the output folder's work folder. Both locks are held until the
  // Builder is destroyed: a second build of the same folder or store waits,
  // then fails as busy. `reporter` must outlive the Builder; `fs` (tests)
  // is where inputs are looked at, nullptr = the machine's.
  static Result<Builder> Open(const BuildOptions& options, Reporter* reporter, const build::FileSystem* fs = nullptr);

  // Brings the store and the outputs up to date with the inputs. Articles
  // that fail are reported, counted in the report and left out; the error
  // is a build that could not be done (the store unreadable, a bad --from,
  // an output that cannot be written), which leaves outputs and store as
  // they were.
  Result<BuildReport> Build();

  // `tarikh export`: the single files of the record the store holds —
  // events.json (SPEC §3), events.csv and timeline.json of every event,
  // as a build with `--layout single` writes them — into `folder`
  // (created if missing), whatever layout the builds use. No article is
  // read; the store and the outputs are left as they are. The names written.
  Result<std::vector<std::string>> Export(const std::string& folder);

  ~Builder();
  Builder(Builder&&) noexcept;
  Builder& operator=(Builder&&) noexcept;

 private:
  struct Impl;
  explicit Builder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tarikh

#endif  // TARIKH_BUILD_H_
