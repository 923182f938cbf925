// FileSource: the articles of files and folders (ListInputs), scanned
// against the store as ninja checks its build log. An article is reused
// without being read when its size and modification time and the extractor
// fingerprint are those stored; read and reused when its content hash is (a
// touched file, or a file renamed: its content is found under another
// path); extracted otherwise. Paths stored under a folder that could not be
// listed are kept as stored, never taken for removed.
#ifndef TARIKH_BUILD_FILE_SOURCE_H_
#define TARIKH_BUILD_FILE_SOURCE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "build/setup.h"
#include "build/source.h"
#include "tarikh/ingest.h"

namespace tarikh::build {

class FileSource final : public ArticleSource {
 public:
  // `listing` as ListInputs made it; `setup`, `fingerprint` and `fs` must
  // outlive the source.
  FileSource(InputListing listing, const Setup& setup, const FingerprintComponents& fingerprint,
             const FileSystem& fs);

  // The names a folder's listing reads, and the folders it enters: what
  // `tarikh watch` wakes up for.
  static bool ReadsFile(std::string_view name) { return IsArticleFileName(name); }
  static bool EntersFolder(std::string_view name) { return !IsHiddenName(name); }

  const std::vector<std::string>& Paths() const override { return listing_.files; }
  Scan ScanInput(size_t i, const StoredRows& rows, Extraction* extraction, size_t* bytes_read) const override;
  bool Keeps(const std::string& stored_path) const override;
  std::string Digest() const override { return digest_; }
  const std::map<std::string, FingerprintComponents>& Fingerprints() const override { return fingerprints_; }
  const std::vector<std::string>& Problems() const override { return listing_.problems; }
  const std::vector<std::string>& Warnings() const override { return listing_.warnings; }
  std::string RemovedWhy() const override { return "removed (no longer among the inputs, or unreadable)"; }
  bool StatTellsChanges() const override { return listing_.unlisted.empty(); }

 private:
  InputListing listing_;
  const Setup& setup_;
  const FileSystem& fs_;
  std::string digest_;
  std::map<std::string, FingerprintComponents> fingerprints_;
};

}  // namespace tarikh::build

#endif  // TARIKH_BUILD_FILE_SOURCE_H_
