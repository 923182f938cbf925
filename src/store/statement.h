// A prepared SQLite statement that finalises itself, and the writes of one
// store transaction.
#ifndef TARIKH_STORE_STATEMENT_H_
#define TARIKH_STORE_STATEMENT_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "tarikh/status.h"
#include "tarikh/store.h"

namespace tarikh::store {

Status SqlError(const std::string& path, const std::string& message);

class Statement {
 public:
  Statement(sqlite3* db, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  Status status(const std::string& path) const { return SqlError(path, sqlite3_errmsg(db_)); }

  void Bind(int index, std::string_view text);
  void Bind(int index, int64_t value);
  void BindBlob(int index, std::string_view bytes);
  int Step() { return sqlite3_step(stmt_); }
  void Reset() { sqlite3_reset(stmt_); }
  std::string Text(int column) const;
  std::string Blob(int column) const;
  // The blob in SQLite's memory: valid until the next Step or Reset.
  std::string_view BlobView(int column) const;
  int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// The text column of the row `sql` (with one parameter, `key`) selects; "" when none.
Result<std::string> LookUp(sqlite3* db, const std::string& path, const char* sql, const std::string& key);

// Inside an open transaction: upserts, removals and output hashes.
Status WriteChanges(sqlite3* db, const std::string& path, const StoreChanges& changes);

}  // namespace tarikh::store

#endif  // TARIKH_STORE_STATEMENT_H_
