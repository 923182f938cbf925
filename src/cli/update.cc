#include "cli/update.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string_view>
#include <thread>
#include <unordered_set>

#include "build/hashing.h"
#include "build/meta_keys.h"
#include "cli/parallel.h"
#include "cli/progress.h"
#include "tarikh/corpus.h"
#include "tarikh/files.h"
#include "tarikh/record.h"

namespace tarikh::cli {

using build::HashHex;
using build::IdsDigest;

namespace {

Status ReadBytes(const std::string& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary);
  if (in) bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) {
    const int error = errno;
    return Status::InvalidInput(QuoteName(path) + ": cannot read: " + std::strerror(error));
  }
  return Status::Ok();
}

// What one build knows while it goes through the inputs.
struct Context {
  const Store& store;
  const Setup& setup;
  FingerprintComponents fingerprint;
  std::string digest;
  bool quiet = false;
  std::map<std::string, StoredDocument> stored;                 // by path
  std::map<std::string, const StoredDocument*> by_content;      // content hash → a row of this fingerprint
  std::map<std::string, std::string> fingerprint_reasons;       // old digest → what changed
};

// "fingerprint changed (lexicon data/entities/people.tsv changed)".
std::string FingerprintReason(Context& cx, const std::string& old_digest) {
  auto [it, inserted] = cx.fingerprint_reasons.try_emplace(old_digest);
  if (!inserted) return it->second;
  std::string what;
  Result<std::string> json = cx.store.FingerprintComponents(old_digest);
  const auto parsed = nlohmann::json::parse(json.ok() ? json.value() : "", nullptr, false);
  if (parsed.is_object()) {
    for (const std::string& change : FingerprintChanges(parsed.get<FingerprintComponents>(), cx.fingerprint)) {
      what += (what.empty() ? "" : ", ") + change;
    }
  }
  it->second = "fingerprint changed" + (what.empty() ? std::string() : " (" + what + ")");
  return it->second;
}

void Upsert(CorpusUpdate* up, const std::string& path, const struct stat& st, const std::string& hash,
            const Context& cx, const Extraction& e, std::string record) {
  up->changes.upserts.push_back(
      {path, st.st_size, st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec, hash, cx.digest, e.document.id,
       std::move(record)});
}

// The per-article events of an article reused from the store stay in its
// record, only outlined: they are decoded if they are merged again (a few
// islands of dates), never all 60,000 of them.
struct StoredEvents {
  const std::string* record = nullptr;  // the stored row's record; nullptr: the extraction holds its events
  std::vector<EventOutline> outlines;   // one per event, views into *record
  std::string_view actors;              // the record's actor list (ForEachActor); unused when `record` is null
};

// What scanning one input found. Scans run on --jobs threads and touch no
// shared state; they are applied to the update in input order, so messages,
// --explain and the store do not depend on the number of jobs.
struct Scan {
  // kKept: under a folder that could not be listed, reused from the store unseen.
  enum class Kind { kFailed, kUnchanged, kTouched, kRenamed, kExtracted, kKept };
  Kind kind = Kind::kFailed;
  StoredEvents stored_events;         // when the extraction's events were left in the store's record
  std::string error;                  // kFailed: the message, naming the file
  std::vector<std::string> warnings;  // kExtracted: what ingestion noticed
  struct stat st {};
  std::string hash;
  std::string record;                       // kRenamed, kExtracted: the new record
  const StoredDocument* same = nullptr;     // kTouched, kRenamed: the stored row with this content
};

// Reads the stored row's record into `*extraction`, its events left in the
// record (`scan->stored_events`); false when it does not read.
bool ReadStored(const StoredDocument& row, Scan* scan, Extraction* extraction) {
  Result<Extraction> e = ExtractionFromRecord(row.extraction, &scan->stored_events.outlines, &scan->stored_events.actors);
  if (!e.ok()) return false;
  *extraction = std::move(e).value();
  scan->stored_events.record = &row.extraction;
  return true;
}

// The stored row of `path` when its size, modification time and fingerprint
// (`st` is the file's stat) are those stored, else nullptr.
const StoredDocument* Unchanged(const Context& cx, const std::string& path, const struct stat& st) {
  auto old = cx.stored.find(path);
  if (old == cx.stored.end() || old->second.size != st.st_size ||
      old->second.mtime_ns != st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec ||
      old->second.fingerprint != cx.digest) {
    return nullptr;
  }
  return &old->second;
}

// The stored row with the content `hash` under this fingerprint: the same
// path touched, or another path (a rename); nullptr when none.
const StoredDocument* SameContent(const Context& cx, const std::string& path, const std::string& hash) {
  if (auto old = cx.stored.find(path); old != cx.stored.end() && old->second.content_hash == hash &&
                                       old->second.fingerprint == cx.digest) {
    return &old->second;
  }
  auto other = cx.by_content.find(hash);
  return other == cx.by_content.end() ? nullptr : other->second;
}

// Scans `path`, its extraction into `*extraction`. A `kept` path is not
// looked at: its folder could not be listed, and the store's row stands.
Scan ScanFile(const Context& cx, const std::string& path, bool kept, Extraction* extraction, size_t* bytes_read) {
  Scan scan;
  if (kept) {
    if (ReadStored(cx.stored.at(path), &scan, extraction)) {
      scan.kind = Scan::Kind::kKept;
    } else {
      scan.error = QuoteName(path) + ": the store's record no longer reads";
    }
    return scan;
  }
  if (stat(path.c_str(), &scan.st) != 0) {
    const int error = errno;
    scan.error = QuoteName(path) + ": cannot read: " + std::strerror(error);
    return scan;
  }
  if (const StoredDocument* unchanged = Unchanged(cx, path, scan.st); unchanged && ReadStored(*unchanged, &scan, extraction)) {
    scan.kind = Scan::Kind::kUnchanged;
    return scan;
  }
  std::string bytes;
  if (Status s = ReadBytes(path, &bytes); !s.ok()) {
    scan.error = s.message();
    return scan;
  }
  *bytes_read = bytes.size();
  scan.hash = HashHex(bytes);
  if (const StoredDocument* same = SameContent(cx, path, scan.hash)) {
    if (same->path == path && ReadStored(*same, &scan, extraction)) {
      scan.same = same;
      scan.kind = Scan::Kind::kTouched;
      return scan;
    }
    if (same->path != path) {
      // A rename is recorded anew, events and all.
      if (Result<Extraction> e = ExtractionFromRecord(same->extraction); e.ok()) {
        scan.same = same;
        *extraction = std::move(e).value();
        scan.kind = Scan::Kind::kRenamed;
        extraction->document.path = path;
        scan.record = ExtractionToRecord(*extraction);
        return scan;
      }
    }
  }
  Result<Document> doc = DecodeDocument(bytes, path, cx.setup.ingest);
  if (!doc.ok()) {
    scan.error = doc.status().message();
    return scan;
  }
  *extraction = cx.setup.extractor.Extract(std::move(doc).value());
  for (const Diagnostic& d : extraction->document.warnings) scan.warnings.push_back(d.message);
  extraction->document.text.clear();  // as a reused record has it: the outputs never show the article itself
  scan.record = ExtractionToRecord(*extraction);
  scan.kind = Scan::Kind::kExtracted;
  return scan;
}

// Applies one scan to the update; false when the article failed.
bool ApplyScan(Context& cx, const std::string& file, Scan& scan, const Extraction& extraction, CorpusUpdate* up) {
  const std::string& path = file;  // the store's key
  const std::string name = QuoteName(file);  // in messages
  switch (scan.kind) {
    case Scan::Kind::kFailed:
      ReportError(scan.error);
      up->failures.push_back(scan.error);
      return false;
    case Scan::Kind::kUnchanged:
      ++up->unchanged;
      up->explain.push_back(name + ": unchanged (size and modification time)");
      return true;
    case Scan::Kind::kKept:
      ++up->unchanged;
      up->explain.push_back(name + ": kept as stored (its folder could not be listed)");
      return true;
    case Scan::Kind::kTouched:
      ++up->unchanged;
      up->explain.push_back(name + ": unchanged (content hash; only the modification time changed)");
      Upsert(up, path, scan.st, scan.hash, cx, extraction, scan.same->extraction);
      return true;
    case Scan::Kind::kRenamed:
      ++up->added;
      up->explain.push_back(name + ": new path, same content as " + QuoteName(scan.same->path) + " (extraction reused)");
      Upsert(up, path, scan.st, scan.hash, cx, extraction, std::move(scan.record));
      return true;
    case Scan::Kind::kExtracted: {
      if (!cx.quiet) {
        for (const std::string& w : scan.warnings) ReportWarning(w);
      }
      auto old = cx.stored.find(path);
      std::string reason = "new";
      if (old == cx.stored.end()) {
        ++up->added;
      } else {
        ++up->changed;
        reason = old->second.fingerprint != cx.digest ? FingerprintReason(cx, old->second.fingerprint)
                                                      : "content changed";
      }
      up->explain.push_back(name + ": extracted: " + reason);
      Upsert(up, path, scan.st, scan.hash, cx, extraction, std::move(scan.record));
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

// The dates of the old per-article events of the `changed` documents, from
// the first stored row of each (as the old corpus read it): views into the
// stored records. False when a stored record is unreadable.
bool OldEventDates(const Context& cx, const std::set<std::string>& changed,
                   std::vector<std::string_view>* out) {
  std::set<std::string_view> done;
  for (const auto& [path, row] : cx.stored) {
    if (!changed.count(row.doc_id) || !done.insert(row.doc_id).second) continue;
    Result<std::vector<EventOutline>> outlines = EventOutlinesFromRecord(row.extraction);
    if (!outlines.ok()) return false;
    for (const EventOutline& o : outlines.value()) out->push_back(o.date);
  }
  return true;
}

// The merged events of the previous build, as the store keeps them.
struct PreviousMerge {
  std::string merged_from;      // meta 'corpus_documents': the digest of the ids it was merged from
  bool read = false;            // false: missing or unreadable (then the merge is done in full)
  std::vector<Event> events;    // in the store's order
  std::vector<int64_t> seqs;    // of each
};

// Reads the previous merge. Each event is decoded as SQLite hands it over,
// no record copied; the caller does this on its own thread while it reads
// the documents and scans the articles, and checks `merged_from` then.
PreviousMerge ReadPreviousMerge(const Store& store) {
  PreviousMerge previous;
  Result<std::string> merged_from = store.Meta(build::kCorpusDocumentsKey);
  if (!merged_from.ok() || merged_from->empty()) return previous;
  previous.merged_from = std::move(merged_from).value();
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

// The corpus's merged events: the previous ones updated island by island, or
// a full merge. The per-article events are taken out of `docs` (the corpus
// keeps none), and only those merged again are decoded from the store.
Result<std::vector<Event>> MergeCorpusEvents(const Context& cx, std::vector<Extraction>& docs,
                                             const std::vector<StoredEvents>& stored,
                                             const std::vector<std::string_view>& old_ids,
                                             const std::set<std::string>& extracted_ids, PreviousMerge previous,
                                             CorpusUpdate* up) {
  const std::vector<std::string_view> new_ids = SortedIds(docs);
  std::set<std::string> changed = extracted_ids;
  std::vector<std::string_view> added_or_removed;
  std::set_symmetric_difference(old_ids.begin(), old_ids.end(), new_ids.begin(), new_ids.end(),
                                std::back_inserter(added_or_removed));
  for (std::string_view id : added_or_removed) changed.emplace(id);
  up->changes.meta[build::kCorpusDocumentsKey] = IdsDigest(new_ids);
  auto full_merge = [&]() -> Result<std::vector<Event>> {
    up->full_merge = true;
    std::vector<Event> all;
    if (!TakeEvents(docs, stored, nullptr, &all)) return Status::IOError("a stored record no longer reads");
    std::vector<Event> merged = MergeEvents(std::move(all));
    if (!previous.merged_from.empty()) {  // a build before this one: what it did not have is new
      std::unordered_set<std::string_view> before;
      for (const Event& e : previous.events) before.insert(e.id);
      for (const Event& e : merged)
        if (!before.count(e.id)) up->new_event_ids.push_back(e.id);
    }
    up->changes.replace_events = true;
    for (const Event& e : merged) up->changes.events_added.push_back(EventToRecord(e));
    return merged;
  };
  std::vector<std::string_view> removed_dates;
  if (!previous.read || !OldEventDates(cx, changed, &removed_dates)) return full_merge();
  // Looked up for every source of every event, old and new (120,000 at
  // 10,000 articles), among few: a binary search of views.
  const std::vector<std::string_view> changed_ids(changed.begin(), changed.end());  // sorted, as `changed`
  auto is_changed = [&](std::string_view id) {
    return std::binary_search(changed_ids.begin(), changed_ids.end(), id);
  };
  auto sketch = [&](const Event& e) {
    const bool from_changed = std::any_of(e.sources.begin(), e.sources.end(),
                                          [&](const EventSource& s) { return is_changed(s.document); });
    return EventSketch{CalendarRange(e.date), !e.sources.empty(), from_changed};
  };
  std::vector<EventSketch> sketches;  // every per-article event, document by document
  for (size_t d = 0; d < docs.size(); ++d) {
    if (stored[d].record == nullptr) {
      for (const Event& e : docs[d].events) sketches.push_back(sketch(e));
      continue;
    }
    for (const EventOutline& o : stored[d].outlines) {
      const bool from_changed = std::any_of(o.documents.begin(), o.documents.end(), is_changed);
      sketches.push_back({CalendarRange(o.date), !o.documents.empty(), from_changed});
    }
  }
  const ChangedIslands islands(sketches, removed_dates);
  EventIndices redo(docs.size());
  size_t redo_count = 0;
  for (size_t d = 0, i = 0; d < docs.size(); ++d) {
    const size_t n = stored[d].record != nullptr ? stored[d].outlines.size() : docs[d].events.size();
    for (size_t k = 0; k < n; ++k, ++i) {
      if (!islands.Redo(sketches[i])) continue;
      redo[d].push_back(k);
      ++redo_count;
    }
  }
  std::vector<Event> again;
  again.reserve(redo_count);
  if (!TakeEvents(docs, stored, &redo, &again)) return Status::IOError("a stored record no longer reads");
  MergeDelta delta;
  delta.added = MergeEvents(std::move(again));
  for (size_t i = 0; i < previous.events.size(); ++i) {
    if (islands.Drop(sketch(previous.events[i]))) delta.dropped.push_back(i);
  }
  for (size_t i : delta.dropped) up->changes.events_removed.push_back(previous.seqs[i]);
  for (const Event& e : delta.added) up->changes.events_added.push_back(EventToRecord(e));
  // The islands merged again hold the events they held before, and those
  // the change brought or altered (with new ids).
  std::unordered_set<std::string_view> before;
  for (size_t i : delta.dropped) before.insert(previous.events[i].id);
  for (const Event& e : delta.added)
    if (!before.count(e.id)) up->new_event_ids.push_back(e.id);
  return ApplyMergeDelta(std::move(previous.events), std::move(delta));
}

}  // namespace

namespace {

// The stored paths under a folder that could not be listed (and not listed
// from elsewhere): kept as the store has them, never taken for removed.
std::set<std::string> KeptPaths(const std::map<std::string, StoredDocument>& stored,
                                const std::vector<std::string>& listed, const std::vector<std::string>& unlisted) {
  std::set<std::string> kept;
  for (const std::string& folder : unlisted) {
    const std::string prefix = folder.ends_with('/') ? folder : folder + "/";
    for (auto it = stored.lower_bound(prefix); it != stored.end() && it->first.starts_with(prefix); ++it) {
      if (!std::binary_search(listed.begin(), listed.end(), it->first)) kept.insert(it->first);
    }
  }
  return kept;
}

}  // namespace

Result<CorpusUpdate> UpdateCorpus(const Store& store, const std::vector<std::string>& listed,
                                  const std::vector<std::string>& unlisted, const Setup& setup,
                                  const FingerprintComponents& fingerprint, const UpdateOptions& options) {
  const bool quiet = options.quiet;
  Context cx{store, setup, fingerprint, FingerprintDigest(fingerprint), quiet, {}, {}, {}};
  // The previous merge is read on another thread while the documents are
  // read and the articles scanned (which do not use the store): at 10,000
  // articles each takes a third of the update. SQLite serialises the two
  // readers' steps, not their decoding.
  PreviousMerge previous;
  std::thread previous_reader([&] { previous = ReadPreviousMerge(store); });
  Result<std::map<std::string, StoredDocument>> stored = store.Documents(true);
  if (!stored.ok()) {
    previous_reader.join();
    return stored.status();
  }
  cx.stored = std::move(stored).value();
  for (const auto& [path, row] : cx.stored) {
    if (row.fingerprint == cx.digest) cx.by_content.try_emplace(row.content_hash, &row);
  }
  const std::set<std::string> kept_paths = KeptPaths(cx.stored, listed, unlisted);
  std::vector<std::string> files = listed;
  files.insert(files.end(), kept_paths.begin(), kept_paths.end());
  std::sort(files.begin(), files.end());
  CorpusUpdate up;
  up.changes.fingerprints[cx.digest] = nlohmann::json(fingerprint).dump();
  auto lap = [&, last = std::chrono::steady_clock::now()](const char* what) mutable {
    const auto now = std::chrono::steady_clock::now();
    if (options.timing) {
      std::cerr << "tarikh: timing: " << what << " "
                << std::chrono::duration_cast<std::chrono::milliseconds>(now - last).count() << " ms\n";
    }
    last = now;
  };
  std::vector<Extraction> corpus_docs(files.size());  // by index into `files` until compacted below
  std::vector<Scan> scans(files.size());
  {
    Progress progress(files.size(), options.progress && !options.quiet);
    ParallelFor(
        files.size(),
        [&](size_t i) {
          size_t bytes = 0;
          scans[i] = ScanFile(cx, files[i], kept_paths.count(files[i]) > 0, &corpus_docs[i], &bytes);
          progress.Done(bytes);
        },
        options.jobs);
  }
  previous_reader.join();
  // The previous merge can be updated only when it was merged from the stored documents.
  const std::vector<std::string_view> old_ids = SortedIds(cx.stored);
  if (previous.merged_from != IdsDigest(old_ids)) previous.read = false;
  // The corpus: the articles read, each text once, compacted in place.
  std::vector<StoredEvents> corpus_events(files.size());  // of each of corpus_docs
  std::vector<char> seen(files.size());                   // read, by index into `files`
  std::unordered_set<std::string_view> corpus_ids;        // views into corpus_docs
  std::set<std::string> extracted_ids;
  size_t kept = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& path = files[i];
    if (!ApplyScan(cx, path, scans[i], corpus_docs[i], &up)) {
      ++up.failed;
      continue;
    }
    seen[i] = 1;
    const std::string& id = corpus_docs[i].document.id;
    if (scans[i].kind == Scan::Kind::kExtracted) extracted_ids.insert(id);
    if (corpus_ids.count(id)) {
      if (!quiet) ReportWarning(QuoteName(path) + ": same text as an earlier article; read once");
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
  for (const auto& [path, row] : cx.stored) {
    // `files` are sorted, the stored rows too.
    const auto file = std::lower_bound(files.begin(), files.end(), path);
    if (file != files.end() && *file == path && seen[static_cast<size_t>(file - files.begin())]) continue;
    up.changes.removed.push_back(path);
    ++up.removed;
    up.explain.push_back(QuoteName(path) + ": removed (no longer among the inputs, or unreadable)");
  }
  Result<std::vector<Event>> merged =
      MergeCorpusEvents(cx, corpus_docs, corpus_events, old_ids, extracted_ids, std::move(previous), &up);
  if (!merged.ok()) return merged.status();
  std::sort(up.new_event_ids.begin(), up.new_event_ids.end());
  up.new_event_ids.erase(std::unique(up.new_event_ids.begin(), up.new_event_ids.end()), up.new_event_ids.end());
  lap("merge events");
  // The corpus's actors, merged article by article in path order: from the
  // stored records' bytes, or the actors of the articles just extracted.
  ActorTable actors;
  for (size_t d = 0; d < corpus_docs.size(); ++d) {
    if (corpus_events[d].record == nullptr) {
      for (const Actor& a : corpus_docs[d].entities.actors) actors.Add(a);
    } else if (!ForEachActor(corpus_events[d].actors, [&](const ActorView& a) { actors.Add(a); }).ok()) {
      return Status::IOError("a stored record no longer reads");
    }
  }
  // The per-article events and actors are in the merged ones; the outputs read only those.
  for (Extraction& e : corpus_docs) {
    e.events.clear();
    e.entities.actors.clear();
  }
  corpus_events.clear();
  up.corpus = BuildCorpus(std::move(corpus_docs), std::move(merged).value(), actors.Take());
  cx.by_content.clear();  // views of the rows, which leave with the update
  up.rows_read = std::move(cx.stored);
  return up;
}

}  // namespace tarikh::cli
