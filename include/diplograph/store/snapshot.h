// What the graph layer needs of the knowledge base, as plain values.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "diplograph/core/date.h"

namespace diplograph::store {

struct ActorRow {
  int64_t id = 0;
  std::string key;
  std::string kind;  // person, state, organisation
  std::string name;
  std::string name_ar;
  std::string country;
};

struct MeetingRow {
  int64_t id = 0;
  std::string type;    // summit, visit, talks, meeting, call
  std::string status;  // occurred, planned, invited, cancelled
  Date date;
  std::string place;     // canonical English place name, "" when unknown
  std::string place_ar;
  std::string place_key;
  std::string label;
  int mentions = 0;
  int64_t parent = 0;       // the summit it was held on the sidelines of (meeting id), 0 when none is known
  std::string sideline_of;  // that event as the first report wrote it
};

struct ParticipantRow {
  uint32_t meeting = 0;  // index into Snapshot::meetings
  uint32_t actor = 0;    // index into Snapshot::actors
  std::string role;
};

struct Snapshot {
  std::vector<ActorRow> actors;
  std::vector<MeetingRow> meetings;
  std::vector<ParticipantRow> participants;
  int64_t data_version = 0;  // changes whenever the knowledge base changes
};

}  // namespace diplograph::store
