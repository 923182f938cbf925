#include "build/jsonl_source.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <set>

#include "build/hashing.h"
#include "build/parallel.h"

namespace tarikh::build {
namespace {

// Lines are parsed in batches, each batch on every core.
constexpr size_t kBatchLines = 512;

}  // namespace

void JsonlSource::ParseBatch(std::vector<std::pair<std::string, std::string>>& batch) {
  std::vector<std::optional<Result<ExtractionLine>>> parsed(batch.size());
  ParallelFor(batch.size(), [&](size_t i) { parsed[i] = ParseExtractionLine(batch[i].second); });
  for (size_t i = 0; i < batch.size(); ++i) {
    const std::string& where = batch[i].first;
    if (!parsed[i]->ok()) {
      problems_.push_back(where + ": " + parsed[i]->status().message());
    } else if (!parsed[i]->value().error.empty()) {
      const ExtractionLine& error = parsed[i]->value();
      problems_.push_back(where + ": extract --jsonl failed on its line " + std::to_string(error.line) + ": " +
                          error.error);
    } else {
      lines_.push_back(Line{std::move(*parsed[i]).value(), where});
    }
  }
  batch.clear();
}

Status JsonlSource::ReadLines(std::istream& in, const std::string& name) {
  std::vector<std::pair<std::string, std::string>> batch;  // where, text
  std::string text;
  for (int64_t number = 1; std::getline(in, text); ++number) {
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    batch.emplace_back(name + ":" + std::to_string(number), std::move(text));
    if (batch.size() == kBatchLines) ParseBatch(batch);
  }
  ParseBatch(batch);
  if (in.bad()) return Status::IOError(name + ": cannot read");
  return Status::Ok();
}

// Path order, as `build` takes its files; a second line for a path is dropped.
void JsonlSource::SortByPath() {
  std::stable_sort(lines_.begin(), lines_.end(),
                   [](const Line& a, const Line& b) { return a.parsed.path < b.parsed.path; });
  std::vector<Line> unique;
  for (Line& line : lines_) {
    if (!unique.empty() && unique.back().parsed.path == line.parsed.path) {
      problems_.push_back(line.where + ": " + line.parsed.path + ": a second line for this path (the first, " +
                          unique.back().where + ", is kept)");
      continue;
    }
    unique.push_back(std::move(line));
  }
  lines_ = std::move(unique);
}

Result<JsonlSource> JsonlSource::Read(const std::vector<std::string>& files, std::istream& standard_input) {
  JsonlSource source;
  for (const std::string& file : files) {
    if (file == "-") {
      if (Status s = source.ReadLines(standard_input, "<stdin>"); !s.ok()) return s;
      continue;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::InvalidInput(file + ": cannot open");
    if (Status s = source.ReadLines(in, file); !s.ok()) return s;
  }
  source.SortByPath();
  for (const Line& line : source.lines_) {
    source.paths_.push_back(line.parsed.path);
    source.fingerprints_.try_emplace(FingerprintDigest(line.parsed.fingerprint), line.parsed.fingerprint);
  }
  if (source.fingerprints_.size() > 1) {
    std::set<std::string> differences;
    const FingerprintComponents& first = source.fingerprints_.begin()->second;
    for (const auto& [digest, components] : source.fingerprints_) {
      for (const std::string& change : FingerprintChanges(first, components)) differences.insert(change);
    }
    std::string what;
    for (const std::string& d : differences) what += (what.empty() ? "" : "; ") + d;
    source.warnings_.push_back("the lines were extracted with " + std::to_string(source.fingerprints_.size()) +
                               " different extractor fingerprints (" + what +
                               "): extract every article with the same tarikh, data and options");
  }
  return source;
}

Scan JsonlSource::ScanInput(size_t i, const StoredRows& rows, Extraction* extraction, size_t* bytes_read) const {
  Line& line = lines_[i];
  Scan scan;
  scan.hash = HashHex(line.parsed.record);
  scan.fingerprint = FingerprintDigest(line.parsed.fingerprint);
  scan.stat = FileStat{static_cast<int64_t>(line.parsed.record.size()), 0};
  *bytes_read = line.parsed.record.size();
  *extraction = std::move(line.parsed.extraction);
  const auto old = rows.by_path.find(line.parsed.path);
  if (old != rows.by_path.end() && old->second.content_hash == scan.hash &&
      old->second.fingerprint == scan.fingerprint) {
    scan.kind = Scan::Kind::kUnchanged;
    scan.how = line.where + ": same record";
    return scan;
  }
  scan.kind = Scan::Kind::kRecorded;
  scan.record = std::move(line.parsed.record);
  scan.origin = "read from " + line.where;
  scan.changed = "extraction changed";
  return scan;
}

}  // namespace tarikh::build
