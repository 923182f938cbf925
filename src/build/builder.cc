// Builder (tarikh/build.h): one build is the steps of build/ in order —
// scan the inputs against the store (or find there is no work to do),
// update the corpus, render, write the outputs and commit the store.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <future>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <system_error>
#include <thread>

#include "build/commit.h"
#include "build/file_source.h"
#include "build/jsonl_source.h"
#include "build/parallel.h"
#include "build/parts_step.h"
#include "build/render_step.h"
#include "build/setup.h"
#include "build/up_to_date.h"
#include "build/update.h"
#include "tarikh/build.h"
#include "common/files.h"
#include "pipeline/fingerprint.h"
#include "store/record.h"

namespace tarikh {

using build::CorpusUpdate;

namespace {

namespace fs = std::filesystem;

constexpr int kStoreWaitMs = 10000;  // a second build waits this long for the first, then says "busy"

// --timing: how long each phase of a build took, told to the reporter.
class Timer {
 public:
  explicit Timer(Reporter& reporter) : reporter_(reporter) {}
  void Lap(const std::string& what) {
    const auto now = std::chrono::steady_clock::now();
    reporter_.Timing(what + " " + std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(now - last_).count()) +
                     " ms");
    last_ = now;
  }

 private:
  Reporter& reporter_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

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

// Why an output whose content changed was rewritten, ninja's `-d explain` style.
std::string WhyRewritten(const BuildState& before, const CorpusUpdate& up, size_t events_now,
                         const std::string& render_key, const std::string& previous_hash) {
  if (previous_hash.empty()) return "written: new output";
  std::vector<std::string> why;
  if (up.added + up.changed + up.removed > 0) {
    const std::string events =
        before.counts ? ", events " + std::to_string(before.counts->events) + "→" + std::to_string(events_now) : "";
    why.push_back("the corpus changed (+" + std::to_string(up.added) + " ~" + std::to_string(up.changed) + " -" +
                  std::to_string(up.removed) + " articles" + events + ")");
  }
  if (!before.render_options.empty() && before.render_options != render_key) {
    why.push_back("the options changed (" + render_key + ")");
  }
  if (why.empty()) return "rewritten: the file in the output folder was not what the last build wrote";
  std::string out = "rebuilt because ";
  for (size_t i = 0; i < why.size(); ++i) out += (i ? " and " : "") + why[i];
  return out;
}

}  // namespace

struct Builder::Impl {
  BuildOptions options;
  Reporter* reporter;
  build::RealFileSystem real_fs;
  const build::FileSystem* fs;
  build::Setup setup;
  FingerprintComponents fingerprint;
  FileLock output_lock;  // OUTDIR's, held for the builder's lifetime
  Store store;           // locked for the builder's lifetime

  Result<BuildReport> Build();
  Result<std::vector<std::string>> Export(const std::string& folder);
  Result<std::unique_ptr<build::ArticleSource>> Source() const;
  BuildReport UpToDateReport(const build::UpToDate& done, BuildReport report) const;
};

Builder::Builder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Builder::~Builder() = default;
Builder::Builder(Builder&&) noexcept = default;
Builder& Builder::operator=(Builder&&) noexcept = default;

Result<Builder> Builder::Open(const BuildOptions& options, Reporter* reporter, const build::FileSystem* fs) {
  Result<build::Setup> setup = build::LoadSetup(options.data_dir, options.lexicons, options.doc_date, options.encoding);
  if (!setup.ok()) return setup.status();
  Result<FingerprintComponents> fingerprint =
      ComputeFingerprint({options.data_dir, options.lexicons, ""}, setup->ingest);
  std::error_code ec;
  fs::create_directories(options.output_dir, ec);
  if (ec) return Status::IOError(QuoteName(options.output_dir) + ": cannot create the output folder: " + ec.message());
  if (!fingerprint.ok()) return fingerprint.status();
  // The output folder is locked first, the store second, by every build:
  // two builds never wait for each other's lock in turn.
  Result<FileLock> output_lock = LockOutputFolder(options.output_dir);
  if (!output_lock.ok()) return output_lock.status();
  const std::string store_path =
      options.store.empty() ? (fs::path(options.output_dir) / "tarikh.sqlite").string() : options.store;
  Result<Store> store = Store::Open(store_path, kStoreWaitMs);
  if (!store.ok()) return store.status();
  // Only now, holding the output folder's lock, is no other build writing here.
  RemoveTemporaries(options.output_dir);
  if (fs::is_directory(fs::path(options.output_dir) / build::kPartsFolder))
    RemoveTemporaries((fs::path(options.output_dir) / build::kPartsFolder).string());
  auto impl = std::unique_ptr<Impl>(new Impl{options, reporter, {}, nullptr, std::move(setup).value(),
                                             std::move(fingerprint).value(), std::move(output_lock).value(),
                                             std::move(store).value()});
  impl->fs = fs != nullptr ? fs : &impl->real_fs;
  return Builder(std::move(impl));
}

Result<BuildReport> Builder::Build() { return impl_->Build(); }
Result<std::vector<std::string>> Builder::Export(const std::string& folder) { return impl_->Export(folder); }

namespace {

// The store's documents as they are: no input, every stored path kept.
class StoredSource final : public build::ArticleSource {
 public:
  const std::vector<std::string>& Paths() const override { return none_; }
  build::Scan ScanInput(size_t, const build::StoredRows&, Extraction*, size_t*) const override { return {}; }
  bool Keeps(const std::string&) const override { return true; }
  std::string Digest() const override { return ""; }
  const std::map<std::string, FingerprintComponents>& Fingerprints() const override { return fingerprints_; }
  const std::vector<std::string>& Problems() const override { return none_; }
  const std::vector<std::string>& Warnings() const override { return none_; }
  std::string RemovedWhy() const override { return ""; }
  bool StatTellsChanges() const override { return false; }

 private:
  std::vector<std::string> none_;
  std::map<std::string, FingerprintComponents> fingerprints_;
};

}  // namespace

Result<std::vector<std::string>> Builder::Impl::Export(const std::string& folder) {
  Result<BuildState> state = store.State();
  if (!state.ok()) return state.status();
  if (!state->counts) {
    return Status::InvalidInput(QuoteName(options.output_dir) + ": no build has been made here yet (run `tarikh build` first)");
  }
  Result<LabelLanguage> labels = ParseLabelLanguage(options.labels);
  if (!labels.ok()) return labels.status();
  Result<CorpusUpdate> up = build::UpdateCorpus(store, state.value(), StoredSource(), {options.jobs, reporter, nullptr});
  if (!up.ok()) return up.status();
  const Corpus& corpus = up->corpus;
  const std::vector<Document> documents = build::CorpusDocuments(corpus);
  RenderOptions render;
  render.labels = labels.value();
  std::string json, csv, timeline;
  std::thread json_thread([&] { json = CorpusToJson(corpus); });
  std::thread csv_thread([&] { csv = EventsCsv(documents, corpus.actors, corpus.events); });
  timeline = TimelineJson(corpus.actors, corpus.events, render);
  json_thread.join();
  csv_thread.join();
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) return Status::IOError(QuoteName(folder) + ": cannot create the export folder: " + ec.message());
  const std::vector<std::string> names = {"events.csv", "events.json", "timeline.json"};
  const std::vector<std::pair<std::string, std::string_view>> files = {
      {(std::filesystem::path(folder) / names[0]).string(), csv},
      {(std::filesystem::path(folder) / names[1]).string(), json},
      {(std::filesystem::path(folder) / names[2]).string(), timeline}};
  Result<std::vector<WriteOutcome>> written = WriteFilesAtomically(files);
  if (!written.ok()) return written.status();
  return names;
}

Result<std::unique_ptr<build::ArticleSource>> Builder::Impl::Source() const {
  if (!options.from_jsonl.empty()) {
    Result<build::JsonlSource> lines = build::JsonlSource::Read(options.from_jsonl, std::cin);
    if (!lines.ok()) return lines.status();
    return std::unique_ptr<build::ArticleSource>(new build::JsonlSource(std::move(lines).value()));
  }
  return std::unique_ptr<build::ArticleSource>(new build::FileSource(ListInputs(options.inputs), setup, fingerprint, *fs));
}

// A build with nothing to do still says so per article and output (--explain).
BuildReport Builder::Impl::UpToDateReport(const build::UpToDate& done, BuildReport report) const {
  for (const std::string& line : done.explain) reporter->Explain(line);
  report.articles = done.articles;
  report.events = done.events;
  report.actors = done.actors;
  report.unchanged_outputs = done.outputs;
  report.up_to_date = true;
  return report;
}

Result<BuildReport> Builder::Impl::Build() {
  BuildReport report;
  Timer timer(*reporter);
  Result<BuildState> stored_state = store.State();
  if (!stored_state.ok()) return stored_state.status();
  const BuildState& before = stored_state.value();  // what the last build left
  Result<std::unique_ptr<build::ArticleSource>> made = Source();
  if (!made.ok()) return made.status();
  const build::ArticleSource& source = *made.value();
  for (const std::string& problem : source.Problems()) {
    reporter->Error(problem);
    ++report.failed;
    report.failures.push_back(problem);
  }
  for (const std::string& warning : source.Warnings()) reporter->Warning(warning);
  const std::string render_key = build::RenderOptionsKey(options);
  // Inputs whose size and modification time tell their changes can be found unchanged unread.
  if (source.StatTellsChanges()) {
    if (auto done = build::CheckUpToDate(store, before, source.Paths(), source.Digest(), render_key,
                                         options.output_dir, *fs)) {
      return UpToDateReport(*done, std::move(report));
    }
  }
  std::future<build::ExportPieces> previous_pieces = build::PreviousPieces(store, before, options.output_dir);
  // New records wait for the transaction in a file of the work folder, on
  // the output's disk; where it cannot be made they wait in memory.
  Result<std::shared_ptr<RecordSpill>> spill = RecordSpill::Create((fs::path(options.output_dir) / kWorkFolder).string());
  if (!spill.ok()) reporter->Timing("records held in memory until the transaction: " + spill.status().message());
  Result<CorpusUpdate> up = build::UpdateCorpus(store, before, source,
                                                {options.jobs, reporter, spill.ok() ? spill.value() : nullptr});
  timer.Lap("update corpus (all of the above and the corpus assembled)");
  if (!up.ok()) return up.status();
  report.failed += up->failed;
  report.failures.insert(report.failures.end(), up->failures.begin(), up->failures.end());
  if (!source.StatTellsChanges() && up->added + up->changed + up->removed == 0) {
    if (auto done = build::CheckOutputsUpToDate(store, before, render_key, options.output_dir, *fs)) {
      for (const std::string& line : up->explain) reporter->Explain(line);
      return UpToDateReport(*done, std::move(report));
    }
  }
  BuildState next = before;  // what this build leaves for the next
  next.corpus_documents = up->corpus_documents;
  // What index.html marks "new since the last build": the events this build
  // added or changed when it changed the record; else those of the last
  // build that did, so a build that only renders again keeps the marks.
  if (up->ChangedRecord()) next.new_events = up->new_event_ids;
  build::Reused caches;
  caches.pieces = previous_pieces.get();
  timer.Lap("read the previous exports (the part not done meanwhile)");
  // Each event's digest keys its piece in all three exports: computed once, on every core.
  std::vector<uint64_t> event_digests(up->corpus.events.size());
  build::ParallelFor(event_digests.size(), [&](size_t i) { event_digests[i] = EventDigest(up->corpus.events[i]); });
  const bool monthly = build::MonthlyLayout(options, up->corpus.events.size());
  Result<std::map<std::string, std::string>> recorded = store.Outputs();  // the hashes the last build wrote
  if (!recorded.ok()) return recorded.status();
  // events.json (or, by month, its index and the parts that changed) is
  // serialised and written to its temporaries on another core while the
  // diagrams render: both only read the corpus, and each takes seconds at
  // 10,000 articles.
  build::MonthlyExports parts;
  std::thread json_thread([&] {
    if (monthly) {
      parts = build::PrepareMonthlyExports(up->corpus, event_digests, before, recorded.value(), options.output_dir, *fs);
      return;
    }
    const std::string written = CorpusToJson(up->corpus, &caches.pieces.events_json, &event_digests);
    parts.written.push_back(
        build::PrepareOutput(options.output_dir, "events.json", caches.pieces.events_json.Parts(written)));
  });
  caches.layouts = build::KnownLayouts(before);
  caches.betweenness = build::KnownBetweenness(before);
  // Render before touching the outputs: a bad --from or --actor leaves the old outputs in place.
  Result<std::vector<OutputFile>> rendered =
      build::Render(up->corpus, options, &caches, event_digests, next.new_events, monthly);
  json_thread.join();
  if (!rendered.ok()) {
    build::Discard(parts.written);
    return rendered.status();
  }
  timer.Lap("render and events.json");
  for (const build::PiecedExport& output : build::kPiecedExports) {
    const PieceMemo& memo = caches.pieces.*output.memo;
    reporter->Timing(std::string(output.name) + ": " + std::to_string(memo.reused()) + " of " +
                     std::to_string(memo.added()) + " pieces reused from the previous file");
  }
  reporter->Timing("layouts: " + std::to_string(caches.layouts.reused) + " of " +
                   std::to_string(caches.layouts.used.size()) + " reused from the previous build");
  reporter->Timing(std::string("betweenness: ") +
                   (caches.betweenness.reused ? "reused (the contact graph is the previous build's)" : "computed"));
  report.articles = up->corpus.extractions.size();
  report.events = up->corpus.events.size();
  report.actors = up->corpus.actors.size();
  next.counts = CorpusCounts{report.articles, report.events, report.actors};
  // Nothing reads the corpus any more: it is freed on another core (a
  // tenth of a second at 10,000 articles) while the outputs are written.
  std::thread release([corpus = std::move(up->corpus)]() mutable { corpus = Corpus{}; });
  struct Joined {
    std::thread& thread;
    ~Joined() { thread.join(); }
  } joined{release};
  std::vector<build::PreparedOutput> outputs = std::move(parts.written);
  const size_t first_rendered = outputs.size();
  outputs.resize(first_rendered + rendered->size());
  build::ParallelFor(rendered->size(), [&](size_t i) {
    outputs[first_rendered + i] =
        build::PrepareOutput(options.output_dir, rendered.value()[i].name, rendered.value()[i].Parts());
  });
  rendered->clear();
  // What the last build wrote and this one does not (events.csv in the
  // monthly layout, the parts in the single one, a month no longer in the
  // record) is removed once the store has gone through.
  std::set<std::string> current(parts.kept.begin(), parts.kept.end());
  for (const build::PreparedOutput& o : outputs) current.insert(o.name);
  std::vector<std::string> stale;
  for (const auto& [name, hash] : recorded.value())
    if (!current.count(name)) stale.push_back(name);
  up->changes.outputs_removed = stale;
  std::vector<CommittedFile> committed;
  std::vector<build::OutputOutcome> outcomes;
  if (Status s = build::PlaceOutputs(recorded.value(), outputs, &up->changes, &outcomes, &committed); !s.ok()) return s;
  for (const build::OutputOutcome& o : outcomes) {
    ++(o.written ? report.rewritten : report.unchanged_outputs);
    up->explain.push_back(o.name + ": " +
                          (o.written ? WhyRewritten(before, up.value(), report.events, render_key, o.previous_hash)
                                     : "unchanged"));
  }
  for (const std::string& name : parts.kept) {
    ++report.unchanged_outputs;
    up->explain.push_back(name + ": unchanged (its events and timexes are those the last build wrote it from)");
  }
  for (const std::string& name : stale) up->explain.push_back(name + ": removed (no longer an output)");
  timer.Lap("write outputs");
  next.render_options = render_key;
  next.render_code = build::RenderCode();
  next.pieces_written_with = build::RenderCode();
  for (const build::PiecedExport& output : build::kPiecedExports) {
    up->changes.pieces[output.name] = (caches.pieces.*output.memo).Index();
  }
  next.layouts = caches.layouts.used;
  next.layouts_computed_with = build::LayoutsComputedWith();
  next.betweenness = caches.betweenness.Serialize();
  next.export_parts = std::move(parts.keys);
  next.betweenness_computed_with = build::RenderCode();
  up->changes.state = std::move(next);
  if (Status s = build::CommitStore(store, up->changes, committed); !s.ok()) return s;
  for (const std::string& name : stale) {
    std::error_code ec;
    const std::filesystem::path path = std::filesystem::path(options.output_dir) / name;
    std::filesystem::remove(path, ec);
    if (ec) reporter->Warning(QuoteName(path.string()) + ": no longer an output, and cannot be removed: " + ec.message());
  }
  if (!monthly) {  // the parts' folder goes with the last part (and its work folder, if that is all it holds)
    const std::filesystem::path parts_folder = std::filesystem::path(options.output_dir) / build::kPartsFolder;
    std::error_code ec;
    std::filesystem::remove(parts_folder / kWorkFolder, ec);
    std::filesystem::remove(parts_folder, ec);  // only when empty
  }
  timer.Lap("store transaction");
  for (const std::string& line : up->explain) reporter->Explain(line);
  report.added = up->added;
  report.changed = up->changed;
  report.removed = up->removed;
  return report;
}

std::string BuildReport::FailureSummary(size_t max) const {
  if (failures.empty()) return "";
  std::string out = "tarikh: " + std::to_string(failures.size()) +
                    " input(s) failed and are not in the outputs (the others are):\n";
  for (size_t i = 0; i < failures.size() && i < max; ++i) out += "  " + failures[i] + "\n";
  if (failures.size() > max) out += "  … and " + std::to_string(failures.size() - max) + " more\n";
  return out;
}

}  // namespace tarikh
