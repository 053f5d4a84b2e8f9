// An organisation's summit told only through what its leaders did there.
#include "summit_days.h"

#include <algorithm>
#include <set>

namespace diplograph::extract {
namespace {

bool has_person(const std::vector<Participant>& people, const Participant& p) {
  return std::any_of(people.begin(), people.end(), [&](const Participant& q) { return q.key == p.key; });
}

}  // namespace

// "Trump and Xi met on the sidelines of the G20 summit in Osaka ... On Friday,
// Trump met Putin on the first day of the summit ... Abe, the host, closed the
// summit on Saturday": English reports of a large summit seldom list its
// members. When the article names the summit only through an organisation
// ("the G20 summit") and never with its people, the people who held meetings
// there on the summit's own days (or on its sidelines), and those told of the
// summit itself (its host), are its members. The organisation is left out: its
// members are named. Only for English reports, and only with three people or
// more, so that a bilateral is not told twice.
void summit_from_its_days(std::vector<Meeting>& meetings, const std::vector<Mention>& mentions) {
  for (const auto& m : meetings)
    if (m.type == MeetingType::kSummit && m.participants.size() >= 2) return;
  bool organisation = false;
  std::set<std::string> days;
  std::vector<const Mention*> anaphors;
  for (const auto& m : mentions) {
    const Meeting& mt = m.meeting;
    if (!m.anaphoric || mt.type != MeetingType::kSummit || mt.status != Status::kOccurred || !mt.rule.starts_with("en:"))
      continue;
    anaphors.push_back(&m);
    for (const auto& p : mt.participants) organisation = organisation || std::string_view(p.kind) == "organisation";
    // "before the summit opened" dates something else, not a day of the summit.
    if (mt.date.day && mt.rule.find("+frame") == std::string::npos) days.insert(mt.date.iso());
  }
  if (!organisation) return;

  Meeting summit;
  summit.type = MeetingType::kSummit;
  summit.status = Status::kOccurred;
  auto add_people = [&](const Meeting& m) {
    for (const auto& p : m.participants)
      if (std::string_view(p.kind) == "person" && !p.key.empty() && !has_person(summit.participants, p)) {
        summit.participants.push_back(p);
        summit.participants.back().role = ParticipantRole::kParty;
      }
    for (int s : m.sentences)
      if (std::find(summit.sentences.begin(), summit.sentences.end(), s) == summit.sentences.end()) summit.sentences.push_back(s);
  };
  for (const Mention* a : anaphors) {
    add_people(a->meeting);
    if (!summit.location && a->meeting.location) summit.location = a->meeting.location;
  }
  for (const auto& m : meetings) {
    if (m.status != Status::kOccurred || m.type == MeetingType::kCall || !m.rule.starts_with("en:")) continue;
    if (m.sideline_of.empty() && !(m.date.day && days.count(m.date.iso()))) continue;
    add_people(m);
    if (!summit.location && m.location) summit.location = m.location;
  }
  if (summit.participants.size() < 3) return;
  for (const auto& d : days)
    if (summit.date.empty() || d < summit.date.iso()) summit.date = *Date::parse(d);
  std::sort(summit.sentences.begin(), summit.sentences.end());
  summit.rule = "en:summit-of-its-days";
  summit.confidence = 0.6;
  meetings.push_back(std::move(summit));
}

}  // namespace diplograph::extract
