// `tarikh extract --jsonl`: article lines in, extraction lines out, one for
// one and in order (output/jsonl.h), so that Spark's RDD.pipe and Hadoop
// Streaming can run extraction on a cluster. A bad line gets an error line in
// its place and a message on stderr; the stream goes on. --jobs N extracts
// N lines at once and still writes them in input order.
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "build/parallel.h"
#include "cli/reporting.h"
#include "pipeline/fingerprint.h"
#include "output/jsonl.h"

namespace tarikh::cli {
namespace {

bool IsBlankLine(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

// One article line and what became of it.
struct LineJob {
  int64_t number = 0;
  std::string text;
  std::string out;                   // the extraction line, or the error line
  std::string error;                 // non-empty: the line failed
  std::vector<Diagnostic> warnings;  // reported in line order, as one process would
};

void ExtractLine(const build::Setup& setup, const FingerprintComponents& fingerprint, LineJob* job) {
  std::string path;
  Result<Document> doc = DocumentFromArticleLine(job->text, setup.ingest, &path);
  std::string().swap(job->text);  // a batch holds each article only until it is extracted
  if (!doc.ok()) {
    job->error = doc.status().message();
    job->out = ErrorLine(path, job->number, job->error);
    return;
  }
  Extraction extraction = setup.extractor.Extract(std::move(doc).value());
  job->warnings = extraction.document.warnings;
  extraction.document.text.clear();  // as `build` keeps it: the outputs never show the article itself
  job->out = ExtractionToLine(extraction, fingerprint);
}

// With --jobs N, lines are read in batches of up to this many per thread (and
// kBatchBytes in all), extracted on N threads, then written in input order.
// One thread reads, extracts and writes one line at a time.
constexpr size_t kLinesPerThread = 32;
constexpr size_t kBatchBytes = 64 << 20;

// Extracts every line of `in`; returns how many failed.
int ExtractLines(std::istream& in, const std::string& name, const build::Setup& setup,
                 const FingerprintComponents& fingerprint, bool quiet, int jobs) {
  const size_t batch_lines = jobs > 1 ? kLinesPerThread * static_cast<size_t>(jobs) : 1;
  int failed = 0;
  int64_t number = 0;
  std::vector<LineJob> batch;
  for (bool more = true; more;) {
    batch.clear();
    size_t bytes = 0;
    std::string line;
    while (batch.size() < batch_lines && bytes < kBatchBytes && (more = static_cast<bool>(std::getline(in, line)))) {
      ++number;
      if (IsBlankLine(line)) continue;
      bytes += line.size();
      batch.push_back({number, std::move(line), {}, {}, {}});
    }
    build::ParallelFor(batch.size(), [&](size_t i) { ExtractLine(setup, fingerprint, &batch[i]); }, jobs);
    for (const LineJob& job : batch) {
      if (!job.error.empty()) {
        ReportError(name + ":" + std::to_string(job.number) + ": " + job.error);
        ++failed;
      } else if (!quiet) {
        for (const Diagnostic& d : job.warnings) std::cerr << "tarikh: warning: " << d.message << "\n";
      }
      std::cout << job.out << '\n';
    }
    // Flushed batch by batch (line by line with one job): a reader streaming
    // the output (Hadoop, tail -f) sees each article when it is done.
    std::cout << std::flush;
  }
  if (in.bad()) {
    ReportError(name + ": cannot read");
    ++failed;
  }
  return failed;
}

}  // namespace

int RunExtractJsonl(const ExtractOptions& options) {
  std::ios::sync_with_stdio(false);  // before any output: lines are written at extraction speed
  int exit_code = 0;
  std::optional<build::Setup> setup = PrepareExtraction(options.common, &exit_code);
  if (!setup) return exit_code;
  Result<FingerprintComponents> fingerprint =
      ComputeFingerprint({options.common.data_dir, options.common.lexicons, ""}, setup->ingest);
  if (!fingerprint.ok()) {
    ReportError(fingerprint.status().message());
    return fingerprint.status().ExitCode();
  }
  const bool from_stdin = options.input.empty() || options.input == "-";
  std::ifstream file;
  if (!from_stdin) {
    file.open(options.input, std::ios::binary);
    if (!file) {
      ReportError(options.input + ": cannot open");
      return 1;
    }
  }
  const int failed = ExtractLines(from_stdin ? std::cin : file, from_stdin ? "<stdin>" : options.input,
                                  setup.value(), fingerprint.value(), options.common.quiet, options.jobs);
  if (failed > 0 && !options.common.quiet) std::cerr << "tarikh: " << failed << " line(s) failed\n";
  return failed > 0 ? 1 : 0;
}

}  // namespace tarikh::cli
