// The knowledge base as the graph layer needs it for traversal: compact
// columns, no display strings. Loading these instead of a Snapshot keeps a
// million-meeting graph to tens of megabytes and well under a second.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace diplograph::store {

class Database;

struct GraphTables {
  std::vector<int64_t> actor_ids;    // knowledge-base ids, ascending; position = actor index
  std::vector<int64_t> meeting_ids;  // ascending; position = meeting index
  // Days since 1970-01-01 each meeting's date covers; INT32_MIN / INT32_MAX when undated.
  std::vector<int32_t> first_day, last_day;
  std::vector<uint8_t> type, status;  // indices into type_names / status_names
  std::vector<std::string> type_names, status_names;
  // Participants grouped by meeting (CSR): the actor indices of meeting m are
  // participant_actors[participant_offsets[m] .. participant_offsets[m + 1]).
  std::vector<uint32_t> participant_offsets;
  std::vector<uint32_t> participant_actors;
};

// Reads every actor, meeting and participation in id order (three sequential
// scans, no sorting in memory). On a database file the participations are
// read on a second connection at the same time as the meetings, so only
// committed data is seen: call it outside a write transaction. Throws DbError
// on database errors.
GraphTables load_graph_tables(Database& db);

}  // namespace diplograph::store
