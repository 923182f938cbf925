// _tarikh: the C++ half of the `tarikh` Python package (python/tarikh/).
//
// It is thin on purpose: every function here calls what the `tarikh`
// program calls (DecodeDocument, DocumentFromArticleLine, Extractor::Extract,
// CorpusToJson, ExtractionToLine, the Builder of tarikh/build.h), so that the package
// and the command give the same bytes. Python objects are converted to
// std::strings first and back last: everything between runs with the GIL
// released, on as many threads as asked. Failures come back as values (a
// status and a message) and python/tarikh/__init__.py turns them into
// exceptions of its own, which carry the article's path.
#include <nanobind/nanobind.h>
#include <nanobind/stl/optional.h>
#include <nanobind/stl/pair.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/tuple.h>
#include <nanobind/stl/vector.h>

#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "build/parallel.h"
#include "common/bidi.h"
#include "tarikh/build.h"
#include "tarikh/extraction.h"
#include "pipeline/fingerprint.h"
#include "tarikh/ingest.h"
#include "output/jsonl.h"

namespace nb = nanobind;

namespace tarikh::python {
namespace {

// One article's outcome: ok, the JSON (or the error message), the path the
// article had (an article line's own, when it names one), and its warnings.
using Outcome = std::tuple<bool, std::string, std::string, std::vector<std::string>>;

std::vector<std::string> WarningsOf(const Document& document) {
  std::vector<std::string> out;
  for (const Diagnostic& d : document.warnings) out.push_back(d.message);
  return out;
}

// SPEC §3's object for one article, as `tarikh extract` prints it.
std::string SpecJson(Extraction extraction) {
  std::vector<Extraction> one;
  one.push_back(std::move(extraction));
  return CorpusToJson(BuildCorpus(std::move(one)));
}

// The extractor loaded once (lexicons, dictionary) and used for many calls;
// Extractor::Extract is const and thread-safe.
class PyExtractor {
 public:
  PyExtractor(const std::string& data_dir, const std::vector<std::string>& lexicons)
      : options_{data_dir, lexicons, ""} {
    Result<Extractor> loaded = Extractor::Load(options_);
    if (!loaded.ok()) throw std::invalid_argument(loaded.status().message());
    extractor_.emplace(std::move(loaded).value());
  }

  // Articles given as their file bytes and path: DecodeDocument, as for a file.
  std::vector<Outcome> ExtractDocuments(const std::vector<std::pair<nb::bytes, std::string>>& articles,
                                        const std::string& doc_date, const std::string& encoding, int jobs) const {
    std::vector<std::pair<std::string, std::string>> inputs;
    inputs.reserve(articles.size());
    for (const auto& [bytes, path] : articles) inputs.emplace_back(std::string(bytes.c_str(), bytes.size()), path);
    std::vector<Outcome> out(inputs.size());
    const IngestOptions ingest = Ingest(doc_date, encoding);
    nb::gil_scoped_release release;
    build::ParallelFor(
        inputs.size(),
        [&](size_t i) {
          Result<Document> doc = DecodeDocument(inputs[i].first, inputs[i].second, ingest);
          if (!doc.ok()) {
            out[i] = {false, doc.status().message(), inputs[i].second, {}};
            return;
          }
          std::vector<std::string> warnings = WarningsOf(doc.value());
          out[i] = {true, SpecJson(extractor_->Extract(std::move(doc).value())), inputs[i].second,
                    std::move(warnings)};
        },
        jobs);
    return out;
  }

  // Article lines (output/jsonl.h). With `as_lines`, what `tarikh extract
  // --jsonl` writes for each: an extraction line, or an error line whose
  // "line" counts from `first_line`; otherwise SPEC §3's object, or the error.
  std::vector<Outcome> ExtractArticleLines(const std::vector<nb::bytes>& given, int64_t first_line,
                                           const std::string& doc_date, bool as_lines, int jobs) const {
    std::vector<std::string> lines;
    lines.reserve(given.size());
    for (const nb::bytes& b : given) lines.emplace_back(b.c_str(), b.size());
    std::vector<Outcome> out(lines.size());
    const IngestOptions ingest = Ingest(doc_date, "");
    nb::gil_scoped_release release;
    std::optional<FingerprintComponents> fingerprint;
    if (as_lines) {
      Result<FingerprintComponents> computed = ComputeFingerprint(options_, ingest);
      if (!computed.ok()) throw std::invalid_argument(computed.status().message());
      fingerprint.emplace(std::move(computed).value());
    }
    build::ParallelFor(
        lines.size(),
        [&](size_t i) {
          std::string path;
          Result<Document> doc = DocumentFromArticleLine(lines[i], ingest, &path);
          if (!doc.ok()) {
            const std::string& message = doc.status().message();
            out[i] = {false, as_lines ? ErrorLine(path, first_line + static_cast<int64_t>(i), message) : message,
                      path, {}};
            return;
          }
          std::vector<std::string> warnings = WarningsOf(doc.value());
          Extraction extraction = extractor_->Extract(std::move(doc).value());
          if (as_lines) {
            extraction.document.text.clear();  // as extract --jsonl and build keep it
            out[i] = {true, ExtractionToLine(extraction, *fingerprint), path, std::move(warnings)};
          } else {
            out[i] = {true, SpecJson(std::move(extraction)), path, std::move(warnings)};
          }
        },
        jobs);
    return out;
  }

 private:
  static IngestOptions Ingest(const std::string& doc_date, const std::string& encoding) {
    if (!doc_date.empty() && !IsValidDocDate(doc_date)) {
      throw std::invalid_argument("doc_date '" + doc_date + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }
    return IngestOptions{encoding, doc_date};
  }

  ExtractorOptions options_;
  std::optional<Extractor> extractor_;
};

// What tarikh.build returns as messages: the lines `tarikh build` would
// print on stderr (errors, warnings unless quiet, --explain lines), collected
// by a Reporter (tarikh/build.h) instead of written.
class CollectingReporter final : public Reporter {
 public:
  CollectingReporter(bool quiet, bool explain) : quiet_(quiet), explain_(explain) {}
  void Error(const std::string& message) override { lines_.push_back("tarikh: " + internal::WithoutBidiControls(message)); }
  void Warning(const std::string& message) override {
    if (!quiet_) lines_.push_back("tarikh: warning: " + internal::WithoutBidiControls(message));
  }
  void Explain(const std::string& line) override {
    if (explain_) lines_.push_back("tarikh explain: " + line);
  }
  std::vector<std::string> Take() { return std::move(lines_); }

 private:
  bool quiet_, explain_;
  std::vector<std::string> lines_;
};

nb::dict SummaryDict(int exit_code, const BuildReport& report, std::vector<std::string> messages) {
  nb::dict d;
  d["exit_status"] = exit_code;
  d["articles"] = report.articles;
  d["events"] = report.events;
  d["actors"] = report.actors;
  d["added"] = report.added;
  d["changed"] = report.changed;
  d["removed"] = report.removed;
  d["failed"] = report.failed;
  d["failures"] = report.failures;
  d["outputs_written"] = report.rewritten;
  d["outputs_unchanged"] = report.unchanged_outputs;
  d["messages"] = std::move(messages);
  return d;
}

// The build of `tarikh build`: the same engine, Builder::Open then Build.
nb::dict Build(const BuildOptions& options, bool quiet, bool explain) {
  int exit_code = 0;
  BuildReport report;
  CollectingReporter reporter(quiet, explain);
  {
    nb::gil_scoped_release release;
    Result<Builder> builder = Builder::Open(options, &reporter);
    Result<BuildReport> built = builder.ok() ? builder->Build() : Result<BuildReport>(builder.status());
    if (built.ok()) {
      report = std::move(built).value();
      exit_code = report.ExitCode();
    } else {
      reporter.Error(built.status().message());
      exit_code = built.status().ExitCode();
    }
  }
  return SummaryDict(exit_code, report, reporter.Take());
}

}  // namespace
}  // namespace tarikh::python

NB_MODULE(_tarikh, m) {
  using tarikh::python::PyExtractor;
  m.doc() = "tarikh's C++ library; use the tarikh package, not this module";
  m.attr("__version__") = TARIKH_VERSION;

  nb::class_<PyExtractor>(m, "Extractor")
      .def(nb::init<const std::string&, const std::vector<std::string>&>(), nb::arg("data_dir"), nb::arg("lexicons"))
      .def("extract_documents", &PyExtractor::ExtractDocuments, nb::arg("articles"), nb::arg("doc_date"),
           nb::arg("encoding"), nb::arg("jobs"))
      .def("extract_article_lines", &PyExtractor::ExtractArticleLines, nb::arg("lines"), nb::arg("first_line"),
           nb::arg("doc_date"), nb::arg("as_lines"), nb::arg("jobs"));

  m.def(
      "build",
      [](std::vector<std::string> inputs, std::string out, std::vector<std::string> from_jsonl, std::string store,
         std::string labels, std::string date_from, std::string date_to, std::string actor, int hops,
         std::string doc_date, std::string encoding, std::string data_dir, std::vector<std::string> lexicons,
         int jobs, std::string layout, bool explain, bool quiet) {
        tarikh::BuildOptions o;
        o.doc_date = std::move(doc_date);
        o.encoding = std::move(encoding);
        o.data_dir = std::move(data_dir);
        o.lexicons = std::move(lexicons);
        o.inputs = std::move(inputs);
        o.output_dir = std::move(out);
        o.from_jsonl = std::move(from_jsonl);
        o.store = std::move(store);
        o.labels = std::move(labels);
        o.from = std::move(date_from);
        o.to = std::move(date_to);
        o.actor = std::move(actor);
        o.hops = hops;
        o.jobs = jobs;
        o.layout = std::move(layout);
        return tarikh::python::Build(o, quiet, explain);
      },
      nb::arg("inputs"), nb::arg("out"), nb::arg("from_jsonl"), nb::arg("store"), nb::arg("labels"),
      nb::arg("date_from"), nb::arg("date_to"), nb::arg("actor"), nb::arg("hops"), nb::arg("doc_date"),
      nb::arg("encoding"), nb::arg("data_dir"), nb::arg("lexicons"), nb::arg("jobs"), nb::arg("layout"),
      nb::arg("explain"), nb::arg("quiet"));
}
