// `tarikh extract`: one article to standard output.
#include <iostream>

#include "cli/commands.h"
#include "cli/reporting.h"
#include "common/bidi.h"
#include "tarikh/extraction.h"
#include "tarikh/temporal.h"

namespace tarikh::cli {

int RunExtract(const ExtractOptions& options) {
  if (options.jsonl) return RunExtractJsonl(options);
  int exit_code = 0;
  std::optional<build::Setup> setup = PrepareExtraction(options.common, &exit_code);
  if (!setup) return exit_code;
  const IngestOptions& ingest = setup->ingest;
  const Extractor& extractor = setup->extractor;
  Result<Document> doc = ReadDocument(options.input, ingest);
  if (!doc.ok()) {
    ReportError(doc.status().message());
    return doc.status().ExitCode();
  }
  std::vector<Extraction> extractions;
  extractions.push_back(extractor.Extract(std::move(doc).value()));
  ReportWarnings(extractions[0].document, options.common.quiet);
  if (options.format == "timeml") {
    const Document& d = extractions[0].document;
    // The article's own text, tagged: its bidi controls stay behind, as in every output.
    std::cout << internal::WithoutBidiControls(ToTimeML(std::string_view(d.text).substr(d.body_begin_byte),
                                                        d.body_begin, extractions[0].timexes, d.doc_date));
  } else {
    std::cout << CorpusToJson(BuildCorpus(std::move(extractions)));
  }
  return 0;
}

}  // namespace tarikh::cli
