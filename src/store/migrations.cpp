#include "store/migrations.h"

#include "diplograph/store/database.h"

namespace diplograph::store {

int schema_version(Database& db) {
  Statement st(db, "PRAGMA user_version");
  return st.step() ? static_cast<int>(st.int64(0)) : 0;
}

void migrate(Database& db) {
  const int current = schema_version(db);
  const int newest = migrations().empty() ? 0 : migrations().back().version;
  if (current > newest)
    throw DbError("database " + db.path() + " has schema version " + std::to_string(current) +
                  ", newer than this diplograph understands (" + std::to_string(newest) + "): upgrade diplograph");
  for (const auto& m : migrations()) {
    if (m.version <= current) continue;
    Transaction tx(db);
    // Another process (a query opening the database while an ingest creates
    // it) may have applied it between our read and our write lock: read again
    // under the lock.
    if (schema_version(db) >= m.version) continue;
    db.exec(m.sql);
    db.exec("PRAGMA user_version = " + std::to_string(m.version));
    tx.commit();
  }
}

}  // namespace diplograph::store
