#include "build/file_source.h"

#include <algorithm>

#include "build/hashing.h"
#include "common/files.h"

namespace tarikh::build {
namespace {

// The stored row of `path` when its size, modification time and fingerprint
// are those stored, else nullptr.
const StoredDocument* Unchanged(const StoredRows& rows, const std::string& path, const FileStat& st) {
  auto old = rows.by_path.find(path);
  if (old == rows.by_path.end() || old->second.size != st.size || old->second.mtime_ns != st.mtime_ns ||
      old->second.fingerprint != rows.digest) {
    return nullptr;
  }
  return &old->second;
}

// The stored row with the content `hash` under this fingerprint: the same
// path touched, or another path (a rename); nullptr when none.
const StoredDocument* SameContent(const StoredRows& rows, const std::string& path, const std::string& hash) {
  if (auto old = rows.by_path.find(path); old != rows.by_path.end() && old->second.content_hash == hash &&
                                          old->second.fingerprint == rows.digest) {
    return &old->second;
  }
  auto other = rows.by_content.find(hash);
  return other == rows.by_content.end() ? nullptr : other->second;
}

}  // namespace

FileSource::FileSource(InputListing listing, const Setup& setup, const FingerprintComponents& fingerprint,
                       const FileSystem& fs)
    : listing_(std::move(listing)), setup_(setup), fs_(fs), digest_(FingerprintDigest(fingerprint)) {
  fingerprints_.emplace(digest_, fingerprint);
}

bool FileSource::Keeps(const std::string& stored_path) const {
  if (std::binary_search(listing_.files.begin(), listing_.files.end(), stored_path)) return false;
  return std::any_of(listing_.unlisted.begin(), listing_.unlisted.end(), [&](const std::string& folder) {
    return stored_path.starts_with(folder.ends_with('/') ? folder : folder + "/");
  });
}

Scan FileSource::ScanInput(size_t i, const StoredRows& rows, Extraction* extraction, size_t* bytes_read) const {
  const std::string& path = listing_.files[i];
  Scan scan;
  scan.fingerprint = digest_;
  std::string why;
  const std::optional<FileStat> st = fs_.Stat(path, &why);
  if (!st) {
    scan.error = QuoteName(path) + ": cannot read: " + why;
    return scan;
  }
  scan.stat = *st;
  if (const StoredDocument* unchanged = Unchanged(rows, path, scan.stat);
      unchanged && ReadStored(*unchanged, &scan, extraction)) {
    scan.kind = Scan::Kind::kUnchanged;
    scan.how = "size and modification time";
    return scan;
  }
  std::string bytes;
  if (Status s = fs_.Read(path, &bytes); !s.ok()) {
    scan.error = s.message();
    return scan;
  }
  *bytes_read = bytes.size();
  scan.hash = HashHex(bytes);
  if (const StoredDocument* same = SameContent(rows, path, scan.hash)) {
    if (same->path == path && ReadStored(*same, &scan, extraction)) {
      scan.same = same;
      scan.kind = Scan::Kind::kTouched;
      scan.how = "content hash; only the modification time changed";
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
  Result<Document> doc = DecodeDocument(bytes, path, setup_.ingest);
  if (!doc.ok()) {
    scan.error = doc.status().message();
    return scan;
  }
  *extraction = setup_.extractor.Extract(std::move(doc).value());
  for (const Diagnostic& d : extraction->document.warnings) scan.warnings.push_back(d.message);
  // As a reused record has it: the outputs never show the article itself,
  // nor where in it each name was found. Freed, not only emptied: a full
  // build holds every article's extraction until the store commits (the
  // texts alone were 140 MB at 20,000 wire-story-size articles).
  std::string().swap(extraction->document.text);
  std::vector<Mention>().swap(extraction->entities.mentions);
  scan.record = ExtractionToRecord(*extraction);
  scan.kind = Scan::Kind::kRecorded;
  scan.origin = "extracted";
  scan.changed = "content changed";
  return scan;
}

bool ReadStored(const StoredDocument& row, Scan* scan, Extraction* extraction) {
  Result<Extraction> e =
      ExtractionFromRecord(row.extraction, &scan->stored_events.outlines, &scan->stored_events.actors);
  if (!e.ok()) return false;
  *extraction = std::move(e).value();
  scan->stored_events.record = &row.extraction;
  return true;
}

}  // namespace tarikh::build
