// What the extractor finds: meetings with participants, kind, status, place
// and date, each traced to the sentences it was read from.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diplograph/core/date.h"

namespace diplograph::extract {

// Persisted as text in the knowledge base: never rename the strings.
enum class MeetingType { kSummit, kVisit, kTalks, kMeeting, kCall };
enum class Status { kOccurred, kPlanned, kInvited, kCancelled };
enum class ParticipantRole { kParty, kHost, kGuest };

std::string_view to_string(MeetingType t);
std::string_view to_string(Status s);
std::string_view to_string(ParticipantRole r);
std::optional<MeetingType> parse_meeting_type(std::string_view s);
std::optional<Status> parse_status(std::string_view s);

struct Participant {
  std::string key;      // lexicon id ("kim_jong_un", "RU"), or "" for an actor the lexicon lacks
  std::string name;     // canonical English name where known, else as written
  std::string text;     // as written in the article
  std::string kind;     // person, state, organisation
  std::string country;  // ISO code where known
  std::string title;    // the role the article gave an unknown person ("French foreign minister")
  ParticipantRole role = ParticipantRole::kParty;
};

struct Location {
  std::string key;   // lexicon place id or country code
  std::string name;  // canonical English name
  std::string text;  // as written
};

struct Meeting {
  std::vector<Participant> participants;
  MeetingType type = MeetingType::kMeeting;
  Status status = Status::kOccurred;
  std::optional<Location> location;
  Date date;
  std::string date_text;        // the expression the date was read from
  std::vector<int> sentences;   // indices into ArticleExtraction::sentences
  std::string rule;             // the patterns that produced it, for explanations
  double confidence = 0.0;
  std::string sideline_of;      // label of the larger event it happened at, if any
};

struct Sentence {
  std::string text;
  uint32_t begin = 0;  // byte offsets in the article text
  uint32_t end = 0;
};

struct ArticleExtraction {
  Date date;                // the publication date used
  std::string date_source;  // metadata, option, dateline, or "" when unknown
  std::string lang;
  std::vector<Sentence> sentences;
  std::vector<Meeting> meetings;
};

}  // namespace diplograph::extract
