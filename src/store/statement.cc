#include "store/statement.h"

namespace tarikh::store {

Status SqlError(const std::string& path, const std::string& message) {
  return Status::IOError(path + ": store: " + message);
}

Statement::Statement(sqlite3* db, const char* sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) stmt_ = nullptr;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void Statement::Bind(int index, int64_t value) { sqlite3_bind_int64(stmt_, index, value); }

std::string Statement::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  return text == nullptr ? std::string()
                         : std::string(reinterpret_cast<const char*>(text),
                                       static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

Status WriteChanges(sqlite3* db, const std::string& path, const StoreChanges& changes) {
  Statement upsert(db, "INSERT OR REPLACE INTO documents VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
  Statement remove(db, "DELETE FROM documents WHERE path = ?1");
  Statement output(db, "INSERT OR REPLACE INTO outputs VALUES(?1, ?2)");
  if (!upsert.ok() || !remove.ok() || !output.ok()) return SqlError(path, sqlite3_errmsg(db));
  for (const StoredDocument& d : changes.upserts) {
    upsert.Bind(1, d.path);
    upsert.Bind(2, d.size);
    upsert.Bind(3, d.mtime_ns);
    upsert.Bind(4, d.content_hash);
    upsert.Bind(5, d.fingerprint);
    upsert.Bind(6, d.extraction);
    if (upsert.Step() != SQLITE_DONE) return upsert.status(path);
    upsert.Reset();
  }
  for (const std::string& p : changes.removed) {
    remove.Bind(1, p);
    if (remove.Step() != SQLITE_DONE) return remove.status(path);
    remove.Reset();
  }
  for (const auto& [name, hash] : changes.outputs) {
    output.Bind(1, name);
    output.Bind(2, hash);
    if (output.Step() != SQLITE_DONE) return output.status(path);
    output.Reset();
  }
  return Status::Ok();
}

}  // namespace tarikh::store
