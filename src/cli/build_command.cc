// `tarikh build`: ingest, extract, write the outputs.
#include <filesystem>
#include <iostream>
#include <system_error>

#include "cli/commands.h"
#include "cli/reporting.h"
#include "tarikh/extraction.h"
#include "tarikh/files.h"

namespace tarikh::cli {

int RunBuild(const BuildOptions& options) {
  int exit_code = 0;
  std::optional<Setup> setup = PrepareExtraction(options.common, &exit_code);
  if (!setup) return exit_code;
  const IngestOptions& ingest = setup->ingest;
  const Extractor& extractor = setup->extractor;
  const std::vector<std::string> inputs = options.inputs.empty() ? std::vector<std::string>{"samples"} : options.inputs;
  LoadedArticles articles = LoadArticles(inputs, ingest, options.common.quiet);

  std::vector<Extraction> extractions;
  extractions.reserve(articles.documents.size());
  for (Document& doc : articles.documents) extractions.push_back(extractor.Extract(std::move(doc)));

  std::error_code ec;
  std::filesystem::create_directories(options.output_dir, ec);
  if (ec) {
    ReportError(options.output_dir + ": cannot create the output folder: " + ec.message());
    return 1;
  }
  const std::string events_path = (std::filesystem::path(options.output_dir) / "events.json").string();
  const Corpus corpus = BuildCorpus(std::move(extractions));
  Result<WriteOutcome> written = WriteFileAtomically(events_path, CorpusToJson(corpus));
  if (!written.ok()) {
    ReportError(written.status().message());
    return 1;
  }
  if (!options.common.quiet) {
    std::cerr << "tarikh: " << corpus.extractions.size() << " article(s) read, " << articles.failed << " failed, "
              << corpus.events.size() << " event(s), " << corpus.actors.size() << " actor(s); "
              << events_path << (written.value() == WriteOutcome::kUnchanged ? " unchanged" : " written") << "\n";
  }
  return articles.failed > 0 ? 1 : 0;
}

}  // namespace tarikh::cli
