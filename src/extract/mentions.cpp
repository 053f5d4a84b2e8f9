#include "mentions.h"

#include <algorithm>
#include <optional>
#include <set>

namespace diplograph::extract {

using lexicon::ActorKind;
using lexicon::Entry;
using lexicon::EntryKind;

namespace {

struct Trigger {
  size_t chunk;
  MeetingType type;
  uint8_t flags;
  std::optional<size_t> host_verb;  // "Putin hosted the BRICS summit": the hosting verb of a meeting noun
};

class SentenceMentions {
 public:
  SentenceMentions(const AnalysedSentence& s, const ArticleContext& ctx, int index, size_t dateline)
      : s_(s), ctx_(ctx), lex_(ctx.lex), index_(index), dateline_(dateline) {
    ref_at_.assign(s.chunks.size(), -1);
    for (size_t r = 0; r < s.actors.size(); ++r)
      for (size_t c = s.actors[r].first_chunk; c <= s.actors[r].last_chunk && c < s.chunks.size(); ++c)
        ref_at_[c] = static_cast<int>(r);
    arabic_ = false;
    for (const auto& t : s.tokens) arabic_ = arabic_ || t.token.arabic;
  }

  std::vector<Mention> run() {
    find_triggers_and_cuts();
    subjects_.assign(triggers_.size(), {});
    places_.assign(triggers_.size(), -1);
    std::vector<Mention> out;
    for (size_t i = 0; i < triggers_.size(); ++i) {
      Mention m;
      if (!build(i, m)) continue;
      if (m.separate_after > 0 && static_cast<size_t>(m.separate_after) < m.meeting.participants.size()) {
        // "held separate meetings with Olmert and Abbas": one meeting per guest.
        const auto everyone = m.meeting.participants;
        const auto hosts = std::vector<Participant>(everyone.begin(), everyone.begin() + m.separate_after);
        for (size_t k = m.separate_after; k < everyone.size(); ++k) {
          Mention one = m;
          one.meeting.participants = hosts;
          one.meeting.participants.push_back(everyone[k]);
          if (m.guest_dates.size() == everyone.size() - hosts.size()) {
            const auto& [date, text] = m.guest_dates[k - hosts.size()];
            one.meeting.date = date;
            one.meeting.date_text = text;
          }
          if (m.tour) tour_leg(one.meeting, everyone[k]);
          if (m.guest_places.size() == everyone.size() - hosts.size()) one.meeting.location = m.guest_places[k - hosts.size()];
          one.meeting.rule += m.tour ? "+tour" : "+separate";
          out.push_back(std::move(one));
        }
        continue;
      }
      out.push_back(std::move(m));
    }
    if (triggers_.empty()) delegation(out);
    if (triggers_.empty() && out.empty()) arabic_signing(out);
    return out;
  }

  // "وقّع عبدالله بن زايد المعاهدة بحضور ترامب ونتنياهو": an Arabic signing
  // done in the presence of others is a meeting of the signer and those
  // present; a signing told with fewer people ("ووُقّع الاتفاق بحضور وانغ يي")
  // adds them to the meeting before it, as attendees do.
  void arabic_signing(std::vector<Mention>& out) const {
    if (!arabic_) return;
    size_t sign = s_.chunks.size(), presence = s_.chunks.size();
    for (size_t c = dateline_; c < s_.chunks.size(); ++c) {
      if (sign == s_.chunks.size() && word(c, "signing")) sign = c;
      if (sign < c && word(c, "presence")) {
        presence = c;
        break;
      }
    }
    if (presence == s_.chunks.size()) return;
    Mention m;
    m.meeting.type = MeetingType::kMeeting;
    m.meeting.status = Status::kOccurred;
    m.meeting.sentences = {index_};
    m.meeting.rule = "ar:signing";
    for (const auto& ref : s_.actors) {
      if (ref.first_chunk < dateline_ || ref.actor < 0 || lex_.actors()[ref.actor].kind != ActorKind::kPerson) continue;
      if (ref.first_chunk > presence + 12) break;  // those present are listed right after it
      Participant p = participant(ref, ParticipantRole::kParty);
      bool dup = false;
      for (const auto& q : m.meeting.participants) dup = dup || q.key == p.key;
      if (!dup) m.meeting.participants.push_back(std::move(p));
    }
    if (m.meeting.participants.empty()) return;
    for (const auto& d : s_.dates)
      if (d.first_chunk >= dateline_ && !d.past.empty()) {
        m.meeting.date = d.past;
        m.meeting.date_text = d.text;
        break;
      }
    if (m.meeting.participants.size() < 2) {
      m.anaphoric = true;
      m.delegation = true;
    }
    out.push_back(std::move(m));
  }

  // One leg of a tour takes place in the state visited.
  void tour_leg(Meeting& leg, const Participant& state) const {
    const int place = lex_.country_place(state.key);
    if (place < 0) return;
    const auto& pl = lex_.places()[place];
    leg.location = Location{pl.id, pl.name_en, state.text};
  }

  // "The US delegation was led by Rubio, with Waltz and Witkoff; the Russian
  // one by Lavrov": a sentence naming who made up the delegations adds them to
  // the meeting before it (see merge_mentions).
  void delegation(std::vector<Mention>& out) const {
    bool delegation_word = false;
    for (size_t c = 0; c < s_.chunks.size(); ++c) delegation_word = delegation_word || word(c, "delegation");
    if (!delegation_word) return;
    Mention m;
    m.meeting.type = MeetingType::kTalks;
    m.meeting.status = Status::kOccurred;
    m.meeting.sentences = {index_};
    m.meeting.rule = std::string(arabic_ ? "ar:" : "en:") + "delegation";
    for (const auto& ref : s_.actors) {
      if (ref.actor < 0 || lex_.actors()[ref.actor].kind != ActorKind::kPerson) continue;
      Participant p = participant(ref, ParticipantRole::kParty);
      bool dup = false;
      for (const auto& q : m.meeting.participants) dup = dup || q.key == p.key;
      if (!dup) m.meeting.participants.push_back(std::move(p));
    }
    if (m.meeting.participants.empty()) return;
    m.anaphoric = true;
    m.delegation = true;
    out.push_back(std::move(m));
  }

 private:
  // ---- chunk predicates
  const Chunk& chunk(size_t c) const { return s_.chunks[c]; }
  // Inlined (these two): asked several times of every chunk, where the call cost more than the test.
  [[gnu::always_inline]] bool punct(size_t c, char p) const { return c < s_.chunks.size() && s_.tokens[chunk(c).begin].token.is_punct(p); }
  [[gnu::always_inline]] bool word(size_t c, std::string_view role) const { return c < s_.chunks.size() && chunk(c).word(role); }
  bool cue(size_t c, std::string_view effect = {}) const {
    if (c >= s_.chunks.size() || !chunk(c).entries) return false;
    for (const auto& e : *chunk(c).entries)
      if (e.kind == EntryKind::kCue && (effect.empty() || e.tag == effect)) return true;
    return false;
  }
  bool in_date(size_t c) const {
    for (const auto& d : s_.dates)
      if (c >= d.first_chunk && c <= d.last_chunk) return true;
    return false;
  }
  // A word the lexicon does not know, or an ordinal ("الثاني") that dates
  // nothing here: read like any other plain word.
  bool plain(size_t c) const {
    if (c >= s_.chunks.size()) return false;
    if (!chunk(c).entries) return true;
    for (const auto& e : *chunk(c).entries)
      if (e.kind != EntryKind::kDate || e.tag != "day") return false;
    return !in_date(c);
  }
  bool glued_and(size_t c) const { return c < s_.chunks.size() && s_.tokens[chunk(c).begin].glued_and; }
  // "on", "about", "حول", "بشأن" before chunk `c`: what a meeting is about.
  // "the Gulf of Oman", "the University of Tehran": a country after "of" and
  // a capitalised word the lexicon does not know ends the name of something
  // else, and takes no part in a meeting.
  bool ends_proper_name(size_t c) const {
    if (c < 2 || !word(c - 1, "of") || chunk(c - 2).entries) return false;
    const auto& head = s_.tokens[chunk(c - 2).begin];
    return head.token.is_word() && head.capitalised && !head.token.arabic;
  }

  bool only_light_between(size_t from, size_t to) const {
    for (size_t k = from + 1; k < to; ++k)
      if (!word(k, "light") && !word(k, "article")) return false;
    return true;
  }

  bool topic_before(size_t c) const {
    if (c == 0 || c >= s_.chunks.size()) return false;
    size_t p = c - 1;
    if (word(p, "light") && p > 0) --p;  // "on the Ukraine war"
    return word(p, "topic") || (word(p, "date_prep") && !s_.tokens[chunk(p).begin].token.arabic);
  }

  // An Arabic definite meeting noun governed by the plain noun before it
  // ("نتائج القمة", "انتهاء الجولة") names a meeting the article already
  // reported: its people are not the clause's actors before it.
  bool construct_reference(size_t tc, bool verb) const {
    if (verb || !arabic_ || tc == 0 || !s_.tokens[chunk(tc - 1).begin].token.arabic ||
        s_.tokens[chunk(tc - 1).begin].token.kind != text::TokenKind::kWord)
      return false;
    // A plain noun, or a status noun ("إلغاء", "عقب انتهاء"); a lone "بعد" is
    // a preposition and what follows it may still name its people.
    const Chunk& before = chunk(tc - 1);
    if (before.entries)
      for (const auto& e : *before.entries)
        if (e.kind != EntryKind::kCue || (e.tag == "past" && before.end - before.begin == 1)) return false;
    return definite(s_.tokens[chunk(tc).begin].token.norm);
  }
  // The article ال, possibly behind one proclitic (و ف ب ك) or as لل.
  static bool definite(std::string_view w) {
    static const std::string kAl = "\u0627\u0644", kLil = "\u0644\u0644";
    static const std::vector<std::string> kProclitics = {"\u0648", "\u0641", "\u0628", "\u0643"};
    if (w.starts_with(kAl) || w.starts_with(kLil)) return true;
    for (const auto& p : kProclitics)
      if (w.starts_with(p) && w.substr(p.size()).starts_with(kAl)) return true;
    return false;
  }

  // "in"/"to" before chunk `c`: a word, or a glued Arabic ب/ل, on the place or
  // on a place noun before it. Articles, adjectives, place nouns and "of" may
  // stand between ("in the Kremlin", "in the Swiss city of Lausanne",
  // "في مدينة فلاديفوستوك").
  bool prep_before(size_t c) const {
    if (c >= s_.chunks.size()) return false;
    if (s_.tokens[chunk(c).begin].glued_prep) return true;
    for (size_t p = c, budget = 5; p > 0 && budget > 0; --budget) {  // "on the Indonesian island of Bali"
      --p;
      if (word(p, "in") || word(p, "to")) return true;
      if (word(p, "place_noun") && s_.tokens[chunk(p).begin].glued_prep) return true;
      if (word(p, "date_prep") && p + 1 < c && noun_between(p, c)) return true;  // "on the island of Bali"
      if (!(word(p, "article") || word(p, "of") || word(p, "place_noun") || adjective(p))) return false;
    }
    return false;
  }
  bool noun_between(size_t from, size_t to) const {
    for (size_t c = from + 1; c < to; ++c)
      if (word(c, "place_noun")) return true;
    return false;
  }
  bool adjective(size_t c) const {
    return c < s_.chunks.size() && (chunk(c).has(EntryKind::kAdjective) || chunk(c).has(EntryKind::kAmbiguousAdj));
  }
  bool place_at(size_t c) const {
    for (const auto& p : s_.places)
      if (p.chunk == c) return true;
    return false;
  }
  bool all_states(const std::vector<int>& refs) const {
    for (int r : refs)
      if (s_.actors[r].actor < 0 || lex_.actors()[s_.actors[r].actor].kind != ActorKind::kState) return false;
    return !refs.empty();
  }

  // "وتأتي المحادثات بعد رسالة بعث بها ترامب في مارس": a date after "after"
  // and the event it introduces dates that event, not the meeting.
  bool after_phrase(size_t trigger, size_t date) const {
    for (size_t c = trigger + 1; c < date; ++c) {
      if (!cue(c, "past")) continue;
      for (size_t k = c + 1; k < date; ++k)
        if (!in_date(k) && !word(k, "light") && !word(k, "date_prep")) return true;
      return false;
    }
    return false;
  }

  // The actor an Arabic speech verb introduces, over the title and the
  // organisation it is written with ("أعلن الأمين العام للأمم المتحدة غوتيريش").
  bool speaker(const ActorRef& ref) const {
    if (!arabic_) return false;
    size_t c = ref.first_chunk;
    for (int steps = 0; c > 0 && steps < 4 && (ref_at_[c - 1] >= 0 || chunk(c - 1).has(EntryKind::kTitle) || adjective(c - 1));
         ++steps)
      --c;
    return c > 0 && word(c - 1, "speech");
  }

  // "وتناول اللقاء ... مفاوضات تونس مع صندوق النقد": a meeting noun told as
  // what an earlier meeting of the sentence discussed is a topic, not a meeting.
  bool arabic_topic(size_t i, size_t clause_lo, size_t tc, bool verb) const {
    if (!arabic_ || verb || i == 0 || triggers_[i - 1].chunk < clause_lo) return false;
    for (size_t c = clause_lo; c < tc; ++c)
      if (word(c, "topic") && !word(c, "light")) return true;
    return false;
  }

  // "وتأتي المحادثات بعد رسالة بعث بها ترامب إلى خامنئي": the first "after"
  // past the trigger that opens another event (not a time: "بعد ظهر اليوم")
  // ends what the trigger may gather loosely; `hi` if there is none.
  size_t after_clause(size_t tc, size_t hi) const {
    if (!arabic_) return hi;
    for (size_t c = tc + 1; c < hi; ++c)
      if ((cue(c, "past") || word(c, "frame")) && c + 1 < hi && plain(c + 1)) return c;
    return hi;
  }

  // "in Paris" between a subject and its meeting noun: "عقد السيسي في باريس قمة".
  bool place_adverbial(size_t c) const {
    if (!arabic_) return false;  // English puts the place after the object
    if (place_at(c) && ref_at_[c] < 0) return prep_before(c);
    return (word(c, "in") || word(c, "place_noun")) && c + 1 < s_.chunks.size() && place_at(c + 1) && ref_at_[c + 1] < 0;
  }
  bool skippable(size_t c) const {
    return word(c, "light") || punct(c, ',') || cue(c) || in_date(c) || word(c, "date_prep");
  }

  void find_triggers_and_cuts() {
    find_appositives();
    std::vector<size_t> quotes;
    for (size_t c = 0; c < s_.chunks.size(); ++c) {
      const Chunk& ch = chunk(c);
      // "Putin, the summit's host, met Modi": an appositive describes its
      // actor; its meeting words report no meeting of their own.
      if (appositive_close(c) > 0) continue;
      if (const Entry* t = ch.find(EntryKind::kTrigger); t && (ref_at_[c] < 0 || summit_named_for(c))) {
        if ((t->flags & Entry::kNeedsObject) && !actor_follows(c + 1)) continue;
        // "Putin hosted the BRICS summit": the hosted meeting is the event, not a visit.
        if (auto noun = hosted_meeting_noun(c, *t)) {
          hosted_nouns_.emplace_back(*noun, c);
          continue;
        }
        auto type = parse_meeting_type(t->tag);
        // A noun like "meeting" right after "a"/"the" is a noun even when listed as a verb form.
        triggers_.push_back({c, type.value_or(MeetingType::kMeeting), t->flags, hosting_verb_of(c)});
        continue;
      }
      if (punct(c, '"')) {
        quotes.push_back(c);
      } else if (punct(c, ';') || punct(c, ':') || punct(c, '(') || punct(c, ')')) {
        cuts_.push_back(c);
        cuts_.push_back(c + 1);
      } else if (word(c, "speech")) {
        // Arabic puts the speaker after the verb ("قال لافروف إنه ..."), English before it.
        cuts_.push_back(s_.tokens[ch.begin].token.arabic ? c : c + 1);
        // What was said starts at "إن"/"أن": "قال بوتين إن لافروف سيزور بيونغ يانغ"
        // does not make the speaker a visitor ("إنه" keeps him as its subject).
        if (const size_t that = reported_clause(c); that > c) cuts_.push_back(that);
      }
    }
    cut_at_quotes(quotes);
    std::sort(cuts_.begin(), cuts_.end());
  }

  // The subject of the verb hosting meeting noun `t` ("Putin hosted the summit").
  std::vector<int> hosts_of(const Trigger& t, size_t lo) const {
    if (!t.host_verb) return {};
    bool ignored = false;
    return left_group(*t.host_verb, lo, &ignored, true);
  }

  // A hosting verb ("hosted", "will host") whose object, over articles,
  // adjectives and an actor naming it, is a meeting noun: that noun's chunk.
  std::optional<size_t> hosted_meeting_noun(size_t verb, const Entry& t) const {
    if (!(t.flags & Entry::kVerb) || !(t.flags & Entry::kHost)) return std::nullopt;
    for (size_t c = verb + 1; c < s_.chunks.size() && c <= verb + 5; ++c) {
      if (summit_named_for(c)) return c;
      if (ref_at_[c] >= 0) {
        if (s_.actors[ref_at_[c]].is_state_name) return std::nullopt;  // "hosted Turkey's president for talks"
        const int actor = s_.actors[ref_at_[c]].actor;
        if (actor < 0 || lex_.actors()[actor].kind == ActorKind::kPerson) return std::nullopt;
        continue;
      }
      if (word(c, "light") || adjective(c)) continue;
      const Entry* noun = chunk(c).find(EntryKind::kTrigger);
      if (noun && !(noun->flags & Entry::kVerb)) return c;
      return std::nullopt;
    }
    return std::nullopt;
  }

  // "القمة العربية", "القمة الخليجية": a summit word that names the
  // organisation whose summit it is (one chunk, both a trigger and the actor).
  bool summit_named_for(size_t c) const {
    if (c >= s_.chunks.size() || ref_at_[c] < 0) return false;
    const ActorRef& ref = s_.actors[ref_at_[c]];
    const Entry* t = chunk(c).find(EntryKind::kTrigger);
    return t && t->tag == "summit" && ref.first_chunk == c && ref.last_chunk == c && ref.actor >= 0 &&
           lex_.actors()[ref.actor].kind == ActorKind::kOrganisation;
  }

  std::optional<size_t> hosting_verb_of(size_t noun) const {
    for (const auto& [n, verb] : hosted_nouns_)
      if (n == noun) return verb;
    return std::nullopt;
  }

  // "On the sidelines of the summit, Putin met ...": a sideline phrase opening
  // the clause and closed by a comma frames the verb after it: the cue's chunk.
  std::optional<size_t> leading_sideline(size_t clause_lo, size_t tc) const {
    size_t c = clause_lo;
    while (c < tc && skippable(c) && !cue(c, "sideline")) ++c;
    if (c >= tc || !cue(c, "sideline")) return std::nullopt;
    for (size_t k = c + 1; k < tc; ++k) {
      if (verb_trigger_at(k)) return std::nullopt;
      if (punct(k, ',')) return c;
    }
    return std::nullopt;
  }

  // The second date of a range ("Sunday to Wednesday", "10 to 12 June").
  bool range_end(const DateRef& d) const {
    return !arabic_ && d.first_chunk >= 2 && word(d.first_chunk - 1, "to") && in_date(d.first_chunk - 2);
  }

  // The date starting at `c`, over a date preposition ("on Tuesday"), or null.
  const DateRef* date_from(size_t c) const {
    if (word(c, "date_prep")) ++c;
    for (const auto& d : s_.dates)
      if (d.first_chunk == c) return &d;
    return nullptr;
  }

  // "met Modi on Tuesday and Pezeshkian on Wednesday": an "and" after a dated
  // object joins another object only when that one has its own date too.
  bool and_of_dated_objects(size_t c) const {
    if (!word(c, "and") || c == 0 || !in_date(c - 1)) return false;
    size_t a = c + 1;
    while (a < s_.chunks.size() && ref_at_[a] < 0 && (chunk(a).has(EntryKind::kTitle) || adjective(a) || word(a, "light"))) ++a;
    return a < s_.chunks.size() && ref_at_[a] >= 0 && date_from(s_.actors[ref_at_[a]].last_chunk + 1) != nullptr;
  }

  // "met Sharon in Jerusalem and Abbas in Ramallah": each object met in its
  // own place. The place right after an object ("in X"), if any.
  const PlaceRef* place_from(size_t c) const {
    if (!word(c, "in")) return nullptr;
    for (const auto& p : s_.places)
      if (p.chunk == c + 1) return &p;
    return nullptr;
  }
  bool and_of_placed_objects(size_t c) const {
    if (!word(c, "and") || c < 2 || arabic_) return false;
    const PlaceRef* before = nullptr;
    for (const auto& p : s_.places)
      if (p.last_chunk == c - 1 && word(p.chunk - 1, "in")) before = &p;
    if (!before) return false;
    size_t a = c + 1;
    while (a < s_.chunks.size() && ref_at_[a] < 0 && (chunk(a).has(EntryKind::kTitle) || adjective(a) || word(a, "light"))) ++a;
    return a < s_.chunks.size() && ref_at_[a] >= 0 && place_from(s_.actors[ref_at_[a]].last_chunk + 1) != nullptr;
  }
  // "travels on to Tunisia on Saturday, and then to Algeria and Morocco": a
  // journey through several countries is one visit to each. The states the
  // visit verb leads to, in order, when only states follow it.
  std::vector<int> tour_stops(size_t tc, size_t hi) const {
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

  // "will travel to St. Petersburg for the G20 summit": the journey of
  // trigger `i` is the way to the summit noun right after it, in one clause;
  // the two words report one summit.
  bool trip_to_summit(size_t i) const {
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
    return c > triggers_[i].chunk + 1 && s_.tokens[chunk(c - 1).begin].token.norm == "for";
  }

  // "held talks last April at the Summit of the Americas in Panama City": a
  // meeting told "at" the summit noun right after it was held on its
  // sidelines. The chunk of "at", or nothing (English).
  std::optional<size_t> at_summit(size_t i) const {
    if (arabic_ || i + 1 >= triggers_.size()) return std::nullopt;
    const Trigger& next = triggers_[i + 1];
    if (next.type != MeetingType::kSummit || (next.flags & Entry::kVerb)) return std::nullopt;
    for (size_t cut : cuts_)
      if (cut > triggers_[i].chunk && cut <= next.chunk) return std::nullopt;
    size_t c = next.chunk;
    while (c > triggers_[i].chunk + 1 && ref_at_[c - 1] >= 0 && !s_.actors[ref_at_[c - 1]].is_state_name)
      c = s_.actors[ref_at_[c - 1]].first_chunk;
    // "the Group of Eight summit": a name the lexicon lacks, in capitals.
    for (int words = 0; words < 4 && c > triggers_[i].chunk + 2; ++words) {
      const auto& w = s_.tokens[chunk(c - 1).begin];
      if ((chunk(c - 1).entries == nullptr && w.capitalised) || (word(c - 1, "of") && s_.tokens[chunk(c - 2).begin].capitalised))
        --c;
      else
        break;
    }
    while (c > triggers_[i].chunk + 1 && (word(c - 1, "article") || word(c - 1, "light") || adjective(c - 1))) --c;
    if (c <= triggers_[i].chunk + 1 || s_.tokens[chunk(c - 1).begin].token.norm != "at") return std::nullopt;
    return c - 1;
  }

  std::vector<const PlaceRef*> respective_places(const std::vector<int>& objects) const {
    std::vector<const PlaceRef*> places;
    for (int r : objects) {
      const PlaceRef* p = place_from(s_.actors[r].last_chunk + 1);
      if (p == nullptr) return {};
      places.push_back(p);
    }
    for (const PlaceRef* p : places)
      if (p->place != places.front()->place) return places;
    return {};
  }

  // Each object of a verb followed by its own date, the dates differing
  // ("met Modi on Tuesday and Pezeshkian on Wednesday"): one date per object,
  // else none.
  std::vector<const DateRef*> respective_dates(const std::vector<int>& objects) const {
    std::vector<const DateRef*> dates;
    for (int r : objects) {
      const DateRef* d = date_from(s_.actors[r].last_chunk + 1);
      if (d == nullptr) return {};
      dates.push_back(d);
    }
    for (const DateRef* d : dates)
      if (d->past != dates.front()->past) return dates;
    return {};
  }

  // An appositive: a short comma-bounded phrase without actors right after an
  // actor and right before a meeting verb ("Putin, the summit's host, met").
  // Stored as (opening comma, closing comma).
  void find_appositives() {
    for (const auto& ref : s_.actors) {
      const size_t open = ref.last_chunk + 1;
      if (open >= s_.chunks.size() || !punct(open, ',')) continue;
      for (size_t c = open + 1; c < s_.chunks.size() && c <= open + 8; ++c) {
        if (ref_at_[c] >= 0 || punct(c, '"')) break;
        if (!punct(c, ',')) continue;
        if (c > open + 1 && verb_trigger_at(c + 1)) appositives_.emplace_back(open, c);
        break;
      }
    }
  }

  bool verb_trigger_at(size_t c) const {
    if (c >= s_.chunks.size() || ref_at_[c] >= 0) return false;
    const Entry* t = chunk(c).find(EntryKind::kTrigger);
    return t && (t->flags & Entry::kVerb);
  }

  // The closing comma of the appositive holding chunk `c` (0 if none).
  size_t appositive_close(size_t c) const {
    for (const auto& [open, close] : appositives_)
      if (c > open && c < close) return close;
    return 0;
  }

  // The opening comma of the appositive closed at chunk `c` (0 if none).
  size_t appositive_open(size_t c) const {
    for (const auto& [open, close] : appositives_)
      if (c == close) return open;
    return 0;
  }

  // Quotation marks bound quoted speech; a few quoted words inside a phrase
  // ('a "lengthy and highly productive" phone call') are no boundary.
  void cut_at_quotes(const std::vector<size_t>& quotes) {
    for (size_t k = 0; k < quotes.size(); k += 2) {
      const size_t open = quotes[k];
      if (!arabic_ && k + 1 < quotes.size() && quotes[k + 1] - open <= 6 && !speech_or_trigger_between(open, quotes[k + 1]))
        continue;
      for (size_t q : {open, k + 1 < quotes.size() ? quotes[k + 1] : open}) {
        cuts_.push_back(q);
        cuts_.push_back(q + 1);
      }
    }
  }

  bool speech_or_trigger_between(size_t from, size_t to) const {
    for (size_t c = from + 1; c < to; ++c)
      if (word(c, "speech") || chunk(c).has(EntryKind::kTrigger)) return true;
    return false;
  }

  // The "that" opening the words reported by an Arabic speech verb at `c`, a
  // few words on (past the speaker), or `c` if there is none.
  size_t reported_clause(size_t c) const {
    if (!s_.tokens[chunk(c).begin].token.arabic) return c;
    for (size_t k = c + 1; k < s_.chunks.size() && k <= c + 8; ++k) {
      if (word(k, "that")) return k;
      if (chunk(k).has(EntryKind::kTrigger) || punct(k, '.')) break;
    }
    return c;
  }

  // True if an actor comes right after `c`, past titles and adjectives ("called Ukrainian President Zelensky").
  bool actor_follows(size_t c) const {
    for (; c < s_.chunks.size(); ++c) {
      if (ref_at_[c] >= 0) return true;
      if (!(word(c, "light") || chunk(c).has(EntryKind::kTitle) || adjective(c))) return false;
    }
    return false;
  }

  // ---- participant groups

  // The refs connected to ref `r` by "and", commas and "with", walking in `dir`.
  // Objects (`objects`) stop before the next clause's subject.
  void extend_group(int r, int dir, size_t lo, size_t hi, std::vector<int>& group, bool objects = false) const {
    group.push_back(r);
    bool listed = false;  // an "and" joined the group (walking left)
    while (true) {
      const ActorRef& ref = s_.actors[r];
      if (dir < 0) {
        size_t c = ref.first_chunk;
        bool joined = glued_and(c);
        if (c == 0 || c <= lo) return;
        size_t p = c - 1;
        bool comma = false, conjunction = joined;
        while (p > lo && (punct(p, ',') || word(p, "and") || word(p, "with"))) {
          joined = true;
          comma = comma || punct(p, ',');
          conjunction = conjunction || word(p, "and") || word(p, "with");
          --p;
        }
        // "إنه ونظيره الروسي لافروف": "he and his counterpart".
        if (joined && ref_at_[p] < 0 && word(p, "pronoun")) {
          const int subject = pronoun_subject(p);
          if (subject >= 0 && std::find(group.begin(), group.end(), subject) == group.end()) group.push_back(subject);
          return;
        }
        if (!joined || ref_at_[p] < 0) return;
        // "Blinken met Xi, and Wang Yi held talks": ", and" after a verb's object joins clauses.
        if (comma && conjunction && verb_trigger_before(p)) return;
        // "After hanging up with Putin, Trump called": a comma alone joins a list
        // only behind an "and" ("A, B and C").
        if (comma && !conjunction && !listed && !s_.tokens[chunk(c).begin].token.arabic) return;
        listed = listed || conjunction;
        r = ref_at_[p];
      } else {
        size_t n = ref.last_chunk + 1;
        bool joined = false;
        while (n < hi && (punct(n, ',') || word(n, "and") || word(n, "with") || word(n, "between"))) {
          joined = true;
          ++n;
        }
        if (n < hi && glued_and(n)) joined = true;
        // "عون ورئيس مجلس النواب نبيه بري": a title the lexicon could not tie
        // to its holder stands before the name it introduces.
        while (joined && n + 1 < hi && ref_at_[n] < 0 && (chunk(n).has(EntryKind::kTitle) || adjective(n))) ++n;
        if (n >= hi || !joined || ref_at_[n] < 0) return;
        if (objects && subject_of_verb(ref_at_[n])) return;
        r = ref_at_[n];
      }
      if (std::find(group.begin(), group.end(), r) != group.end()) return;
      group.push_back(r);
    }
  }

  // The trigger is the verb of an infinitive ("to meet"), or the object of one
  // ("to broker direct talks"); but "travelled to Moscow to meet Putin" tells
  // the purpose of a trip, which shares the trip's status.
  bool infinitive(size_t tc, bool verb) const {
    size_t c = tc;
    if (!verb) {
      for (size_t budget = 3; c > 0 && budget > 0 && (word(c - 1, "article") || word(c - 1, "light") || adjective(c - 1));
           --budget)
        --c;
      // "to hold a summit": the infinitive's verb, a light word, was skipped above.
      const bool verb_skipped = c > 1 && c < tc && word(c, "light") && !word(c, "article") && word(c - 1, "to");
      if (!verb_skipped) {
        if (c == 0 || (!plain(c - 1) && !word(c - 1, "light"))) return false;
        --c;  // the infinitive's verb: unknown to the lexicon, or "hold", "have"
      }
    }
    if (c < 2 || !word(c - 1, "to") || chunk(c - 1).has(EntryKind::kTrigger)) return false;
    return !place_at(c - 2) && !chunk(c - 2).has(EntryKind::kTrigger) && ref_at_[c - 2] < 0;
  }

  bool next_before(size_t tc) const {
    for (size_t c = tc, budget = 2; c > 0 && budget > 0; --budget) {
      --c;
      if (const Entry* d = chunk(c).find(EntryKind::kDate); d && d->tag == "next") return true;
      if (!(word(c, "light") || adjective(c))) return false;
    }
    return false;
  }

  bool plural_pronoun_before(size_t tc) const {
    for (size_t c = tc, budget = 3; c > 0 && budget > 0; --budget) {
      --c;
      if (word(c, "plural_pronoun")) return true;
      if (!skippable(c)) return false;
    }
    return false;
  }

  // The last two people before `tc` joined by "and", if they are just two.
  std::vector<int> pair_before(size_t tc) const {
    for (int r = static_cast<int>(s_.actors.size()) - 1; r >= 0; --r) {
      const ActorRef& ref = s_.actors[r];
      if (ref.last_chunk >= tc || ref.actor < 0 || lex_.actors()[ref.actor].kind != ActorKind::kPerson) continue;
      std::vector<int> group;
      extend_group(r, -1, dateline_, tc, group);
      if (group.size() != 2) return {};
      for (int g : group)
        if (s_.actors[g].actor < 0 || lex_.actors()[s_.actors[g].actor].kind != ActorKind::kPerson) return {};
      return group;
    }
    return {};
  }

  bool possessive_before(size_t tc) const {
    for (size_t c = tc, budget = 3; c > 0 && budget > 0; --budget) {
      --c;
      if (word(c, "possessive")) return true;
      if (!(word(c, "light") || adjective(c) || plain(c))) return false;
    }
    return false;
  }

  // The two people the article named last: whom "the two leaders" most likely means.
  std::vector<Participant> recent_pair() const {
    std::vector<Participant> out;
    for (auto it = ctx_.mentioned.rbegin(); it != ctx_.mentioned.rend() && out.size() < 2; ++it) {
      const auto& a = lex_.actors()[*it];
      if (a.kind != ActorKind::kPerson) continue;
      Participant p;
      p.key = a.id;
      p.name = a.name_en;
      p.kind = "person";
      p.country = a.country;
      p.text = a.name_en;
      out.push_back(std::move(p));
    }
    if (out.size() < 2) out.clear();
    return out;
  }

  // A frame word ("before", "ahead of") opens the noun phrase of trigger `tc`.
  bool framed_noun(size_t tc) const {
    for (size_t c = tc, budget = 3; c > 0 && budget > 0; --budget) {
      --c;
      if (word(c, "frame")) return true;
      if (!(word(c, "article") || word(c, "light") || adjective(c) || plain(c))) return false;
    }
    return false;
  }

  bool verb_trigger_before(size_t c) const {
    for (const auto& t : triggers_)
      if (t.chunk < c && (t.flags & Entry::kVerb)) return true;
    return false;
  }

  // The ref is followed, over light words, by a meeting verb: its subject.
  bool subject_of_verb(int r) const {
    size_t c = s_.actors[r].last_chunk + 1;
    while (c < s_.chunks.size() && word(c, "light")) ++c;
    for (const auto& t : triggers_)
      if (t.chunk == c) return t.flags & Entry::kVerb;
    return false;
  }

  // Walks left from `from` over light words to the nearest actor group. A
  // noun may carry a few modifiers ("a lengthy and highly productive phone
  // call"); a verb right after "and" shares the previous verb's subject,
  // which `*coordinated` reports.
  std::vector<int> left_group(size_t from, size_t lo, bool* pair_word, bool verb, bool* coordinated = nullptr) const {
    std::vector<int> group;
    int modifiers = verb ? 0 : 4;
    for (size_t c = from; c > lo;) {
      --c;
      if (ref_at_[c] >= 0) {
        const ActorRef& ref = s_.actors[ref_at_[c]];
        // "بزيارة إلى دولة الإمارات، التقى خلالها": a state after "to"/"in" is
        // where someone went, not who acts.
        if (ref.is_state_name && prep_before(ref.first_chunk)) {
          c = ref.first_chunk;
          continue;
        }
        extend_group(ref_at_[c], -1, lo, from, group);
        return group;
      }
      if (word(c, "pair")) {
        *pair_word = true;
        return group;
      }
      // "met X before the summit", "on the sidelines of the summit": what
      // comes before is another event's.
      if (word(c, "frame") || cue(c, "sideline")) return group;
      // "Putin, the summit's host, met Modi": the subject is before the appositive.
      if (verb && c + 1 == from && appositive_open(c) > lo) {
        c = appositive_open(c);
        continue;
      }
      if (word(c, "pronoun")) {
        int subject = pronoun_subject(c);
        if (subject >= 0) group.push_back(subject);
        return group;
      }
      // "King Abdullah attended the summit": who attends a meeting takes part in it.
      if (!verb && !arabic_ && word(c, "delegation") && group.empty()) {
        modifiers = 0;
        continue;
      }
      // "to meet", "last met": a particle or a date word right before the verb.
      if (skippable(c) || word(c, "relative") || place_adverbial(c) ||
          (verb && c + 1 == from && (word(c, "to") || chunk(c).has(EntryKind::kDate))))
        continue;
      if (word(c, "and") && coordinated && verb) {
        *coordinated = true;
        return group;
      }
      // "in-person", "face-to-face", "the two leaders' first meeting": hyphenated words and a possessive mark.
      const bool hyphenated = punct(c, '-') || punct(c, '\'') || (c + 1 < from && punct(c + 1, '-'));
      if (modifiers > 0 && (plain(c) || adjective(c) || word(c, "and") || hyphenated)) {
        --modifiers;
        continue;
      }
      return group;
    }
    return group;
  }

  // The clause's opening actor group, for a meeting noun far from its
  // subject: "Putin and Erdogan agreed to a ceasefire after six hours of talks".
  // A clause opened by "the two leaders" sets `*pair_word`.
  std::vector<int> clause_subject(size_t lo, size_t tc, bool* pair_word) const {
    std::vector<int> group;
    size_t c = lo;
    while (c < tc && (skippable(c) || chunk(c).has(EntryKind::kTitle) || adjective(c)) && ref_at_[c] < 0) ++c;
    if (c < tc && ref_at_[c] >= 0) extend_group(ref_at_[c], +1, lo, tc, group);
    else if (c < tc && word(c, "pair")) *pair_word = true;
    return group;
  }

  // Whom an attached object pronoun ("استقبله") stands for: the last person
  // named before the verb in the sentence, else the article's last person
  // named before it, who is not the verb's own subject.
  // `leader`: only a head of state or government will do ("فخامته").
  int pronoun_referent(size_t tc, const std::vector<int>& left, const std::vector<int>& right, bool leader) const {
    auto taken = [&](int actor) {
      for (int r : left) if (s_.actors[r].actor == actor) return true;
      for (int r : right) if (s_.actors[r].actor == actor) return true;
      return false;
    };
    auto person = [&](int actor) {
      if (actor < 0 || lex_.actors()[actor].kind != ActorKind::kPerson) return false;
      if (!leader) return true;
      for (const auto* role : lex_.roles_of(actor, ctx_.date))
        if (role->office == "head_of_state" || role->office == "head_of_government" || role->office == "supreme_leader")
          return true;
      return false;
    };
    for (int r = static_cast<int>(s_.actors.size()) - 1; r >= 0; --r)
      if (s_.actors[r].last_chunk < tc && person(s_.actors[r].actor) && !taken(s_.actors[r].actor)) return s_.actors[r].actor;
    std::vector<int> in_sentence;
    for (const auto& ref : s_.actors) in_sentence.push_back(ref.actor);
    for (auto it = ctx_.mentioned.rbegin(); it != ctx_.mentioned.rend(); ++it)
      if (person(*it) && !taken(*it) && std::find(in_sentence.begin(), in_sentence.end(), *it) == in_sentence.end()) return *it;
    return -1;
  }

  // "والتقى فخامته": an honorific right after the trigger is its object;
  // returns its chunk, -1 if none.
  int honorific_object(size_t tc, size_t hi) const {
    for (size_t c = tc + 1; c < hi && c <= tc + 2; ++c) {
      if (word(c, "honorific") || word(c, "honorific_leader")) return static_cast<int>(c);
      if (!word(c, "with") && !word(c, "light")) return -1;
    }
    return -1;
  }

  int pronoun_subject(size_t c) const {
    for (int r = static_cast<int>(s_.actors.size()) - 1; r >= 0; --r)
      if (s_.actors[r].last_chunk < c && s_.actors[r].actor >= 0 &&
          lex_.actors()[s_.actors[r].actor].kind == ActorKind::kPerson)
        return r;
    return -1;
  }

  // Walks right from the trigger collecting actor groups joined by "with",
  // "between", "at the invitation of"; a country right after a visit word, or
  // after "to"/"in", is the destination rather than a participant. `*agent`
  // tells that the walk ended at the agent of another verb ("prepared by");
  // `*between` that the group follows "between".
  std::vector<int> right_groups(size_t from, size_t hi, bool visit, int* destination_ref, bool* pair_word,
                                bool* agent, bool* between) const {
    std::vector<int> out;
    int unknown_budget = 5;  // words between a verb and its subject ("وزير التنمية الروسي في الشرق الأقصى")
    for (size_t c = from; c < hi;) {
      if (ref_at_[c] >= 0) {
        const ActorRef& ref = s_.actors[ref_at_[c]];
        bool after_prep = prep_before(c);
        // "talks on Ukraine", "a summit ... on support for Ukraine": a country
        // reached over unknown words is what the meeting is about, not who met.
        if (ref.is_state_name && (topic_before(c) || unknown_budget < 5)) {
          c = ref.last_chunk + 1;
          continue;
        }
        // "in Osaka, Japan": the country of the place before it.
        const bool apposition = c >= 2 && punct(c - 1, ',') && place_at(c - 2) && !place_at(c + 1);
        if (ref.is_state_name && (after_prep || apposition || (visit && c == from))) {
          if (visit && *destination_ref < 0) *destination_ref = ref_at_[c];
          c = ref.last_chunk + 1;
          continue;
        }
        std::vector<int> group;
        extend_group(ref_at_[c], +1, from, hi, group, true);
        for (int r : group)
          if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(r);
        c = s_.actors[group.back()].last_chunk + 1;
        continue;
      }
      // "talks between the two leaders" (a pair further on is another clause's subject).
      if (word(c, "pair") && out.empty()) {
        // "بينهما" is "between them" in one word.
        static const std::string kBayn = "\u0628\u064A\u0646";
        if (c == from || word(c - 1, "with") || word(c - 1, "between") || s_.tokens[chunk(c).begin].token.norm.starts_with(kBayn))
          *pair_word = true;
        break;
      }
      // "met Erdogan on the sidelines of the NATO summit": the rest is the summit's.
      if (cue(c, "sideline")) break;
      // "The summit was prepared by Blinken and Lavrov": the agent of another verb.
      if (word(c, "agent") && c > from && plain(c - 1) && out.empty()) {
        *agent = true;
        break;
      }
      if (word(c, "between") && out.empty()) *between = true;
      // "محادثات بين وفدي الولايات المتحدة وروسيا": the delegations of the states.
      if (skippable(c) || word(c, "with") || word(c, "between") || word(c, "delegation") || and_of_dated_objects(c) ||
          and_of_placed_objects(c)) {
        ++c;
        continue;
      }
      if ((word(c, "in") || word(c, "to")) && c + 1 < hi && (place_at(c + 1) || ref_at_[c + 1] >= 0)) {
        ++c;
        continue;
      }
      if (place_at(c) || chunk(c).has(EntryKind::kTitle) || adjective(c)) {
        ++c;
        continue;
      }
      if ((plain(c) || word(c, "in") || word(c, "of")) && out.empty() && unknown_budget-- > 0) {
        ++c;
        continue;
      }
      break;
    }
    return out;
  }

  // "القمة الروسية- الكورية الشمالية", "US-China talks": states named by adjectives next to the trigger.
  std::vector<int> adjective_states(size_t t, size_t lo, size_t hi) const {
    std::vector<int> states;
    auto take = [&](size_t c) {
      const Chunk& ch = chunk(c);
      int st = -1;
      if (const auto* e = ch.find(EntryKind::kAdjective)) st = e->value;
      else if (const auto* e2 = ch.find(EntryKind::kState); e2 && !s_.tokens[ch.begin].token.arabic) st = e2->value;
      else {
        std::vector<int> cands;
        for (const auto& e : *ch.entries)
          if (e.kind == EntryKind::kAmbiguousAdj) cands.push_back(e.value);
        st = ctx_.pick_state(cands);
      }
      if (st >= 0 && std::find(states.begin(), states.end(), st) == states.end()) states.push_back(st);
    };
    for (size_t c = t + 1; c < hi;) {
      if (adjective(c)) take(c++);
      else if ((punct(c, '-') || word(c, "and")) && adjective(c + 1)) ++c;
      else break;
    }
    if (states.empty()) {
      for (size_t c = t; c > lo;) {
        --c;
        bool english_state = chunk(c).has(EntryKind::kState) && !s_.tokens[chunk(c).begin].token.arabic && ref_at_[c] >= 0 &&
                             s_.actors[ref_at_[c]].is_state_name;
        if (adjective(c) || english_state) take(c);
        else if (punct(c, '-') || word(c, "and") || word(c, "light")) continue;
        else break;
      }
    }
    return states;
  }

  Participant participant(const ActorRef& ref, ParticipantRole role) const {
    Participant p;
    p.text = ref.text;
    p.title = ref.title;
    p.role = role;
    if (ref.actor >= 0) {
      const auto& a = lex_.actors()[ref.actor];
      p.key = a.id;
      p.name = a.name_en;
      p.kind = std::string(lexicon::to_string(a.kind));
      p.country = a.country;
    } else {
      p.name = ref.unknown_name;
      p.kind = "person";
      p.country = ref.country;
    }
    return p;
  }

  Participant state_participant(int state, ParticipantRole role, const std::string& text) const {
    const auto& a = lex_.actors()[state];
    Participant p;
    p.key = a.id;
    p.name = a.name_en;
    p.text = text;
    p.kind = "state";
    p.country = a.id;
    p.role = role;
    return p;
  }

  // The place after "in"/"at" nearest the trigger `tc` within [lo, hi), or
  // `place` if already known; a city then refines its own country. Places
  // further off belong to other phrases ("a ceasefire in Idlib ... after talks
  // in the Kremlin"), and so does a place before "after X talks": it is where
  // the main clause happened.
  // ", calling for a halt to operations in Gaza": an English participle after
  // a comma tells what someone did at the meeting, and its places are not where.
  bool participle_between(size_t from, size_t to) const {
    for (size_t k = from + 1; k + 1 < to; ++k) {
      if (!punct(k, ',') || chunk(k + 1).entries) continue;
      const auto& t = s_.tokens[chunk(k + 1).begin].token;
      if (!t.arabic && t.norm.size() > 4 && t.norm.ends_with("ing")) return true;
    }
    return false;
  }

  int refined_place(size_t lo, size_t hi, size_t tc, bool visit, bool verb, int place, std::string* text) const {
    const PlaceRef* nearest = nullptr;
    int nearest_distance = 1 << 20;
    std::vector<const PlaceRef*> candidates;
    for (const auto& p : s_.places) {
      if (p.chunk < lo || p.chunk >= hi || p.chunk < dateline_) continue;
      if (ref_at_[p.chunk] >= 0 && !s_.actors[ref_at_[p.chunk]].is_state_name) continue;
      // "visited Beijing", "visited the White House": a visit verb's object is its destination.
      const bool object = visit && (p.chunk == tc + 1 || (p.chunk == tc + 2 && verb && !arabic_ && word(tc + 1, "article")));
      if (!place_after_prep(p.chunk) && !object) continue;
      if (p.chunk > tc && topic_between(tc, p.chunk)) continue;  // "a summit on the war in Gaza"
      if (in_title_phrase(p.chunk)) continue;
      if (p.chunk > tc && participle_between(tc, p.chunk)) continue;  // "opened the summit, calling for a halt in Gaza"
      if (!verb && p.chunk < tc && past_cue_between(p.chunk, tc)) continue;
      // An Arabic verb names its subject and object before the place: the
      // place is as near as it is to the last of them ("التقى [X ...]، أمس، [Y] في عنتيبي").
      size_t from = tc;
      if (arabic_ && p.chunk > tc)
        for (const auto& ref : s_.actors)
          if (ref.first_chunk > tc && ref.last_chunk < p.chunk && ref.last_chunk > from && !ref.is_state_name) from = ref.last_chunk;
      // Only a place right after them, and not a word that is also a country ("عمان").
      if (p.chunk - from > 4 || chunk(p.chunk).has(EntryKind::kState)) from = tc;
      const int distance = p.chunk > tc ? static_cast<int>(p.chunk - from) : 2 * static_cast<int>(tc - p.chunk);
      if (distance > 16) continue;
      candidates.push_back(&p);
      if (distance < nearest_distance) nearest_distance = distance, nearest = &p;
    }
    if (nearest && place < 0) {
      place = nearest->place;
      *text = nearest->text;
    }
    for (const PlaceRef* p : candidates) {
      const auto& cand = lex_.places()[p->place];
      if (place >= 0 && cand.kind != lexicon::PlaceKind::kCountry &&
          lex_.places()[place].kind == lexicon::PlaceKind::kCountry && cand.country == lex_.places()[place].country) {
        *text = p->text;
        return p->place;  // the city is more precise than its country
      }
    }
    return place;
  }

  // "رئيس مجلس السيادة الانتقالي في السودان الفريق أول البرهان": a place
  // between an Arabic title and the name it introduces belongs to the title.
  bool in_title_phrase(size_t c) const {
    if (!arabic_) return false;
    bool title = false;
    for (size_t k = c, steps = 0; k > 0 && steps < 6 && !title; ++steps) {
      --k;
      if (punct(k, ',') || ref_at_[k] >= 0 || chunk(k).has(EntryKind::kTrigger)) return false;
      title = chunk(k).has(EntryKind::kTitle);
    }
    if (!title) return false;
    for (size_t k = c + 1; k < s_.chunks.size() && k <= c + 4; ++k) {
      if (ref_at_[k] >= 0) {
        const int a = s_.actors[ref_at_[k]].actor;
        return a < 0 || lex_.actors()[a].kind == ActorKind::kPerson;
      }
      if (!plain(k) && !chunk(k).has(EntryKind::kTitle)) return false;
    }
    return false;
  }

  // "مباحثات استضافتها العاصمة الصينية بكين", "القمة التي تستضيفها الرياض":
  // the place that hosts the meeting noun, named right after a hosting verb
  // that refers back to it.
  int hosted_by_place(size_t tc, size_t hi, std::string* text) const {
    for (size_t c = tc + 1; c < hi && c <= tc + 8; ++c) {
      if (!word(c, "host_relative")) continue;
      for (size_t k = c + 1; k < hi && k <= c + 3; ++k)
        for (const auto& p : s_.places)
          if (p.chunk == k && (ref_at_[k] < 0 || s_.actors[ref_at_[k]].is_state_name)) {
            *text = p.text;
            return p.place;
          }
      return -1;
    }
    return -1;
  }

  // The first relative word after a place after the trigger, or `hi`: the
  // actors of "from Brussels, where he had attended a NATO summit" belong to
  // what happened there (but "the summit, which King Salman chaired" tells of
  // the summit itself).
  // ", Eritrea's information minister said.": who reports a meeting after it
  // takes no part in it. The comma opening that attribution, or `hi` (English).
  size_t attribution_start(size_t tc, size_t hi) const {
    if (arabic_) return hi;
    for (size_t c = tc + 1; c < hi; ++c) {
      if (!word(c, "speech")) continue;
      for (size_t k = c; k > tc + 1; --k)
        if (punct(k - 1, ',')) return k - 1;
      return hi;
    }
    return hi;
  }

  // "X told Y" before chunk `tc`: the refs of X and Y, both people, or -1.
  std::pair<int, int> told_before(size_t tc) const {
    for (size_t k = dateline_ + 1; k + 1 < tc; ++k) {
      if (!word(k, "speech") || s_.tokens[chunk(k).begin].token.norm != "told") continue;
      const int x = ref_at_[k - 1], y = ref_at_[k + 1];
      if (x < 0 || y < 0 || x == y) continue;
      const auto person = [&](int r) {
        return s_.actors[r].actor >= 0 && lex_.actors()[s_.actors[r].actor].kind == ActorKind::kPerson;
      };
      if (person(x) && person(y)) return {x, y};
    }
    return {-1, -1};
  }

  size_t relative_after(size_t tc, size_t hi) const {
    // A country named as a place counts too: "from China, where he met Xi".
    const auto place_or_country = [&](size_t c) {
      return place_at(c) || (!arabic_ && ref_at_[c] >= 0 && s_.actors[ref_at_[c]].is_state_name);
    };
    for (size_t c = tc + 2; c < hi; ++c)
      if (word(c, "relative") && (place_or_country(c - 1) || (punct(c - 1, ',') && place_or_country(c - 2)))) return c;
    return hi;
  }

  // A place after "in"/"at", or listed after one: "in Osaka, Japan" (but not
  // "a summit of the GCC plus Egypt, Iraq and Jordan in Jeddah").
  bool place_after_prep(size_t c) const {
    while (!prep_before(c)) {
      if (c < 2 || !punct(c - 1, ',') || !place_at(c - 2)) return false;
      c -= 2;
    }
    return true;
  }

  // A topic phrase ("on" not opening a date) between the trigger and `to`
  // ("about" is left alone: "met for about four hours at Filoli").
  // An Arabic topic word does the same ("محادثات ... تناولت الأوضاع في ليبيا").
  bool topic_between(size_t tc, size_t to) const {
    for (size_t c = tc + 1; c < to; ++c) {
      if (word(c, "date_prep") && !s_.tokens[chunk(c).begin].token.arabic && !in_date(c) && !in_date(c + 1) &&
          !in_date(c + 2) && !place_at(c + 1) && !cue(c + 1) && !noun_between(c, to))  // "on the island of Bali"
        return true;
      if (word(c, "topic") && s_.tokens[chunk(c).begin].token.arabic) return true;
    }
    return false;
  }

  // "the first meeting since their countries restored ties in March": the
  // date bounds the time since another event.
  bool after_since(size_t c) const {
    for (size_t k = c, budget = 8; k > 0 && budget > 0; --budget) {
      --k;
      if (word(k, "since")) return true;
      if (punct(k, ',') || chunk(k).has(EntryKind::kTrigger)) return false;
    }
    return false;
  }

  bool planned_cue_before(size_t c) const {
    for (size_t k = c, budget = 2; k > 0 && budget > 0; --budget) {
      --k;
      if (cue(k, "planned")) return true;
      if (!word(k, "date_prep")) return false;
    }
    return false;
  }

  bool past_cue_between(size_t from, size_t to) const {
    for (size_t c = from + 1; c < to; ++c)
      if (cue(c, "past")) return true;
    return false;
  }

  // "flew to London, where he is due to meet Starmer": the place a relative
  // "where" before the trigger refers to.
  int place_of_where(size_t from, size_t tc, std::string* text) const {
    for (size_t c = tc; c > from + 1;) {
      --c;
      if (!word(c, "relative")) continue;
      const size_t at = punct(c - 1, ',') ? c - 2 : c - 1;
      for (const auto& p : s_.places)
        if (p.last_chunk == at && at >= dateline_ && (ref_at_[p.chunk] < 0 || s_.actors[ref_at_[p.chunk]].is_state_name)) {
          *text = p.text;
          return p.place;
        }
      return -1;
    }
    return -1;
  }

  // A city or venue written as the meeting noun's modifier: "the Oval Office
  // meeting", "the Helsinki summit" (a country there names a party instead:
  // "US-China talks").
  int place_naming(size_t tc, std::string* text) const {
    if (tc == 0) return -1;
    for (const auto& p : s_.places) {
      if (p.last_chunk + 1 != tc || ref_at_[p.chunk] >= 0 || p.chunk < dateline_) continue;
      if (lex_.places()[p.place].kind == lexicon::PlaceKind::kCountry) continue;
      *text = p.text;
      return p.place;
    }
    return -1;
  }

  // ---- Arabic attendance lists

  // "وشارك في القمة X وY"، "وحضر المؤتمر X": an attendance verb right before
  // a meeting noun has its subjects after the noun (verb-subject order).
  bool arabic_attendance(size_t tc, bool verb) const {
    return arabic_ && !verb && tc > dateline_ && word(tc - 1, "delegation");
  }

  // The attendees told after such a noun: every person, state or organisation
  // up to the next meeting word, past commas, titles, relative clauses and
  // "فيما حضر ..." (the list of who attended runs on); a state after "in"/"to"
  // or a topic word is a place or a subject, not an attendee.
  std::vector<int> attendees_after(size_t tc, size_t hi) const {
    std::vector<int> out;
    for (size_t r = 0; r < s_.actors.size(); ++r) {
      const ActorRef& ref = s_.actors[r];
      if (ref.first_chunk <= tc || ref.last_chunk >= hi) continue;
      if (ref.is_state_name && (prep_before(ref.first_chunk) || topic_before(ref.first_chunk))) continue;
      out.push_back(static_cast<int>(r));
    }
    return out;
  }

  // "في مستهل جولة خليجية تشمل قطر والإمارات": a visit word whose only
  // person goes to several states is a tour, one visit to each; the states an
  // itinerary word in the present ("تشمل") lists are still to come.
  void arabic_tour(size_t tc, size_t hi, Mention& m) const {
    Meeting& mt = m.meeting;
    if (!arabic_ || mt.type != MeetingType::kVisit || mt.participants.size() < 3 || mt.participants.front().kind != "person" ||
        m.separate_after > 0)
      return;
    for (size_t k = 1; k < mt.participants.size(); ++k)
      if (mt.participants[k].kind != "state" || mt.participants[k].key == mt.participants.front().country) return;
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

  // ---- one trigger

  bool build(size_t i, Mention& m) {
    const Trigger& t = triggers_[i];
    const size_t tc = t.chunk;
    size_t lo = i > 0 ? triggers_[i - 1].chunk + 1 : 0;
    size_t hi = i + 1 < triggers_.size() ? triggers_[i + 1].chunk : s_.chunks.size();
    for (size_t cut : cuts_) {
      if (cut <= tc && cut > lo) lo = cut;
      if (cut > tc && cut < hi) hi = cut;
    }
    lo = std::max(lo, dateline_);
    if (tc < lo) lo = tc;
    // The clause (cuts only): a date may sit beyond a neighbouring trigger
    // ("استضافت المملكة اليوم ... محادثات بين ...").
    size_t clause_lo = dateline_, clause_hi = s_.chunks.size();
    for (size_t cut : cuts_) {
      if (cut <= tc && cut > clause_lo) clause_lo = cut;
      if (cut > tc && cut < clause_hi) clause_hi = cut;
    }
    const bool verb = t.flags & Entry::kVerb;
    if (i > 0 && trip_to_summit(i - 1)) return false;  // told with the journey to it (below)
    const bool to_summit = trip_to_summit(i);
    const bool visit = t.type == MeetingType::kVisit;
    Meeting& mt = m.meeting;
    mt.type = to_summit ? MeetingType::kSummit : t.type;
    mt.sentences = {index_};
    std::string rule = std::string(arabic_ ? "ar:" : "en:") + (verb ? "verb" : "noun") + "-" + std::string(to_string(t.type));
    if (to_summit) rule += "+to-summit";

    // Status from the cues of the clause, the nearest one deciding between planned and past.
    int best_dist = 1 << 20;
    std::string status_cue;
    bool negated = false, call = false, invited = false, cancelled = false;
    size_t invite_chunk = 0, sideline_chunk = 0;
    bool sideline = false, separate = false;
    size_t absent_chunk = 0;  // after an "absent" cue: "X skipped the summit"
    // "held talks and agreed to restore telephone links": after "and", a cue
    // opens another verb phrase and says nothing of this meeting (English).
    size_t cue_hi = hi;
    if (verb && !arabic_)
      for (size_t k = tc + 1; k + 1 < hi; ++k)
        if (word(k, "and") && cue(k + 1)) {
          cue_hi = k;
          break;
        }
    for (size_t c = lo; c < cue_hi; ++c) {
      if (!cue(c)) continue;
      for (const auto& e : *chunk(c).entries) {
        if (e.kind != EntryKind::kCue) continue;
        const int dist = c < tc ? static_cast<int>(tc - c) : static_cast<int>(c - tc);
        if (e.tag == "negation" && c < tc && tc - c <= 2 && verb) negated = true;
        else if (e.tag == "call") call = true;
        else if (e.tag == "cancelled") cancelled = true;
        else if (e.tag == "invited" && c < tc) invited = true, invite_chunk = c;
        else if (e.tag == "sideline" && c > tc) sideline = true, sideline_chunk = c;
        else if (e.tag == "separate") separate = true;
        else if (e.tag == "absent" && c < tc && only_light_between(c, tc)) absent_chunk = c + 1;
        else if ((e.tag == "planned" || e.tag == "past") && dist < best_dist && dist <= (c < tc ? 10 : 6)) {
          best_dist = dist;
          status_cue = e.tag;
        }
      }
    }
    if (auto lead = leading_sideline(clause_lo, tc); !sideline && lead) sideline = true, sideline_chunk = *lead;
    if (auto at = at_summit(i); !sideline && at && t.type != MeetingType::kSummit && t.type != MeetingType::kVisit)
      sideline = true, sideline_chunk = *at;
    // "is scheduled to visit Japan for talks with Abe": a planning cue before an
    // earlier trigger of the clause governs this one too.
    if (status_cue.empty() && !invited && !cancelled && i > 0 && lo > clause_lo) {
      for (size_t c = std::max(clause_lo, tc > 16 ? tc - 16 : size_t{0}); c < lo; ++c)
        if (cue(c, "planned")) status_cue = "planned", best_dist = static_cast<int>(tc - c);
    }
    // "نفى ... تقارير عن لقاء جمع X وY": a denial anywhere before the meeting
    // word in its clause (a relative verb after the noun included).
    for (size_t c = clause_lo; c < tc && !negated; ++c) negated = cue(c, "denial");
    if (negated) return false;
    if (arabic_topic(i, clause_lo, tc, verb)) return false;
    // "ready to meet Zelensky", "efforts to broker talks": a meeting in an
    // infinitive has not happened yet.
    if (status_cue.empty() && infinitive(tc, verb)) status_cue = "planned";
    // "their next meeting".
    if (status_cue.empty() && !verb && next_before(tc)) status_cue = "planned";
    mt.status = Status::kOccurred;
    if (status_cue == "planned") mt.status = Status::kPlanned;
    if (invited) mt.status = Status::kInvited;
    if (cancelled) mt.status = Status::kCancelled;
    m.status_cued = !status_cue.empty() || invited || cancelled;
    if (call && (t.type == MeetingType::kMeeting || t.type == MeetingType::kTalks)) mt.type = MeetingType::kCall;
    if (tc > 0 && cue(tc - 1, "virtual") && !visit) mt.type = MeetingType::kCall;  // "a virtual summit"

    // Participants.
    const bool host_verb = t.flags & Entry::kHost;
    bool pair_word = false, coordinated = false, agent = false;
    const bool reference = construct_reference(tc, verb);
    std::vector<int> left;
    if (!reference) left = left_group(tc, lo, &pair_word, verb, &coordinated);
    // "زار دمشق الشهر الماضي والتقى فخامته": an Arabic verb with the
    // conjunction glued on shares the previous verb's subject.
    if (left.empty() && verb && arabic_ && glued_and(tc) && i > 0 && (triggers_[i - 1].flags & Entry::kVerb)) coordinated = true;
    if (left.empty() && coordinated && i > 0) {
      left = subjects_[i - 1];
      if (!left.empty()) rule += "+coordinated";
    }
    int destination = -1;
    bool between = false;
    std::vector<int> right = right_groups(tc + 1, after_clause(tc, hi), visit, &destination, &pair_word, &agent, &between);
    if (arabic_attendance(tc, verb)) {
      right = attendees_after(tc, hi);
      rule += "+attendance";
    }
    // "توجه إلى عين التينة حيث التقى بري": a verb after "where" or "then"
    // with only its object named continues the previous verb's subject.
    // So does one whose only actor is its object, marked by a glued "ب"
    // ("بعد محطة في القاهرة اجتمع خلالها بالرئيس المصري"): the subject is in the verb.
    const bool prep_object = right.size() == 1 && s_.tokens[chunk(s_.actors[right.front()].first_chunk).begin].glued_prep;
    if (left.empty() && verb && arabic_ && !(t.flags & Entry::kObjectPronoun) && i > 0 && right.size() <= 1 && tc > 0 &&
        (word(tc - 1, "link") || prep_object) && !subjects_[i - 1].empty()) {
      left = subjects_[i - 1];
      rule += "+linked";
    }
    // "استضافت المملكة محادثات بين X وY", "Qatar hosted talks between": a
    // state that hosts a meeting between others is its venue, not a party.
    if (host_verb && between && right.size() >= 2 && all_states(left)) {
      left.clear();
      rule += "+hosted-between";
    }
    // "Putin will visit Japan ... for talks with Abe": a meeting noun after an
    // earlier trigger of the same clause shares that trigger's subject.
    // So does a verb told of a visit just reported ("قام بزيارة إلى الإمارات، التقى خلالها ...");
    // not a receiving verb: "زيارة إلى العراق، حيث استقبله الكاظمي" has the host after it.
    // "met Sanchez before the summit opened": a framing noun takes nobody from around it.
    // "ألغى لقاءه مع بوتين في قمة العشرين": a summit "in" which an earlier
    // meeting word of the clause is placed is that meeting's frame (a trip's
    // is where it leads: "زيارة إلى فيتنام، على أن يشارك في قمة").
    // So is one "on the sidelines of" which it was held ("التقى أردوغان بايدن على هامش قمة الناتو").
    const bool venue_summit = arabic_ && !verb && t.type == MeetingType::kSummit && i > 0 &&
                              triggers_[i - 1].chunk >= clause_lo && triggers_[i - 1].type != MeetingType::kVisit &&
                              tc > 0 && (word(tc - 1, "in") || cue(tc - 1, "sideline"));
    const bool framed = (!verb && framed_noun(tc)) || venue_summit;
    if (framed) rule += "+frame";
    const bool after_visit = verb && !host_verb && i > 0 && triggers_[i - 1].type == MeetingType::kVisit &&
                             !(triggers_[i - 1].flags & Entry::kVerb);
    // "..., and the two leaders last spoke in a video call": a pair named
    // after the previous trigger, in English, is this meeting's subject.
    bool pair_between = false;
    if (!arabic_ && !verb && left.empty() && !pair_word && i > 0)
      for (size_t c = lo; c < tc && !pair_between; ++c) pair_between = word(c, "leader_pair");
    if (pair_between) {
      pair_word = true;
      rule += "+pair-before";
    }
    if (left.empty() && (!verb || after_visit) && !framed && !reference && i > 0 && lo > clause_lo &&
        !subjects_[i - 1].empty() && !pair_between) {
      left = subjects_[i - 1];
      rule += "+previous-subject";
    }
    // "Rice ... became the first to visit Libya, meeting Gadhafi": a participle
    // after a comma has the clause's subject.
    if (left.empty() && !verb && !right.empty() && tc > clause_lo && punct(tc - 1, ',')) {
      bool ignored = false;
      left = clause_subject(clause_lo, tc, &ignored);
      if (!left.empty()) rule += "+participle";
    }
    // "وصل البابا إلى بغداد حيث استقبله الكاظمي، قبل أن يلتقي صالح": a verb
    // after "before/after that" with no subject of its own continues the
    // subject of the sentence's first verb, who the story follows.
    if (left.empty() && verb && arabic_ && i > 1 && tc >= 2 && word(tc - 1, "that") &&
        (word(tc - 2, "frame") || cue(tc - 2, "past")) && (triggers_[0].flags & Entry::kVerb) && !subjects_[0].empty()) {
      left = subjects_[0];
      rule += "+story-subject";
    }
    if (left.empty() && !pair_word && !framed && !reference && (!right.empty() || !verb)) {
      bool opening_pair = false;
      std::vector<int> subject = clause_subject(lo, tc, &opening_pair);
      if (opening_pair && right.empty()) pair_word = true;
      if (subject.size() >= 2 || (!subject.empty() && !right.empty())) {
        left = std::move(subject);
        rule += "+clause-subject";
      }
    }
    // "Xi and Putin skipped the summit, sending Li and Lavrov instead": who
    // stayed away takes no part in it.
    if (absent_chunk > 0 && !left.empty()) {
      left.clear();
      rule += "+absent-subject";
    }
    // "وصل المبعوث هوكشتاين إلى بيروت": Arabic puts the subject after the verb.
    subjects_[i] = left.empty() && verb && arabic_ && !right.empty() ? std::vector<int>{right.front()} : left;
    std::vector<int> inviters;
    if (invited && invite_chunk > lo) {
      bool ignored = false;
      inviters = left_group(invite_chunk, lo, &ignored, true);
    }
    std::vector<std::pair<int, ParticipantRole>> refs;
    auto add = [&](int r, ParticipantRole role) {
      for (auto& [existing, _] : refs)
        if (existing == r) return;
      refs.emplace_back(r, role);
    };
    const bool guest_verb = t.flags & Entry::kGuest;
    int pronoun_object = -1;
    if (t.flags & Entry::kObjectPronoun) pronoun_object = pronoun_referent(tc, left, right, false);
    else if (const int h = honorific_object(tc, hi); h >= 0 && right.empty())
      pronoun_object = pronoun_referent(tc, left, right, word(static_cast<size_t>(h), "honorific_leader"));
    // "الجزائر تستعد لاحتضان القمة العربية": the state that hosts an
    // organisation's summit is its venue; the organisation takes part.
    const bool named_summit = summit_named_for(tc);
    int host_state = -1;
    if (named_summit) {
      std::vector<int> people;
      for (int r : left) {
        if (s_.actors[r].actor >= 0 && lex_.actors()[s_.actors[r].actor].kind == ActorKind::kState) {
          if (host_state < 0) host_state = s_.actors[r].actor;
          continue;
        }
        people.push_back(r);
      }
      rule += "+named-summit";
      if (tc > 0 && cue(tc - 1, "sideline")) rule += "+frame";
      else if (tc > 0 && word(tc - 1, "in") && i > 0 && triggers_[i - 1].chunk >= clause_lo &&
               triggers_[i - 1].type != MeetingType::kVisit)
        rule += "+frame";  // "على هامش قمة العشرين": the frame of another meeting
      left = std::move(people);
    }
    for (int r : inviters) add(r, ParticipantRole::kHost);
    for (int r : hosts_of(t, lo)) add(r, ParticipantRole::kHost);
    for (int r : left) add(r, host_verb ? ParticipantRole::kHost : guest_verb ? ParticipantRole::kGuest : ParticipantRole::kParty);
    for (size_t k = 0; k < right.size(); ++k) {
      ParticipantRole role = ParticipantRole::kParty;
      if (host_verb) role = (left.empty() && k == 0) ? ParticipantRole::kHost : ParticipantRole::kGuest;
      else if (guest_verb) role = ParticipantRole::kGuest;
      add(right[k], role);
    }
    if (!left.empty()) rule += "+subject";
    if (pronoun_object >= 0) rule += "+pronoun-object";
    if (!right.empty()) rule += "+object";
    if (!inviters.empty()) rule += "+inviter";

    // The meeting's participants from the refs gathered so far, each once.
    auto emit_participants = [&] {
      for (auto& [r, role] : refs) {
        Participant p = participant(s_.actors[r], role);
        bool dup = false;
        for (const auto& q : mt.participants) dup = dup || (q.key.empty() ? q.name == p.name : q.key == p.key);
        if (!dup) mt.participants.push_back(std::move(p));
      }
    };
    emit_participants();
    if (pronoun_object >= 0) {
      ActorRef referent;
      referent.actor = pronoun_object;
      referent.text = lex_.actors()[pronoun_object].name_en;
      Participant p = participant(referent, host_verb ? ParticipantRole::kGuest : ParticipantRole::kParty);
      bool dup = false;
      for (const auto& q : mt.participants) dup = dup || q.key == p.key;
      if (!dup) mt.participants.push_back(std::move(p));
    }
    // Too few participants from the structure: every actor of the clause
    // takes part ("وعقد الزعيمان ... مع ..." read loosely), at lower confidence.
    // A meeting noun that refers back ("انطلقت أعمال القمة") takes none of the
    // actors before it, but may still be told with its people after it
    // ("... برئاسة X، بمشاركة Y وZ").
    // "met Khamenei on Thursday, on the second day of a visit ...": a visit
    // noun sharing the previous verb's subject is that person's journey; its
    // host is the place's country (below), not whoever else the clause names (English).
    const bool journey_of_subject = visit && !verb && !arabic_ && rule.find("+previous-subject") != std::string::npos;
    bool loose_gathered = false;
    if (mt.participants.size() < 2 && !pair_word && !agent && !framed && !journey_of_subject) {
      // Known people first; states and organisations only when people are missing.
      std::vector<int> people, others;
      const size_t begin = reference ? tc + 1 : std::max(lo, absent_chunk);
      const size_t end = std::min({relative_after(tc, hi), after_clause(tc, hi), attribution_start(tc, hi)});
      for (size_t r = 0; r < s_.actors.size(); ++r) {
        const ActorRef& ref = s_.actors[r];
        if (ref.actor < 0 || ref.first_chunk < begin || ref.last_chunk >= end || ref.first_chunk < dateline_) continue;
        if (ref.is_state_name && (prep_before(ref.first_chunk) || topic_before(ref.first_chunk) || ends_proper_name(ref.first_chunk) ||
                                  word(ref.first_chunk - 1, "origin")))
          continue;  // a destination or a topic, not a party
        if (ref.first_chunk != tc && summit_named_for(ref.first_chunk)) continue;  // another summit's organisation
        // "أعلن غوتيريش توصل الطرفين ... في ختام المشاورات": the speaker right
        // after an Arabic speech verb reports the meeting, he is not in it.
        if (speaker(ref)) continue;
        (lex_.actors()[ref.actor].kind == ActorKind::kPerson ? people : others).push_back(static_cast<int>(r));
      }
      // States and organisations alone, loosely gathered, are a list, not a meeting.
      std::vector<int> loose = people;
      if (loose.size() == 1) loose.insert(loose.end(), others.begin(), others.end());
      if (loose.size() >= 2 && loose.size() <= 6) {
        for (int r : loose) add(r, ParticipantRole::kParty);
        emit_participants();
        rule += "+clause-actors";
        loose_gathered = true;
      }
    }
    // "Biden told Putin on Thursday that ..., during a phone call": who told
    // whom in the sentence are the two ends of the call (English).
    if (mt.type == MeetingType::kCall && !verb && mt.participants.empty() && !arabic_) {
      const auto [speaker, addressee] = told_before(tc);
      if (speaker >= 0) {
        add(speaker, ParticipantRole::kParty);
        add(addressee, ParticipantRole::kParty);
        emit_participants();
        rule += "+told";
      }
    }
    if (mt.participants.size() < 2 && !visit) {
      auto states = adjective_states(tc, lo, hi);
      if (states.size() >= 2) {
        mt.participants.clear();
        for (int st : states) {
          std::vector<int> leaders;
          if (t.type == MeetingType::kSummit) {
            for (const char* o : {"supreme_leader", "head_of_state", "head_of_government"}) {
              leaders = lex_.holders(o, lex_.actors()[st].id, ctx_.date);
              if (!leaders.empty()) break;
            }
          }
          if (leaders.size() == 1) {
            const auto& a = lex_.actors()[leaders.front()];
            Participant p;
            p.key = a.id;
            p.name = a.name_en;
            p.kind = "person";
            p.country = a.country;
            p.text = lex_.actors()[st].name_en;
            mt.participants.push_back(std::move(p));
          } else {
            mt.participants.push_back(state_participant(st, ParticipantRole::kParty, lex_.actors()[st].name_en));
          }
        }
        rule += "+adjectives";
      }
    }

    // The organisation a summit word names takes part, once the people are
    // gathered (it does not make a meeting of one person).
    if (named_summit) {
      Participant p = participant(s_.actors[ref_at_[tc]], ParticipantRole::kParty);
      bool dup = false;
      for (const auto& q : mt.participants) dup = dup || q.key == p.key;
      if (!dup) mt.participants.push_back(std::move(p));
    }

    // Location: the visit's destination, else a place after "in"/"at" in the
    // trigger's span, else a place naming a meeting noun ("an Oval Office
    // meeting"), else the place of the summit it was on the sidelines of
    // ("met on the sidelines of the G20 summit in Osaka").
    int place = -1;
    std::string place_text;
    if (destination >= 0) {
      const ActorRef& d = s_.actors[destination];
      place = lex_.country_place(lex_.actors()[d.actor].id);
      place_text = d.text;
    }
    place = refined_place(lo, hi, tc, visit, verb, place, &place_text);
    if (place < 0 && !verb) place = place_naming(tc, &place_text);
    if (place < 0) place = place_of_where(clause_lo, tc, &place_text);
    if (place < 0 && !verb) place = hosted_by_place(tc, hi, &place_text);
    if (place < 0 && sideline) place = refined_place(sideline_chunk, clause_hi, sideline_chunk, false, true, -1, &place_text);
    // "arrived in Riyadh on Saturday for a summit": the summit the journey
    // led to is where it ended, whatever place its topic names.
    if (!arabic_ && !verb && t.type == MeetingType::kSummit && i > 0 && lo > clause_lo && triggers_[i - 1].type == MeetingType::kVisit &&
        (triggers_[i - 1].flags & Entry::kVerb) && places_[i - 1] >= 0 && lex_.places()[places_[i - 1]].kind != lexicon::PlaceKind::kCountry) {
      place = places_[i - 1];
      place_text = lex_.places()[place].name_en;
      rule += "+journey-place";
    }
    if (place < 0 && host_state >= 0) {
      place = lex_.country_place(lex_.actors()[host_state].id);
      place_text = lex_.actors()[host_state].name_en;
    }
    places_[i] = place;
    if (place >= 0) {
      const int where = lex_.places()[place].within >= 0 ? lex_.places()[place].within : place;
      const auto& pl = lex_.places()[where];
      mt.location = Location{pl.id, pl.name_en, place_text};
    }
    // "قمة ... عقدت عبر الاتصال المرئي": a summit held by video has no one place.
    bool call_after = false;
    for (size_t c = tc + 1; c < hi && !call_after; ++c) call_after = cue(c, "call");
    if (arabic_ && call_after && t.type == MeetingType::kSummit) {
      mt.location.reset();
      rule += "+virtual";
    }
    // A visit to a country whose people are not named has that country as host.
    if (visit && !to_summit && place >= 0) {
      const std::string& country = lex_.places()[place].country;
      bool represented = false;
      for (const auto& p : mt.participants) represented = represented || p.country == country;
      int st = lex_.state_actor(country);
      bool visitor_is_host = !mt.participants.empty() && mt.participants.front().country == country && mt.participants.size() == 1;
      // A trip to an organisation's summit is no visit to the host country.
      bool organisation = false;
      for (const auto& p : mt.participants) organisation = organisation || p.kind == "organisation";
      if (!represented && !organisation && st >= 0 && !mt.participants.empty() && !visitor_is_host) {
        mt.participants.push_back(state_participant(st, ParticipantRole::kHost, place_text));
        rule += "+host-country";
      }
    }

    // Date: the clause's date expression nearest the trigger, read as past or
    // future according to the status.
    // A meeting is mostly called off before it happens: a cancelled one is read as future too.
    // So is a present tense ("when they meet on Thursday"): a date after the
    // report then makes it planned (below).
    const bool future = mt.status == Status::kPlanned || mt.status == Status::kInvited ||
                        mt.status == Status::kCancelled || (t.flags & Entry::kPresent);
    const DateRef* best = nullptr;
    int best_score = 1 << 30;
    // "met Erdogan on the sidelines of the summit on Wednesday": the summit is
    // the frame, and a date after it still dates this meeting.
    size_t date_hi = hi;
    if ((sideline || to_summit) && i + 1 < triggers_.size() && triggers_[i + 1].chunk == hi)
      date_hi = i + 2 < triggers_.size() ? std::min(triggers_[i + 2].chunk, clause_hi) : clause_hi;
    for (const auto& d : s_.dates) {
      // Beyond the next trigger a date is that trigger's; before the previous
      // one it may still be this one's ("استضافت المملكة اليوم ... محادثات").
      if (d.first_chunk < clause_lo || d.first_chunk >= date_hi || d.first_chunk < dateline_) continue;
      if (after_since(d.first_chunk) || after_phrase(tc, d.first_chunk)) continue;  // "the first talks since 2019"
      if (range_end(d)) continue;  // "visited from Sunday to Wednesday": dated by its start
      // "a ceasefire to start on Feb. 15": a planned cue's date is not a held meeting's.
      if (mt.status == Status::kOccurred && planned_cue_before(d.first_chunk)) continue;
      Date reading = future ? d.future : d.past;
      // Nearest first; at equal distance the date after the trigger ("will host them on Wednesday").
      int score = d.first_chunk < tc ? 2 * static_cast<int>(tc - d.first_chunk) + 1 : 2 * static_cast<int>(d.first_chunk - tc);
      if (d.first_chunk < lo || d.first_chunk >= hi) score += 60;  // beyond another trigger: only when nothing closer
      if (d.reporting_day) score += 1000;
      if (!ctx_.date.empty() && !reading.empty() && ctx_.date.day) {
        bool is_future = reading.first_day() > ctx_.date.last_day();
        bool is_past = reading.last_day() < ctx_.date.first_day();
        if (future && is_past) score += 500;
        if (!future && is_future) score += 500;
      }
      if (score < best_score) best = &d, best_score = score;
    }
    if (best) {
      mt.date = future ? best->future : best->past;
      mt.date_text = best->text;
      // A meeting dated after the report with no cue has not happened yet.
      if (!m.status_cued && !ctx_.date.empty() && ctx_.date.day && !mt.date.empty() &&
          mt.date.first_day() > ctx_.date.last_day()) {
        mt.status = Status::kPlanned;
        mt.date = best->future;
      }
    }
    if (sideline) {
      mt.sideline_of = s_.source(sideline_chunk + 1, std::min(hi, sideline_chunk + 4));
      rule += "+sideline";
    }
    // "... Blinken and Lavrov when they meet": "they" after a pair of people
    // named in the same sentence is that pair ("the two sides" may be their
    // countries, whose leaders meet).
    if (pair_word && mt.participants.empty() && plural_pronoun_before(tc)) {
      for (int r : pair_before(tc)) add(r, ParticipantRole::kParty);
      emit_participants();
      if (!mt.participants.empty()) rule += "+pair-in-sentence";
    }
    // "their first meeting" with nobody named: the pair the article is about.
    if (mt.participants.empty() && !verb && possessive_before(tc)) pair_word = true;
    m.pair_word = pair_word;
    for (size_t c = lo; c < hi && pair_word; ++c) m.leader_pair = m.leader_pair || word(c, "leader_pair");
    if (pair_word && mt.participants.empty()) m.recent_pair = recent_pair();
    // A phone call is between two parties: "will call X and Y" is two calls.
    const bool calls_each = mt.type == MeetingType::kCall && verb && left.size() == 1;
    if ((separate || calls_each) && !left.empty() && right.size() >= 2)
      m.separate_after = static_cast<int>(left.size() + inviters.size());
    // "ولم يشارك X وY ... إلا أن ميركل التقت كلاً منهما على حدة": the people
    // the separate meetings were with are told before the verb, gathered loosely.
    if (separate && left.size() == 1 && right.empty() && inviters.empty() && loose_gathered &&
        mt.participants.size() >= 3 && mt.participants.front().key == participant(s_.actors[left.front()], ParticipantRole::kParty).key)
      m.separate_after = 1;
    // "met Modi on Tuesday and Pezeshkian on Wednesday": one meeting per object, on its own date.
    const auto dates = verb && !left.empty() && mt.participants.size() == inviters.size() + left.size() + right.size()
                           ? respective_dates(right)
                           : std::vector<const DateRef*>{};
    if (!dates.empty()) {
      m.separate_after = static_cast<int>(left.size() + inviters.size());
      for (const DateRef* d : dates) m.guest_dates.push_back({future ? d->future : d->past, d->text});
      rule += "+respective-dates";
    }
    const auto places = verb && !left.empty() && dates.empty() &&
                                mt.participants.size() == inviters.size() + left.size() + right.size()
                            ? respective_places(right)
                            : std::vector<const PlaceRef*>{};
    if (!places.empty()) {
      m.separate_after = static_cast<int>(left.size() + inviters.size());
      for (const PlaceRef* p : places) {
        const int where = lex_.places()[p->place].within >= 0 ? lex_.places()[p->place].within : p->place;
        m.guest_places.push_back(Location{lex_.places()[where].id, lex_.places()[where].name_en, p->text});
      }
      rule += "+respective-places";
    }
    if (visit && !to_summit && verb && !left.empty() && inviters.empty() && m.separate_after == 0 && !arabic_) {
      const auto stops = tour_stops(tc, clause_hi);
      if (!stops.empty()) {
        mt.participants.clear();
        for (int r : left) mt.participants.push_back(participant(s_.actors[r], ParticipantRole::kGuest));
        m.separate_after = static_cast<int>(mt.participants.size());
        for (int r : stops) {
          const auto& st = lex_.actors()[s_.actors[r].actor];
          mt.participants.push_back(state_participant(s_.actors[r].actor, ParticipantRole::kHost, s_.actors[r].text));
          const int where = lex_.country_place(st.id);
          if (where >= 0) m.guest_places.push_back(Location{lex_.places()[where].id, lex_.places()[where].name_en, s_.actors[r].text});
        }
        if (m.guest_places.size() != stops.size()) m.guest_places.clear();
        // "to Tunisia on Saturday, and then to Algeria": a date told after a
        // stop dates the stops before it, not the later ones.
        if (best && best->first_chunk > tc)
          for (int r : stops)
            m.guest_dates.push_back(s_.actors[r].first_chunk < best->first_chunk ? std::pair{mt.date, mt.date_text}
                                                                                 : std::pair{Date{}, std::string{}});
        rule += "+tour";
      }
    }
    // "Macron and Starmer each visited the White House, on Monday and Thursday
    // respectively": one visit per subject, each on its own date if told.
    if (visit && verb && !arabic_ && left.size() >= 2 && m.separate_after == 0 && tc > 0 &&
        s_.tokens[chunk(tc - 1).begin].token.norm == "each") {
      std::vector<int> written = left;  // in the order they are written, as "respectively" counts them
      std::sort(written.begin(), written.end(), [&](int a, int b) { return s_.actors[a].first_chunk < s_.actors[b].first_chunk; });
      std::vector<Participant> subjects, others;
      for (int r : written)
        for (const auto& p : mt.participants)
          if (s_.actors[r].actor >= 0 && lex_.actors()[s_.actors[r].actor].id == p.key) subjects.push_back(p);
      for (const auto& p : mt.participants) {
        bool subject = false;
        for (const auto& q : subjects) subject = subject || q.key == p.key;
        if (!subject) others.push_back(p);
      }
      if (!others.empty() && subjects.size() == left.size()) {
        mt.participants = others;
        m.separate_after = static_cast<int>(others.size());
        for (auto& p : subjects) mt.participants.push_back(std::move(p));
        std::vector<const DateRef*> in_order;
        for (const auto& d : s_.dates)
          if (d.first_chunk > tc && d.first_chunk < clause_hi) in_order.push_back(&d);
        if (in_order.size() == subjects.size())
          for (const DateRef* d : in_order) m.guest_dates.push_back({future ? d->future : d->past, d->text});
        rule += "+each";
      }
    }
    arabic_tour(tc, hi, m);
    m.anaphoric = mt.participants.size() < 2;
    double confidence = 0.85;
    for (const auto& [r, _] : refs) {
      const auto& how = s_.actors[r].how;
      if (how == "fuzzy+context" || how == "title-anaphora" || how == "discovered" || how == "pronoun") confidence -= 0.1;
    }
    if (rule.find("+adjectives") != std::string::npos) confidence -= 0.05;
    mt.confidence = std::clamp(confidence, 0.3, 0.95);
    mt.rule = rule;
    return true;
  }

  const AnalysedSentence& s_;
  const ArticleContext& ctx_;
  const lexicon::Lexicon& lex_;
  int index_;
  size_t dateline_;
  bool arabic_;
  std::vector<int> ref_at_;
  std::vector<Trigger> triggers_;
  std::vector<size_t> cuts_;
  std::vector<std::pair<size_t, size_t>> hosted_nouns_;  // (meeting noun, its hosting verb)
  std::vector<std::pair<size_t, size_t>> appositives_;  // (opening comma, closing comma)
  std::vector<std::vector<int>> subjects_;  // per trigger, its subject group once built
  std::vector<int> places_;  // per trigger, the place it was given (-1: none)
};

}  // namespace

std::vector<Mention> find_mentions(const AnalysedSentence& s, const ArticleContext& context, int sentence_index,
                                   size_t dateline_chunks) {
  return SentenceMentions(s, context, sentence_index, dateline_chunks).run();
}

}  // namespace diplograph::extract
