// `tarikh build`: ingest, extract, merge, render, write the outputs (SPEC §4).
#include <filesystem>
#include <iostream>
#include <system_error>

#include "cli/commands.h"
#include "cli/reporting.h"
#include "tarikh/extraction.h"
#include "tarikh/files.h"
#include "tarikh/graph.h"
#include "tarikh/render.h"

namespace tarikh::cli {
namespace {

struct WriteCounts {
  int written = 0, unchanged = 0;
};

Status WriteOutputs(const std::string& dir, const std::vector<OutputFile>& files, WriteCounts* counts) {
  for (const OutputFile& f : files) {
    Result<WriteOutcome> w = WriteFileAtomically((std::filesystem::path(dir) / f.name).string(), f.content);
    if (!w.ok()) return w.status();
    ++(w.value() == WriteOutcome::kWritten ? counts->written : counts->unchanged);
  }
  return Status::Ok();
}

// The diagrams and exports of the corpus, restricted as the options ask.
Result<std::vector<OutputFile>> Render(const Corpus& corpus, const BuildOptions& options) {
  Result<LabelLanguage> labels = ParseLabelLanguage(options.labels);
  if (!labels.ok()) return labels.status();
  Result<std::vector<Event>> events =
      FilterEvents(corpus.actors, corpus.events, GraphFilter{options.from, options.to, options.actor, options.hops});
  if (!events.ok()) return events.status();
  std::vector<Document> documents;
  for (const Extraction& e : corpus.extractions) documents.push_back(e.document);
  RenderOptions render;
  render.labels = labels.value();
  return RenderOutputs(documents, corpus.actors, events.value(), render);
}

}  // namespace

int RunBuild(const BuildOptions& options) {
  int exit_code = 0;
  std::optional<Setup> setup = PrepareExtraction(options.common, &exit_code);
  if (!setup) return exit_code;
  const std::vector<std::string> inputs = options.inputs.empty() ? std::vector<std::string>{"samples"} : options.inputs;
  LoadedArticles articles = LoadArticles(inputs, setup->ingest, options.common.quiet);

  std::vector<Extraction> extractions;
  extractions.reserve(articles.documents.size());
  for (Document& doc : articles.documents) extractions.push_back(setup->extractor.Extract(std::move(doc)));
  const Corpus corpus = BuildCorpus(std::move(extractions));

  // Render before touching OUTDIR: a bad --from or --actor leaves the old outputs in place.
  Result<std::vector<OutputFile>> files = Render(corpus, options);
  if (!files.ok()) {
    ReportError(files.status().message());
    return files.status().ExitCode();
  }
  files->insert(files->begin(), OutputFile{"events.json", CorpusToJson(corpus)});

  std::error_code ec;
  std::filesystem::create_directories(options.output_dir, ec);
  if (ec) {
    ReportError(options.output_dir + ": cannot create the output folder: " + ec.message());
    return 1;
  }
  WriteCounts counts;
  if (Status s = WriteOutputs(options.output_dir, files.value(), &counts); !s.ok()) {
    ReportError(s.message());
    return 1;
  }
  if (!options.common.quiet) {
    std::cerr << "tarikh: " << corpus.extractions.size() << " article(s) read, " << articles.failed << " failed, "
              << corpus.events.size() << " event(s), " << corpus.actors.size() << " actor(s); " << options.output_dir
              << ": " << counts.written << " file(s) written, " << counts.unchanged << " unchanged\n";
  }
  return articles.failed > 0 ? 1 : 0;
}

}  // namespace tarikh::cli
