// `tarikh extract --jsonl`: article lines in, extraction lines out, one for
// one and in order (tarikh/jsonl.h), so that Spark's RDD.pipe and Hadoop
// Streaming can run extraction on a cluster. A bad line gets an error line in
// its place and a message on stderr; the stream goes on.
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/reporting.h"
#include "tarikh/fingerprint.h"
#include "tarikh/jsonl.h"

namespace tarikh::cli {
namespace {

bool IsBlankLine(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

// Extracts every line of `in`; returns how many failed.
int ExtractLines(std::istream& in, const std::string& name, const Setup& setup,
                 const FingerprintComponents& fingerprint, bool quiet) {
  int failed = 0;
  std::string line;
  for (int64_t number = 1; std::getline(in, line); ++number) {
    if (IsBlankLine(line)) continue;
    std::string path;
    Result<Document> doc = DocumentFromArticleLine(line, setup.ingest, &path);
    if (!doc.ok()) {
      ReportError(name + ":" + std::to_string(number) + ": " + doc.status().message());
      std::cout << ErrorLine(path, number, doc.status().message()) << '\n' << std::flush;
      ++failed;
      continue;
    }
    Extraction extraction = setup.extractor.Extract(std::move(doc).value());
    ReportWarnings(extraction.document, quiet);
    extraction.document.text.clear();  // as `build` keeps it: the outputs never show the article itself
    // Flushed line by line: a reader streaming the output (Hadoop, tail -f) sees each article when it is done.
    std::cout << ExtractionToLine(extraction, fingerprint) << '\n' << std::flush;
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
  std::optional<Setup> setup = PrepareExtraction(options.common, &exit_code);
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
                                  setup.value(), fingerprint.value(), options.common.quiet);
  if (failed > 0 && !options.common.quiet) std::cerr << "tarikh: " << failed << " line(s) failed\n";
  return failed > 0 ? 1 : 0;
}

}  // namespace tarikh::cli
