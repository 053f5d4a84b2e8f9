// One sentence's report of a meeting, before the article's mentions are merged.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "diplograph/extract/meeting.h"
#include "diplograph/lexicon/lexicon.h"

namespace diplograph::extract {

struct Mention {
  // Provided (not defaulted): every field has its initializer, and a mention
  // made in place (emplace_back()) is then not zeroed whole first, some 400
  // bytes for each trigger before its initializers wrote them again.
  Mention() {}  // NOLINT(modernize-use-equals-default)

  Meeting meeting;           // participants, type, status, place, date, rule
  bool anaphoric = false;    // too few participants: evidence for an earlier meeting
  bool status_cued = false;  // a cue word set the status (else it is the default)
  bool pair_word = false;     // "the two leaders", "الجانبان": the participants of an earlier meeting
  bool titled_subject = false;  // "وكان الموفد الأميركي قد زار": an Arabic verb's person told by a title no one holds
  bool headline = false;      // from the article's headline (a first line without a full stop)
  bool delegation = false;    // who made up the delegations of the meeting before it
  bool leader_pair = false;   // the pair word names leaders ("the two presidents")
  int group_size = 0;         // "the four leaders": the participants of an earlier meeting of that many people
  std::vector<Participant> recent_pair;  // for a pair word: the last two people the article named
  std::vector<std::string> group_states;  // "the two Korean leaders": the states its people must be of
  int separate_after = 0;     // > 0: "separate meetings": the first N participants met each of the others apart
  std::vector<std::pair<Date, std::string>> guest_dates;  // with `separate_after`: each guest's own date and its text
  std::vector<Location> guest_places;  // with `separate_after`: each guest's own place ("met A in X and B in Y")
  bool tour = false;          // with `separate_after`: each other participant is a state visited on a tour
  bool tells_noun_before = false;  // ", when Merkel hosted Putin": the meeting noun told just before, at this verb
  bool names_previous_verb = false;  // "met X in Bangkok in talks also attended by Y": the verb's meeting, with Y
};

// The participant lexicon state `state` (an actor index) is in a meeting,
// written as `text`.
Participant state_participant(const lexicon::Lexicon& lex, int state, ParticipantRole role, std::string text);

}  // namespace diplograph::extract
