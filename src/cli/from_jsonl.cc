#include "cli/from_jsonl.h"


#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "build/hashing.h"
#include "build/meta_keys.h"
#include "cli/parallel.h"
#include "cli/reporting.h"
#include "tarikh/corpus.h"
#include "tarikh/files.h"
#include "tarikh/jsonl.h"
#include "tarikh/record.h"

namespace tarikh::cli {

using build::HashHex;
using build::IdsDigest;

namespace {

struct Line {
  ExtractionLine parsed;
  std::string where;  // "FILE:N", for messages
};

// A line that cannot go into the corpus: said now, and again in the build's summary.
void Fail(const std::string& message, CorpusUpdate* up) {
  ReportError(message);
  ++up->failed;
  up->failures.push_back(message);
}

// Lines are parsed in batches, each batch on every core.
constexpr size_t kBatchLines = 512;

// Parses a batch; reports the lines that are not extraction lines, and error lines.
void ParseBatch(const std::vector<std::pair<std::string, std::string>>& batch, std::vector<Line>* lines,
                CorpusUpdate* up) {
  std::vector<std::optional<Result<ExtractionLine>>> parsed(batch.size());
  ParallelFor(batch.size(), [&](size_t i) { parsed[i] = ParseExtractionLine(batch[i].second); });
  for (size_t i = 0; i < batch.size(); ++i) {
    const std::string& where = batch[i].first;
    if (!parsed[i]->ok()) {
      Fail(where + ": " + parsed[i]->status().message(), up);
    } else if (!parsed[i]->value().error.empty()) {
      const ExtractionLine& error = parsed[i]->value();
      Fail(where + ": extract --jsonl failed on its line " + std::to_string(error.line) + ": " + error.error, up);
    } else {
      lines->push_back(Line{std::move(*parsed[i]).value(), where});
    }
  }
}

Status ReadLines(std::istream& in, const std::string& name, std::vector<Line>* lines, CorpusUpdate* up) {
  std::vector<std::pair<std::string, std::string>> batch;  // where, text
  std::string text;
  for (int64_t number = 1; std::getline(in, text); ++number) {
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    batch.emplace_back(name + ":" + std::to_string(number), std::move(text));
    if (batch.size() == kBatchLines) {
      ParseBatch(batch, lines, up);
      batch.clear();
    }
  }
  ParseBatch(batch, lines, up);
  if (in.bad()) return Status::IOError(name + ": cannot read");
  return Status::Ok();
}

Status ReadAllLines(const std::vector<std::string>& files, std::vector<Line>* lines, CorpusUpdate* up) {
  for (const std::string& file : files) {
    if (file == "-") {
      if (Status s = ReadLines(std::cin, "<stdin>", lines, up); !s.ok()) return s;
      continue;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::InvalidInput(file + ": cannot open");
    if (Status s = ReadLines(in, file, lines, up); !s.ok()) return s;
  }
  return Status::Ok();
}

// Path order, as `build` takes its files; a second line for a path is dropped.
void SortByPath(std::vector<Line>* lines, CorpusUpdate* up) {
  std::stable_sort(lines->begin(), lines->end(),
                   [](const Line& a, const Line& b) { return a.parsed.path < b.parsed.path; });
  std::vector<Line> unique;
  for (Line& line : *lines) {
    if (!unique.empty() && unique.back().parsed.path == line.parsed.path) {
      Fail(line.where + ": " + line.parsed.path + ": a second line for this path (the first, " +
               unique.back().where + ", is kept)",
           up);
      continue;
    }
    unique.push_back(std::move(line));
  }
  *lines = std::move(unique);
}

// What one --from-jsonl build knows while it goes through the lines.
struct Context {
  const Store& store;
  std::map<std::string, StoredDocument> stored;            // by path, without extractions
  std::map<std::string, std::string> fingerprint_reasons;  // "old digest new digest" → what changed
  std::map<std::string, FingerprintComponents> fingerprints;  // digest → components, of the lines
};

// "fingerprint changed (lexicon data/entities/people.tsv changed)".
std::string FingerprintReason(Context& cx, const std::string& old_digest, const std::string& new_digest) {
  auto [it, inserted] = cx.fingerprint_reasons.try_emplace(old_digest + " " + new_digest);
  if (!inserted) return it->second;
  std::string what;
  Result<std::string> json = cx.store.FingerprintComponents(old_digest);
  const auto parsed = nlohmann::json::parse(json.ok() ? json.value() : "", nullptr, false);
  if (parsed.is_object()) {
    for (const std::string& change :
         FingerprintChanges(parsed.get<FingerprintComponents>(), cx.fingerprints.at(new_digest))) {
      what += (what.empty() ? "" : ", ") + change;
    }
  }
  it->second = "fingerprint changed" + (what.empty() ? std::string() : " (" + what + ")");
  return it->second;
}

// Counts the line as unchanged, added or changed, and stores it unless unchanged.
void Record(Context& cx, Line& line, CorpusUpdate* up) {
  const std::string hash = HashHex(line.parsed.record);
  const std::string digest = FingerprintDigest(line.parsed.fingerprint);
  cx.fingerprints.try_emplace(digest, line.parsed.fingerprint);
  const std::string& path = line.parsed.path;
  const auto old = cx.stored.find(path);
  if (old != cx.stored.end() && old->second.content_hash == hash && old->second.fingerprint == digest) {
    ++up->unchanged;
    up->explain.push_back(path + ": unchanged (" + line.where + ": same record)");
    return;
  }
  std::string reason = "new";
  if (old == cx.stored.end()) {
    ++up->added;
  } else {
    ++up->changed;
    reason = old->second.fingerprint != digest ? FingerprintReason(cx, old->second.fingerprint, digest)
                                               : "extraction changed";
  }
  up->explain.push_back(path + ": read from " + line.where + ": " + reason);
  up->changes.upserts.push_back({path, static_cast<int64_t>(line.parsed.record.size()), 0, hash, digest,
                                 line.parsed.extraction.document.id, std::move(line.parsed.record)});
}

// Lines extracted with different fingerprints make a corpus no single build would.
void WarnAboutMixedFingerprints(const Context& cx, bool quiet) {
  if (quiet || cx.fingerprints.size() < 2) return;
  std::set<std::string> differences;
  const FingerprintComponents& first = cx.fingerprints.begin()->second;
  for (const auto& [digest, components] : cx.fingerprints) {
    for (const std::string& change : FingerprintChanges(first, components)) differences.insert(change);
  }
  std::string what;
  for (const std::string& d : differences) what += (what.empty() ? "" : "; ") + d;
  std::cerr << "tarikh: warning: the lines were extracted with " << cx.fingerprints.size()
            << " different extractor fingerprints (" << what
            << "): extract every article with the same tarikh, data and options\n";
}

// Merges in full; keeps the stored merged events when they are those of the same documents.
std::vector<Event> MergeAll(const Context& cx, const std::vector<Extraction>& docs, CorpusUpdate* up) {
  std::set<std::string> ids;
  std::vector<Event> events;
  for (const Extraction& e : docs) {
    ids.insert(e.document.id);
    events.insert(events.end(), e.events.begin(), e.events.end());
  }
  std::vector<Event> merged = MergeEvents(std::move(events));
  const std::string digest = IdsDigest(ids);
  Result<std::string> merged_from = cx.store.Meta(build::kCorpusDocumentsKey);
  const bool same_documents = up->added + up->changed + up->removed == 0 && merged_from.ok() &&
                              merged_from.value() == digest;
  up->full_merge = true;
  if (!same_documents) {
    up->changes.replace_events = true;
    for (const Event& e : merged) up->changes.events_added.push_back(EventToRecord(e));
  }
  up->changes.meta[build::kCorpusDocumentsKey] = digest;
  return merged;
}

}  // namespace

Result<CorpusUpdate> UpdateCorpusFromJsonl(const Store& store, const std::vector<std::string>& jsonl_files,
                                           bool quiet) {
  CorpusUpdate up;
  std::vector<Line> lines;
  if (Status s = ReadAllLines(jsonl_files, &lines, &up); !s.ok()) return s;
  SortByPath(&lines, &up);
  Context cx{store, {}, {}, {}};
  Result<std::map<std::string, StoredDocument>> stored = store.Documents(false);
  if (!stored.ok()) return stored.status();
  cx.stored = std::move(stored).value();

  std::vector<Extraction> docs;
  std::set<std::string> seen_paths, corpus_ids;
  for (Line& line : lines) {
    Record(cx, line, &up);
    seen_paths.insert(line.parsed.path);
    if (!corpus_ids.insert(line.parsed.extraction.document.id).second) {
      if (!quiet) {
        ReportWarning(QuoteName(line.parsed.path) + ": same text as an earlier article; read once");
      }
      continue;
    }
    docs.push_back(std::move(line.parsed.extraction));
  }
  for (const auto& [digest, components] : cx.fingerprints) {
    up.changes.fingerprints[digest] = nlohmann::json(components).dump();
  }
  WarnAboutMixedFingerprints(cx, quiet);
  for (const auto& [path, row] : cx.stored) {
    if (seen_paths.count(path)) continue;
    up.changes.removed.push_back(path);
    ++up.removed;
    up.explain.push_back(path + ": removed (in no line)");
  }
  std::vector<Event> merged = MergeAll(cx, docs, &up);
  up.corpus = BuildCorpus(std::move(docs), std::move(merged));
  return up;
}

}  // namespace tarikh::cli
