// Merging one article's mentions into one record per real meeting.
#include <algorithm>
#include <initializer_list>
#include <cstdint>
#include <numeric>
#include <type_traits>

#include "mentions.h"
#include "summit_days.h"

namespace diplograph::extract {

// Kinds and offices are compared as views ("state"sv): their lengths are compared
// first, where a string against a plain literal measured and compared it in a call.
using namespace std::string_view_literals;

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

// `p` is in `b`, or is a state one of b's people belongs to. Asked of one
// participant alone too, without building a vector (and copying it) for it.
// (Whether `p` is a state is asked once, not of each of b's participants.)
bool covered(const Participant& p, const std::vector<Participant>& b) {
  const bool state = p.kind == "state"sv;
  for (const auto& q : b)
    if (same_actor(p, q) || (state && q.kind != "state"sv && q.country == p.key)) return true;
  return false;
}

// Every participant of `a` is in `b`, or is a state one of b's people belongs to.
bool covered(const std::vector<Participant>& a, const std::vector<Participant>& b) {
  for (const auto& p : a)
    if (!covered(p, b)) return false;
  return true;
}

bool share_person(const std::vector<Participant>& a, const std::vector<Participant>& b) {
  for (const auto& p : a) {
    if (p.kind == "state"sv) continue;
    for (const auto& q : b)
      if (same_actor(p, q)) return true;
  }
  return false;
}

bool places_compatible(const lexicon::Lexicon& lex, const std::optional<Location>& a, const std::optional<Location>& b) {
  if (!a || !b || a->key == b->key) return true;
  // A view into the lexicon: a copy of the country code per question cost more than the question.
  auto country_of = [&](const Location& l) -> std::string_view {
    const int i = lex.place_index(l.key);
    if (i < 0 || lex.places()[i].kind == lexicon::PlaceKind::kCountry) return {};
    return lex.places()[i].country;
  };
  // A city and its own country describe the same meeting place.
  return country_of(*a) == b->key || country_of(*b) == a->key;
}

bool more_precise(const lexicon::Lexicon& lex, const Location& a, const Location& b) {
  const int i = lex.place_index(a.key);
  return i >= 0 && lex.places()[i].kind != lexicon::PlaceKind::kCountry && lex.places()[i].country == b.key;
}

// Removes the participants not marked in `keep`, moving the others down in
// place (no copy into a new vector: this runs for every mention).
void keep_marked(std::vector<Participant>& ps, const std::vector<char>& keep) {
  size_t kept = 0;
  for (size_t i = 0; i < ps.size(); ++i)
    if (keep[i]) {
      if (kept != i) ps[kept] = std::move(ps[i]);
      ++kept;
    }
  ps.erase(ps.begin() + static_cast<std::ptrdiff_t>(kept), ps.end());
}

// A state whose own person takes part is represented by that person; when two
// people or more meet, a state or organisation named beside them is context
// (the summit's name, the subject of the talks), not a party.
void drop_represented_states(std::vector<Participant>& ps) {
  // Each decision reads the others, so all are made first; the kept ones are
  // then moved down in place (copying them cost more than the decisions).
  // Only states and organisations are dropped: most mentions have none.
  if (std::none_of(ps.begin(), ps.end(), [](const Participant& p) { return p.kind == "state"sv || p.kind == "organisation"sv; }))
    return;
  thread_local std::vector<char> keep;
  keep.assign(ps.size(), 1);
  int people = 0;
  for (const auto& p : ps) people += p.kind == "person"sv;
  for (size_t i = 0; i < ps.size(); ++i) {
    const auto& p = ps[i];
    // Likewise an organisation that names the summit two people or more attend ("G20 summit").
    if ((p.kind == "state"sv || p.kind == "organisation"sv) && people >= 2 && p.role != ParticipantRole::kHost) keep[i] = 0;
    else if (p.kind == "state"sv) {
      bool represented = false;
      for (const auto& q : ps) represented = represented || (q.kind != "state"sv && q.country == p.key);
      if (represented) keep[i] = 0;
    }
  }
  keep_marked(ps, keep);
}

// The one leader (head of state or government, or supreme leader) of `country`
// whom the article names, holding office on `day`; -1 if none or several.
int named_leader(const ArticleContext& context, const std::string& country, const Date& day) {
  const auto& lex = context.lex;
  int found = -1;
  for (int a : context.mentioned) {
    if (a == found || lex.actors()[a].kind != lexicon::ActorKind::kPerson || lex.actors()[a].country != country) continue;
    bool leads = false;
    for (const auto* role : lex.roles_of(a, day))
      leads = leads || ((role->office == "head_of_state"sv || role->office == "head_of_government"sv ||
                         role->office == "supreme_leader"sv) && role->of == country);
    if (!leads) continue;
    if (found >= 0) return -1;
    found = a;
  }
  return found;
}

// True if the lexicon's actor `key` holds one of `offices` on `day`.
bool holds_office(const lexicon::Lexicon& lex, const std::string& key, const Date& day,
                  std::initializer_list<std::string_view> offices) {
  const int a = lex.actor_index(key);
  if (a < 0) return false;
  for (const auto* role : lex.roles_of(a, day))
    if (std::find(offices.begin(), offices.end(), std::string_view(role->office)) != offices.end()) return true;
  return false;
}

bool is_leader(const lexicon::Lexicon& lex, const std::string& key, const Date& day) {
  return holds_office(lex, key, day, {"head_of_state"sv, "head_of_government"sv, "supreme_leader"sv});
}

bool heads_organisation(const lexicon::Lexicon& lex, const std::string& key, const Date& day) {
  return holds_office(lex, key, day, {"head"sv});
}

// A state taking part, with a leader of another state or an organisation's
// head, where the article names the state's own leader, is that leader: "Xi
// arrived in Russia" in an article about Xi and Putin is Xi's visit to Putin. A minister's visit to a country
// says nothing about meeting its leader, so it keeps the state.
void personify_states(Meeting& m, const ArticleContext& context) {
  const Date day = m.date.empty() ? context.date : m.date;
  if (day.empty()) return;
  // An organisation whose own head takes part is represented by that head
  // ("Stoltenberg" and "NATO" in one NATO meeting are one party).
  // Decided for all first (each decision reads the others), then the kept
  // ones moved down in place, as in drop_represented_states.
  auto& ps = m.participants;
  // Both kinds looked for in one pass (this runs for every mention); dropping
  // organisations below leaves the states as they are.
  bool any_organisation = false, any_state = false;
  for (const auto& p : ps) {
    any_organisation = any_organisation || p.kind == "organisation"sv;
    any_state = any_state || p.kind == "state"sv;
  }
  if (!any_organisation && !any_state) return;
  if (any_organisation) {
    thread_local std::vector<char> keep;
    keep.assign(ps.size(), 1);
    for (size_t i = 0; i < ps.size(); ++i) {
      const auto& p = ps[i];
      bool represented = false;
      if (p.kind == "organisation"sv)
        for (const auto& q : ps) {
          if (q.kind != "person"sv) continue;
          int a = context.lex.actor_index(q.key);
          if (a < 0) continue;
          for (const auto* role : context.lex.roles_of(a, day)) represented = represented || role->of == p.key;
        }
      if (represented) keep[i] = 0;
    }
    keep_marked(ps, keep);
  }
  // Only a state can become its leader: without one, the leaders' roles need not be read.
  if (!any_state) return;
  // (So is one with an organisation's head: "Stoltenberg arrived in Japan" meets Kishida.)
  bool leader_present = false;
  for (const auto& p : m.participants)
    leader_present = leader_present || (p.kind == "person"sv && (is_leader(context.lex, p.key, day) ||
                                                                  heads_organisation(context.lex, p.key, day)));
  if (!leader_present) return;
  for (auto& p : m.participants) {
    if (p.kind != "state"sv) continue;
    int leader = named_leader(context, p.key, day);
    if (leader < 0) continue;
    bool present = false;
    for (const auto& q : m.participants) present = present || q.key == context.lex.actors()[leader].id;
    if (present) continue;
    const auto& a = context.lex.actors()[leader];
    p.key = a.id;
    p.name = a.name_en;
    p.kind = "person";
    p.country = a.country;
    m.rule += "+leader-of-state";
  }
}

// `M` is a Meeting read again later (const) or one no longer needed: the
// participants of the latter are moved in, not copied (most absorbed mentions
// are the merging loop's own, moved rather than copied as their meetings are).
template <typename M>
void absorb(Meeting& into, M&& m, const lexicon::Lexicon& lex) {
  constexpr bool movable = !std::is_const_v<std::remove_reference_t<M>> && std::is_rvalue_reference_v<M&&>;
  for (auto& p : m.participants) {
    bool present = false;
    for (auto& q : into.participants) {
      if (same_actor(q, p)) {
        present = true;
        if (q.role == ParticipantRole::kParty) q.role = p.role;
      }
    }
    if (!present) {
      if constexpr (movable) into.participants.push_back(std::move(p));
      else into.participants.push_back(p);
    }
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
  if (into.rule.find(m.rule) == std::string::npos) into.rule.append(" | ").append(m.rule);  // no temporary string
  if (into.sideline_of.empty()) into.sideline_of = m.sideline_of;
  into.confidence = std::min(0.99, std::max(into.confidence, m.confidence) + 0.03);
}

// Summits named for different organisations ("القمة الخليجية الصينية" and
// "القمة العربية الصينية" the same day) are different summits.
bool different_organisations(const Meeting& a, const Meeting& b) {
  bool a_org = false, b_org = false, shared = false;
  for (const auto& p : a.participants) {
    if (p.kind != "organisation"sv) continue;
    a_org = true;
    for (const auto& q : b.participants) shared = shared || (q.kind == "organisation"sv && q.key == p.key);
  }
  for (const auto& q : b.participants) b_org = b_org || q.kind == "organisation"sv;
  return a_org && b_org && !shared;
}

// An organisation's own summit told alone ("تستعد الجزائر لاحتضان القمة العربية"),
// not as the frame of a sideline meeting ("على هامش قمة العشرين").
bool organisation_summit(const Meeting& m) {
  return m.type == MeetingType::kSummit && m.participants.size() == 1 && m.participants[0].kind == "organisation"sv &&
         m.rule.find("+named-summit") != std::string::npos && m.rule.find("+frame") == std::string::npos;
}

// "Leaders met in Berlin for a conference hosted by Merkel. Leaders at the
// conference included Putin, Erdogan, ...": a meeting word told before any
// meeting it could refer back to announces the gathering the next two
// sentences list. Only a gathering of three or more: a pair told next is as
// likely another encounter.
Meeting* gathering_told_next(std::vector<Meeting>& meetings, const Mention& m, const lexicon::Lexicon& lex) {
  const Meeting& mt = m.meeting;
  const int sentence = mt.sentences.front();
  if (m.pair_word || m.headline || mt.type == MeetingType::kCall || mt.type == MeetingType::kVisit) return nullptr;
  for (auto& e : meetings) {
    const bool told_next = std::any_of(e.sentences.begin(), e.sentences.end(),
                                       [&](int s) { return s > sentence && s - sentence <= 2; });
    if (!told_next || e.participants.size() < 3) continue;
    if (e.status != mt.status || e.type == MeetingType::kCall || e.type == MeetingType::kVisit) continue;
    if (!mt.date.empty() && !e.date.empty() && !mt.date.compatible(e.date)) continue;
    if (!places_compatible(lex, mt.location, e.location)) continue;
    return &e;
  }
  return nullptr;
}

// The article's one summit (not a sideline frame) that `m` fits, if it has exactly one.
Meeting* only_summit(std::vector<Meeting>& meetings, const Meeting& m, const lexicon::Lexicon& lex) {
  Meeting* found = nullptr;
  for (auto& e : meetings) {
    if (e.type != MeetingType::kSummit || !e.sideline_of.empty()) continue;
    if (found) return nullptr;
    found = &e;
  }
  if (!found || found->status != m.status || !places_compatible(lex, found->location, m.location)) return nullptr;
  // A summit lasts some days: told on its closing day ("اختتمت القمة اليوم")
  // it is the one that opened two days before.
  const bool days_of_one_summit = found->date.day && m.date.day && std::abs(found->date.first_day() - m.date.first_day()) <= 3;
  if (!found->date.compatible(m.date) && !days_of_one_summit) return nullptr;
  return found;
}

// "وتعود آخر زيارة للوزير الروسي إلى الجزائر إلى 2019": another visit of
// the same people to a country is a visit by those of them from elsewhere to
// that country, not a meeting with its people of today.
void visit_of_visitors(Meeting& own, const lexicon::Lexicon& lex) {
  if (own.type != MeetingType::kVisit || !own.location) return;
  const int place = lex.place_index(own.location->key);
  if (place < 0) return;
  const std::string& country = lex.places()[place].country;
  const int state = lex.state_actor(country);
  if (state < 0) return;
  std::vector<Participant> visitors;
  for (const auto& p : own.participants)
    if (p.kind == "person"sv && p.country != country) visitors.push_back(p);
  if (visitors.empty() || visitors.size() == own.participants.size()) return;
  visitors.push_back(state_participant(lex, state, ParticipantRole::kHost, own.location->text));
  own.participants = std::move(visitors);
}

// A meeting called off was a plan: an anaphor told as planned ("had been due
// to take place") describes it.
bool plan_of_cancelled(const Mention& m, const Meeting& e) {
  return m.meeting.status == Status::kPlanned && e.status == Status::kCancelled && m.anaphoric &&
         m.meeting.participants.empty();
}

// The lead is the first sentence after the headline.
bool told_in_lead(const Meeting& m) { return std::find(m.sentences.begin(), m.sentences.end(), 1) != m.sentences.end(); }

// "Putin, the summit's host, ... is due to hold talks with Guterres on
// Thursday": a meeting planned for the next two days by someone at a summit
// under way is held where the summit is.
bool still_at_summit(const Meeting& m, const Meeting& summit, const Date& report) {
  if (m.status != Status::kPlanned || summit.status != Status::kOccurred || !m.date.day || !summit.date.day ||
      report.empty() || !report.day)
    return false;
  const int ahead = m.date.first_day() - report.first_day();
  const int since = report.first_day() - summit.date.first_day();
  if (ahead < 1 || ahead > 2 || since < 0 || since > 2) return false;
  for (const auto& p : m.participants)
    if (p.kind == "person"sv)
      for (const auto& q : summit.participants)
        if (same_actor(p, q)) return true;
  return false;
}

// A meeting an anaphor tells of, added once: two anaphors of the same people
// that fit together ("their first meeting, held at Brdo Castle"; "the two
// leaders, who met for almost two hours") are one encounter.
void add_created(std::vector<Meeting>& created, Meeting own, const lexicon::Lexicon& lex) {
  for (auto& c : created)
    if (c.status == own.status && types_compatible(c.type, own.type) && c.date.compatible(own.date) &&
        places_compatible(lex, c.location, own.location) && covered(c.participants, own.participants) &&
        covered(own.participants, c.participants)) {
      absorb(c, std::move(own), lex);
      return;
    }
  created.push_back(std::move(own));
}

// The people of a delegation or attendance sentence ("Rubio led the US
// delegation"; "Abdullah, Abbas and Meloni were among those attending") join
// the nearest earlier mention within three sentences: one their state takes
// part in first, then a summit, then any (not a call).
// "met Wunna Maung Lwin in Bangkok on Feb. 24 in talks also attended by Don
// Pramudwinai": the noun names the verb's meeting told just before it; who
// it adds joins that meeting.
void join_named_verb_meetings(std::vector<Mention>& mentions, const lexicon::Lexicon& lex) {
  bool joined = false;
  for (size_t k = 1; k < mentions.size(); ++k) {
    Mention& m = mentions[k];
    Mention& verb = mentions[k - 1];
    if (!m.names_previous_verb || verb.meeting.sentences.front() != m.meeting.sentences.front() || verb.anaphoric ||
        !types_compatible(verb.meeting.type, m.meeting.type) || !verb.meeting.date.compatible(m.meeting.date) ||
        !places_compatible(lex, verb.meeting.location, m.meeting.location))
      continue;
    for (auto& p : m.meeting.participants)
      if (!covered(p, verb.meeting.participants)) verb.meeting.participants.push_back(std::move(p));
    verb.meeting.rule.append(" | ").append(m.meeting.rule);
    if (type_rank(m.meeting.type) > type_rank(verb.meeting.type)) verb.meeting.type = m.meeting.type;  // "in talks"
    // Emptied, it is marked joined: one that stays has its subject at least (previous_subject).
    m.meeting.participants.clear();
    joined = true;
  }
  if (joined)
    mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                  [](const Mention& m) { return m.names_previous_verb && m.meeting.participants.empty(); }),
                   mentions.end());
}

void attach_attendees(std::vector<Mention>& mentions) {
  for (size_t k = 0; k < mentions.size(); ++k) {
    Mention& m = mentions[k];
    if (!m.delegation) continue;
    const int sentence = m.meeting.sentences.front();
    int best = -1, best_score = 1 << 20;
    for (size_t j = 0; j < k; ++j) {
      const Mention& e = mentions[j];
      if (e.delegation || e.meeting.type == MeetingType::kCall) continue;
      // "... الذي شاركت بلاده في الإعداد للمؤتمر. ومثّل السعودية ...": who
      // attended was at the conference held, not at a bare mention of one planned.
      if (e.anaphoric && e.meeting.participants.empty() && e.meeting.status != m.meeting.status) continue;
      const int distance = sentence - e.meeting.sentences.front();
      if (distance < 0 || distance > 3) continue;
      bool shares_state = false;
      for (const auto& p : m.meeting.participants)
        for (const auto& q : e.meeting.participants) shares_state = shares_state || (q.kind == "state"sv && q.key == p.country);
      int score = distance * 10 - (shares_state ? 25 : 0) - (e.meeting.type == MeetingType::kSummit ? 5 : 0);
      if (score <= best_score) best_score = score, best = static_cast<int>(j);  // ties: the later mention
    }
    if (best < 0) continue;
    Mention& target = mentions[best];
    // Moved: the delegation's own mention is dropped below.
    for (auto& p : m.meeting.participants)
      if (!covered(p, target.meeting.participants)) target.meeting.participants.push_back(std::move(p));
    drop_represented_states(target.meeting.participants);
    target.meeting.sentences.push_back(sentence);
    target.meeting.rule.append(" | ").append(m.meeting.rule);  // no temporary string
    target.anaphoric = target.meeting.participants.size() < 2;
  }
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(), [](const Mention& m) { return m.delegation; }),
                 mentions.end());
}

// "وكان شي قد استقبل في بكين ... عدداً من القادة، إذ التقى X ثم Y": a host
// receiving in a city is there for the other meetings its sentence tells him
// holding; the clause of each names no place of its own.
void host_place_in_sentence(std::vector<Mention>& mentions, const lexicon::Lexicon& lex) {
  for (size_t k = 0; k < mentions.size(); ++k) {
    Meeting& m = mentions[k].meeting;
    if (m.location || m.type == MeetingType::kCall || m.status != Status::kOccurred) continue;
    // The nearest place told before it in the sentence only: "... حيث استقبله
    // الأسد، كما زار الأسد الإمارات وأجرى محادثات" has the host travel on.
    for (size_t j = k; j-- > 0 && mentions[j].meeting.sentences.front() == m.sentences.front();) {
      const Meeting& e = mentions[j].meeting;
      if (!e.location) continue;
      const int place = lex.place_index(e.location->key);
      const bool city = place >= 0 && lex.places()[place].kind != lexicon::PlaceKind::kCountry &&
                        lex.places()[place].kind != lexicon::PlaceKind::kRegion;
      // (Or the host's previous meeting there, placed so: "إذ التقى X، ثم Y".)
      const bool placed_so = e.rule.ends_with("+host-place");
      const bool host_here = std::any_of(e.participants.begin(), e.participants.end(), [&](const Participant& p) {
        return (p.role == ParticipantRole::kHost || placed_so) && covered(p, m.participants);
      });
      if (city && host_here && e.status == Status::kOccurred) {
        m.location = e.location;
        m.rule += "+host-place";
      }
      break;
    }
  }
}

// "Biden arrived in Geneva on Tuesday" for Wednesday's summit there: an
// arrival whose only counterpart is the host country is part of the visitor's
// meeting in the same city a day away, not a visit of its own.
bool is_arrival_for(const Meeting& v, const Meeting& e) {
  if (&v == &e || v.type != MeetingType::kVisit || v.participants.size() != 2 || e.type == MeetingType::kCall) return false;
  if (v.status != e.status || !v.location || !e.location || v.location->key != e.location->key) return false;
  const Participant& visitor = v.participants[0];
  if (visitor.kind != "person"sv || v.participants[1].kind != "state"sv || v.participants[1].role != ParticipantRole::kHost)
    return false;
  if (v.date.empty() || e.date.empty() || !v.date.day || !e.date.day ||
      std::abs(v.date.first_day() - e.date.first_day()) > 1)
    return false;
  bool present = false;
  for (const auto& p : e.participants) present = present || same_actor(p, visitor);
  return present;
}

void drop_arrivals(std::vector<Meeting>& meetings) {
  // Only a visit of two can be an arrival: most articles have none, and then
  // neither the marks nor the pairs of meetings are needed.
  if (std::none_of(meetings.begin(), meetings.end(),
                   [](const Meeting& m) { return m.type == MeetingType::kVisit && m.participants.size() == 2; }))
    return;
  std::vector<bool> drop(meetings.size(), false);
  bool any = false;
  for (size_t i = 0; i < meetings.size(); ++i)
    for (size_t j = 0; j < meetings.size() && !drop[i]; ++j)
      if (!drop[j] && is_arrival_for(meetings[i], meetings[j])) {
        drop[i] = any = true;
        for (int s : meetings[i].sentences)
          if (std::find(meetings[j].sentences.begin(), meetings[j].sentences.end(), s) == meetings[j].sentences.end())
            meetings[j].sentences.push_back(s);
        std::sort(meetings[j].sentences.begin(), meetings[j].sentences.end());
      }
  // Most articles have no arrival: then nothing moves. Else the kept ones move down in place.
  if (!any) return;
  size_t kept = 0;
  for (size_t i = 0; i < meetings.size(); ++i)
    if (!drop[i]) {
      if (kept != i) meetings[kept] = std::move(meetings[i]);
      ++kept;
    }
  meetings.erase(meetings.begin() + static_cast<std::ptrdiff_t>(kept), meetings.end());
}

// "ألغى لقاءً على هامش القمة في بوينس آيرس ... وينتظر أن يلتقي بوتين ولي العهد
// على هامش القمة": the article's summit, once placed for one sideline meeting,
// places the others told without a place, when all of them are still to come
// or all held (a held one may be on the sidelines of an earlier summit).
void sideline_place_from_article(std::vector<Meeting>& meetings) {
  const Meeting* placed = nullptr;
  for (const auto& m : meetings) {
    if (m.sideline_of.empty() || !m.location || m.type == MeetingType::kCall) continue;
    if (placed && (placed->location->key != m.location->key ||
                   (placed->status == Status::kOccurred) != (m.status == Status::kOccurred)))
      return;  // two summits, or two times
    placed = &m;
  }
  if (!placed) return;
  for (auto& m : meetings) {
    if (m.sideline_of.empty() || m.location || m.type == MeetingType::kCall) continue;
    if ((placed->status == Status::kOccurred) != (m.status == Status::kOccurred)) continue;
    m.location = placed->location;
    m.rule += "+article-summit-place";
  }
}

// "وعلى هامش المؤتمر، عقد السيسي والشيخ تميم لقاءً": an undated meeting on
// the sidelines was held the day of the dated gathering of the article it is
// a part of (one held, with all its people among more), and where it was.
void sideline_date_from_gathering(std::vector<Meeting>& meetings) {
  for (auto& m : meetings) {
    if (m.sideline_of.empty() || !m.date.empty() || m.type == MeetingType::kCall || m.status != Status::kOccurred) continue;
    const Meeting* gathering = nullptr;
    int found = 0;
    for (const auto& g : meetings)
      if (&g != &m && g.status == Status::kOccurred && !g.date.empty() && g.type != MeetingType::kCall &&
          g.participants.size() > m.participants.size() && covered(m.participants, g.participants) &&
          (!m.location || !g.location || g.location->key == m.location->key))
        gathering = &g, ++found;
    if (found != 1) continue;
    m.date = gathering->date;
    m.date_text = gathering->date_text;
    if (!m.location) m.location = gathering->location;
    m.rule += "+gathering-date";
  }
}

// "Putin held talks in Sochi with Assad, whose visit was made public on
// Tuesday": a visit spans days, so a visit and an encounter of the same people
// in the same place a day apart are one stay, dated by the encounter.
bool same_stay(const Meeting& a, const Meeting& b, const lexicon::Lexicon& lex) {
  if ((a.type == MeetingType::kVisit) == (b.type == MeetingType::kVisit)) return false;
  const Meeting& other = a.type == MeetingType::kVisit ? b : a;
  if (other.type == MeetingType::kCall || other.type == MeetingType::kSummit) return false;
  // (A planned stay too: "flies to Seoul on Saturday for talks with Moon on Sunday".)
  if (a.status != b.status || (a.status != Status::kOccurred && a.status != Status::kPlanned)) return false;
  if (!a.location || !b.location || !places_compatible(lex, a.location, b.location)) return false;
  if (!a.date.day || !b.date.day || std::abs(a.date.first_day() - b.date.first_day()) != 1) return false;
  return covered(a.participants, b.participants) && covered(b.participants, a.participants);
}

void join_stays(std::vector<Meeting>& meetings, const lexicon::Lexicon& lex) {
  for (size_t i = 0; i < meetings.size(); ++i)
    for (size_t j = i + 1; j < meetings.size(); ++j) {
      if (!same_stay(meetings[i], meetings[j], lex)) continue;
      const bool i_first = meetings[i].type != MeetingType::kVisit;
      Meeting& first = i_first ? meetings[i] : meetings[j];
      const Meeting& later = i_first ? meetings[j] : meetings[i];
      absorb(first, later, lex);
      first.rule += "+same-stay";
      if (!i_first) std::swap(meetings[i], meetings[j]);
      meetings.erase(meetings.begin() + static_cast<long>(j));
      --j;
    }
}

// "Biden and Putin agreed to start talks on arms control": the talks leaders
// agree to open are negotiations between their states, on no date yet.
void talks_of_states(std::vector<Meeting>& meetings, const lexicon::Lexicon& lex) {
  for (auto& m : meetings) {
    // (The kind and status first: the search of the rule's text is the dear test, and few meetings pass the others.)
    if (m.type != MeetingType::kTalks || m.status != Status::kPlanned || m.rule.find("+open-talks") == std::string::npos)
      continue;
    std::vector<Participant> states;
    bool all_people = true;
    for (const auto& p : m.participants) {
      const int st = p.kind == "person"sv && !p.country.empty() ? lex.state_actor(p.country) : -1;
      if (st < 0) {
        all_people = false;
        break;
      }
      bool seen = false;
      for (const auto& q : states) seen = seen || q.key == lex.actors()[st].id;
      if (!seen) states.push_back(state_participant(lex, st, ParticipantRole::kParty, p.text));
    }
    if (!all_people || states.size() < 2) continue;
    m.participants = std::move(states);
    m.date = Date{};
    m.date_text.clear();
    m.rule += "+talks-of-states";
  }
}

const Date* nearest_sentence_date(const std::vector<Date>& dates, int sentence) {
  for (int s = sentence; s >= 0 && sentence - s < 4; --s)
    if (static_cast<size_t>(s) < dates.size() && !dates[s].empty()) return &dates[s];
  return nullptr;
}

// A news narrative dates an encounter once and tells the rest of the day
// without dates ("Biden greeted the crown prince on Friday ... Biden first met
// King Salman"): a meeting reported as held but undated took place on the date
// of the nearest dated held meeting of its own or the two sentences before, or
// else the nearest date of its own or the three sentences before. Meetings are taken in the order the text tells
// them, so a date carries on through an undated stretch of the story.
void date_from_neighbours(std::vector<Meeting>& meetings, const std::vector<Date>& sentence_dates,
                          const std::vector<int>& headlines) {
  // Kept from article to article on this thread: every article allocating its own cost more than the walk.
  thread_local std::vector<Meeting*> order;
  thread_local std::vector<const Meeting*> dated;
  order.clear();
  dated.clear();
  for (auto& m : meetings)
    if (!m.sentences.empty()) order.push_back(&m);
  const auto told_first = [](const Meeting* a, const Meeting* b) { return a->sentences.front() < b->sentences.front(); };
  if (!std::is_sorted(order.begin(), order.end(), told_first)) std::stable_sort(order.begin(), order.end(), told_first);
  for (Meeting* m : order) {
    if (m->status != Status::kOccurred) continue;
    // Told as earlier than the story ("had met"), it is not of the story's day.
    if (m->date.empty() && m->rule.find("+earlier") != std::string::npos) continue;
    if (m->date.empty()) {
      // The story around a meeting its headline announces starts at its first body sentence.
      int first = m->sentences.front();
      for (int s : m->sentences)
        if (!std::binary_search(headlines.begin(), headlines.end(), s)) {
          first = s;
          break;
        }
      const Meeting* source = nullptr;
      int best = 3;
      for (const Meeting* e : dated)
        for (int s : e->sentences)
          if (s <= first && first - s < best) best = first - s, source = e;
      if (source) {
        m->date = source->date;
        m->date_text = source->date_text;
        m->rule += "+neighbour-date";
      } else if (const Date* near = nearest_sentence_date(sentence_dates, first)) {
        m->date = *near;
        m->date_text.clear();
        m->rule += "+sentence-date";
      } else {
        continue;
      }
    }
    dated.push_back(m);
  }
}

// A meeting reported from a city within two days of it was in that city when
// the text places it only in the city's country or region ("visited Algeria",
// "talks in Alaska", filed from Algiers, Anchorage), or, when it was held,
// does not place it at all. Calls have no place; plans are not where the
// reporter is. The dateline's own word for the city, used again ("لقاء
// بالجزائر" in a report filed from الجزائر), is that city whatever the day;
// a visit is to the country ("زيارة إلى تونس").
void place_at_dateline(std::vector<Meeting>& meetings, const ArticleContext& context) {
  const auto& lex = context.lex;
  const auto& filed = lex.places()[context.dateline_place];
  if (filed.kind == lexicon::PlaceKind::kCountry || filed.kind == lexicon::PlaceKind::kRegion) return;
  const auto& city = lex.places()[filed.within >= 0 ? filed.within : context.dateline_place];
  for (auto& m : meetings) {
    if (m.location && m.type != MeetingType::kVisit && context.dateline_written != context.dateline_place &&
        lex.place_index(m.location->key) == context.dateline_written) {
      m.location = Location{city.id, city.name_en, m.location->text};
      m.rule += "+dateline-word";
      continue;
    }
    if (m.date.empty() || !m.date.day || m.type == MeetingType::kCall) continue;
    // (The search of the rule's text for a virtual meeting comes last, before each change: it is the dear test.)
    const auto is_virtual = [&] { return m.rule.find("+virtual") != std::string::npos; };
    const int days = context.date.first_day() - m.date.first_day();
    if (m.location) {
      // A planned visit to the country is to the country: the reporter's city is not yet its place.
      if (std::abs(days) > 2 || (m.type == MeetingType::kVisit && m.status != Status::kOccurred)) continue;
      const int place = lex.place_index(m.location->key);
      if (place < 0 || lex.places()[place].country != filed.country) continue;
      const auto kind = lex.places()[place].kind;
      if (kind != lexicon::PlaceKind::kCountry && kind != lexicon::PlaceKind::kRegion) continue;
      if (is_virtual()) continue;
      m.location = Location{city.id, city.name_en, m.location->text};
    } else {
      if (m.status != Status::kOccurred || days < 0 || days > 2 || is_virtual()) continue;
      m.location = Location{city.id, city.name_en, filed.name_en};
    }
    m.rule += "+dateline-city";
  }
}

// A person the rules inferred from a title alone: the words written are the title's.
bool inferred_from_title(const Participant& p) {
  // (Lengths first: a named person's words hold the title and more, and most people are named.)
  return p.kind == "person"sv && p.text.size() <= p.title.size() && p.title.find(p.text) != std::string::npos;
}

// "The leaders of China, Japan and South Korea met in Seoul ... Yoon hosted
// Kishida and Chinese Premier Li Qiang": a state's leader inferred from a
// title is the leader of that state the article names at a meeting of the
// same others around the same day (China came with its premier, not Xi).
void named_leaders_for_inferred(std::vector<Meeting>& meetings, const lexicon::Lexicon& lex, const ArticleContext& context) {
  for (auto& m : meetings) {
    for (auto& p : m.participants) {
      if (!inferred_from_title(p) || p.country.empty()) continue;
      const Date day = m.date.empty() ? context.date : m.date;
      const Participant* named = nullptr;
      for (const auto& other : meetings) {
        if (&other == &m || other.status != m.status) continue;
        if (!other.date.empty() && !m.date.empty() && std::abs(other.date.first_day() - m.date.first_day()) > 1) continue;
        size_t shared = 0;
        const Participant* candidate = nullptr;
        for (const auto& q : other.participants) {
          if (q.key == p.key) continue;
          if (covered(q, m.participants)) ++shared;
          else if (q.kind == "person"sv && q.country == p.country && !inferred_from_title(q) && is_leader(lex, q.key, day))
            candidate = &q;
        }
        if (candidate && shared >= 2) named = candidate;
      }
      if (!named || covered(*named, m.participants)) continue;
      p = *named;
      m.rule += "+named-leader";
    }
  }
}

// The meetings in the order the text first tells them, as stable_sort put
// them: the order is found on their indices, and each meeting is then moved
// once (sorting the meetings themselves moved each several times, some
// hundreds of bytes a move).
void sort_told_first(std::vector<Meeting>& meetings) {
  thread_local std::vector<uint32_t> order;
  order.resize(meetings.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&meetings](uint32_t a, uint32_t b) {
    return meetings[a].sentences.front() < meetings[b].sentences.front();
  });
  std::vector<Meeting> sorted;
  sorted.reserve(meetings.size());
  for (uint32_t i : order) sorted.push_back(std::move(meetings[i]));
  meetings = std::move(sorted);
}

}  // namespace

std::vector<Meeting> merge_mentions(std::vector<Mention>& mentions, const ArticleContext& context) {
  const lexicon::Lexicon& lex = context.lex;
  join_named_verb_meetings(mentions, lex);
  attach_attendees(mentions);
  host_place_in_sentence(mentions, lex);
  for (auto& m : mentions) personify_states(m.meeting, context);
  std::vector<Meeting> meetings;
  meetings.reserve(mentions.size());
  // Kept on this thread from article to article, like the other working lists here.
  thread_local std::vector<Mention*> pending;    // anaphoric mentions, resolved after the full ones
  thread_local std::vector<Mention*> headlines;  // the headline summarises the body: merged last, into the lead
  pending.clear();
  headlines.clear();
  auto same_meeting = [&](const Meeting& e, const Meeting& m) {
    if (e.status != m.status || !types_compatible(e.type, m.type)) return false;
    if (!e.date.compatible(m.date) || !places_compatible(lex, e.location, m.location)) return false;
    // One summit of an article, reported with different people in each sentence
    // ("led by X, with Y taking part"; "Z also attended the summit").
    if (e.type == MeetingType::kSummit && m.type == MeetingType::kSummit && different_organisations(e, m)) return false;
    if (e.type == MeetingType::kSummit && m.type == MeetingType::kSummit && e.participants.size() >= 2 &&
        !m.participants.empty() && m.sideline_of.empty() && e.sideline_of.empty())
      return true;
    // A summit and a meeting of some of its people are two encounters (the
    // bilateral on its sidelines), unless they name the same people.
    if ((e.type == MeetingType::kSummit) != (m.type == MeetingType::kSummit) &&
        !(covered(e.participants, m.participants) && covered(m.participants, e.participants)))
      return false;
    // "وعلى هامش المؤتمر، عقد السيسي والشيخ تميم لقاءً": a meeting on the
    // sidelines of a larger one, of some of its people, is not that one.
    if (!m.sideline_of.empty() && e.sideline_of.empty() && e.participants.size() > m.participants.size() &&
        m.participants.size() >= 2)
      return false;
    // So is a pair's "separate" meeting among a larger one's people (build: "+apart").
    if (e.participants.size() != m.participants.size() &&
        (e.rule.find("+apart") != std::string::npos || m.rule.find("+apart") != std::string::npos))
      return false;
    if (!share_person(e.participants, m.participants) &&
        !(covered(e.participants, m.participants) && covered(m.participants, e.participants)))
      return false;
    return covered(m.participants, e.participants) || covered(e.participants, m.participants);
  };
  for (auto& m : mentions) {
    drop_represented_states(m.meeting.participants);
    if (m.anaphoric) {
      pending.push_back(&m);
      continue;
    }
    if (m.headline) {
      headlines.push_back(&m);
      continue;
    }
    Meeting* target = nullptr;
    for (auto it = meetings.rbegin(); it != meetings.rend() && !target; ++it)
      if (same_meeting(*it, m.meeting)) target = &*it;
    // Moved, not copied: a full mention is read again only through its meeting
    // (summit_from_its_days reads the anaphors, the headline set the headlines).
    if (target) absorb(*target, std::move(m.meeting), lex);
    else meetings.push_back(std::move(m.meeting));
  }
  // Noted before the headlines' meetings are moved away (below).
  // Sorted and unique, in a vector kept on this thread: a set allocated a node per headline mention.
  thread_local std::vector<int> headline_sentences;
  headline_sentences.clear();
  for (const auto& m : mentions)
    if (m.headline) headline_sentences.push_back(m.meeting.sentences.front());
  std::sort(headline_sentences.begin(), headline_sentences.end());
  headline_sentences.erase(std::unique(headline_sentences.begin(), headline_sentences.end()), headline_sentences.end());
  for (Mention* m : headlines) {
    Meeting* target = nullptr;
    for (auto it = meetings.begin(); it != meetings.end() && !target; ++it)
      // An uncued headline ("Biden agrees to summit with Putin") takes the
      // status of the lead's meeting of the same people.
      if (same_meeting(*it, m->meeting) || (m->meeting.date.empty() && !m->status_cued &&
                                            (it->status == Status::kOccurred || told_in_lead(*it)) &&
                                            types_compatible(it->type, m->meeting.type) &&
                                            covered(m->meeting.participants, it->participants)))
        target = &*it;
    if (!target) {
      meetings.push_back(std::move(m->meeting));
      continue;
    }
    // "Putin meets Khamenei, Erdogan in Tehran" heads two meetings: a headline
    // naming more people than the body's meeting adds none of them.
    Meeting summary = std::move(m->meeting);
    if (!covered(summary.participants, target->participants)) summary.participants = target->participants;
    absorb(*target, std::move(summary), lex);
  }
  // A mention without its participants ("the summit", "اتفق الطرفان على عقد اجتماع قمة")
  // is more evidence for the nearest earlier meeting of the same kind, and adds nothing else,
  // unless its own date, place or kind says it is another encounter of the same
  // people ("the two leaders had spoken by phone last Friday", "their first summit
  // was held in Singapore last June"): then it is a meeting of its own.
  std::vector<Meeting> created;
  int first_told = 1 << 30;  // the first sentence telling a meeting with its people
  for (const auto& e : meetings)
    for (int s : e.sentences) first_told = std::min(first_told, s);
  for (Mention* m : pending) {
    const int sentence = m->meeting.sentences.front();

    Meeting* target = nullptr;
    Meeting* people = nullptr;  // the nearest earlier meeting with two participants or more
    int best = 1 << 30, best_target = 1 << 30, best_people = 1 << 30;
    for (auto& e : meetings) {
      // Distance to the meeting's latest mention before the anaphor (a headline
      // merged into the lead does not push the lead's meeting away).
      int latest = -1;
      for (int s : e.sentences)
        if (s <= sentence) latest = std::max(latest, s);
      if (latest < 0) continue;
      int distance = sentence - latest;
      // "The two presidents" are most likely the people of a two-person meeting.
      const Date day = e.date.empty() ? context.date : e.date;
      bool two_people = e.participants.size() == 2 && e.participants[0].kind == "person"sv &&
                        e.participants[1].kind == "person"sv &&
                        (!m->leader_pair || (is_leader(lex, e.participants[0].key, day) &&
                                             is_leader(lex, e.participants[1].key, day)));
      // "The four leaders": a meeting of that many people.
      if (m->group_size > 0)
        two_people = static_cast<int>(e.participants.size()) == m->group_size &&
                     std::all_of(e.participants.begin(), e.participants.end(), [](const Participant& p) { return p.kind == "person"sv; });
      // "The two Korean leaders" are of those states, whoever was named last.
      if (!m->group_states.empty() &&
          !std::all_of(e.participants.begin(), e.participants.end(), [&](const Participant& p) {
            return std::find(m->group_states.begin(), m->group_states.end(), p.country) != m->group_states.end();
          }))
        continue;
      // A pair word means the article's protagonists more than the last people named:
      // a meeting told in more sentences is nearer.
      const int salience = m->pair_word ? 3 * static_cast<int>(e.sentences.size()) : 0;
      // "... will meet Biden in Bali, in what would be their first meeting": a
      // meeting told in the anaphor's own sentence is the one it names, before
      // the protagonists', and with the status that sentence gave it.
      const bool same_sentence = distance == 0 && !m->status_cued && covered(m->meeting.participants, e.participants);
      const int people_distance =
          same_sentence ? -(1 << 20) : distance - salience + (m->pair_word && !two_people ? 30 : 0);
      if (e.participants.size() >= 2 && people_distance < best_people &&
          (m->meeting.participants.empty() || covered(m->meeting.participants, e.participants)))
        best_people = people_distance, people = &e;
      if (e.type != m->meeting.type && !(type_rank(e.type) >= 1 && type_rank(m->meeting.type) >= 1 &&
                                         m->meeting.type != MeetingType::kSummit && e.type != MeetingType::kSummit))
        continue;
      // A status cue or a date of its own ("last met in June") tells which meetings it can
      // describe; so does "the two leaders' meeting", told as a fact.
      if ((m->status_cued || !m->meeting.date.empty() || m->pair_word) && e.status != m->meeting.status &&
          !plan_of_cancelled(*m, e) && !same_sentence)
        continue;
      if (!m->meeting.participants.empty() && !covered(m->meeting.participants, e.participants)) continue;
      // "The two leaders" describe the protagonists' meeting rather than the last one.
      if (people_distance < best_target) best_target = people_distance, best = distance, target = &e;
    }
    const Meeting& mt = m->meeting;
    auto fits = [&](const Meeting& e) {
      return (mt.date.empty() || e.date.empty() || mt.date.compatible(e.date)) &&
             (!mt.location || !e.location || places_compatible(lex, mt.location, e.location));
    };
    bool conflicts = target && !fits(*target);
    if (conflicts) {
      // Another meeting of the same people may be the one it describes
      // ("the meeting in Russia" after Ri's visit to Russia and Lavrov's to Pyongyang).
      for (auto& e : meetings)
        if (&e != target && fits(e) && e.status == target->status && covered(target->participants, e.participants) &&
            covered(e.participants, target->participants) &&
            *std::min_element(e.sentences.begin(), e.sentences.end()) <= sentence) {
          target = &e;
          conflicts = false;
          break;
        }
    }
    // "Their national security advisers, Ajit Doval and Nasser Janjua, met in
    // Bangkok": an English verb always names its subject, so one that found
    // nobody is of people the lexicon does not know, not of the last ones
    // told, nor evidence for their meeting. (An Arabic verb may carry its
    // subject: "قبل أن يلتقيا مجدداً".)
    if (mt.participants.empty() && !m->pair_word && !m->titled_subject &&
        (mt.rule.starts_with("en:verb-") || mt.rule.starts_with("ar:verb-")))
      continue;
    // Only a mention without people of its own, or "the two leaders", tells of
    // another encounter of the same people: "He flew to Jeddah" borrows nobody.
    const bool borrows = m->pair_word || mt.participants.empty();
    if (borrows && (conflicts || (!target && m->pair_word)) && people && (conflicts ? target : people)) {
      Meeting own = mt;
      const Meeting& base = conflicts && !m->pair_word ? *target : *people;
      own.participants = base.participants;
      for (auto& p : own.participants) p.role = ParticipantRole::kParty;
      for (const auto& p : mt.participants)
        if (!covered(p, own.participants)) own.participants.push_back(p);
      visit_of_visitors(own, lex);
      own.rule += "+anaphor";
      own.confidence = std::max(0.3, own.confidence - 0.1);
      add_created(created, std::move(own), lex);
      continue;
    }
    // "The two leaders ... for talks" before any meeting of theirs was told.
    if (!target && m->pair_word && !people && !m->recent_pair.empty()) {
      Meeting own = mt;
      own.participants = m->recent_pair;
      own.rule += "+recent-pair";
      own.confidence = std::max(0.3, own.confidence - 0.15);
      add_created(created, std::move(own), lex);
      continue;
    }
    if (!target && sentence < first_told) {
      if (Meeting* gathering = gathering_told_next(meetings, *m, lex)) {
        Meeting lead = mt;
        lead.rule += "+lead";
        absorb(*gathering, std::move(lead), lex);
        continue;
      }
    }
    // "Raisi arrived for a summit ... bin Salman opened the summit": the people
    // of a summit anaphor join the article's one summit.
    if (!target && mt.type == MeetingType::kSummit && !mt.participants.empty()) {
      if (Meeting* summit = only_summit(meetings, mt, lex); summit && !different_organisations(*summit, mt)) {
        absorb(*summit, mt, lex);
        continue;
      }
    }
    // ... when it fits no summit of the article, it is one of its own if its
    // date or status says when ("القمة العربية المقرر عقدها في نوفمبر").
    if (!target && organisation_summit(mt) && (!mt.date.empty() || m->status_cued)) {
      add_created(created, mt, lex);
      continue;
    }
    if (!target) continue;
    if (std::find(target->sentences.begin(), target->sentences.end(), sentence) == target->sentences.end())
      target->sentences.push_back(sentence);
    // Within one sentence ("the last visit was in March, when X went to Korea")
    // the anaphor may date or place the meeting it describes.
    // So may the next sentences about it ("The talks, held today in Riyadh, ...").
    if (best <= 2 && (best == 0 || m->meeting.type == MeetingType::kTalks || m->meeting.type == MeetingType::kSummit ||
                      m->pair_word) &&
        (target->type == m->meeting.type || m->pair_word)) {
      if (target->date.empty() && !m->meeting.date.empty()) {
        target->date = m->meeting.date;
        target->date_text = m->meeting.date_text;
      }
      if (!target->location && m->meeting.location) target->location = m->meeting.location;
    }
    // "The visit had been due to take place on Sept. 2-3": the plan dates the
    // cancelled meeting more precisely than "early September" did.
    if (plan_of_cancelled(*m, *target) && best <= 3 && !m->meeting.date.empty() &&
        m->meeting.date.precision() > target->date.precision() && m->meeting.date.compatible(target->date)) {
      target->date = m->meeting.date;
      target->date_text = m->meeting.date_text;
    }
  }
  for (auto& c : created) meetings.push_back(std::move(c));
  summit_from_its_days(meetings, mentions);
  // A call joins people in different places: a place named with it is where
  // one of them was ("phoned Zelensky from Air Force One"), not the meeting's.
  for (auto& m : meetings)
    if (m.type == MeetingType::kCall) m.location.reset();
  // A meeting on the sidelines of a summit, or among its participants on a
  // day of it, happened where the summit was ("Modi and Xi met in Kazan").
  for (auto& m : meetings) {
    if (m.location || m.type == MeetingType::kCall || m.type == MeetingType::kSummit) continue;
    for (const auto& summit : meetings) {
      if (&summit == &m || summit.type != MeetingType::kSummit || !summit.location) continue;
      if (still_at_summit(m, summit, context.date)) {
        m.location = summit.location;
        m.rule += "+summit-place";
        break;
      }
      // "وعلى هامش القمة، التقى ...": an undated meeting on the sidelines of the summit the article reports.
      const bool undated_sideline = m.date.empty() && !m.sideline_of.empty() && !summit.date.empty();
      if (!undated_sideline && (m.date.empty() || summit.date.empty() || !m.date.compatible(summit.date))) continue;
      // A meeting held this month is not on the sidelines of a summit still to come.
      if (m.status != summit.status) continue;
      if (!m.sideline_of.empty() || (m.date.day && covered(m.participants, summit.participants))) {
        m.location = summit.location;
        m.rule += "+summit-place";
        break;
      }
    }
  }
  sideline_place_from_article(meetings);
  sideline_date_from_gathering(meetings);
  for (auto& m : meetings) std::sort(m.sentences.begin(), m.sentences.end());
  date_from_neighbours(meetings, context.sentence_dates, headline_sentences);
  if (context.dateline_place >= 0 && !context.date.empty()) place_at_dateline(meetings, context);
  drop_arrivals(meetings);
  join_stays(meetings, lex);
  talks_of_states(meetings, lex);
  named_leaders_for_inferred(meetings, lex, context);
  // Mostly already in order: then sorting would only move every meeting about (and allocate).
  const auto told_first = [](const Meeting& a, const Meeting& b) { return a.sentences.front() < b.sentences.front(); };
  if (!std::is_sorted(meetings.begin(), meetings.end(), told_first)) sort_told_first(meetings);
  return meetings;
}

}  // namespace diplograph::extract
