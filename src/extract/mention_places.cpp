// Where a meeting is: places after a preposition, named by a meeting noun, or given by "where".
#include "sentence_mentions.h"

#include <algorithm>
#include <optional>
#include <set>

namespace diplograph::extract {

bool SentenceMentions::prep_before(size_t c) const {
  if (c >= n_chunks_) return false;
  if (tokens_[chunk(c).begin].glued_prep) return true;
  for (size_t p = c, budget = 7; p > 0 && budget > 0; --budget) {  // "on the Indonesian island of Bali"
    --p;
    if (word(p, "in") || word(p, "to")) return true;
    if (word(p, "place_noun") && tokens_[chunk(p).begin].glued_prep) return true;
    if (word(p, "date_prep") && p + 1 < c && noun_between(p, c)) return true;  // "on the island of Bali"
    // "in the border village of Panmunjom", "the Black Sea resort of Sochi": a word or two may describe the place noun.
    const bool describes_place_noun =
        !arabic_ && plain(p) && (word(p + 1, "place_noun") || (plain(p + 1) && word(p + 2, "place_noun")));
    if (!(word(p, "article") || word(p, "of") || word(p, "place_noun") || adjective(p) || describes_place_noun)) return false;
  }
  return false;
}

bool SentenceMentions::place_at(size_t c) const {
  for (const auto& p : s_.places)
    if (p.chunk == c) return true;
  return false;
}

bool SentenceMentions::place_adverbial(size_t c) const {
  if (!arabic_) return false;  // English puts the place after the object
  if (place_at(c) && ref_at_[c] < 0) return prep_before(c);
  return (word(c, "in") || word(c, "place_noun")) && c + 1 < n_chunks_ && place_at(c + 1) && ref_at_[c + 1] < 0;
}

const PlaceRef* SentenceMentions::place_from(size_t c) const {
  if (!word(c, "in")) return nullptr;
  for (const auto& p : s_.places)
    if (p.chunk == c + 1) return &p;
  return nullptr;
}

bool SentenceMentions::and_of_placed_objects(size_t c) const {
  if (!word(c, "and") || c < 2 || arabic_) return false;
  const PlaceRef* before = nullptr;
  for (const auto& p : s_.places)
    if (p.last_chunk == c - 1 && word(p.chunk - 1, "in")) before = &p;
  if (!before) return false;
  const int next = object_after(c + 1);
  return next >= 0 && place_from(s_.actors[next].last_chunk + 1) != nullptr;
}

std::vector<const PlaceRef*> SentenceMentions::respective_places(const std::vector<int>& objects) const {
  return respective<PlaceRef>(objects, [&](size_t c) { return place_from(c); },
                              [](const PlaceRef& a, const PlaceRef& b) { return a.place == b.place; });
}

int SentenceMentions::refined_place(size_t lo, size_t hi, size_t tc, bool visit, bool verb, int place, std::string* text) const {
  const PlaceRef* nearest = nullptr;
  int nearest_distance = 1 << 20;
  thread_local std::vector<const PlaceRef*> candidates;  // kept: most calls gather one or two, each allocated before
  candidates.clear();
  for (const auto& p : s_.places) {
    if (p.chunk < lo || p.chunk >= hi || p.chunk < dateline_) continue;
    if (ref_at_[p.chunk] >= 0 && !s_.actors[ref_at_[p.chunk]].is_state_name) continue;
    if (whose_state(p.chunk)) continue;  // "hosted Argentina's Alberto Fernandez": whose, not where
    if (p.chunk > tc && person_relative_between(tc, p.chunk)) continue;  // "with Erdogan, who called for peace in Ukraine"
    if (p.chunk > tc && since_between(tc, p.chunk)) continue;  // "أول زيارة منذ بدء الحرب في أوكرانيا": another event's place
    // "visited Beijing", "visited the White House": a visit verb's object is its destination.
    // "to visit the White House": after "to", a visit word is a verb.
    const bool as_verb = verb || (!arabic_ && tc > 0 && word(tc - 1, "to"));
    // Arabic names the visitor first ("يزور ماكرون أربيل").
    const bool after_visitor = arabic_ && verb && p.chunk > tc + 1 && ref_at_[p.chunk - 1] >= 0 &&
                               s_.actors[ref_at_[p.chunk - 1]].first_chunk == tc + 1;
    const bool object = visit && (p.chunk == tc + 1 || (p.chunk == tc + 2 && as_verb && !arabic_ && word(tc + 1, "article")) ||
                                  after_visitor) &&
                        !whose_state(p.chunk);
    if (!place_after_prep(p.chunk) && !object) continue;
    if (p.chunk > tc && topic_between(tc, p.chunk) && !dated_city(p)) continue;  // "a summit on the war in Gaza"
    if (in_title_phrase(p.chunk)) continue;
    if (p.chunk > tc && participle_between(tc, p.chunk)) continue;  // "opened the summit, calling for a halt in Gaza"
    if (!verb && p.chunk < tc && past_cue_between(p.chunk, tc)) continue;
    // An Arabic verb names its subject and object before the place: the
    // place is as near as it is to the last of them ("التقى [X ...]، أمس، [Y] في عنتيبي");
    // so does a long English object list ("welcomed Blinken and his counterparts from A, B, C and D to Sde Boker").
    size_t from = tc;
    if (p.chunk > tc)
      for (const auto& ref : s_.actors)
        if (ref.first_chunk > tc && ref.last_chunk < p.chunk && ref.last_chunk > from && !ref.is_state_name) from = ref.last_chunk;
    // Only a place right after them, and not a word that is also a country ("عمان").
    if (p.chunk - from > 4 || chunk(p.chunk).has(EntryKind::kState)) from = tc;
    int distance = p.chunk > tc ? static_cast<int>(p.chunk - from) : 2 * static_cast<int>(tc - p.chunk);
    // "In Abu Dhabi on Feb. 4, 2019, the pope and the imam signed ...": a place fronting the sentence.
    if (!arabic_ && p.chunk < tc && p.chunk == dateline_ + 1 && word(dateline_, "in")) distance = std::min(distance, 16);
    if (distance > 16) continue;
    candidates.push_back(&p);
    if (distance < nearest_distance) nearest_distance = distance, nearest = &p;
  }
  if (nearest && place < 0) {
    place = nearest->place;
    *text = nearest->text;
  }
  // Only a country is refined: asked once, before the candidates' places are read from the lexicon (a cache miss each).
  if (place < 0 || lex_.places()[place].kind != lexicon::PlaceKind::kCountry) return place;
  for (const PlaceRef* p : candidates) {
    const auto& cand = lex_.places()[p->place];
    if (cand.kind != lexicon::PlaceKind::kCountry && cand.country == lex_.places()[place].country) {
      *text = p->text;
      return p->place;  // the city is more precise than its country
    }
  }
  return place;
}

bool SentenceMentions::place_right_after(size_t tc) const {
  const size_t at = tc + 1 < n_chunks_ && word(tc + 1, "to") ? tc + 2 : tc + 1;
  for (const auto& p : s_.places)
    if (p.chunk == at) return true;
  return false;
}

bool SentenceMentions::dated_city(const PlaceRef& p) const {
  const auto kind = lex_.places()[p.place].kind;
  return !arabic_ && (kind == lexicon::PlaceKind::kCapital || kind == lexicon::PlaceKind::kCity || kind == lexicon::PlaceKind::kVenue) &&
         date_from(p.last_chunk + 1) != nullptr;
}

int SentenceMentions::place_of(size_t i, const Scope& sc, int destination, std::optional<size_t> sideline, int host_state,
                               std::string* text, RuleText* rule) const {
  // The visit's destination, else a place after "in"/"at" in the
  // trigger's span, else a place naming a meeting noun ("an Oval Office
  // meeting"), else the place of the summit it was on the sidelines of
  // ("met on the sidelines of the G20 summit in Osaka").
  const Trigger& t = triggers_[i];
  const size_t tc = t.chunk;
  const bool verb = t.flags & Entry::kVerb;
  const bool visit = t.type == MeetingType::kVisit;
  const size_t lo = sc.lo, hi = sc.hi, clause_lo = sc.clause_lo, clause_hi = sc.clause_hi;
  std::string& place_text = *text;
  int place = -1;
  if (destination >= 0) {
    const ActorRef& d = s_.actors[destination];
    place = lex_.country_place(lex_.actors()[d.actor].id);
    place_text = d.text;
  }
  place = refined_place(lo, hi, tc, visit, verb, place, &place_text);
  if (place < 0 && !verb) place = place_naming(tc, &place_text);
  if (place < 0) place = place_of_where(clause_lo, tc, &place_text);
  if (place < 0 && !verb) place = hosted_by_place(t, hi, clause_hi, &place_text);
  if (place < 0 && !verb) place = departed_place(clause_lo, tc, &place_text);
  if (place < 0 && sideline) place = refined_place(*sideline, clause_hi, *sideline, false, true, -1, &place_text);
  // "arrived in Riyadh on Saturday for a summit": the summit the journey
  // led to is where it ended, whatever place its topic names.
  if (!arabic_ && !verb && t.type == MeetingType::kSummit && i > 0 && lo > clause_lo && triggers_[i - 1].type == MeetingType::kVisit &&
      (triggers_[i - 1].flags & Entry::kVerb) && places_[i - 1] >= 0 && lex_.places()[places_[i - 1]].kind != lexicon::PlaceKind::kCountry) {
    place = places_[i - 1];
    place_text = lex_.places()[place].name_en;
    *rule += "+journey-place";
  }
  // "flies to Seoul ... for talks with Moon": talks or a meeting the journey
  // was for, with no place of their own, are where it went (English).
  if (place < 0 && !arabic_ && !verb && (t.type == MeetingType::kTalks || t.type == MeetingType::kMeeting) && i > 0 &&
      lo > clause_lo && triggers_[i - 1].type == MeetingType::kVisit && (triggers_[i - 1].flags & Entry::kVerb) &&
      places_[i - 1] >= 0 && tc > 0 && word(tc - 1, "of")) {
    place = places_[i - 1];
    place_text = lex_.places()[place].name_en;
    *rule += "+journey-place";
  }
  if (place < 0 && host_state >= 0) {
    place = lex_.country_place(lex_.actors()[host_state].id);
    place_text = lex_.actors()[host_state].name_en;
  }
  return place;
}

void SentenceMentions::invited_to_inviters_state(Meeting& mt, RuleText& rule) const {
  // The inviter is the one host the rules found ("X invited Y": X hosts),
  // else the one person who is no guest ("وجه دعوة إلى Y": Y the guest).
  const auto one_person = [&mt](auto&& is) -> const Participant* {
    const Participant* found = nullptr;
    for (const auto& p : mt.participants)
      if (std::string_view(p.kind) == "person" && is(p)) {
        if (found) return nullptr;  // two who might have invited: whose state is not told
        found = &p;
      }
    return found;
  };
  const Participant* inviter = one_person([](const Participant& p) { return p.role == ParticipantRole::kHost; });
  if (!inviter) inviter = one_person([](const Participant& p) { return p.role != ParticipantRole::kGuest; });
  if (!inviter || inviter->country.empty() || mt.participants.size() < 2) return;
  for (const auto& p : mt.participants)
    if (&p != inviter && p.country == inviter->country) return;  // a compatriot: no visit from abroad
  const int place = lex_.country_place(inviter->country);
  if (place < 0) return;
  const auto& pl = lex_.places()[place];
  mt.location.emplace(pl.id, pl.name_en, std::string());
  rule += std::string_view("+inviters-state");
}

bool SentenceMentions::person_relative_between(size_t tc, size_t to) const {
  if (arabic_) return false;  // an Arabic relative after the meeting noun still tells of it ("اللقاء الذي عقد في الرياض")
  if (!has_word("relative")) return false;
  for (size_t c = tc + 3; c < to; ++c)
    if (word(c, "relative") && punct(c - 1, ',') && ref_at_[c - 2] >= 0 && s_.actors[ref_at_[c - 2]].actor >= 0 &&
        lex_.actors()[s_.actors[ref_at_[c - 2]].actor].kind == ActorKind::kPerson)
      return true;
  return false;
}

bool SentenceMentions::in_person_relative(size_t c, size_t tc) const { return relative_head(c, tc) != kNoChunk; }

size_t SentenceMentions::relative_head(size_t c, size_t tc) const {
  if (!has_word("relative")) return kNoChunk;  // (the sentence's mask: most have no relative word to find below)
  bool closed = false;
  for (size_t k = c + 1; k < tc && !closed; ++k) closed = punct(k, ',');
  if (!closed) return kNoChunk;
  const auto person = [&](size_t k) {
    return ref_at_[k] >= 0 && s_.actors[ref_at_[k]].actor >= 0 &&
           lex_.actors()[s_.actors[ref_at_[k]].actor].kind == ActorKind::kPerson;
  };
  for (size_t k = c; k >= 2; --k) {
    if (punct(k, ',')) return kNoChunk;
    if (!word(k, "relative")) continue;
    // "X, who ...", "X، الذي ...": the clause tells of the person before it
    // (in Arabic over the rest of a long name: "الأمير خالد بن سلمان بن عبد العزيز، الذي").
    size_t p = punct(k - 1, ',') ? k - 2 : k - 1;
    if (p + 1 == k && !arabic_) return kNoChunk;
    for (int rest = arabic_ ? 3 : 0; rest > 0 && p > 0 && plain(p) && ref_at_[p] < 0; --rest) --p;
    return person(p) ? p : kNoChunk;
  }
  return kNoChunk;
}

bool SentenceMentions::in_title_phrase(size_t c) const {
  if (!arabic_ || !has_kind(EntryKind::kTitle)) return false;  // (no title in the sentence: none to find below)
  bool title = false;
  for (size_t k = c, steps = 0; k > 0 && steps < 6 && !title; ++steps) {
    --k;
    if (punct(k, ',') || ref_at_[k] >= 0 || chunk(k).has(EntryKind::kTrigger)) return false;
    title = chunk(k).has(EntryKind::kTitle);
  }
  if (!title) return false;
  for (size_t k = c + 1; k < n_chunks_ && k <= c + 4; ++k) {
    if (ref_at_[k] >= 0) {
      const int a = s_.actors[ref_at_[k]].actor;
      return a < 0 || lex_.actors()[a].kind == ActorKind::kPerson;
    }
    if (!plain(k) && !chunk(k).has(EntryKind::kTitle)) return false;
  }
  return false;
}

int SentenceMentions::hosted_by_place(const Trigger& t, size_t hi, size_t clause_hi, std::string* text) const {
  if (s_.places.empty()) return -1;  // every place below is one of the sentence's
  const size_t tc = t.chunk;
  auto place_in = [&](size_t from, size_t to) -> int {
    for (size_t k = from; k < to; ++k)
      for (const auto& p : s_.places)
        if (p.chunk == k && k >= dateline_ && (ref_at_[k] < 0 || s_.actors[ref_at_[k]].is_state_name)) {
          *text = p.text;
          return p.place;
        }
    return -1;
  };
  if (t.host_verb) {
    const size_t verb = *t.host_verb;
    if (int p = arabic_ ? place_in(verb + 1, tc) : place_in(verb > 0 ? verb - 1 : verb, verb); p >= 0) return p;
  }
  // "الجزائر تستعد لاحتضان القمة": the place before a hosting noun that governs the meeting noun.
  if (arabic_ && tc >= 2 && word(tc - 1, "host_noun")) {
    size_t from = tc - 1;
    while (from > dateline_ && tc - 1 - from < 3 && !punct(from - 1, ',') && !punct(from - 1, '.')) --from;
    if (int p = place_in(from, tc - 1); p >= 0) return p;
  }
  // "في القمة الخليجية، وفي القمة العربية، اللتين تستضيفهما الرياض": a dual
  // relative refers back to both meeting nouns, past the second one.
  for (size_t c = tc + 1; c < clause_hi && c <= tc + 14; ++c)
    if (word(c, "host_relative_dual")) return place_in(c + 1, std::min(clause_hi, c + 4));
  for (size_t c = tc + 1; c < hi && c <= tc + 8; ++c) {
    if (!word(c, "host_relative")) continue;
    return place_in(c + 1, std::min(hi, c + 4));
  }
  return -1;
}

int SentenceMentions::departed_place(size_t clause_lo, size_t tc, std::string* text) const {
  if (!arabic_ || tc < 3 || !has_word("departure") || !cue(tc - 1, "past")) return -1;
  for (const auto& p : s_.places) {
    if (p.chunk <= clause_lo || p.chunk + 1 >= tc || p.chunk < dateline_) continue;
    if (ref_at_[p.chunk] >= 0 && !s_.actors[ref_at_[p.chunk]].is_state_name) continue;
    // The verb's subject may stand between ("غادر الرئيس زيلينسكي أنقرة").
    for (size_t k = p.chunk; k > clause_lo && p.chunk - k < 6;) {
      --k;
      if (word(k, "departure")) {
        *text = p.text;
        return p.place;
      }
      if (punct(k, ',') || punct(k, '.') || place_at(k)) break;
    }
  }
  return -1;
}

bool SentenceMentions::place_after_prep(size_t c) const {
  while (!prep_before(c)) {
    if (c < 2 || !punct(c - 1, ',') || !place_at(c - 2)) return false;
    c -= 2;
  }
  return true;
}

int SentenceMentions::place_of_where(size_t from, size_t tc, std::string* text) const {
  if (!has_word("relative") || s_.places.empty()) return -1;  // (what the walk looks for, and finds in)
  for (size_t c = tc; c > from + 1;) {
    --c;
    if (!word(c, "relative")) continue;
    size_t at = punct(c - 1, ',') ? c - 2 : c - 1;
    // "to land in Baghdad on March 5, where he will be received": the place before the date.
    while (at > from && (in_date(at) || word(at, "date_prep"))) --at;
    for (const auto& p : s_.places)
      if (p.last_chunk == at && at >= dateline_ && (ref_at_[p.chunk] < 0 || s_.actors[ref_at_[p.chunk]].is_state_name)) {
        *text = p.text;
        return p.place;
      }
    return -1;
  }
  return -1;
}

int SentenceMentions::place_naming(size_t tc, std::string* text) const {
  // English puts the modifier before the noun, Arabic's genitive after it.
  const bool named_after = arabic_;
  if (!named_after && tc == 0) return -1;
  for (const auto& p : s_.places) {
    if ((named_after ? p.chunk != tc + 1 : p.last_chunk + 1 != tc) || ref_at_[p.chunk] >= 0 || p.chunk < dateline_) continue;
    if (lex_.places()[p.place].kind == lexicon::PlaceKind::kCountry) continue;
    *text = p.text;
    return p.place;
  }
  if (const int state = city_state_naming(tc); state >= 0) {
    *text = s_.actors[ref_at_[tc + 1]].text;
    return lex_.namesake_capital(lex_.actors()[state].id);
  }
  return -1;
}

int SentenceMentions::city_state_naming(size_t tc) const {
  if (!arabic_ || tc + 1 >= n_chunks_ || ref_at_[tc + 1] < 0) return -1;
  const ActorRef& ref = s_.actors[ref_at_[tc + 1]];
  if (!ref.is_state_name || ref.first_chunk != tc + 1 || ref.actor < 0 || tokens_[chunk(tc + 1).begin].glued_and) return -1;
  return lex_.namesake_capital(lex_.actors()[ref.actor].id) >= 0 ? ref.actor : -1;
}

}  // namespace diplograph::extract
