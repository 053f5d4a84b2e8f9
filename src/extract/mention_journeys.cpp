// Journeys: a tour of several states as one visit to each, and a trip to a summit as that summit.
#include "sentence_mentions.h"

#include <algorithm>
#include <optional>
#include <set>

namespace diplograph::extract {

void SentenceMentions::tour_leg(Meeting& leg, const Participant& state) const {
  const int place = lex_.country_place(state.key);
  if (place < 0) return;
  const auto& pl = lex_.places()[place];
  leg.location = Location{pl.id, pl.name_en, state.text};
}

std::vector<int> SentenceMentions::tour_stops(size_t tc, size_t hi) const {
  std::vector<int> stops;
  for (size_t c = tc + 1; c < hi; ++c) {
    if (ref_at_[c] < 0) continue;
    const ActorRef& ref = s_.actors[ref_at_[c]];
    if (!ref.is_state_name || ref.actor < 0) return {};
    const bool chained = !stops.empty() && s_.actors[stops.back()].last_chunk + 2 == c &&
                         (word(c - 1, "and") || punct(c - 1, ','));
    if (c == tc + 1 || word(c - 1, "to") || chained) stops.push_back(ref_at_[c]);
    c = ref.last_chunk;
  }
  if (stops.size() < 2) return {};
  for (size_t i = 1; i < stops.size(); ++i)
    if (s_.actors[stops[i]].actor == s_.actors[stops[0]].actor) return {};
  return stops;
}

bool SentenceMentions::trip_to_summit(size_t i) const {
  if (i + 1 >= triggers_.size() || triggers_[i].type != MeetingType::kVisit) return false;
  const Trigger& next = triggers_[i + 1];
  if (next.type != MeetingType::kSummit || (next.flags & Entry::kVerb)) return false;
  for (size_t cut : cuts_)
    if (cut > triggers_[i].chunk && cut <= next.chunk) return false;
  // Only an organisation's summit: a journey to another summit is also a
  // visit to its host ("arrived in Riyadh for a summit").
  size_t c = next.chunk;
  while (c > triggers_[i].chunk + 1 && ref_at_[c - 1] >= 0 && s_.actors[ref_at_[c - 1]].actor >= 0 &&
         lex_.actors()[s_.actors[ref_at_[c - 1]].actor].kind == ActorKind::kOrganisation)
    c = s_.actors[ref_at_[c - 1]].first_chunk;
  if (c == next.chunk) return false;
  while (c > triggers_[i].chunk + 1 && (word(c - 1, "article") || word(c - 1, "light"))) --c;
  return c > triggers_[i].chunk + 1 && tokens_[chunk(c - 1).begin].token.norm == "for";
}

void SentenceMentions::arabic_tour(size_t tc, size_t hi, Mention& m) const {
  Meeting& mt = m.meeting;
  if (!arabic_ || mt.type != MeetingType::kVisit || mt.participants.size() < 3 || std::string_view(mt.participants.front().kind) != "person" ||
      m.separate_after > 0)
    return;
  for (size_t k = 1; k < mt.participants.size(); ++k)
    if (std::string_view(mt.participants[k].kind) != "state" || mt.participants[k].key == mt.participants.front().country) return;
  // The host country added for a place before the tour word is the
  // previous visit's ("زيارة ... إلى الرياض في بداية جولة تشمل ...").
  std::vector<Participant> stops(mt.participants.begin() + 1, mt.participants.end());
  stops.erase(std::remove_if(stops.begin(), stops.end(), [](const Participant& p) { return p.role == ParticipantRole::kHost; }),
              stops.end());
  if (stops.size() < 2) return;
  // Only a tour word or an itinerary tells a tour: states named loosely
  // around one visit are its context more often than its stops.
  size_t itinerary = 0;
  for (size_t c = tc + 1; c < hi && itinerary == 0; ++c)
    if (word(c, "itinerary")) itinerary = c;
  if (itinerary == 0 && !word(tc, "tour")) return;
  stops.insert(stops.begin(), mt.participants.front());
  mt.participants = std::move(stops);
  m.separate_after = 1;
  m.tour = true;
  if (mt.status != Status::kOccurred || itinerary == 0) return;
  mt.status = Status::kPlanned;
  mt.date = {};
  mt.date_text.clear();
  m.status_cued = true;
}

void SentenceMentions::invitation_to_place(std::vector<Mention>& out) const {
  if (arabic_) return;
  const size_t n = n_chunks_;
  for (size_t c = 1; c + 3 < n; ++c) {
    if (!cue(c, "invited") || ref_at_[c - 1] < 0 || ref_at_[c + 1] < 0) continue;
    const ActorRef& inviter = s_.actors[ref_at_[c - 1]];
    const ActorRef& guest = s_.actors[ref_at_[c + 1]];
    if (inviter.actor < 0 || guest.actor < 0 || lex_.actors()[inviter.actor].kind != ActorKind::kPerson ||
        lex_.actors()[guest.actor].kind != ActorKind::kPerson)
      continue;
    const size_t to = guest.last_chunk + 1;
    if (!word(to, "to")) continue;
    const PlaceRef* place = nullptr;
    for (const auto& p : s_.places)
      if (p.chunk == to + 1) place = &p;
    if (place == nullptr || place->place < 0) continue;
    // Told with a meeting word, the invitation is that word's mention.
    bool trigger_near = false;
    for (const auto& t : triggers_) trigger_near = trigger_near || (t.chunk > c && t.chunk <= place->last_chunk + 1);
    if (trigger_near) continue;
    Mention m;
    Meeting& mt = m.meeting;
    mt.type = MeetingType::kVisit;
    mt.status = Status::kInvited;
    mt.sentences = {index_};
    mt.participants.push_back(participant(guest, ParticipantRole::kGuest));
    mt.participants.push_back(participant(inviter, ParticipantRole::kHost));
    const auto& pl = lex_.places()[place->place];
    mt.location = Location{pl.id, pl.name_en, place->text};
    mt.rule = "en:invitation-to-place";
    mt.confidence = 0.75;
    m.status_cued = true;
    out.push_back(std::move(m));
  }
}

}  // namespace diplograph::extract
