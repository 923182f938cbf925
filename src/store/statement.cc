#include "store/statement.h"

#include "store/build_state.h"

#include "common/files.h"

namespace tarikh::store {

Status SqlError(const std::string& path, const std::string& message) {
  return Status::IOError(QuoteName(path) + ": store: " + message);
}

Statement::Statement(sqlite3* db, const char* sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) stmt_ = nullptr;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void Statement::Bind(int index, int64_t value) { sqlite3_bind_int64(stmt_, index, value); }

void Statement::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
}

std::string Statement::Blob(int column) const { return std::string(BlobView(column)); }

std::string_view Statement::BlobView(int column) const {
  const void* bytes = sqlite3_column_blob(stmt_, column);
  return bytes == nullptr ? std::string_view()
                          : std::string_view(static_cast<const char*>(bytes),
                                             static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string Statement::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  return text == nullptr ? std::string()
                         : std::string(reinterpret_cast<const char*>(text),
                                       static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

Result<std::string> LookUp(sqlite3* db, const std::string& path, const char* sql, const std::string& key) {
  Statement st(db, sql);
  if (!st.ok()) return st.status(path);
  st.Bind(1, key);
  const int rc = st.Step();
  if (rc == SQLITE_ROW) return st.Text(0);
  if (rc != SQLITE_DONE) return st.status(path);
  return std::string();
}

namespace {

// Runs `st` once per item, binding its fields with `bind`.
template <typename Items, typename Bind>
Status StepEach(Statement& st, const std::string& path, const Items& items, Bind bind) {
  for (const auto& item : items) {
    bind(item);
    if (st.Step() != SQLITE_DONE) return st.status(path);
    st.Reset();
  }
  return Status::Ok();
}

// A spilled record of `changes`, read back. A failed read is reported once
// the rows are stepped (StepEach binds, it does not fail), and Apply then
// rolls the transaction back: nothing of it is kept.
Status Spilled(const StoreChanges& changes, RecordSpill::Ref ref, std::string* out) {
  if (changes.spill == nullptr) return Status::Internal("a spilled record without its spill file");
  return changes.spill->Read(ref, out);
}

Status WriteDocuments(sqlite3* db, const std::string& path, const StoreChanges& changes) {
  Statement upsert(db, "INSERT OR REPLACE INTO documents VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  Statement remove(db, "DELETE FROM documents WHERE path = ?1");
  if (!upsert.ok() || !remove.ok()) return SqlError(path, sqlite3_errmsg(db));
  std::string record;  // a spilled record read back, one at a time
  Status read = Status::Ok();
  Status s = StepEach(upsert, path, changes.upserts, [&](const StoredDocument& d) {
    upsert.Bind(1, d.path);
    upsert.Bind(2, d.size);
    upsert.Bind(3, d.mtime_ns);
    upsert.Bind(4, d.content_hash);
    upsert.Bind(5, d.fingerprint);
    upsert.Bind(6, d.doc_id);
    if (d.spilled.size == 0) {
      upsert.BindBlob(7, d.extraction);
    } else if (Status r = Spilled(changes, d.spilled, &record); r.ok()) {
      upsert.BindBlob(7, record);
    } else {
      if (read.ok()) read = r;
      upsert.BindBlob(7, "");
    }
  });
  if (!read.ok()) return read;  // the transaction is rolled back
  if (!s.ok()) return s;
  return StepEach(remove, path, changes.removed, [&](const std::string& p) { remove.Bind(1, p); });
}

Status WriteEvents(sqlite3* db, const std::string& path, const StoreChanges& changes) {
  if (changes.replace_events) {
    if (sqlite3_exec(db, "DELETE FROM events", nullptr, nullptr, nullptr) != SQLITE_OK) {
      return SqlError(path, sqlite3_errmsg(db));
    }
  }
  Statement remove(db, "DELETE FROM events WHERE seq = ?1");
  Statement add(db, "INSERT INTO events(event) VALUES(?1)");
  if (!remove.ok() || !add.ok()) return SqlError(path, sqlite3_errmsg(db));
  Status s = StepEach(remove, path, changes.events_removed, [&](int64_t seq) { remove.Bind(1, seq); });
  if (!s.ok()) return s;
  s = StepEach(add, path, changes.events_added, [&](const std::string& e) { add.BindBlob(1, e); });
  if (!s.ok()) return s;
  std::string record;
  Status read = Status::Ok();
  s = StepEach(add, path, changes.events_spilled, [&](const RecordSpill::Ref& ref) {
    if (Status r = Spilled(changes, ref, &record); !r.ok() && read.ok()) read = r;
    add.BindBlob(1, record);
  });
  return read.ok() ? s : read;
}

// Key-value rows: outputs, meta and fingerprints.
Status WritePairs(sqlite3* db, const std::string& path, const char* sql,
                  const std::map<std::string, std::string>& pairs) {
  Statement st(db, sql);
  if (!st.ok()) return SqlError(path, sqlite3_errmsg(db));
  return StepEach(st, path, pairs, [&](const auto& pair) {
    st.Bind(1, pair.first);
    st.Bind(2, pair.second);
  });
}

// Key-blob rows: pieces.
Status WriteBlobs(sqlite3* db, const std::string& path, const char* sql,
                  const std::map<std::string, std::string>& pairs) {
  Statement st(db, sql);
  if (!st.ok()) return SqlError(path, sqlite3_errmsg(db));
  return StepEach(st, path, pairs, [&](const auto& pair) {
    st.Bind(1, pair.first);
    st.BindBlob(2, pair.second);
  });
}

}  // namespace

Status WriteChanges(sqlite3* db, const std::string& path, const StoreChanges& changes) {
  Status s = WriteDocuments(db, path, changes);
  if (s.ok()) s = WriteEvents(db, path, changes);
  if (s.ok()) s = WritePairs(db, path, "INSERT OR REPLACE INTO outputs VALUES(?1, ?2)", changes.outputs);
  if (s.ok()) {
    Statement st(db, "DELETE FROM outputs WHERE name = ?1");
    if (!st.ok()) return SqlError(path, sqlite3_errmsg(db));
    s = StepEach(st, path, changes.outputs_removed, [&](const std::string& name) { st.Bind(1, name); });
  }
  if (s.ok() && changes.state) {
    s = WritePairs(db, path, "INSERT OR REPLACE INTO meta VALUES(?1, ?2)", BuildStateToMeta(*changes.state));
  }
  if (s.ok()) s = WritePairs(db, path, "INSERT OR REPLACE INTO fingerprints VALUES(?1, ?2)", changes.fingerprints);
  if (s.ok()) s = WriteBlobs(db, path, "INSERT OR REPLACE INTO pieces VALUES(?1, ?2)", changes.pieces);
  return s;
}

}  // namespace tarikh::store
