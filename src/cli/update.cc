#include "cli/update.h"

#include <sys/stat.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "cli/hashing.h"
#include "cli/parallel.h"
#include "cli/progress.h"
#include "tarikh/corpus.h"
#include "tarikh/record.h"

namespace tarikh::cli {
namespace {

Status ReadBytes(const std::string& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary);
  if (in) bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) return Status::InvalidInput(path + ": cannot read: " + std::strerror(errno));
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

// What scanning one input found. Scans run on --jobs threads and touch no
// shared state; they are applied to the update in input order, so messages,
// --explain and the store do not depend on the number of jobs.
struct Scan {
  enum class Kind { kFailed, kUnchanged, kTouched, kRenamed, kExtracted };
  Kind kind = Kind::kFailed;
  Extraction extraction;
  std::string error;                  // kFailed: the message, naming the file
  std::vector<std::string> warnings;  // kExtracted: what ingestion noticed
  struct stat st {};
  std::string hash;
  std::string record;                       // kRenamed, kExtracted: the new record
  const StoredDocument* same = nullptr;     // kTouched, kRenamed: the stored row with this content
};

// The stored extraction of `path` when its size, modification time and
// fingerprint (`st` is the file's stat) are those stored (and the record
// reads), else nullopt.
std::optional<Extraction> Unchanged(const Context& cx, const std::string& path, const struct stat& st) {
  auto old = cx.stored.find(path);
  if (old == cx.stored.end() || old->second.size != st.st_size ||
      old->second.mtime_ns != st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec ||
      old->second.fingerprint != cx.digest) {
    return std::nullopt;
  }
  Result<Extraction> e = ExtractionFromRecord(old->second.extraction);
  if (!e.ok()) return std::nullopt;
  return std::move(e).value();
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

Scan ScanFile(const Context& cx, const std::string& path, size_t* bytes_read) {
  Scan scan;
  if (stat(path.c_str(), &scan.st) != 0) {
    scan.error = path + ": cannot read: " + std::strerror(errno);
    return scan;
  }
  if (std::optional<Extraction> unchanged = Unchanged(cx, path, scan.st)) {
    scan.kind = Scan::Kind::kUnchanged;
    scan.extraction = std::move(unchanged).value();
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
    if (Result<Extraction> e = ExtractionFromRecord(same->extraction); e.ok()) {
      scan.same = same;
      scan.extraction = std::move(e).value();
      scan.kind = same->path == path ? Scan::Kind::kTouched : Scan::Kind::kRenamed;
      if (scan.kind == Scan::Kind::kRenamed) {
        scan.extraction.document.path = path;
        scan.record = ExtractionToRecord(scan.extraction);
      }
      return scan;
    }
  }
  Result<Document> doc = DecodeDocument(bytes, path, cx.setup.ingest);
  if (!doc.ok()) {
    scan.error = doc.status().message();
    return scan;
  }
  for (const Diagnostic& d : doc->warnings) scan.warnings.push_back(d.message);
  scan.extraction = cx.setup.extractor.Extract(std::move(doc).value());
  scan.extraction.document.text.clear();  // as a reused record has it: the outputs never show the article itself
  scan.record = ExtractionToRecord(scan.extraction);
  scan.kind = Scan::Kind::kExtracted;
  return scan;
}

// Applies one scan to the update; false when the article failed.
bool ApplyScan(Context& cx, const std::string& path, Scan& scan, CorpusUpdate* up) {
  switch (scan.kind) {
    case Scan::Kind::kFailed:
      ReportError(scan.error);
      up->failures.push_back(scan.error);
      return false;
    case Scan::Kind::kUnchanged:
      ++up->unchanged;
      up->explain.push_back(path + ": unchanged (size and modification time)");
      return true;
    case Scan::Kind::kTouched:
      ++up->unchanged;
      up->explain.push_back(path + ": unchanged (content hash; only the modification time changed)");
      Upsert(up, path, scan.st, scan.hash, cx, scan.extraction, scan.same->extraction);
      return true;
    case Scan::Kind::kRenamed:
      ++up->added;
      up->explain.push_back(path + ": new path, same content as " + scan.same->path + " (extraction reused)");
      Upsert(up, path, scan.st, scan.hash, cx, scan.extraction, std::move(scan.record));
      return true;
    case Scan::Kind::kExtracted: {
      if (!cx.quiet) {
        for (const std::string& w : scan.warnings) std::cerr << "tarikh: warning: " << w << "\n";
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
      up->explain.push_back(path + ": extracted: " + reason);
      Upsert(up, path, scan.st, scan.hash, cx, scan.extraction, std::move(scan.record));
      return true;
    }
  }
  return false;
}


// The old per-article events of `ids`, from the first stored row of each (as
// the old corpus read it); false when a stored record is unreadable.
bool OldEvents(const Context& cx, const std::set<std::string>& ids, std::vector<Event>* out) {
  std::set<std::string> done;
  for (const auto& [path, row] : cx.stored) {
    if (!ids.count(row.doc_id) || !done.insert(row.doc_id).second) continue;
    Result<Extraction> e = ExtractionFromRecord(row.extraction);
    if (!e.ok()) return false;
    out->insert(out->end(), e->events.begin(), e->events.end());
  }
  return true;
}

// The merged events of the previous build, or nullopt when they cannot be
// trusted to match the stored documents (then the merge is done in full).
std::optional<std::vector<StoredEvent>> PreviousMerge(const Context& cx, const std::set<std::string>& old_ids,
                                                      std::vector<Event>* events) {
  Result<std::string> merged_from = cx.store.Meta("corpus_documents");
  if (!merged_from.ok() || merged_from.value() != IdsDigest(old_ids)) return std::nullopt;
  Result<std::vector<StoredEvent>> stored = cx.store.Events();
  if (!stored.ok()) return std::nullopt;
  std::vector<std::optional<Event>> parsed(stored->size());
  ParallelFor(parsed.size(), [&](size_t i) {
    if (Result<Event> e = EventFromRecord(stored.value()[i].event); e.ok()) parsed[i] = std::move(e).value();
  });
  events->reserve(parsed.size());
  for (std::optional<Event>& e : parsed) {
    if (!e) return std::nullopt;
    events->push_back(std::move(*e));
  }
  return std::move(stored).value();
}

// The corpus's merged events: the previous ones updated island by island, or a full merge.
std::vector<Event> MergeCorpusEvents(const Context& cx, const std::vector<Extraction>& corpus_docs,
                                     const std::set<std::string>& extracted_ids, CorpusUpdate* up) {
  std::set<std::string> old_ids, new_ids, changed = extracted_ids;
  for (const auto& [path, row] : cx.stored) old_ids.insert(row.doc_id);
  std::vector<const Event*> events;  // every per-article event, by pointer: only a full merge copies them
  for (const Extraction& e : corpus_docs) {
    new_ids.insert(e.document.id);
    for (const Event& event : e.events) events.push_back(&event);
  }
  for (const std::string& id : old_ids) if (!new_ids.count(id)) changed.insert(id);
  for (const std::string& id : new_ids) if (!old_ids.count(id)) changed.insert(id);
  up->changes.meta["corpus_documents"] = IdsDigest(new_ids);

  std::vector<Event> previous, removed;
  std::optional<std::vector<StoredEvent>> rows = PreviousMerge(cx, old_ids, &previous);
  if (!rows || !OldEvents(cx, changed, &removed)) {
    up->full_merge = true;
    std::vector<Event> all;
    all.reserve(events.size());
    for (const Event* e : events) all.push_back(*e);
    std::vector<Event> merged = MergeEvents(std::move(all));
    up->changes.replace_events = true;
    for (const Event& e : merged) up->changes.events_added.push_back(EventToRecord(e));
    return merged;
  }
  MergeDelta delta = UpdateMergedEvents(previous, events, removed, changed);
  for (size_t i : delta.dropped) up->changes.events_removed.push_back((*rows)[i].seq);
  for (const Event& e : delta.added) up->changes.events_added.push_back(EventToRecord(e));
  return ApplyMergeDelta(std::move(previous), std::move(delta));
}

}  // namespace

Result<CorpusUpdate> UpdateCorpus(const Store& store, const std::vector<std::string>& files, const Setup& setup,
                                  const FingerprintComponents& fingerprint, const UpdateOptions& options) {
  const bool quiet = options.quiet;
  Context cx{store, setup, fingerprint, FingerprintDigest(fingerprint), quiet, {}, {}, {}};
  Result<std::map<std::string, StoredDocument>> stored = store.Documents(true);
  if (!stored.ok()) return stored.status();
  cx.stored = std::move(stored).value();
  for (const auto& [path, row] : cx.stored) {
    if (row.fingerprint == cx.digest) cx.by_content.try_emplace(row.content_hash, &row);
  }
  CorpusUpdate up;
  up.changes.fingerprints[cx.digest] = nlohmann::json(fingerprint).dump();
  std::vector<Extraction> corpus_docs;
  std::set<std::string> seen_paths, corpus_ids, extracted_ids;
  auto lap = [&, last = std::chrono::steady_clock::now()](const char* what) mutable {
    const auto now = std::chrono::steady_clock::now();
    if (options.timing) {
      std::cerr << "tarikh: timing: " << what << " "
                << std::chrono::duration_cast<std::chrono::milliseconds>(now - last).count() << " ms\n";
    }
    last = now;
  };
  std::vector<Scan> scans(files.size());
  {
    Progress progress(files.size(), options.progress && !options.quiet);
    ParallelFor(
        files.size(),
        [&](size_t i) {
          size_t bytes = 0;
          scans[i] = ScanFile(cx, files[i], &bytes);
          progress.Done(bytes);
        },
        options.jobs);
  }
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& path = files[i];
    if (!ApplyScan(cx, path, scans[i], &up)) {
      ++up.failed;
      continue;
    }
    seen_paths.insert(path);
    Extraction& e = scans[i].extraction;
    if (scans[i].kind == Scan::Kind::kExtracted) extracted_ids.insert(e.document.id);
    if (!corpus_ids.insert(e.document.id).second) {
      if (!quiet) std::cerr << "tarikh: warning: " << path << ": same text as an earlier article; read once\n";
      continue;
    }
    corpus_docs.push_back(std::move(e));
  }
  scans.clear();
  lap("extract (read, reuse or extract every article)");
  for (const auto& [path, row] : cx.stored) {
    if (seen_paths.count(path)) continue;
    up.changes.removed.push_back(path);
    ++up.removed;
    up.explain.push_back(path + ": removed (no longer among the inputs, or unreadable)");
  }
  std::vector<Event> merged = MergeCorpusEvents(cx, corpus_docs, extracted_ids, &up);
  lap("merge events");
  up.corpus = BuildCorpus(std::move(corpus_docs), std::move(merged));
  return up;
}

}  // namespace tarikh::cli
