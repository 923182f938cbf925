// tarikh: Arabic news articles → a dated record of who met whom, and its diagrams.
#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "tarikh/data_dir.h"
#include "tarikh/entities.h"
#include "pipeline/fingerprint.h"

namespace {

using tarikh::cli::CommonOptions;

// Each example on its own line, what it does indented below it: readable in
// a terminal, and the layout help2man turns into the manual's list.
constexpr const char* kDescription =
    "tarikh (تاريخ) reads Arabic news articles and builds a dated record of who met,\n"
    "called, negotiated with or broke with whom.\n\n"
    "Examples:\n"
    "  tarikh build samples -o output\n"
    "      read every *.txt/*.md under samples/, write events.json, timeline.svg,\n"
    "      network.svg, index.html ... into output/\n"
    "  tarikh build samples -o out --from 2022-01 --actor Russia --labels en\n"
    "      the same, for Russia and those it met from January 2022 on, labelled in English\n"
    "  tarikh extract article.md\n"
    "      print what one article says, as JSON\n"
    "  tarikh extract --format timeml a.md\n"
    "      the article with inline <TIMEX3> tags\n"
    "  cat article.txt | tarikh extract --doc-date 2022-01-12 -\n"
    "      an article from standard input, published on 2022-01-12\n"
    "  tarikh extract --jsonl < articles.jsonl > extracted.jsonl\n"
    "      a JSON article per line in, its extraction per line out: for Spark and Hadoop\n"
    "  tarikh build --from-jsonl extracted.jsonl -o output\n"
    "      the outputs, from those lines\n\n"
    "Articles are UTF-8 text with an optional front matter block (---, title:, source:,\n"
    "url:, date: YYYY[-MM[-DD]], ---). Relative dates (اليوم، أمس الاثنين) are resolved\n"
    "against --doc-date, else the front matter date, else a dateline in the text.";

// What `tarikh --version` prints: the program, the extractor (the number a
// store's fingerprint names) and the date of the lexicons it finds, read
// from the data so that two builds of one commit say the same.
std::string VersionText() {
  const std::string data_dir = tarikh::DefaultDataDir();
  tarikh::Result<std::string> date = tarikh::LexiconsDate(data_dir);
  const std::string lexicons = !date.ok()           ? "lexicons: " + date.status().message()
                               : date.value().empty() ? "lexicons undated (" + data_dir + ")"
                                                      : "lexicons " + date.value() + " (" + data_dir + ")";
  return std::string("tarikh " TARIKH_VERSION "\n") + "extractor " + std::to_string(tarikh::kExtractorVersion) +
         "\n" + lexicons;
}

void AddCommonOptions(CLI::App* app, CommonOptions* common) {
  app->add_option("--doc-date", common->doc_date,
                  "publication date YYYY[-MM[-DD]] that relative dates resolve against; overrides front matter");
  app->add_option("--encoding", common->encoding,
                  "input encoding (e.g. UTF-8, windows-1256, ISO-8859-6, UTF-16LE); default: detect");
  app->add_option("--data-dir", common->data_dir, "folder with the lexicons (default: the installed data/)");
  app->add_option("--lexicon", common->lexicons,
                  "a lexicon of your own actors/places (the TSV format of data/entities/README.md); repeatable")
      ->check(CLI::ExistingFile);
  app->add_flag("-q,--quiet", common->quiet, "print only errors");
}

constexpr const char* kBuildFooter =
    "Builds are incremental: the store (a SQLite file, OUTDIR/tarikh.sqlite unless --store says\n"
    "otherwise) remembers every article's size, modification time, content hash and extraction.\n"
    "Only new and changed articles are extracted again, and all of them when the extractor's\n"
    "fingerprint changes (tarikh's version, a lexicon in data/, a --lexicon file, --doc-date,\n"
    "--encoding). Removed articles leave the record. Outputs are written to a temporary file and\n"
    "renamed into place; an unchanged output is not rewritten.\n\n"
    "  tarikh build news/ -o out               first build: extracts everything\n"
    "  tarikh build news/ -o out --explain     again: says why each article and output was (re)built\n"
    "  tarikh build news/ -o out --store ~/news.sqlite\n\n"
    "--from-jsonl builds from what `tarikh extract --jsonl` wrote (on a cluster, say) instead of reading\n"
    "articles: the same outputs, byte for byte, as a build of those articles. Documents are keyed by\n"
    "path: a second run extracts nothing and stores only the lines whose extraction changed; paths in\n"
    "no line leave the record. Error lines count as failed articles (exit status 1). See docs/cluster.md.\n\n"
    "  tarikh build --from-jsonl extracted/part-* -o out\n"
    "  zcat lines.jsonl.gz | tarikh build --from-jsonl - -o out";

constexpr const char* kExtractFooter =
    "With --jsonl, extract reads one JSON article per line (standard input, or the file named) and\n"
    "writes one JSON line per article, in the same order: SPEC's JSON for the article, with its store\n"
    "record and extractor fingerprint, which `tarikh build --from-jsonl` merges. An article line has\n"
    "\"path\" and \"text\" and may have \"title\", \"source\", \"url\" and \"date\" (the front matter keys):\n"
    "  {\"path\": \"news/a.md\", \"date\": \"2022-01-12\", \"title\": \"...\", \"text\": \"التقى ...\"}\n"
    "A line that cannot be read gets {\"path\": ..., \"line\": N, \"error\": \"...\"} in its place and a\n"
    "message on stderr; the others go on, and the exit status is 1. Empty lines are skipped.\n\n"
    "  tarikh extract --jsonl < articles.jsonl > extracted.jsonl\n"
    "  tarikh extract --jsonl --jobs 4 < articles.jsonl > extracted.jsonl   four cores, the same lines\n"
    "  spark: sc.textFile(\"articles/*.jsonl\").pipe(\"tarikh extract --jsonl\").saveAsTextFile(\"extracted\")\n"
    "  then:  tarikh build --from-jsonl extracted/part-* -o out          (docs/cluster.md)";

constexpr const char* kWatchFooter =
    "Builds once, then watches DIR and its subfolders (inotify) and rebuilds incrementally when\n"
    "articles are added, changed, moved or deleted, after --debounce ms of quiet. Editors'\n"
    "temporaries (.#a.md, a.md~, *.swp, hidden files) are ignored. Prints one line per update:\n"
    "  2026-11-22T10:00:01 +1 ~0 -0 articles, 61 events, outputs: 5 rewritten\n"
    "Ctrl-C (or SIGTERM) stops it between builds, exit status 0. The store stays locked while\n"
    "watch runs: a `tarikh build` on the same store waits, then says the store is busy.\n\n"
    "  tarikh watch news/ -o out";

void AddBuildOptions(CLI::App* app, tarikh::cli::BuildCommandOptions* build) {
  AddCommonOptions(app, &build->common);
  app->add_option("--labels", build->engine.labels, "diagram labels: ar, en or both")
      ->check(CLI::IsMember({"ar", "en", "both"}))
      ->capture_default_str();
  app->add_option("--from", build->engine.from,
                  "diagrams and exports show events from this date on (YYYY[-MM[-DD]]); events.json keeps all");
  app->add_option("--to", build->engine.to, "... up to this date, inclusive (2022 = to the end of 2022)");
  app->add_option("--actor", build->engine.actor,
                  "diagrams and exports show this actor's neighbourhood (id, English or Arabic name)");
  app->add_option("--hops", build->engine.hops, "how many contact steps around --actor")
      ->check(CLI::Range(0, 10))
      ->capture_default_str();
  app->add_option("--store", build->engine.store,
                  "the store that makes builds incremental (SQLite; default OUTDIR/tarikh.sqlite)");
  app->add_flag("--explain", build->explain,
                "say on stderr why each article was extracted or reused and each output rewritten or not");
  app->add_flag("--timing", build->timing, "print on stderr how long each phase of the build took");
  app->add_option("-j,--jobs", build->engine.jobs,
                  "articles read and extracted at once (default: one per core); the outputs are the same for any N")
      ->check(CLI::Range(1, 256));
  app->add_option("--layout", build->engine.layout,
                  "events.json and events.csv as single files, or by month in OUTDIR/events/ beside an index "
                  "(auto: by month above 20,000 events; see docs/format.md)")
      ->check(CLI::IsMember({"auto", "single", "monthly"}))
      ->capture_default_str();
}

constexpr const char* kExportFooter =
    "Writes the record of OUTDIR's store as single files — events.json (SPEC §3), events.csv and\n"
    "timeline.json of every event, as `tarikh build --layout single` writes them — whatever layout\n"
    "the builds use (above 20,000 events they write events/YYYY-MM.json parts; docs/format.md).\n"
    "No article is read, and OUTDIR is left as it is.\n\n"
    "  tarikh export out                      into out/export/\n"
    "  tarikh export out -o ~/archive-2024    into a folder of your own";

}  // namespace

int main(int argc, char** argv) {
  // Past a file-size limit (ulimit -f) the kernel would kill tarikh with
  // SIGXFSZ in the middle of writing a temporary; ignored, write(2) fails
  // with EFBIG instead, reported (`cannot write: File too large`) and
  // cleaned up as a full disk is.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app(kDescription, "tarikh");
  app.set_version_flag("--version", VersionText, "print tarikh's version, its extractor's and its lexicons' date");
  app.require_subcommand(1);
  app.footer("Run `tarikh <command> --help` for the options of a command.\n"
             "Exit status: 0 ok, 1 bad input or usage, 2 internal error.");

  tarikh::cli::BuildCommandOptions build;
  CLI::App* build_cmd = app.add_subcommand("build", "ingest, extract and write the outputs for a set of articles");
  build_cmd->footer(kBuildFooter);
  CLI::Option* build_inputs = build_cmd->add_option(
      "inputs", build.engine.inputs, "article files or folders (searched recursively for *.txt, *.md); default: samples/");
  build_cmd->add_option("-o,--output", build.engine.output_dir, "output folder (created if missing)")->required();
  AddBuildOptions(build_cmd, &build);
  build_cmd
      ->add_option("--from-jsonl", build.engine.from_jsonl,
                   "build from these files of `tarikh extract --jsonl` lines (- = standard input), not articles")
      ->excludes(build_inputs)
      ->excludes(build_cmd->get_option("--doc-date"))
      ->excludes(build_cmd->get_option("--encoding"))
      ->excludes(build_cmd->get_option("--lexicon"));

  tarikh::cli::ExtractOptions extract;
  CLI::App* extract_cmd = app.add_subcommand("extract", "extract one article and print it to standard output");
  extract_cmd->footer(kExtractFooter);
  extract_cmd->add_option(
      "input", extract.input,
      "the article file, or - for standard input (with --jsonl: a file of article lines, default -)");
  CLI::Option* extract_format =
      extract_cmd->add_option("--format", extract.format, "json (SPEC §3) or timeml (inline TIMEX3 tags)")
          ->check(CLI::IsMember({"json", "timeml"}));
  AddCommonOptions(extract_cmd, &extract.common);
  extract_cmd
      ->add_flag("--jsonl", extract.jsonl, "one JSON article per line in, one JSON extraction per line out (see below)")
      ->excludes(extract_format)
      ->excludes(extract_cmd->get_option("--encoding"));
  extract_cmd
      ->add_option("-j,--jobs", extract.jobs,
                   "with --jsonl: lines extracted at once, on as many cores (default 1); lines stay in order")
      ->check(CLI::Range(1, 256))
      ->needs(extract_cmd->get_option("--jsonl"));

  tarikh::cli::WatchOptions watch;
  std::string watch_dir;
  CLI::App* watch_cmd = app.add_subcommand("watch", "build, then rebuild incrementally whenever articles in a folder change");
  watch_cmd->footer(kWatchFooter);
  watch_cmd->add_option("dir", watch_dir, "folder of articles (watched with its subfolders)")->required();
  watch_cmd->add_option("-o,--output", watch.build.engine.output_dir, "output folder (created if missing)")->required();
  watch_cmd->add_option("--debounce", watch.debounce_ms, "milliseconds of quiet after a change before rebuilding")
      ->check(CLI::Range(0, 60000))
      ->capture_default_str();
  AddBuildOptions(watch_cmd, &watch.build);

  tarikh::cli::ExportOptions export_options;
  CLI::App* export_cmd =
      app.add_subcommand("export", "write a build's whole record as single files (events.json, events.csv, timeline.json)");
  export_cmd->footer(kExportFooter);
  export_cmd->add_option("outdir", export_options.build.engine.output_dir, "the output folder of a build")->required();
  export_cmd->add_option("-o,--output", export_options.folder, "where the files go (default OUTDIR/export)");
  export_cmd->add_option("--store", export_options.build.engine.store, "the build's store, when not OUTDIR/tarikh.sqlite");
  export_cmd->add_option("--labels", export_options.build.engine.labels, "timeline.json's labels: ar, en or both")
      ->check(CLI::IsMember({"ar", "en", "both"}))
      ->capture_default_str();
  export_cmd->add_option("--data-dir", export_options.build.common.data_dir, "folder with the lexicons (default: the installed data/)");
  export_cmd->add_flag("-q,--quiet", export_options.build.common.quiet, "print only errors");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 1;  // usage errors are exit status 1 (SPEC §1)
  }
  if (build_cmd->parsed()) {
    if (build.engine.inputs.empty() && build.engine.from_jsonl.empty()) build.engine.inputs = {"samples"};
    return tarikh::cli::RunBuild(build);
  }
  if (extract_cmd->parsed()) {
    if (extract.input.empty() && !extract.jsonl) {
      std::cerr << "tarikh extract: an article file, or - for standard input, is required\n"
                << "Run with --help for more information.\n";
      return 1;
    }
    return tarikh::cli::RunExtract(extract);
  }
  if (export_cmd->parsed()) return tarikh::cli::RunExport(export_options);
  if (watch_cmd->parsed()) {
    watch.build.engine.inputs = {watch_dir};
    return tarikh::cli::RunWatch(watch);
  }
  return 1;
}
