#include "diplograph/store/database.h"

#include <sqlite3.h>

#include <cstring>
#include <vector>

namespace diplograph::store {

void Database::Closer::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

Database::Database(const std::string& path, bool create) : path_(path) {
  sqlite3* raw = nullptr;
  int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  db_.reset(raw);
  if (rc != SQLITE_OK) {
    std::string msg = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    throw DbError("cannot open database " + path + ": " + msg);
  }
  sqlite3_busy_timeout(raw, 10000);
  sqlite3_extended_result_codes(raw, 1);
}

struct Database::Cached {
  std::vector<std::pair<const char*, sqlite3_stmt*>> statements;
  ~Cached() {
    for (auto& [_, st] : statements) sqlite3_finalize(st);
  }
};

Database::~Database() = default;

void Database::exec_cached(const char* sql) {
  if (!cached_) cached_ = std::make_unique<Cached>();
  sqlite3_stmt* st = nullptr;
  for (auto& [text, s] : cached_->statements)
    if (std::strcmp(text, sql) == 0) st = s;
  if (!st) {
    if (sqlite3_prepare_v3(db_.get(), sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
      throw DbError("database " + path_ + ": " + sqlite3_errmsg(db_.get()));
    cached_->statements.emplace_back(sql, st);
  }
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
  }
  if (rc != SQLITE_DONE) {
    std::string msg = sqlite3_errmsg(db_.get());
    sqlite3_reset(st);
    throw DbError("database " + path_ + ": " + msg);
  }
  sqlite3_reset(st);
}

void Database::exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    throw DbError("database " + path_ + ": " + msg);
  }
}

int64_t Database::last_insert_id() const { return sqlite3_last_insert_rowid(db_.get()); }
int Database::changes() const { return sqlite3_changes(db_.get()); }
bool Database::in_transaction() const { return sqlite3_get_autocommit(db_.get()) == 0; }

Statement::Statement(Database& db, std::string_view sql) : db_(db) {
  check(sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_,
                           nullptr));
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::check(int rc) const {
  if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
    throw DbError("database " + db_.path() + ": " + sqlite3_errmsg(db_.handle()));
}

Statement& Statement::bind(int i, int64_t v) {
  check(sqlite3_bind_int64(stmt_, i, v));
  return *this;
}
Statement& Statement::bind(int i, double v) {
  check(sqlite3_bind_double(stmt_, i, v));
  return *this;
}
Statement& Statement::bind(int i, std::string_view v) {
  check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
  return *this;
}
Statement& Statement::bind_null(int i) {
  check(sqlite3_bind_null(stmt_, i));
  return *this;
}
Statement& Statement::bind_text_or_null(int i, std::string_view v) { return v.empty() ? bind_null(i) : bind(i, v); }

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  std::string msg = sqlite3_errmsg(db_.handle());
  sqlite3_reset(stmt_);
  throw DbError("database " + db_.path() + ": " + msg);
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Statement::is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
int64_t Statement::int64(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::real(int col) const { return sqlite3_column_double(stmt_, col); }
std::string Statement::text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
}

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }
Transaction::~Transaction() {
  if (!done_) {
    try {
      db_.exec("ROLLBACK");
    } catch (...) {
    }
  }
}
void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

Savepoint::Savepoint(Database& db) : db_(db) { db_.exec_cached("SAVEPOINT article"); }
Savepoint::~Savepoint() {
  if (!done_) {
    try {
      db_.exec_cached("ROLLBACK TO article");
      db_.exec_cached("RELEASE article");
    } catch (...) {
    }
  }
}
void Savepoint::release() {
  db_.exec_cached("RELEASE article");
  done_ = true;
}

std::string_view Statement::text_view(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string_view();
}

}  // namespace diplograph::store
