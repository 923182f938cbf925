// SQLite-backed store (see include/tarikh/store.h for the format).
#include "tarikh/store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>

#include "store/build_state.h"
#include "store/statement.h"
#include "common/files.h"

namespace tarikh {

namespace {

// The WAL is checkpointed after a transaction that leaves it larger than
// kWalCheckpointBytes, or that added kWalLargeTransactionBytes to it.
constexpr off_t kWalCheckpointBytes = 64 << 20;
constexpr off_t kWalLargeTransactionBytes = 16 << 20;

constexpr const char* kSchema =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS documents(path TEXT PRIMARY KEY, size INTEGER NOT NULL,"
    " mtime_ns INTEGER NOT NULL, content_hash TEXT NOT NULL, fingerprint TEXT NOT NULL,"
    " doc_id TEXT NOT NULL, extraction BLOB NOT NULL);"
    "CREATE TABLE IF NOT EXISTS fingerprints(digest TEXT PRIMARY KEY, components TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS events(seq INTEGER PRIMARY KEY, event BLOB NOT NULL);"
    "CREATE TABLE IF NOT EXISTS outputs(name TEXT PRIMARY KEY, content_hash TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS pieces(output TEXT PRIMARY KEY, pieces BLOB NOT NULL);";

// Exclusive advisory lock on `<store>.lock`, held while the Store lives.
Result<FileLock> Lock(const std::string& path, int wait_ms) {
  const std::string lock_path = path + ".lock";
  FileLock::Failure failure;
  std::string error;
  std::optional<FileLock> lock = FileLock::Acquire(lock_path, wait_ms, &failure, &error);
  if (lock) return std::move(*lock);
  switch (failure) {
    case FileLock::Failure::kCannotOpen:
      return Status::IOError(QuoteName(lock_path) + ": cannot open the store's lock file: " + error);
    case FileLock::Failure::kCannotLock:
      return Status::IOError(QuoteName(lock_path) + ": cannot lock the store: " + error);
    default:
      return Status::IOError(QuoteName(path) + ": the store is busy: another tarikh build or watch is using it");
  }
}

}  // namespace

struct Store::Impl {
  sqlite3* db = nullptr;
  std::optional<FileLock> lock;  // released after the database is closed
  std::string path;

  ~Impl() {
    if (db != nullptr) sqlite3_close(db);
  }

  Status Exec(const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) == SQLITE_OK) return Status::Ok();
    Status s = store::SqlError(path, error != nullptr ? error : sqlite3_errmsg(db));
    sqlite3_free(error);
    return s;
  }

  // WAL: readers never wait, and with NORMAL a commit is appended to the
  // WAL without an fsync, safe from a killed process (a power failure may
  // lose the last builds, never the store's consistency). The fsyncs come
  // with checkpoints, which copy the WAL into the store: at 10,000 articles
  // a build appends ≈ 5 MB (the exports' piece indices, the layouts), and a
  // checkpoint after every build — SQLite's default, at 4 MB and on close —
  // cost an incremental build 150 ms of waiting for the disk. So the WAL is
  // checkpointed after a transaction that leaves it over kWalCheckpointBytes
  // (CheckpointIfLarge), not on close.
  Status UseWal() {
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    return Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0;");
  }

  off_t WalSize() const {
    struct stat st {};
    return stat((path + "-wal").c_str(), &st) == 0 ? st.st_size : 0;
  }

  // Folds the WAL into the store and empties it after a large transaction
  // (a full build: its cost is small beside the build's), or when small
  // ones have made it large. A checkpoint that fails (a reader holds the
  // WAL) is tried again after the next transaction.
  void CheckpointIfLarge(off_t wal_before) {
    const off_t wal = WalSize();
    if (wal - wal_before < kWalLargeTransactionBytes && wal < kWalCheckpointBytes) return;
    sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
  }

  // True for a database with no tables (a new file).
  bool Empty() {
    store::Statement st(db, "SELECT count(*) FROM sqlite_master");
    return st.ok() && st.Step() == SQLITE_ROW && st.Int(0) == 0;
  }

  // The schema version stored in meta; nullopt when the file is not a tarikh
  // store (no such table, not a database). An error when it cannot be read
  // at all (the disk, a file-size limit): that says nothing of what it is.
  Result<std::optional<int>> StoredVersion() {
    store::Statement st(db, "SELECT value FROM meta WHERE key = 'schema_version'");
    const int rc = st.ok() ? st.Step() : SQLITE_ERROR;
    if (rc == SQLITE_ROW) return std::optional<int>(std::atoi(st.Text(0).c_str()));
    if (rc == SQLITE_DONE) return std::optional<int>();
    const int code = sqlite3_errcode(db) & 0xFF;
    if (code == SQLITE_ERROR || code == SQLITE_NOTADB || code == SQLITE_CORRUPT) return std::optional<int>();
    return store::SqlError(path, sqlite3_errmsg(db));
  }
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

Result<Store> Store::Open(const std::string& path, int wait_ms, bool* rebuilt) {
  // SQLite would only say "unable to open database file".
  if (struct stat st {}; stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    return Status::InvalidInput(QuoteName(path) + ": is a folder, not a store; --store names the store's file");
  }
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  Result<FileLock> lock = Lock(path, wait_ms);
  if (!lock.ok()) return lock.status();
  impl->lock = std::move(lock).value();
  if (rebuilt != nullptr) *rebuilt = false;
  // FULLMUTEX: a build reads the documents and the merged events on two threads at once.
  if (sqlite3_open_v2(path.c_str(), &impl->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                      nullptr) != SQLITE_OK) {
    return store::SqlError(path, impl->db != nullptr ? sqlite3_errmsg(impl->db) : "cannot open");
  }
  sqlite3_busy_timeout(impl->db, wait_ms);
  const Result<std::optional<int>> stored_version = impl->StoredVersion();
  if (!stored_version.ok()) return stored_version.status();
  const std::optional<int> version = stored_version.value();
  if (version == kSchemaVersion) {
    if (Status s = impl->UseWal(); !s.ok()) return s;
    return Store(std::move(impl));
  }
  if (!version && !impl->Empty()) {
    // Never delete a file we did not make: --store may point at anything.
    return Status::InvalidInput(QuoteName(path) + ": not a tarikh store; remove it or name another file with --store");
  }
  // Empty, or a store of another schema version: (re)create the tables.
  if (rebuilt != nullptr) *rebuilt = version.has_value();
  Status s = impl->UseWal();
  if (s.ok()) s = impl->Exec(
      "BEGIN IMMEDIATE; DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS outputs; DROP TABLE IF EXISTS meta;"
      " DROP TABLE IF EXISTS events; DROP TABLE IF EXISTS fingerprints; DROP TABLE IF EXISTS pieces;");
  if (s.ok()) s = impl->Exec(kSchema);
  if (s.ok()) {
    s = impl->Exec(("INSERT INTO meta VALUES('schema_version', '" + std::to_string(kSchemaVersion) + "'); COMMIT;").c_str());
  }
  if (!s.ok()) return s;
  return Store(std::move(impl));
}

Result<std::map<std::string, StoredDocument>> Store::Documents(bool with_extractions) const {
  store::Statement st(impl_->db, with_extractions
                                     ? "SELECT path, size, mtime_ns, content_hash, fingerprint, doc_id, extraction FROM documents"
                                     : "SELECT path, size, mtime_ns, content_hash, fingerprint, doc_id, '' FROM documents");
  if (!st.ok()) return st.status(impl_->path);
  std::map<std::string, StoredDocument> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    StoredDocument d{st.Text(0), st.Int(1), st.Int(2), st.Text(3), st.Text(4), st.Text(5), st.Blob(6), {}};
    out.emplace(d.path, std::move(d));
  }
  if (rc != SQLITE_DONE) return st.status(impl_->path);
  return out;
}

Result<size_t> Store::DocumentCount() const {
  store::Statement st(impl_->db, "SELECT count(*) FROM documents");
  if (!st.ok() || st.Step() != SQLITE_ROW) return st.status(impl_->path);
  return static_cast<size_t>(st.Int(0));
}

Result<std::map<std::string, std::string>> Store::Outputs() const {
  store::Statement st(impl_->db, "SELECT name, content_hash FROM outputs");
  if (!st.ok()) return st.status(impl_->path);
  std::map<std::string, std::string> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out.emplace(st.Text(0), st.Text(1));
  if (rc != SQLITE_DONE) return st.status(impl_->path);
  return out;
}

Result<std::vector<StoredEvent>> Store::Events() const {
  std::vector<StoredEvent> out;
  Status s = ForEachEvent([&](int64_t seq, std::string_view event) { out.push_back({seq, std::string(event)}); });
  if (!s.ok()) return s;
  return out;
}

Status Store::ForEachEvent(const std::function<void(int64_t seq, std::string_view event)>& each) const {
  store::Statement st(impl_->db, "SELECT seq, event FROM events ORDER BY seq");
  if (!st.ok()) return st.status(impl_->path);
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) each(st.Int(0), st.BlobView(1));
  if (rc != SQLITE_DONE) return st.status(impl_->path);
  return Status::Ok();
}

Result<BuildState> Store::State() const {
  store::Statement st(impl_->db, "SELECT key, value FROM meta");
  if (!st.ok()) return st.status(impl_->path);
  std::map<std::string, std::string> meta;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) meta.emplace(st.Text(0), st.Text(1));
  if (rc != SQLITE_DONE) return st.status(impl_->path);
  return store::BuildStateFromMeta(meta);
}

Result<std::string> Store::FingerprintComponents(const std::string& digest) const {
  return store::LookUp(impl_->db, impl_->path, "SELECT components FROM fingerprints WHERE digest = ?1", digest);
}

Result<std::string> Store::Pieces(const std::string& output) const {
  store::Statement st(impl_->db, "SELECT pieces FROM pieces WHERE output = ?1");
  if (!st.ok()) return st.status(impl_->path);
  st.Bind(1, output);
  const int rc = st.Step();
  if (rc == SQLITE_ROW) return st.Blob(0);
  if (rc != SQLITE_DONE) return st.status(impl_->path);
  return std::string();
}

Status Store::Apply(const StoreChanges& changes) {
  const off_t wal_before = impl_->WalSize();
  if (Status s = impl_->Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  Status s = store::WriteChanges(impl_->db, impl_->path, changes);
  if (!s.ok()) {
    impl_->Exec("ROLLBACK");
    return s;
  }
  if (Status c = impl_->Exec("COMMIT"); !c.ok()) return c;
  impl_->CheckpointIfLarge(wal_before);
  return Status::Ok();
}

}  // namespace tarikh
