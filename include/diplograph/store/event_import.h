// Importing event tables from other sources: three CSV files in the layout of
// ../shared/bench/gen_meetings.py (header line first, columns found by name):
//   actors.csv        actor_id,name[,country][,kind]
//   meetings.csv      meeting_id,date[,type][,location]   date YYYY-MM-DD, YYYY-MM, YYYY or empty
//   participants.csv  meeting_id,actor_id[,role]          role host|guest|party (default party)
// Imported meetings have status "occurred". Other columns are ignored.
#pragma once

#include <cstddef>
#include <filesystem>
#include <istream>
#include <string>
#include <utility>
#include <vector>

#include "diplograph/core/result.h"

namespace diplograph::store {

class Database;

struct ImportCounts {
  size_t actors_new = 0, actors_known = 0;
  size_t meetings_new = 0, meetings_known = 0;
  size_t participants_new = 0;
  size_t types_unknown = 0;  // meeting types outside the known vocabulary, stored as "meeting"
};

struct EventTables {
  std::istream* actors = nullptr;  // not owned
  std::istream* meetings = nullptr;
  std::istream* participants = nullptr;
  // Names used in messages ("actors.csv:12: ...").
  std::string actors_name = "actors.csv", meetings_name = "meetings.csv", participants_name = "participants.csv";
};

// Imports the three tables into `db` (already migrated) in one transaction:
// all or nothing. `source` names where the rows come from; rows are keyed by
// (source, their id), so importing the same tables again adds nothing, and a
// grown table adds only its new rows. An actor the source does not know yet
// becomes the knowledge base's actor of the same name when exactly one actor
// has that name as an alias, else a new actor; places likewise.
// Fails (storing nothing) with "FILE:LINE: what is wrong" on a malformed row:
// a missing column, a bad id or date, a meeting or actor id that the tables do
// not define, a duplicate id.
Result<ImportCounts> import_events(Database& db, const EventTables& tables, const std::string& source);

// Opens DIR/actors.csv, DIR/meetings.csv and DIR/participants.csv and imports
// them; `source` defaults to the folder's name.
Result<ImportCounts> import_event_dir(Database& db, const std::filesystem::path& dir, std::string source = {});

// Every (external id, knowledge-base actor id) pair imported from `source`, in
// the source's id order (integer ids numerically). Empty for an unknown source.
std::vector<std::pair<std::string, int64_t>> imported_actors(Database& db, const std::string& source);

}  // namespace diplograph::store
