#include "build/update.h"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <functional>
#include <iterator>
#include <map>
#include <new>
#include <nlohmann/json.hpp>
#include <set>
#include <string_view>
#include <thread>
#include <unordered_set>

#include "build/hashing.h"
#include "build/parallel.h"
#include "common/files.h"
#include "store/record.h"

namespace tarikh::build {
namespace {

// --explain's "fingerprint changed (lexicon data/entities/people.tsv
// changed)", worked out once per pair of digests.
class FingerprintReasons {
 public:
  FingerprintReasons(const Store& store, const ArticleSource& source) : store_(store), source_(source) {}
  const std::string& Why(const std::string& old_digest, const std::string& new_digest) {
    auto [it, inserted] = reasons_.try_emplace(old_digest + " " + new_digest);
    if (!inserted) return it->second;
    std::string what;
    Result<std::string> json = store_.FingerprintComponents(old_digest);
    const auto parsed = nlohmann::json::parse(json.ok() ? json.value() : "", nullptr, false);
    const auto now = source_.Fingerprints().find(new_digest);
    if (parsed.is_object() && now != source_.Fingerprints().end()) {
      for (const std::string& change : FingerprintChanges(parsed.get<FingerprintComponents>(), now->second)) {
        what += (what.empty() ? "" : ", ") + change;
      }
    }
    it->second = "fingerprint changed" + (what.empty() ? std::string() : " (" + what + ")");
    return it->second;
  }

 private:
  const Store& store_;
  const ArticleSource& source_;
  std::map<std::string, std::string> reasons_;
};

void Upsert(CorpusUpdate* up, const std::string& path, const Scan& scan, const Extraction& e, std::string record,
            RecordSpill::Ref spilled = {}) {
  up->changes.upserts.push_back({path, scan.stat.size, scan.stat.mtime_ns, scan.hash, scan.fingerprint,
                                 e.document.id, std::move(record), spilled});
}

// Applies one scan to the update; false when the input failed.
bool ApplyScan(const StoredRows& rows, FingerprintReasons& reasons, Reporter& reporter, const std::string& path,
               Scan& scan, const Extraction& extraction, CorpusUpdate* up) {
  const std::string name = QuoteName(path);  // in messages
  switch (scan.kind) {
    case Scan::Kind::kFailed:
      reporter.Error(scan.error);
      up->failures.push_back(scan.error);
      return false;
    case Scan::Kind::kUnchanged:
      ++up->unchanged;
      up->explain.push_back(name + ": unchanged (" + scan.how + ")");
      return true;
    case Scan::Kind::kKept:
      ++up->unchanged;
      up->explain.push_back(name + ": kept as stored (its folder could not be listed)");
      return true;
    case Scan::Kind::kTouched:
      ++up->unchanged;
      up->explain.push_back(name + ": unchanged (" + scan.how + ")");
      Upsert(up, path, scan, extraction, scan.same->extraction);
      return true;
    case Scan::Kind::kRenamed:
      ++up->added;
      up->explain.push_back(name + ": new path, same content as " + QuoteName(scan.same->path) + " (extraction reused)");
      Upsert(up, path, scan, extraction, std::move(scan.record), scan.spilled);
      return true;
    case Scan::Kind::kRecorded: {
      for (const std::string& w : scan.warnings) reporter.Warning(w);
      auto old = rows.by_path.find(path);
      std::string reason = "new";
      if (old == rows.by_path.end()) {
        ++up->added;
      } else {
        ++up->changed;
        reason = old->second.fingerprint != scan.fingerprint ? reasons.Why(old->second.fingerprint, scan.fingerprint)
                                                             : scan.changed;
      }
      up->explain.push_back(name + ": " + scan.origin + ": " + reason);
      Upsert(up, path, scan, extraction, std::move(scan.record), scan.spilled);
      return true;
    }
  }
  return false;
}

// `ids` sorted, each once.
std::vector<std::string_view> SortedUnique(std::vector<std::string_view> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// The ids of `rows`' documents / of `docs`, sorted, each once.
std::vector<std::string_view> SortedIds(const std::map<std::string, StoredDocument>& rows) {
  std::vector<std::string_view> ids;
  ids.reserve(rows.size());
  for (const auto& [path, row] : rows) ids.push_back(row.doc_id);
  return SortedUnique(std::move(ids));
}
std::vector<std::string_view> SortedIds(const std::vector<Extraction>& docs) {
  std::vector<std::string_view> ids;
  ids.reserve(docs.size());
  for (const Extraction& e : docs) ids.push_back(e.document.id);
  return SortedUnique(std::move(ids));
}

// An event as the incremental merge sees it (tarikh/corpus.h), from its
// outline in a stored record: views into the record.
EventSketch SketchOf(const EventOutline& o, bool changed) {
  EventSketch sketch{FactsOf(o.event_class, o.type, o.date, o.dated_by_document, o.place, o.participants, o.documents),
                     !o.documents.empty(), changed, {}};
  if (!o.documents.empty()) sketch.sources.emplace_back(o.documents.front(), o.begin);
  return sketch;
}

// The old per-article events of the `changed` documents, from the first
// stored row of each (as the old corpus read it). False when a stored
// record is unreadable.
bool OldEventSketches(const StoredRows& rows, const std::set<std::string>& changed, std::vector<EventSketch>* out) {
  std::set<std::string_view> done;
  for (const auto& [path, row] : rows.by_path) {
    if (!changed.count(row.doc_id) || !done.insert(row.doc_id).second) continue;
    Result<std::vector<EventOutline>> outlines = EventOutlinesFromRecord(row.extraction);
    if (!outlines.ok()) return false;
    for (const EventOutline& o : outlines.value()) out->push_back(SketchOf(o, true));
  }
  return true;
}

// The merged events of the previous build, as the store keeps them.
struct PreviousMerge {
  std::string merged_from;      // BuildState::corpus_documents: the digest of the ids it was merged from
  bool read = false;            // false: missing or unreadable (then the merge is done in full)
  std::vector<Event> events;    // in the store's order
  std::vector<int64_t> seqs;    // of each
};

// Reads the previous merge. Each event is decoded as SQLite hands it over,
// no record copied; the caller does this on its own thread while it reads
// the documents and scans the articles, and checks `merged_from` then.
PreviousMerge ReadPreviousMerge(const Store& store, const BuildState& state) {
  PreviousMerge previous;
  if (state.corpus_documents.empty()) return previous;
  previous.merged_from = state.corpus_documents;
  if (state.counts) {
    // The events the last build merged (180,000 at 20,000 wire-story-size
    // articles), and room for those a few new articles add: one allocation,
    // not a doubling, nor another when the merge adds its events.
    // A damaged count asks for no more than 2 million events' room (0.6 GB),
    // and a reserve that cannot be had is only not made: the vectors grow.
    const size_t expected = std::min<size_t>(state.counts->events, size_t{1} << 21);
    try {
      previous.events.reserve(expected + expected / 32 + 1024);
      previous.seqs.reserve(expected);
    } catch (const std::bad_alloc&) {
    }
  }
  bool read = true;
  Status s = store.ForEachEvent([&](int64_t seq, std::string_view record) {
    if (!read) return;
    Result<Event> e = EventFromRecord(record);
    if (!e.ok()) {
      read = false;
      return;
    }
    previous.events.push_back(std::move(e).value());
    previous.seqs.push_back(seq);
  });
  previous.read = read && s.ok();
  return previous;
}

// The per-article events of `docs` (all of them when `which` is null, else
// those it lists by document), moved out of the extractions or decoded from
// the store's records on every core; false when a record does not read.
using EventIndices = std::vector<std::vector<size_t>>;  // per document, indices into its events
bool TakeEvents(std::vector<Extraction>& docs, const std::vector<StoredEvents>& stored, const EventIndices* which,
                std::vector<Event>* out) {
  std::vector<std::vector<Event>> taken(docs.size());
  std::vector<char> read(docs.size(), 1);
  ParallelFor(docs.size(), [&](size_t d) {
    if (which != nullptr && (*which)[d].empty()) return;
    std::vector<Event> events;
    if (stored[d].record == nullptr) {
      events = std::move(docs[d].events);
    } else if (Result<std::vector<Event>> decoded = EventsFromRecord(*stored[d].record); decoded.ok()) {
      events = std::move(decoded).value();
    } else {
      read[d] = 0;
      return;
    }
    if (which == nullptr) {
      taken[d] = std::move(events);
      return;
    }
    for (size_t k : (*which)[d]) taken[d].push_back(std::move(events[k]));
  });
  if (std::find(read.begin(), read.end(), 0) != read.end()) return false;
  size_t n = 0;
  for (const std::vector<Event>& events : taken) n += events.size();
  out->reserve(out->size() + n);
  for (std::vector<Event>& events : taken) {
    out->insert(out->end(), std::make_move_iterator(events.begin()), std::make_move_iterator(events.end()));
  }
  return true;
}

// Adds the records of `events` to the store's changes: spilled when there
// is a spill, so that a full build does not hold 180,000 of them. When the
// spill fails (its disk full), the records already there are read back and
// the rest held in memory, in order, as without a spill.
Status AddEventRecords(const std::vector<Event>& events, StoreChanges* changes) {
  bool in_memory = changes->spill == nullptr;
  for (const Event& e : events) {
    std::string record = EventToRecord(e);
    if (!in_memory) {
      if (Result<RecordSpill::Ref> ref = changes->spill->Add(record); ref.ok()) {
        changes->events_spilled.push_back(ref.value());
        continue;
      }
      in_memory = true;
      for (const RecordSpill::Ref& spilled : changes->events_spilled) {
        std::string back;
        if (Status s = changes->spill->Read(spilled, &back); !s.ok()) return s;
        changes->events_added.push_back(std::move(back));
      }
      changes->events_spilled.clear();
    }
    changes->events_added.push_back(std::move(record));
  }
  return Status::Ok();
}

// The corpus's merged events: the previous ones updated island by island, or
// a full merge. The per-article events are taken out of `docs` (the corpus
// keeps none), and only those merged again are decoded from the store.
Result<std::vector<Event>> MergeCorpusEvents(const StoredRows& rows, std::vector<Extraction>& docs,
                                             const std::vector<StoredEvents>& stored,
                                             const std::vector<std::string_view>& old_ids,
                                             const std::set<std::string>& extracted_ids, PreviousMerge previous,
                                             const std::function<void()>& records_read, CorpusUpdate* up) {
  const std::vector<std::string_view> new_ids = SortedIds(docs);
  std::set<std::string> changed = extracted_ids;
  std::vector<std::string_view> added_or_removed;
  std::set_symmetric_difference(old_ids.begin(), old_ids.end(), new_ids.begin(), new_ids.end(),
                                std::back_inserter(added_or_removed));
  for (std::string_view id : added_or_removed) changed.emplace(id);
  up->corpus_documents = IdsDigest(new_ids);
  auto full_merge = [&]() -> Result<std::vector<Event>> {
    up->full_merge = true;
    std::vector<Event> all;
    if (!TakeEvents(docs, stored, nullptr, &all)) return Status::IOError("a stored record no longer reads");
    records_read();
    up->merged_again = up->per_article_events = all.size();
    std::vector<Event> merged = MergeEvents(std::move(all));
    if (!previous.merged_from.empty()) {  // a build before this one: what it did not have is new
      std::unordered_set<std::string_view> before;
      for (const Event& e : previous.events) before.insert(e.id);
      for (const Event& e : merged)
        if (!before.count(e.id)) up->new_event_ids.push_back(e.id);
    }
    up->changes.replace_events = true;
    if (Status s = AddEventRecords(merged, &up->changes); !s.ok()) return s;
    return merged;
  };
  std::vector<EventSketch> removed;
  if (!previous.read || !OldEventSketches(rows, changed, &removed)) return full_merge();
  // Looked up for every source of every event, old and new (120,000 at
  // 10,000 articles), among few: a binary search of views.
  const std::vector<std::string_view> changed_ids(changed.begin(), changed.end());  // sorted, as `changed`
  auto is_changed = [&](std::string_view id) {
    return std::binary_search(changed_ids.begin(), changed_ids.end(), id);
  };
  auto sketch = [&](const Event& e) {
    return SketchEvent(e, std::any_of(e.sources.begin(), e.sources.end(),
                                      [&](const EventSource& s) { return is_changed(s.document); }));
  };
  // Document d's per-article events: outlined in its stored record, or just extracted.
  auto events_of = [&](size_t d) {
    return stored[d].record != nullptr ? stored[d].outlines.size() : docs[d].events.size();
  };
  std::vector<EventSketch> sketches;  // every per-article event, document by document
  size_t per_article = 0;
  for (size_t d = 0; d < docs.size(); ++d) per_article += events_of(d);
  sketches.reserve(per_article);
  for (size_t d = 0; d < docs.size(); ++d) {
    if (stored[d].record == nullptr) {
      for (const Event& e : docs[d].events) sketches.push_back(sketch(e));
      continue;
    }
    for (const EventOutline& o : stored[d].outlines) {
      sketches.push_back(SketchOf(o, std::any_of(o.documents.begin(), o.documents.end(), is_changed)));
    }
  }
  std::vector<EventSketch> merged_before;
  merged_before.reserve(previous.events.size());
  for (const Event& e : previous.events)
    merged_before.push_back(SketchMergedEvent(e, std::any_of(e.sources.begin(), e.sources.end(),
                                                             [&](const EventSource& s) { return is_changed(s.document); })));
  // The sketches' views are used up here: the events move below.
  const ChangedIslands islands(sketches, removed, merged_before);
  merged_before.clear();
  up->islands = islands.islands();
  up->dirty_islands = islands.dirty_islands();
  EventIndices redo(docs.size());
  size_t redo_count = 0;
  for (size_t d = 0, i = 0; d < docs.size(); ++d) {
    const size_t n = events_of(d);
    for (size_t k = 0; k < n; ++k, ++i) {
      if (!islands.Redo(i)) continue;
      redo[d].push_back(k);
      ++redo_count;
    }
  }
  up->merged_again = redo_count;
  up->per_article_events = sketches.size();
  std::vector<Event> again;
  again.reserve(redo_count);
  if (!TakeEvents(docs, stored, &redo, &again)) return Status::IOError("a stored record no longer reads");
  records_read();  // `rows` and `stored` are not read again
  MergeDelta delta;
  delta.added = MergeEvents(std::move(again));
  for (size_t i = 0; i < previous.events.size(); ++i) {
    if (islands.Drop(i)) delta.dropped.push_back(i);
  }
  for (size_t i : delta.dropped) up->changes.events_removed.push_back(previous.seqs[i]);
  if (Status s = AddEventRecords(delta.added, &up->changes); !s.ok()) return s;
  // The islands merged again hold the events they held before, and those
  // the change brought or altered (with new ids).
  std::unordered_set<std::string_view> before;
  for (size_t i : delta.dropped) before.insert(previous.events[i].id);
  for (const Event& e : delta.added)
    if (!before.count(e.id)) up->new_event_ids.push_back(e.id);
  return ApplyMergeDelta(std::move(previous.events), std::move(delta));
}

}  // namespace

Result<CorpusUpdate> UpdateCorpus(const Store& store, const BuildState& state, const ArticleSource& source,
                                  const UpdateOptions& options) {
  Reporter& reporter = *options.reporter;
  CorpusUpdate up;
  up.changes.spill = options.spill;
  // The previous merge is read on another thread while the documents are
  // read and the inputs scanned (which do not use the store): at 10,000
  // articles each takes a third of the update. SQLite serialises the two
  // readers' steps, not their decoding.
  PreviousMerge previous;
  std::thread previous_reader([&] { previous = ReadPreviousMerge(store, state); });
  Result<std::map<std::string, StoredDocument>> stored = store.Documents(true);
  if (!stored.ok()) {
    previous_reader.join();
    return stored.status();
  }
  StoredRows rows;
  rows.by_path = std::move(stored).value();
  rows.digest = source.Digest();
  for (const auto& [path, row] : rows.by_path) {
    if (!rows.digest.empty() && row.fingerprint == rows.digest) rows.by_content.try_emplace(row.content_hash, &row);
  }
  // The inputs, and the stored paths the source keeps unseen, in path order.
  struct Input {
    const std::string* path;
    size_t source_index;  // SIZE_MAX: kept from the store
  };
  std::vector<Input> inputs;
  const std::vector<std::string>& paths = source.Paths();
  for (size_t i = 0; i < paths.size(); ++i) inputs.push_back({&paths[i], i});
  for (const auto& [path, row] : rows.by_path) {
    if (source.Keeps(path)) inputs.push_back({&path, SIZE_MAX});
  }
  std::sort(inputs.begin(), inputs.end(), [](const Input& a, const Input& b) { return *a.path < *b.path; });
  for (const auto& [digest, components] : source.Fingerprints()) {
    up.changes.fingerprints[digest] = nlohmann::json(components).dump();
  }
  auto lap = [&, last = std::chrono::steady_clock::now()](const std::string& what, const std::string& detail = "") mutable {
    const auto now = std::chrono::steady_clock::now();
    reporter.Timing(what + " " +
                    std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(now - last).count()) + " ms" +
                    (detail.empty() ? "" : " (" + detail + ")"));
    last = now;
  };
  std::vector<Extraction> corpus_docs(inputs.size());  // by index into `inputs` until compacted below
  std::vector<Scan> scans(inputs.size());
  reporter.ProgressStarted(inputs.size());
  ParallelFor(
      inputs.size(),
      [&](size_t i) {
        size_t bytes = 0;
        if (inputs[i].source_index != SIZE_MAX) {
          scans[i] = source.ScanInput(inputs[i].source_index, rows, &corpus_docs[i], &bytes);
        } else if (ReadStored(rows.by_path.at(*inputs[i].path), &scans[i], &corpus_docs[i])) {
          scans[i].kind = Scan::Kind::kKept;
        } else {
          scans[i].error = QuoteName(*inputs[i].path) + ": the store's record no longer reads";
        }
        // The new record waits on disk for the transaction, not in memory.
        if (options.spill != nullptr && !scans[i].record.empty()) {
          if (Result<RecordSpill::Ref> ref = options.spill->Add(scans[i].record); ref.ok()) {
            scans[i].spilled = ref.value();
            std::string().swap(scans[i].record);
          }  // else it stays in memory
        }
        reporter.ProgressAdvanced(bytes);
      },
      options.jobs);
  reporter.ProgressFinished();
  previous_reader.join();
  // The previous merge can be updated only when it was merged from the stored documents.
  const std::vector<std::string_view> old_ids = SortedIds(rows.by_path);
  if (previous.merged_from != IdsDigest(old_ids)) previous.read = false;
  // The corpus: the inputs read, each text once, compacted in place.
  FingerprintReasons reasons(store, source);
  std::vector<StoredEvents> corpus_events(inputs.size());  // of each of corpus_docs
  std::set<std::string_view> seen;                        // the paths read
  std::unordered_set<std::string_view> corpus_ids;        // views into corpus_docs
  std::set<std::string> recorded_ids;
  size_t kept = 0;
  for (size_t i = 0; i < inputs.size(); ++i) {
    const std::string& path = *inputs[i].path;
    if (!ApplyScan(rows, reasons, reporter, path, scans[i], corpus_docs[i], &up)) {
      ++up.failed;
      continue;
    }
    seen.insert(path);
    const std::string& id = corpus_docs[i].document.id;
    if (scans[i].kind == Scan::Kind::kRecorded) recorded_ids.insert(id);
    if (corpus_ids.count(id)) {
      reporter.Warning(QuoteName(path) + ": same text as an earlier article; read once");
      continue;
    }
    if (kept != i) corpus_docs[kept] = std::move(corpus_docs[i]);
    corpus_events[kept] = std::move(scans[i].stored_events);
    corpus_ids.insert(corpus_docs[kept].document.id);  // the documents before `kept` stay where they are
    ++kept;
  }
  corpus_docs.erase(corpus_docs.begin() + static_cast<std::ptrdiff_t>(kept), corpus_docs.end());
  corpus_events.erase(corpus_events.begin() + static_cast<std::ptrdiff_t>(kept), corpus_events.end());
  scans.clear();
  lap("extract (read, reuse or extract every article)");
  for (const auto& [path, row] : rows.by_path) {
    if (seen.count(path)) continue;
    up.changes.removed.push_back(path);
    ++up.removed;
    up.explain.push_back(QuoteName(path) + ": " + source.RemovedWhy());
  }
  // The corpus's actors, merged article by article in path order: from the
  // stored records' bytes, or the actors of the articles just extracted.
  ActorTable actors;
  for (size_t d = 0; d < corpus_docs.size(); ++d) {
    if (corpus_events[d].record == nullptr) {
      for (const Actor& a : corpus_docs[d].entities.actors) actors.Add(a);
    } else if (!ForEachActor(corpus_events[d].actors, [&](const ActorView& a) { actors.Add(a); }).ok()) {
      return Status::IOError("a stored record no longer reads");
    }
    std::vector<Actor>().swap(corpus_docs[d].entities.actors);  // in the table now (freed, not only emptied)
  }
  lap("merge actors (every article's, from its record)");
  // Once the merge has read the per-article events it needs, the stored
  // records (150 MB at 20,000 wire-story-size articles) and their outlines
  // are freed on another core while it merges: they are not held beside
  // the merged events.
  std::jthread release;  // joined when the update returns
  auto records_read = [&] {
    rows.by_content.clear();  // views of the rows
    release = std::jthread([rows = std::move(rows.by_path), events = std::move(corpus_events)]() mutable {
      rows.clear();
      events.clear();
    });
  };
  Result<std::vector<Event>> merged = MergeCorpusEvents(rows, corpus_docs, corpus_events, old_ids, recorded_ids,
                                                        std::move(previous), records_read, &up);
  if (!merged.ok()) return merged.status();
  std::sort(up.new_event_ids.begin(), up.new_event_ids.end());
  up.new_event_ids.erase(std::unique(up.new_event_ids.begin(), up.new_event_ids.end()), up.new_event_ids.end());
  lap("merge events", std::to_string(up.merged_again) + " of " + std::to_string(up.per_article_events) +
                          " per-article events merged again, in " + std::to_string(up.dirty_islands) + " of " +
                          std::to_string(up.islands) + " islands");
  // The per-article events are in the merged ones; the outputs read only those.
  for (Extraction& e : corpus_docs) std::vector<Event>().swap(e.events);  // freed, not only emptied
  up.corpus = BuildCorpus(std::move(corpus_docs), std::move(merged).value(), actors.Take());
  return up;
}

}  // namespace tarikh::build
