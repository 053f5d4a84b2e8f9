#include "diplograph/extract/meeting.h"

namespace diplograph::extract {

std::string_view to_string(MeetingType t) {
  switch (t) {
    case MeetingType::kSummit: return "summit";
    case MeetingType::kVisit: return "visit";
    case MeetingType::kTalks: return "talks";
    case MeetingType::kMeeting: return "meeting";
    case MeetingType::kCall: return "call";
  }
  return "meeting";
}

std::string_view to_string(Status s) {
  switch (s) {
    case Status::kOccurred: return "occurred";
    case Status::kPlanned: return "planned";
    case Status::kInvited: return "invited";
    case Status::kCancelled: return "cancelled";
  }
  return "occurred";
}

std::string_view to_string(ParticipantRole r) {
  switch (r) {
    case ParticipantRole::kParty: return "party";
    case ParticipantRole::kHost: return "host";
    case ParticipantRole::kGuest: return "guest";
  }
  return "party";
}

std::optional<MeetingType> parse_meeting_type(std::string_view s) {
  for (auto t : {MeetingType::kSummit, MeetingType::kVisit, MeetingType::kTalks, MeetingType::kMeeting,
                 MeetingType::kCall})
    if (to_string(t) == s) return t;
  return std::nullopt;
}

std::optional<Status> parse_status(std::string_view s) {
  for (auto t : {Status::kOccurred, Status::kPlanned, Status::kInvited, Status::kCancelled})
    if (to_string(t) == s) return t;
  return std::nullopt;
}

}  // namespace diplograph::extract
