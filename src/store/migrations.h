// The schema migrations compiled into the binary (generated from schema/*.sql).
#pragma once

#include <string>
#include <vector>

namespace diplograph::store {

struct Migration {
  int version;
  const char* name;
  const char* sql;
};

const std::vector<Migration>& migrations();

class Database;

// Brings the database to the newest schema version, each migration in its own
// transaction. Throws DbError for a database newer than this program.
void migrate(Database& db);
int schema_version(Database& db);

}  // namespace diplograph::store
