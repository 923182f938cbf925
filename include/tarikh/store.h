// The store: the SQLite file that makes `tarikh build` incremental (ninja's
// .ninja_log, in SQLite). It remembers, per input path, the file's size,
// modification time and content hash, the extractor fingerprint it was
// extracted with, and the extraction itself; and, per output file, the hash
// of what was last written — so `build` re-extracts only new or changed
// articles, forgets removed ones, and `--explain` can say why.
//
// On-disk format, schema version 1 (a store with another version, or that is
// not a tarikh store, is rebuilt from scratch rather than misread):
//
//   meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)
//     'schema_version' → '1'
//   documents(path TEXT PRIMARY KEY,
//             size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
//             content_hash TEXT NOT NULL,   -- XXH3-64 of the file's bytes, hex
//             fingerprint TEXT NOT NULL,    -- extractor fingerprint (code version + lexicons + options)
//             extraction TEXT NOT NULL)     -- the document's extraction, JSON (tarikh/record.h)
//   outputs(name TEXT PRIMARY KEY, content_hash TEXT NOT NULL)
//
// Every Apply is one transaction: a build killed at any moment leaves the
// store as it was before or after the transaction, never in between.
// Concurrent builds: Open takes an exclusive lock on `<store>.lock` (flock)
// for the Store's lifetime, waiting up to `wait_ms` before saying the store
// is busy; SQLite's own locking protects any other reader.
#ifndef TARIKH_STORE_H_
#define TARIKH_STORE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "tarikh/status.h"

namespace tarikh {

struct StoredDocument {
  std::string path;
  int64_t size = 0;
  int64_t mtime_ns = 0;
  std::string content_hash;
  std::string fingerprint;
  std::string extraction;  // empty when loaded without extractions
};

struct StoreChanges {
  std::vector<StoredDocument> upserts;    // inserted or replaced by path
  std::vector<std::string> removed;       // paths no longer among the inputs
  std::map<std::string, std::string> outputs;  // output name → content hash written
};

class Store {
 public:
  static constexpr int kSchemaVersion = 1;

  // Opens (creating if needed) the store at `path`. A file that is not a
  // store of this schema version is recreated, and `*rebuilt` says so.
  static Result<Store> Open(const std::string& path, int wait_ms, bool* rebuilt = nullptr);

  // Every document, by path; `with_extractions` = false skips the JSON.
  Result<std::map<std::string, StoredDocument>> Documents(bool with_extractions) const;
  Result<std::map<std::string, std::string>> Outputs() const;

  // Applies all changes in one transaction.
  Status Apply(const StoreChanges& changes);

  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tarikh

#endif  // TARIKH_STORE_H_
