#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include <unistd.h>

#include "diplograph/store/database.h"
#include "diplograph/store/knowledge_base.h"
#include "store/migrations.h"

using namespace diplograph;

namespace {

// A database file in the temporary folder, removed (with its WAL) afterwards.
struct TempDb {
  std::string path;
  explicit TempDb(const char* name)
      : path((std::filesystem::temp_directory_path() / (std::string(name) + "-" + std::to_string(::getpid()) + ".db"))
                 .string()) {
    remove();
  }
  ~TempDb() { remove(); }
  void remove() const {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  }
};

int64_t count(store::Database& db, const char* sql) {
  store::Statement st(db, sql);
  return st.step() ? st.int64(0) : -1;
}

}  // namespace

TEST_CASE("migrations: a version 1 database is upgraded in place and keeps its rows") {
  TempDb tmp("diplograph-v1");
  {
    // The fixture: exactly what diplograph 0.1 wrote (schema 001), with one meeting.
    store::Database db(tmp.path, true);
    REQUIRE(store::migrations().front().version == 1);
    db.exec(store::migrations().front().sql);
    db.exec("PRAGMA user_version = 1");
    db.exec(
        "INSERT INTO articles(id, content_hash, title, pub_date) VALUES(1, 'h1', 'Old article', '2018-06-13');"
        "INSERT INTO sentences(article_id, seq, text) VALUES(1, 0, 'Trump met Kim in Singapore.');"
        "INSERT INTO actors(id, key, kind, name) VALUES(1, 'donald_trump', 'person', 'Donald Trump'),"
        "  (2, 'kim_jong_un', 'person', 'Kim Jong Un');"
        "INSERT INTO meetings(id, type, status, date, date_precision) VALUES(1, 'summit', 'occurred', '2018-06-12', 'day');"
        "INSERT INTO participants(meeting_id, actor_id, role) VALUES(1, 1, 'party'), (1, 2, 'party');"
        "INSERT INTO mentions(meeting_id, article_id, type, status, participants, rule, confidence)"
        "  VALUES(1, 1, 'summit', 'occurred', '[]', 'test', 0.9);");
  }
  store::KnowledgeBase kb(tmp.path, false);
  auto& db = kb.db();
  CHECK(store::schema_version(db) == store::migrations().back().version);
  CHECK(store::schema_version(db) >= 2);
  CHECK(count(db, "SELECT count(*) FROM articles") == 1);
  CHECK(count(db, "SELECT count(*) FROM mentions") == 1);
  // Version 2 copies each meeting's date beside its participants.
  CHECK(count(db, "SELECT count(*) FROM participants WHERE meeting_date = '2018-06-12'") == 2);
  CHECK(kb.stats().meetings == 1);
  store::Statement check(db, "PRAGMA integrity_check");
  REQUIRE(check.step());
  CHECK(check.text(0) == "ok");
}

TEST_CASE("migrations: an empty file becomes a database of the newest version") {
  TempDb tmp("diplograph-v0");
  { std::FILE* f = std::fopen(tmp.path.c_str(), "wb"); std::fclose(f); }
  store::KnowledgeBase kb(tmp.path, false);
  CHECK(store::schema_version(kb.db()) == store::migrations().back().version);
  CHECK(kb.stats().articles == 0);
}

TEST_CASE("migrations: a database from a newer diplograph is refused with the reason and left untouched") {
  TempDb tmp("diplograph-newer");
  {
    store::Database db(tmp.path, true);
    db.exec("CREATE TABLE future(x); PRAGMA user_version = 999");
  }
  std::string message;
  try {
    store::KnowledgeBase kb(tmp.path, false);
  } catch (const store::DbError& e) {
    message = e.what();
  }
  CHECK(message.find("schema version 999") != std::string::npos);
  CHECK(message.find("newer than this diplograph") != std::string::npos);
  store::Database db(tmp.path, false);
  CHECK(store::schema_version(db) == 999);
  CHECK(count(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'articles'") == 0);
}
