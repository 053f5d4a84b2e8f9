// Merging one article's mentions into one record per real meeting.
#include <algorithm>
#include <set>

#include "mentions.h"

namespace diplograph::extract {
namespace {

int type_rank(MeetingType t) {
  switch (t) {
    case MeetingType::kSummit: return 4;
    case MeetingType::kVisit: return 3;
    case MeetingType::kTalks: return 2;
    case MeetingType::kMeeting: return 1;
    case MeetingType::kCall: return 0;
  }
  return 0;
}

bool types_compatible(MeetingType a, MeetingType b) {
  return (a == MeetingType::kCall) == (b == MeetingType::kCall);
}

// The same actor: the same lexicon key, or for actors the lexicon lacks, the
// same name. Compared in place: merging a long article makes many comparisons.
bool same_actor(const Participant& p, const Participant& q) {
  return p.key.empty() ? q.key.empty() && p.name == q.name : p.key == q.key;
}

// Every participant of `a` is in `b`, or is a state one of b's people belongs to.
bool covered(const std::vector<Participant>& a, const std::vector<Participant>& b) {
  for (const auto& p : a) {
    bool found = false;
    for (const auto& q : b)
      found = found || same_actor(p, q) || (p.kind == "state" && q.kind != "state" && q.country == p.key);
    if (!found) return false;
  }
  return true;
}

bool share_person(const std::vector<Participant>& a, const std::vector<Participant>& b) {
  for (const auto& p : a)
    for (const auto& q : b)
      if (p.kind != "state" && same_actor(p, q)) return true;
  return false;
}

bool places_compatible(const lexicon::Lexicon& lex, const std::optional<Location>& a, const std::optional<Location>& b) {
  if (!a || !b || a->key == b->key) return true;
  auto country_of = [&](const Location& l) -> std::string {
    for (const auto& p : lex.places())
      if (p.id == l.key) return p.kind == lexicon::PlaceKind::kCountry ? std::string() : p.country;
    return {};
  };
  // A city and its own country describe the same meeting place.
  return country_of(*a) == b->key || country_of(*b) == a->key;
}

bool more_precise(const lexicon::Lexicon& lex, const Location& a, const Location& b) {
  for (const auto& p : lex.places())
    if (p.id == a.key) return p.kind != lexicon::PlaceKind::kCountry && p.country == b.key;
  return false;
}

// A state whose own person takes part is represented by that person.
void drop_represented_states(std::vector<Participant>& ps) {
  std::vector<Participant> out;
  for (const auto& p : ps) {
    if (p.kind == "state") {
      bool represented = false;
      for (const auto& q : ps) represented = represented || (q.kind != "state" && q.country == p.key);
      if (represented) continue;
    }
    out.push_back(p);
  }
  ps = std::move(out);
}

void absorb(Meeting& into, const Meeting& m, const lexicon::Lexicon& lex) {
  for (const auto& p : m.participants) {
    bool present = false;
    for (auto& q : into.participants) {
      if (same_actor(q, p)) {
        present = true;
        if (q.role == ParticipantRole::kParty) q.role = p.role;
      }
    }
    if (!present) into.participants.push_back(p);
  }
  drop_represented_states(into.participants);
  if (type_rank(m.type) > type_rank(into.type)) into.type = m.type;
  if (into.date.empty() || (!m.date.empty() && m.date.precision() > into.date.precision() && m.date.compatible(into.date))) {
    into.date = m.date;
    into.date_text = m.date_text;
  }
  if (!into.location || (m.location && more_precise(lex, *m.location, *into.location))) into.location = m.location;
  for (int s : m.sentences)
    if (std::find(into.sentences.begin(), into.sentences.end(), s) == into.sentences.end()) into.sentences.push_back(s);
  if (into.rule.find(m.rule) == std::string::npos) into.rule += " | " + m.rule;
  if (into.sideline_of.empty()) into.sideline_of = m.sideline_of;
  into.confidence = std::min(0.99, std::max(into.confidence, m.confidence) + 0.03);
}

}  // namespace

std::vector<Meeting> merge_mentions(std::vector<Mention> mentions, const lexicon::Lexicon& lex) {
  std::vector<Meeting> meetings;
  std::vector<Mention*> pending;  // anaphoric mentions, resolved after the full ones
  for (auto& m : mentions) {
    drop_represented_states(m.meeting.participants);
    if (m.anaphoric) {
      pending.push_back(&m);
      continue;
    }
    Meeting* target = nullptr;
    for (auto it = meetings.rbegin(); it != meetings.rend() && !target; ++it) {
      Meeting& e = *it;
      if (e.status != m.meeting.status || !types_compatible(e.type, m.meeting.type)) continue;
      if (!e.date.compatible(m.meeting.date) || !places_compatible(lex, e.location, m.meeting.location)) continue;
      if (!share_person(e.participants, m.meeting.participants) &&
          !(covered(e.participants, m.meeting.participants) && covered(m.meeting.participants, e.participants)))
        continue;
      if (covered(m.meeting.participants, e.participants) || covered(e.participants, m.meeting.participants)) target = &e;
    }
    if (target) absorb(*target, m.meeting, lex);
    else meetings.push_back(m.meeting);
  }
  // A mention without its participants ("the summit", "اتفق الطرفان على عقد اجتماع قمة")
  // is more evidence for the nearest earlier meeting of the same kind, and adds nothing else.
  for (Mention* m : pending) {
    const int sentence = m->meeting.sentences.front();
    Meeting* target = nullptr;
    int best = 1 << 30;
    for (auto& e : meetings) {
      if (e.type != m->meeting.type && !(type_rank(e.type) >= 1 && type_rank(m->meeting.type) >= 1 &&
                                         m->meeting.type != MeetingType::kSummit && e.type != MeetingType::kSummit))
        continue;
      if (m->status_cued && e.status != m->meeting.status) continue;
      if (!m->meeting.participants.empty() && !covered(m->meeting.participants, e.participants)) continue;
      int first = *std::min_element(e.sentences.begin(), e.sentences.end());
      if (first > sentence) continue;
      int distance = sentence - first;
      if (distance < best) best = distance, target = &e;
    }
    if (!target) continue;
    if (std::find(target->sentences.begin(), target->sentences.end(), sentence) == target->sentences.end())
      target->sentences.push_back(sentence);
    // Within one sentence ("the last visit was in March, when X went to Korea")
    // the anaphor may date or place the meeting it describes.
    if (best == 0 && target->type == m->meeting.type) {
      if (target->date.empty() && !m->meeting.date.empty()) {
        target->date = m->meeting.date;
        target->date_text = m->meeting.date_text;
      }
      if (!target->location && m->meeting.location) target->location = m->meeting.location;
    }
  }
  for (auto& m : meetings) std::sort(m.sentences.begin(), m.sentences.end());
  std::stable_sort(meetings.begin(), meetings.end(),
                   [](const Meeting& a, const Meeting& b) { return a.sentences.front() < b.sentences.front(); });
  return meetings;
}

}  // namespace diplograph::extract
