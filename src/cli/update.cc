#include "cli/update.h"

#include <sys/stat.h>
#include <xxhash.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "cli/parallel.h"
#include "tarikh/corpus.h"
#include "tarikh/record.h"

namespace tarikh::cli {
namespace {

std::string HashHex(std::string_view bytes) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH3_64bits(bytes.data(), bytes.size())));
  return hex;
}

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

struct Scanned {
  Extraction extraction;
  bool extracted = false;  // now, rather than reused from the store
};

void Upsert(CorpusUpdate* up, const std::string& path, const struct stat& st, const std::string& hash,
            const Context& cx, const Extraction& e, std::string record) {
  up->changes.upserts.push_back(
      {path, st.st_size, st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec, hash, cx.digest, e.document.id,
       std::move(record)});
}

// Reuses the stored extraction of a file with the same content (the same
// path touched, or another path: a rename), or nullopt.
std::optional<Scanned> ReuseContent(Context& cx, const std::string& path, const struct stat& st,
                                    const std::string& hash, CorpusUpdate* up) {
  const StoredDocument* same = nullptr;
  if (auto old = cx.stored.find(path); old != cx.stored.end() && old->second.content_hash == hash &&
                                       old->second.fingerprint == cx.digest) {
    same = &old->second;
  } else if (auto other = cx.by_content.find(hash); other != cx.by_content.end()) {
    same = other->second;
  }
  if (same == nullptr) return std::nullopt;
  Result<Extraction> e = ExtractionFromRecord(same->extraction);
  if (!e.ok()) return std::nullopt;
  const bool renamed = same->path != path;
  e->document.path = path;
  Upsert(up, path, st, hash, cx, e.value(), renamed ? ExtractionToRecord(e.value()) : same->extraction);
  if (renamed) {
    ++up->added;
    up->explain.push_back(path + ": new path, same content as " + same->path + " (extraction reused)");
  } else {
    ++up->unchanged;
    up->explain.push_back(path + ": unchanged (content hash; only the modification time changed)");
  }
  return Scanned{std::move(e).value(), false};
}

Scanned Extract(Context& cx, const std::string& path, const struct stat& st, const std::string& hash,
                Document doc, CorpusUpdate* up) {
  auto old = cx.stored.find(path);
  std::string reason = "new";
  if (old == cx.stored.end()) {
    ++up->added;
  } else {
    ++up->changed;
    reason = old->second.fingerprint != cx.digest ? FingerprintReason(cx, old->second.fingerprint) : "content changed";
  }
  up->explain.push_back(path + ": extracted: " + reason);
  Extraction e = cx.setup.extractor.Extract(std::move(doc));
  e.document.text.clear();  // as a reused record has it: the outputs never show the article itself
  Upsert(up, path, st, hash, cx, e, ExtractionToRecord(e));
  return Scanned{std::move(e), true};
}

// The stored extraction of `path` when its size, modification time and
// fingerprint are those stored (and the record reads), else nullopt.
std::optional<Extraction> Unchanged(const Context& cx, const std::string& path) {
  struct stat st {};
  auto old = cx.stored.find(path);
  if (old == cx.stored.end() || stat(path.c_str(), &st) != 0 || old->second.size != st.st_size ||
      old->second.mtime_ns != st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec ||
      old->second.fingerprint != cx.digest) {
    return std::nullopt;
  }
  Result<Extraction> e = ExtractionFromRecord(old->second.extraction);
  if (!e.ok()) return std::nullopt;
  return std::move(e).value();
}

// `unchanged`: Unchanged(cx, path), computed beforehand (in parallel).
std::optional<Scanned> ScanFile(Context& cx, const std::string& path, std::optional<Extraction> unchanged,
                                CorpusUpdate* up) {
  if (unchanged) {
    ++up->unchanged;
    up->explain.push_back(path + ": unchanged (size and modification time)");
    return Scanned{std::move(unchanged).value(), false};
  }
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) {
    ReportError(path + ": cannot read: " + std::strerror(errno));
    return std::nullopt;
  }
  std::string bytes;
  if (Status s = ReadBytes(path, &bytes); !s.ok()) {
    ReportError(s.message());
    return std::nullopt;
  }
  const std::string hash = HashHex(bytes);
  if (auto reused = ReuseContent(cx, path, st, hash, up)) return reused;
  Result<Document> doc = DecodeDocument(bytes, path, cx.setup.ingest);
  if (!doc.ok()) {
    ReportError(doc.status().message());
    return std::nullopt;
  }
  ReportWarnings(doc.value(), cx.quiet);
  return Extract(cx, path, st, hash, std::move(doc).value(), up);
}

std::string IdsDigest(const std::set<std::string>& ids) {
  std::string all;
  for (const std::string& id : ids) all += id + '\n';
  return HashHex(all);
}

}  // namespace

namespace {

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
                                  const FingerprintComponents& fingerprint, bool quiet) {
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
  std::vector<std::optional<Extraction>> unchanged(files.size());
  ParallelFor(files.size(), [&](size_t i) { unchanged[i] = Unchanged(cx, files[i]); });
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& path = files[i];
    std::optional<Scanned> s = ScanFile(cx, path, std::move(unchanged[i]), &up);
    if (!s) {
      ++up.failed;
      continue;
    }
    seen_paths.insert(path);
    if (s->extracted) extracted_ids.insert(s->extraction.document.id);
    if (!corpus_ids.insert(s->extraction.document.id).second) {
      if (!quiet) std::cerr << "tarikh: warning: " << path << ": same text as an earlier article; read once\n";
      continue;
    }
    corpus_docs.push_back(std::move(s->extraction));
  }
  for (const auto& [path, row] : cx.stored) {
    if (seen_paths.count(path)) continue;
    up.changes.removed.push_back(path);
    ++up.removed;
    up.explain.push_back(path + ": removed (no longer among the inputs, or unreadable)");
  }
  std::vector<Event> merged = MergeCorpusEvents(cx, corpus_docs, extracted_ids, &up);
  up.corpus = BuildCorpus(std::move(corpus_docs), std::move(merged));
  return up;
}

}  // namespace tarikh::cli
