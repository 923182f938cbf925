// `tarikh build`: ingest, extract, merge, render, write the outputs (SPEC §4),
// incrementally through the store (tarikh/store.h): only new and changed
// articles are extracted, and one transaction records what the build did.

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <future>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <system_error>
#include <thread>


#include "build/file_system.h"
#include "build/hashing.h"
#include "build/meta_keys.h"
#include "build/up_to_date.h"
#include "cli/build.h"
#include "cli/from_jsonl.h"
#include "cli/parallel.h"
#include "cli/update.h"
#include "common/bidi.h"
#include "tarikh/files.h"
#include "tarikh/graph.h"
#include "tarikh/pieces.h"
#include "tarikh/record.h"
#include "tarikh/data_dir.h"
#include "tarikh/render.h"

namespace tarikh::cli {

using build::CheckOutputsUpToDate;
using build::CheckUpToDate;
using build::HashHex;
using build::kBetweennessComputedWithKey;
using build::kBetweennessKey;
using build::kLayoutsComputedWithKey;
using build::kLayoutsKey;
using build::kPiecesWrittenWithKey;
using build::kRenderCodeKey;
using build::RenderCode;
using build::UpToDate;

namespace {

namespace fs = std::filesystem;

// --timing prints how long each phase of a build took (to profile large corpora).
class Timer {
 public:
  explicit Timer(bool enabled) : enabled_(enabled) {}
  void Lap(const char* what) {
    const auto now = std::chrono::steady_clock::now();
    if (enabled_) {
      std::cerr << "tarikh: timing: " << what << " "
                << std::chrono::duration_cast<std::chrono::milliseconds>(now - last_).count() << " ms\n";
    }
    last_ = now;
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

constexpr int kStoreWaitMs = 10000;  // a second build waits this long for the first, then says "busy"

// What the layouts in the store were computed with: they are reused only
// when neither tarikh nor Graphviz changed since (LayoutMemo).
std::string LayoutsComputedWith() { return RenderCode() + ", graphviz " + GraphvizVersion(); }

// The layouts the previous build used, when they were computed by this
// tarikh and this Graphviz; none otherwise.
LayoutMemo KnownLayouts(const Store& store) {
  LayoutMemo memo;
  Result<std::string> with = store.Meta(kLayoutsComputedWithKey);
  Result<std::string> known = store.Meta(kLayoutsKey);
  if (!with.ok() || with.value() != LayoutsComputedWith() || !known.ok()) return memo;
  const auto parsed = nlohmann::json::parse(known.value(), nullptr, false);
  if (!parsed.is_object()) return memo;
  for (const auto& [key, positions] : parsed.items()) {
    if (positions.is_string()) memo.known.emplace(key, positions.get<std::string>());
  }
  return memo;
}

// The betweenness the previous build computed, when this tarikh computed it.
BetweennessMemo KnownBetweenness(const Store& store) {
  Result<std::string> with = store.Meta(kBetweennessComputedWithKey);
  Result<std::string> known = store.Meta(kBetweennessKey);
  if (!with.ok() || with.value() != RenderCode() || !known.ok()) return {};
  return BetweennessMemo::Parse(known.value());
}

// The exports whose pieces are copied when unchanged (tarikh/pieces.h).
struct ExportPieces {
  PieceMemo events_json, events_csv, timeline_json;
};

// The exports written as pieces, each with its memo: the one list that
// reading the previous files, --timing and the store's piece indexes walk.
struct PiecedExport {
  const char* name;
  PieceMemo ExportPieces::*memo;
};
constexpr PiecedExport kPiecedExports[] = {
    {"events.json", &ExportPieces::events_json},
    {"events.csv", &ExportPieces::events_csv},
    {"timeline.json", &ExportPieces::timeline_json},
};

// The previous exports' pieces: for each export that is still the file the
// last build wrote (its hash is in the store), written by this tarikh. The
// store is read at once; the files (100 MB at 10,000 articles) are read and
// checked by the returned future, on another core while the corpus updates.
std::future<ExportPieces> PreviousPieces(const Store& store, const std::string& output_dir) {
  struct Known {
    const PiecedExport* output;
    std::string hash, index;
  };
  std::vector<Known> known;
  Result<std::string> with = store.Meta(kPiecesWrittenWithKey);
  Result<std::map<std::string, std::string>> written = store.Outputs();
  if (with.ok() && with.value() == RenderCode() && written.ok()) {
    for (const PiecedExport& output : kPiecedExports) {
      auto hash = written->find(output.name);
      Result<std::string> index = store.Pieces(output.name);
      if (hash != written->end() && index.ok() && !index->empty()) {
        known.push_back({&output, hash->second, index.value()});
      }
    }
  }
  return std::async(std::launch::async, [known = std::move(known), output_dir] {
    ExportPieces pieces;
    for (const Known& k : known) {
      std::optional<MappedFile> bytes = MappedFile::Open((fs::path(output_dir) / k.output->name).string());
      if (!bytes || HashHex(bytes->bytes()) != k.hash) continue;
      PieceMemo memo(std::move(*bytes), k.index);
      memo.set_splicing(true);  // the exports are written as views of the previous files, not copied into memory
      pieces.*(k.output->memo) = std::move(memo);
    }
    return pieces;
  });
}

// The diagrams and exports of the corpus, restricted as the options ask.
// `event_digests`: EventDigest of each of corpus.events.
// What index.html marks "new since the last build": the events this build
// added or changed when it changed the record; else those of the last build
// that did (the store's 'events_new'), so a build that only renders again
// (new options, an output deleted) keeps the marks.
std::vector<std::string> NewEvents(const Store& store, CorpusUpdate& up) {
  if (up.added + up.changed + up.removed > 0 || up.full_merge) {
    std::string joined;
    for (const std::string& id : up.new_event_ids) joined += (joined.empty() ? "" : "\n") + id;
    up.changes.meta[build::kEventsNewKey] = joined;
    return up.new_event_ids;
  }
  std::vector<std::string> ids;
  Result<std::string> stored = store.Meta(build::kEventsNewKey);
  if (!stored.ok()) return ids;
  for (size_t at = 0; at < stored->size();) {
    size_t end = std::min(stored->find('\n', at), stored->size());
    ids.push_back(stored->substr(at, end - at));
    at = end + 1;
  }
  return ids;
}

Result<std::vector<OutputFile>> Render(const Corpus& corpus, const BuildOptions& options, LayoutMemo* layouts,
                                       BetweennessMemo* betweenness, ExportPieces* pieces,
                                       const std::vector<uint64_t>& event_digests,
                                       const std::vector<std::string>& new_events) {
  Result<LabelLanguage> labels = ParseLabelLanguage(options.labels);
  if (!labels.ok()) return labels.status();
  const GraphFilter filter{options.from, options.to, options.actor, options.hops};
  std::optional<std::vector<Event>> filtered;  // left empty when nothing is filtered: no copy of every event
  if (!filter.from.empty() || !filter.to.empty() || !filter.actor.empty() || filter.hops < 0) {
    Result<std::vector<Event>> events = FilterEvents(corpus.actors, corpus.events, filter);
    if (!events.ok()) return events.status();
    filtered = std::move(events).value();
  }
  std::vector<Document> documents;
  documents.reserve(corpus.extractions.size());
  for (const Extraction& e : corpus.extractions) documents.push_back(e.document);
  RenderOptions render;
  render.labels = labels.value();
  render.layouts = layouts;
  render.betweenness = betweenness;
  render.csv_pieces = &pieces->events_csv;
  render.timeline_json_pieces = &pieces->timeline_json;
  render.event_digests = filtered ? nullptr : &event_digests;
  render.focus_actor = options.actor;
  render.new_events = &new_events;
  // The trigger words marked in evidence sentences; without the lexicon the
  // page marks the parties only.
  Result<TriggerMarker> triggers = LoadTriggerMarker(options.common.data_dir.empty() ? DefaultDataDir()
                                                                                     : options.common.data_dir);
  if (triggers.ok()) render.triggers = &triggers.value();
  return RenderOutputs(documents, corpus.actors, filtered ? *filtered : corpus.events, render);
}

std::string RenderOptionsKey(const BuildOptions& o) {
  return "--labels " + o.labels + " --from " + o.from + " --to " + o.to + " --actor " + o.actor + " --hops " +
         std::to_string(o.hops);
}

std::string CountsKey(const Corpus& corpus) {
  return std::to_string(corpus.extractions.size()) + " " + std::to_string(corpus.events.size()) + " " +
         std::to_string(corpus.actors.size());
}

// Why an output whose content changed was rewritten, ninja's `-d explain` style.
std::string WhyRewritten(const Store& store, const CorpusUpdate& up, size_t events_now, const BuildOptions& options,
                         const std::string& previous_hash) {
  if (previous_hash.empty()) return "written: new output";
  std::vector<std::string> why;
  if (up.added + up.changed + up.removed > 0) {
    std::string events;
    const std::string counts = store.Meta(build::kCorpusCountsKey).ok() ? store.Meta(build::kCorpusCountsKey).value() : "";
    if (size_t a = counts.find(' '), b = counts.rfind(' '); a != std::string::npos && b > a) {
      events = ", events " + counts.substr(a + 1, b - a - 1) + "→" + std::to_string(events_now);
    }
    why.push_back("the corpus changed (+" + std::to_string(up.added) + " ~" + std::to_string(up.changed) + " -" +
                  std::to_string(up.removed) + " articles" + events + ")");
  }
  if (store.Meta(build::kRenderOptionsKey).ok() && store.Meta(build::kRenderOptionsKey).value() != RenderOptionsKey(options)) {
    why.push_back("the options changed (" + RenderOptionsKey(options) + ")");
  }
  if (why.empty()) return "rewritten: the file in the output folder was not what the last build wrote";
  std::string out = "rebuilt because ";
  for (size_t i = 0; i < why.size(); ++i) out += (i ? " and " : "") + why[i];
  return out;
}

// An output written to its temporary (tarikh/files.h PrepareFile), to be
// renamed into place with the others.
struct PreparedOutput {
  std::string name;
  std::string hash;  // HashHex of the content
  PreparedFile file;
  Status status = Status::Ok();
};

PreparedOutput PrepareOutput(const std::string& dir, const std::string& name,
                             const std::vector<std::string_view>& parts) {
  PreparedOutput out;
  out.name = name;
  out.hash = HashHex(parts);
  Result<PreparedFile> file = PrepareFile((fs::path(dir) / name).string(), parts);
  if (file.ok()) {
    out.file = std::move(file).value();
  } else {
    out.status = file.status();
  }
  return out;
}

void Discard(const std::vector<PreparedOutput>& outputs) {
  std::vector<PreparedFile> files;
  for (const PreparedOutput& o : outputs) files.push_back(o.file);
  DiscardFiles(files);
}

// Renames the prepared outputs into place, all or none (as far as the file
// system allows); `committed`: the outputs renamed and where the files they
// replaced are, for the caller to put back if the store's transaction fails
// (tarikh/files.h UndoCommit), or to remove once it went through.
Status WriteOutputs(const Store& store, const BuildOptions& options, const std::vector<PreparedOutput>& files,
                    CorpusUpdate* up, size_t events_now, BuildSummary* summary, std::vector<CommittedFile>* committed) {
  for (const PreparedOutput& f : files) {
    if (!f.status.ok()) {
      Discard(files);
      return f.status;
    }
  }
  Result<std::map<std::string, std::string>> previous = store.Outputs();
  if (!previous.ok()) {
    Discard(files);
    return previous.status();
  }
  std::vector<PreparedFile> prepared;
  for (const PreparedOutput& f : files) prepared.push_back(f.file);
  Result<std::vector<WriteOutcome>> outcomes = CommitFiles(prepared, committed);
  if (!outcomes.ok()) return outcomes.status();
  for (size_t i = 0; i < files.size(); ++i) {
    const PreparedOutput& f = files[i];
    up->changes.outputs[f.name] = f.hash;
    const bool written = outcomes.value()[i] == WriteOutcome::kWritten;
    ++(written ? summary->rewritten : summary->unchanged_outputs);
    const auto old = previous->find(f.name);
    up->explain.push_back(f.name + ": " +
                          (written ? WhyRewritten(store, *up, events_now, options, old == previous->end() ? "" : old->second)
                                   : "unchanged"));
  }
  return Status::Ok();
}

// The inputs listed (ListInputs); each problem reported on its line and
// counted as a failed input, each warning said unless --quiet.
InputListing ListAll(const std::vector<std::string>& inputs, bool quiet, BuildSummary* summary) {
  InputListing listing = ListInputs(inputs);
  for (const std::string& problem : listing.problems) {
    ReportError(problem);
    ++summary->failed;
    summary->failures.push_back(problem);
  }
  if (!quiet) {
    for (const std::string& warning : listing.warnings) ReportWarning(warning);
  }
  return listing;
}

// A build with nothing to do still says so per article and output (--explain).
int ReportUpToDate(const UpToDate& done, const BuildOptions& options, BuildSummary* summary) {
  if (options.explain) {
    for (const std::string& line : done.explain) std::cerr << "tarikh explain: " << line << "\n";
  }
  summary->articles = done.articles;
  summary->events = done.events;
  summary->actors = done.actors;
  summary->unchanged_outputs = done.outputs;
  return summary->failed > 0 ? 1 : 0;
}

}  // namespace

int BuildOnce(const BuildOptions& options, const Setup& setup, const FingerprintComponents& fingerprint,
              Store& store, BuildSummary* summary) {
  *summary = BuildSummary{};
  const std::vector<std::string> inputs = options.inputs.empty() ? std::vector<std::string>{"samples"} : options.inputs;
  const bool from_jsonl = !options.from_jsonl.empty();  // extraction lines instead of articles (cli/from_jsonl.h)
  const InputListing listing = from_jsonl ? InputListing{} : ListAll(inputs, options.common.quiet, summary);
  const std::vector<std::string>& files = listing.files;
  Timer timer(options.timing);
  const std::string render_key = RenderOptionsKey(options);
  // A folder that could not be listed may hide changes: no shortcut then.
  if (auto done = from_jsonl || !listing.unlisted.empty()
                      ? std::nullopt
                      : CheckUpToDate(store, files, fingerprint, render_key, options.output_dir, build::RealFileSystem())) {
    return ReportUpToDate(*done, options, summary);
  }
  std::future<ExportPieces> previous_pieces = PreviousPieces(store, options.output_dir);
  Result<CorpusUpdate> up = from_jsonl ? UpdateCorpusFromJsonl(store, options.from_jsonl, options.common.quiet)
                                       : UpdateCorpus(store, files, listing.unlisted, setup, fingerprint,
                                                      UpdateOptions{options.common.quiet, options.jobs, true, options.timing});
  timer.Lap("update corpus (all of the above and the corpus assembled)");
  if (!up.ok()) {
    ReportError(up.status().message());
    return up.status().ExitCode();
  }
  if (from_jsonl && up->added + up->changed + up->removed == 0) {
    if (auto done = CheckOutputsUpToDate(store, render_key, options.output_dir, build::RealFileSystem())) {
      done->explain.insert(done->explain.begin(), up->explain.begin(), up->explain.end());
      summary->failed += up->failed;
      summary->failures.insert(summary->failures.end(), up->failures.begin(), up->failures.end());
      return ReportUpToDate(*done, options, summary);
    }
  }
  // events.json is serialised on another core while the diagrams render:
  // both only read the corpus, and each takes seconds at 10,000 articles.
  ExportPieces pieces = previous_pieces.get();
  timer.Lap("read the previous exports (the part not done meanwhile)");
  // Each event's digest keys its piece in all three exports: computed once, on every core.
  std::vector<uint64_t> event_digests(up->corpus.events.size());
  ParallelFor(event_digests.size(), [&](size_t i) { event_digests[i] = EventDigest(up->corpus.events[i]); });
  // It is written to its temporary there too: 60 MB at 10,000 articles.
  PreparedOutput events_json;
  std::thread json_thread([&] {
    const std::string written = CorpusToJson(up->corpus, &pieces.events_json, &event_digests);
    events_json = PrepareOutput(options.output_dir, "events.json", pieces.events_json.Parts(written));
  });
  LayoutMemo layouts = KnownLayouts(store);
  BetweennessMemo betweenness = KnownBetweenness(store);
  // Render before touching the outputs: a bad --from or --actor leaves the old outputs in place.
  Result<std::vector<OutputFile>> rendered =
      Render(up->corpus, options, &layouts, &betweenness, &pieces, event_digests, NewEvents(store, up.value()));
  json_thread.join();
  if (!rendered.ok()) {
    Discard({events_json});
    ReportError(rendered.status().message());
    return rendered.status().ExitCode();
  }
  timer.Lap("render and events.json");
  if (options.timing) {
    for (const PiecedExport& output : kPiecedExports) {
      const PieceMemo& memo = pieces.*output.memo;
      std::cerr << "tarikh: timing: " << output.name << ": " << memo.reused() << " of " << memo.added()
                << " pieces reused from the previous file\n";
    }
    std::cerr << "tarikh: timing: layouts: " << layouts.reused << " of " << layouts.used.size()
              << " reused from the previous build\n";
    std::cerr << "tarikh: timing: betweenness: "
              << (betweenness.reused ? "reused (the contact graph is the previous build's)" : "computed") << "\n";
  }
  const size_t articles = up->corpus.extractions.size(), events = up->corpus.events.size(),
               actors = up->corpus.actors.size();
  up->changes.meta[build::kCorpusCountsKey] = CountsKey(up->corpus);
  // Nothing reads the corpus any more: it is freed on another core (a
  // tenth of a second at 10,000 articles) while the outputs are written.
  std::thread release([corpus = std::move(up->corpus), rows = std::move(up->rows_read)]() mutable {
    corpus = Corpus{};
    rows.clear();
  });
  std::vector<PreparedOutput> outputs(rendered->size() + 1);
  outputs[0] = std::move(events_json);
  ParallelFor(rendered->size(), [&](size_t i) {
    outputs[i + 1] = PrepareOutput(options.output_dir, rendered.value()[i].name, rendered.value()[i].Parts());
  });
  rendered->clear();
  // The outputs go into place first, the files they replace kept aside;
  // then the store commits. A failed commit puts the previous outputs back,
  // so outputs and store stay each other's. A build killed between the two
  // leaves new outputs beside the old store: their hashes are not the ones
  // it recorded, and the next build, which sees the same new articles,
  // writes them again.
  std::vector<CommittedFile> committed;
  Status s = WriteOutputs(store, options, outputs, &up.value(), events, summary, &committed);
  timer.Lap("write outputs");
  up->changes.meta[build::kRenderOptionsKey] = RenderOptionsKey(options);
  up->changes.meta[kRenderCodeKey] = RenderCode();
  up->changes.meta[kPiecesWrittenWithKey] = RenderCode();
  for (const PiecedExport& output : kPiecedExports) up->changes.pieces[output.name] = (pieces.*output.memo).Index();
  up->changes.meta[kLayoutsKey] = nlohmann::json(layouts.used).dump();
  up->changes.meta[kLayoutsComputedWithKey] = LayoutsComputedWith();
  up->changes.meta[kBetweennessKey] = betweenness.Serialize();
  up->changes.meta[kBetweennessComputedWithKey] = RenderCode();
  const bool outputs_written = s.ok();
  if (s.ok()) s = store.Apply(up->changes);
  timer.Lap("store transaction");
  if (!s.ok() && outputs_written) {
    if (Status undone = UndoCommit(committed); !undone.ok()) ReportError(undone.message());
  }
  // The previous outputs are removed on another core while the corpus is freed.
  std::thread remove_previous([&] {
    if (s.ok()) RemovePrevious(committed);
  });
  release.join();
  remove_previous.join();
  timer.Lap("corpus freed, previous outputs removed");
  if (!s.ok()) {
    ReportError(s.message());
    return 1;
  }
  if (options.explain) {
    for (const std::string& line : up->explain) std::cerr << "tarikh explain: " << line << "\n";
  }
  summary->added = up->added;
  summary->changed = up->changed;
  summary->removed = up->removed;
  summary->failed += up->failed;
  summary->failures.insert(summary->failures.end(), up->failures.begin(), up->failures.end());
  summary->articles = articles;
  summary->events = events;
  summary->actors = actors;
  return summary->failed > 0 ? 1 : 0;
}

namespace {

// The lock of OUTDIR (`.tarikh-work/lock`): one build at a time writes into
// a folder, whichever store each uses; a second waits as for the store.
Result<FileLock> LockOutputFolder(const std::string& output_dir) {
  const fs::path work = fs::path(output_dir) / kWorkFolder;
  std::error_code ec;
  fs::create_directories(work, ec);
  if (ec) return Status::IOError(QuoteName(work.string()) + ": cannot create the work folder: " + ec.message());
  const std::string lock_path = (work / kLockFile).string();
  FileLock::Failure failure;
  std::string error;
  std::optional<FileLock> lock = FileLock::Acquire(lock_path, kStoreWaitMs, &failure, &error);
  if (lock) return std::move(*lock);
  if (failure == FileLock::Failure::kBusy) {
    return Status::IOError(QuoteName(output_dir) +
                           ": the output folder is busy: another tarikh build or watch is writing into it");
  }
  if (failure == FileLock::Failure::kCannotOpen) {
    return Status::IOError(QuoteName(lock_path) + ": cannot open the output folder's lock file: " + error);
  }
  return Status::IOError(QuoteName(lock_path) + ": cannot lock the output folder: " + error);
}

}  // namespace

std::optional<BuildContext> PrepareBuild(const BuildOptions& options, int* exit_code) {
  std::optional<Setup> setup = PrepareExtraction(options.common, exit_code);
  if (!setup) return std::nullopt;
  Result<FingerprintComponents> fingerprint =
      ComputeFingerprint({options.common.data_dir, options.common.lexicons, ""}, setup->ingest);
  std::error_code ec;
  fs::create_directories(options.output_dir, ec);
  if (ec) {
    ReportError(QuoteName(options.output_dir) + ": cannot create the output folder: " + ec.message());
  } else if (!fingerprint.ok()) {
    ReportError(fingerprint.status().message());
  }
  if (ec || !fingerprint.ok()) {
    *exit_code = 1;
    return std::nullopt;
  }
  // The output folder is locked first, the store second, by every build:
  // two builds never wait for each other's lock in turn.
  Result<FileLock> output_lock = LockOutputFolder(options.output_dir);
  if (!output_lock.ok()) {
    ReportError(output_lock.status().message());
    *exit_code = 1;
    return std::nullopt;
  }
  const std::string store_path =
      options.store.empty() ? (fs::path(options.output_dir) / "tarikh.sqlite").string() : options.store;
  Result<Store> store = Store::Open(store_path, kStoreWaitMs);
  if (!store.ok()) {
    ReportError(store.status().message());
    *exit_code = 1;
    return std::nullopt;
  }
  // Only now, holding the output folder's lock, is no other build writing here.
  RemoveTemporaries(options.output_dir);
  return BuildContext{std::move(setup).value(), std::move(fingerprint).value(), std::move(output_lock).value(),
                      std::move(store).value()};
}

std::string FailureSummary(const std::vector<std::string>& failures, size_t max) {
  if (failures.empty()) return "";
  std::string out = "tarikh: " + std::to_string(failures.size()) +
                    " input(s) failed and are not in the outputs (the others are):\n";
  for (size_t i = 0; i < failures.size() && i < max; ++i) out += "  " + failures[i] + "\n";
  if (failures.size() > max) out += "  … and " + std::to_string(failures.size() - max) + " more\n";
  return out;
}

int RunBuild(const BuildOptions& options) {
  int exit_code = 0;
  std::optional<BuildContext> cx = PrepareBuild(options, &exit_code);
  if (!cx) return exit_code;
  BuildSummary summary;
  exit_code = BuildOnce(options, cx->setup, cx->fingerprint, cx->store, &summary);
  if (!options.common.quiet && summary.articles + summary.failed > 0) {
    std::cerr << "tarikh: " << summary.articles << " article(s): +" << summary.added << " ~" << summary.changed
              << " -" << summary.removed << ", " << summary.failed << " failed; " << summary.events
              << " event(s), " << summary.actors << " actor(s); " << options.output_dir << ": "
              << summary.rewritten << " file(s) written, " << summary.unchanged_outputs << " unchanged\n";
  }
  std::cerr << internal::WithoutBidiControls(FailureSummary(summary.failures));
  return exit_code;
}

}  // namespace tarikh::cli
