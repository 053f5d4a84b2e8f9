// A thin RAII layer over SQLite: a connection, prepared statements, and
// transactions that roll back unless committed. SQLite errors become
// store::DbError exceptions carrying SQLite's own message.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace diplograph::store {

class DbError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Database {
 public:
  // Opens (creating if `create`) the database file; ":memory:" works too.
  Database(const std::string& path, bool create);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(const std::string& sql);
  // Runs one fixed statement without parameters (a savepoint, a release),
  // prepared on first use and kept: ingest runs those for every article.
  void exec_cached(const char* sql);
  int64_t last_insert_id() const;
  int changes() const;
  // Whether a transaction is open (SQLite ends it by itself on some errors: disk full, I/O).
  bool in_transaction() const;
  sqlite3* handle() const { return db_.get(); }
  const std::string& path() const { return path_; }

 private:
  struct Closer {
    void operator()(sqlite3* db) const;
  };
  std::unique_ptr<sqlite3, Closer> db_;
  std::string path_;
  // Declared after db_, so its statements are finalized before the connection closes.
  struct Cached;
  std::unique_ptr<Cached> cached_;
};

// A prepared statement. Bind with 1-based indices; step() returns true while rows come.
class Statement {
 public:
  Statement(Database& db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, int64_t v);
  Statement& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Statement& bind(int i, double v);
  Statement& bind(int i, std::string_view v);
  Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Statement& bind_null(int i);
  // Binds NULL for an empty string.
  Statement& bind_text_or_null(int i, std::string_view v);

  bool step();
  void run();   // step to completion, then reset
  void reset();

  bool is_null(int col) const;
  int64_t int64(int col) const;
  double real(int col) const;
  std::string text(int col) const;
  // The column's text without a copy: valid until the next step(), reset() or column call.
  std::string_view text_view(int col) const;

 private:
  void check(int rc) const;
  Database& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT, or ROLLBACK when destroyed uncommitted.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

// SAVEPOINT ... RELEASE, or ROLLBACK TO when destroyed unreleased: lets one
// article fail inside a batch without leaving a trace.
class Savepoint {
 public:
  explicit Savepoint(Database& db);
  ~Savepoint();
  void release();

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace diplograph::store
