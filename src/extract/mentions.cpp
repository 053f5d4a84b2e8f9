#include "mentions.h"

#include <algorithm>
#include <optional>
#include <set>

#include "diplograph/text/normalize.h"
#include "sentence_mentions.h"

namespace diplograph::extract {

// Marks appended as views: a literal appended as a pointer is measured (strlen) each time.
using namespace std::string_view_literals;

SentenceMentions::Buffers& SentenceMentions::thread_buffers() {
  thread_local Buffers buffers;
  return buffers;
}

void SentenceMentions::empty_buffers() {
  ref_at_.clear();
  cue_chunks_.clear();
  places_.clear();
  triggers_.clear();
  cuts_.clear();
  hosted_nouns_.clear();
  appositives_.clear();
  // Emptied one by one, not cleared: each group keeps its room for the subject copied into it.
  for (auto& group : subjects_) group.clear();
}

void SentenceMentions::run(std::vector<Mention>& out) {
  const size_t first = out.size();  // `out` holds the article's mentions so far
  // Most sentences of a report tell no meeting: without a meeting word, or
  // the word each rule below needs first, none of them can read one here.
  // (Asked first without the language, which takes a look at every token: a quarter of sentences stop here.)
  if (!has_trigger_ && !has_cue("invited") && !has_word("delegation") && !has_cue("sideline") && !has_word("signing")) return;
  arabic_ = std::any_of(s_.tokens.begin(), s_.tokens.end(), [](const Tok& t) { return t.token.arabic; });
  const bool invitation = !arabic_ && has_cue("invited");
  const bool delegation_told = has_word("delegation") || (!arabic_ && has_cue("sideline"));
  const bool signing = arabic_ && has_word("signing");
  if (!has_trigger_ && !invitation && !delegation_told && !signing) return;
  empty_buffers();
  ref_at_.assign(n_chunks_, -1);
  for (size_t r = 0; r < s_.actors.size(); ++r)
    for (size_t c = s_.actors[r].first_chunk; c <= s_.actors[r].last_chunk && c < n_chunks_; ++c)
      ref_at_[c] = static_cast<int>(r);
  if (any_cue_) {
    // The chunks whose kinds hold a cue are picked first, from copies of the
    // view held in registers (a push of a size_t might, as far as the
    // compiler knows, change the members, which it then read again at every chunk).
    const Chunk* const chunks = chunks_;
    for (size_t c = 0, n = n_chunks_; c < n; ++c)
      if (chunks[c].entries && ((chunks[c].kinds >> static_cast<unsigned>(EntryKind::kCue)) & 1) && cue(c))
        cue_chunks_.push_back(c);
  }
  // Most sentences of a report have no meeting word: with no trigger to
  // build, the clauses need not be cut (the rules below read no cuts).
  if (has_trigger_) find_triggers_and_cuts();
  // Grown, never shrunk: each group keeps its room (empty_buffers emptied them).
  if (subjects_.size() < triggers_.size()) subjects_.resize(triggers_.size());
  places_.assign(triggers_.size(), -1);
  for (size_t i = 0; i < triggers_.size(); ++i) {
    // Built in its place among the article's mentions (at index `at`): moving
    // each one in afterwards cost about as much as building its fields.
    size_t at = out.size();
    if (!build(i, out.emplace_back())) {
      out.pop_back();
      continue;
    }
    mark_opening_talks(triggers_[i].chunk, out[at]);  // after build: "they" later still means the leaders
    if (plan_overtaken(triggers_[i].chunk)) {
      out[at].meeting.status = Status::kCancelled;
      out[at].meeting.rule += "+plan-overtaken"sv;
    }
    if (const DateRef* other = second_date_of_plural(triggers_[i], out[at])) {
      // "after phone calls in February and on Sept. 9": one call per date.
      Mention second = out[at];
      second.meeting.date = other->past;
      second.meeting.date_text = other->text;
      second.meeting.rule += "+plural-dates"sv;
      out.insert(out.begin() + static_cast<std::ptrdiff_t>(at), std::move(second));  // told before this one
      ++at;
    }
    if (out[at].separate_after > 0 && static_cast<size_t>(out[at].separate_after) < out[at].meeting.participants.size()) {
      // "held separate meetings with Olmert and Abbas": one meeting per guest.
      Mention m = std::move(out[at]);
      out.pop_back();  // (the last: only `second` went in, before it)
      // Taken out of `m`, so that each guest's copy of it does not copy them
      // only to have them replaced.
      const std::vector<Participant> everyone = std::move(m.meeting.participants);
      m.meeting.participants.clear();
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
        one.meeting.rule += m.tour ? "+tour"sv : "+separate"sv;
        out.push_back(std::move(one));
      }
      continue;
    }
    // "The last summit took place in Berlin on Oct. 19, when Merkel hosted
    // Putin, Hollande and Poroshenko": one summit, told twice.
    if (out[at].tells_noun_before && at > first && out[at - 1].meeting.participants.size() < 2) {
      const Meeting noun = std::move(out[at - 1].meeting);
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(at - 1));
      Mention& m = out[--at];
      if (noun.type == MeetingType::kSummit) m.meeting.type = MeetingType::kSummit;
      if (!m.meeting.location) m.meeting.location = noun.location;
      if (m.meeting.date.empty()) m.meeting.date = noun.date, m.meeting.date_text = noun.date_text;
      m.meeting.rule += "+when-of-noun"sv;
    }
  }
  if (invitation) invitation_to_place(out);
  if (triggers_.empty() && delegation_told) delegation(out);
  if (triggers_.empty() && out.size() == first && signing) arabic_signing(out);
}

void SentenceMentions::delegation(std::vector<Mention>& out) const {
  bool delegation_word = false;
  // "Biden, Modi and bin Salman announced a corridor at an event on the
  // sidelines": people told at a summit's sidelines attended it (English).
  for (size_t c = 0; c < n_chunks_; ++c)
    delegation_word = delegation_word || word(c, "delegation") || (!arabic_ && cue(c, "sideline"));
  if (!delegation_word) return;
  Mention m;
  m.meeting.type = MeetingType::kTalks;
  m.meeting.status = Status::kOccurred;
  m.meeting.sentences = {index_};
  m.meeting.rule = std::string(arabic_ ? "ar:" : "en:") + "delegation";
  for (const auto& ref : s_.actors) {
    if (ref.actor < 0 || lex_.actors()[ref.actor].kind != ActorKind::kPerson || told_absent(ref)) continue;
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

bool SentenceMentions::told_absent(const ActorRef& ref) const {
  if (!has_cue("absent")) return false;
  // Arabic tells the verb first ("غاب العاهل المغربي", "اعتذر ولي العهد ... عن
  // الحضور"), English the subject ("Erdogan skipped the summit").
  if (!arabic_) return cue(ref.last_chunk + 1, "absent");
  for (size_t c = ref.first_chunk; c-- > 0 && c + 3 > ref.first_chunk;) {
    if (cue(c, "absent")) return true;
    if (ref_at_[c] >= 0) return false;
  }
  return false;
}

SentenceMentions::Scope SentenceMentions::scope_of(size_t i) const {
  const size_t tc = triggers_[i].chunk;
  Scope sc;
  sc.lo = i > 0 ? triggers_[i - 1].chunk + 1 : 0;
  sc.hi = i + 1 < triggers_.size() ? triggers_[i + 1].chunk : n_chunks_;
  for (size_t cut : cuts_) {
    if (cut <= tc && cut > sc.lo) sc.lo = cut;
    if (cut > tc && cut < sc.hi) sc.hi = cut;
  }
  sc.lo = std::max(sc.lo, dateline_);
  if (tc < sc.lo) sc.lo = tc;
  // The clause (cuts only): a date may sit beyond a neighbouring trigger
  // ("استضافت المملكة اليوم ... محادثات بين ...").
  sc.clause_lo = dateline_;
  sc.clause_hi = n_chunks_;
  for (size_t cut : cuts_) {
    if (cut <= tc && cut > sc.clause_lo) sc.clause_lo = cut;
    if (cut > tc && cut < sc.clause_hi) sc.clause_hi = cut;
  }
  // "the first summit since the visit of Lee to Kyoto", "هي الأولى منذ زيارة لي إلى كيوتو":
  // a meeting told right after "since" is an earlier event, whose people and date follow that word.
  // (Walked only in a sentence holding "since": the walk reads the token of each chunk.)
  for (size_t k = tc; has_word("since") && k-- > sc.lo && k + 4 >= tc;) {
    if (tokens_[chunk(k).begin].token.kind == text::TokenKind::kPunct) break;
    if (word(k, "since")) {
      sc.lo = sc.clause_lo = k + 1;
      sc.since_event = true;
      break;
    }
  }
  return sc;
}

int SentenceMentions::city_of(int place) const {
  const int within = lex_.places()[place].within;
  return within >= 0 ? within : place;
}

Location SentenceMentions::location_of(const PlaceRef& p) const {
  const auto& city = lex_.places()[city_of(p.place)];
  return Location{city.id, city.name_en, p.text};
}

bool SentenceMentions::names_one_call(size_t tc) const {
  if (arabic_) return false;
  const Chunk& ch = chunk(tc);
  return ch.end - ch.begin >= 2 && tokens_[ch.end - 1].token.norm == "call";
}

// "خلال" (during), folded; read from the words themselves: a role for "خلالها"
// would end the object lists it stands before ("التقى خلالها في أبو ظبي ...").
const std::string& arabic_during() {
  static const std::string word = text::fold_string("خلال");
  return word;
}

bool SentenceMentions::during_word(size_t c) const { return c < n_chunks_ && tokens_[chunk(c).begin].token.norm == arabic_during(); }

bool SentenceMentions::during_it(size_t c) const {
  // "خلاله", "خلالها", "خلالهما": "during" with a pronoun glued on.
  const std::string& kDuring = arabic_during();
  if (c >= n_chunks_ || chunk(c).entries) return false;
  const std::string_view w = tokens_[chunk(c).begin].token.norm;
  return w.size() > kDuring.size() && w.starts_with(kDuring);
}

SentenceMentions::Cues SentenceMentions::cues_of(size_t i, const Scope& sc) const {
  const Trigger& t = triggers_[i];
  const size_t tc = t.chunk;
  const bool verb = t.flags & Entry::kVerb;
  Cues out;
  int best_dist = 1 << 20;
  // "held talks and agreed to restore telephone links": after "and", a cue
  // opens another verb phrase and says nothing of this meeting (English).
  size_t cue_hi = sc.hi;
  // (The first "and" at k in (tc, hi - 1) with a cue at k + 1: read from the cue chunks.)
  if (verb && !arabic_)
    for (const size_t j : cue_chunks_) {
      if (j < tc + 2) continue;
      if (j >= sc.hi) break;
      if (word(j - 1, "and")) {
        cue_hi = j - 1;
        break;
      }
    }
  for (const size_t c : cue_chunks_) {
    if (c < sc.lo) continue;
    if (c >= cue_hi) break;
    if (c < tc && in_person_relative(c, tc)) continue;  // "X, who extended the invitation, met Y"
    for (const auto& e : *chunk(c).entries) {
      if (e.kind != EntryKind::kCue) continue;
      const int dist = c < tc ? static_cast<int>(tc - c) : static_cast<int>(c - tc);
      // "did not meet"; "No meeting has been scheduled": a negation right before a meeting noun's modifiers too.
      if (e.has_tag("negation") && c < tc && tc - c <= 2 && verb) out.negated = true;
      else if (e.has_tag("negation") && c < tc && !verb && (arabic_ ? c + 1 == tc : only_modifiers_between(c, tc)))
        out.negated = true;  // ("من دون لقاء": in Arabic right before the noun only)
      else if (e.has_tag("call")) out.call = true;
      else if (e.has_tag("cancelled")) out.cancelled = true;
      else if (e.has_tag("postponed")) out.cancelled = out.postponed = true, out.postponed_chunk = c;
      else if (e.has_tag("invited") && c < tc) out.invited = true, out.invite_chunk = c;
      else if (e.has_tag("sideline") && c > tc) out.sideline = true, out.sideline_chunk = c;
      else if (e.has_tag("separate")) out.separate = true;
      else if (e.has_tag("absent") && c < tc && only_light_between(c, tc)) out.absent_chunk = c + 1;
      // "اتصالاً هاتفياً ... اتفقا خلاله على": what was agreed during the meeting is another event's plan.
      else if (e.has_tag("planned") && arabic_ && c > tc && during_it(c + 1)) continue;
      // "اتفق بايدن والكاظمي، خلال لقائهما في البيت الأبيض أمس، على": so is one before "خلال" and the noun.
      else if (e.has_tag("planned") && arabic_ && c + 1 < tc && during_word(tc - 1)) continue;
      else if ((e.has_tag("planned") || e.has_tag("past")) && dist < best_dist && dist <= (c < tc ? 10 : 6)) {
        best_dist = dist;
        out.status_cue = e.tag;
      }
    }
  }
  // (Each helper below is asked only when the sentence holds the word it starts from: most hold none.)
  if (auto lead = has_cue("sideline") ? leading_sideline(sc.clause_lo, tc) : std::nullopt; !out.sideline && lead) out.sideline = true, out.sideline_chunk = *lead;
  if (auto at = at_summit(i); !out.sideline && at && t.type != MeetingType::kSummit && t.type != MeetingType::kVisit)
    out.sideline = true, out.sideline_chunk = *at;
  // "is scheduled to visit Japan for talks with Abe": a planning cue before an
  // earlier trigger of the clause governs this one too.
  if (out.status_cue.empty() && !out.invited && !out.cancelled && i > 0 && sc.lo > sc.clause_lo && has_cue("planned")) {
    for (size_t c = std::max(sc.clause_lo, tc > 16 ? tc - 16 : size_t{0}); c < sc.lo; ++c)
      if (cue(c, "planned")) out.status_cue = "planned";
  }
  // "نفى ... تقارير عن لقاء جمع X وY": a denial anywhere before the meeting
  // word in its clause (a relative verb after the noun included).
  // (Asked of the sentence first: a loop of cue() tests the sentence's mask at every chunk.)
  if (has_cue("denial"))
    for (size_t c = sc.clause_lo; c < tc && !out.negated; ++c) out.negated = cue(c, "denial");
  return out;
}

bool SentenceMentions::build(size_t i, Mention& m) {
  const Trigger& t = triggers_[i];
  const size_t tc = t.chunk;
  if (naming_call(t)) return false;
  const Scope scope = scope_of(i);
  const auto [lo, hi, clause_lo, clause_hi, since_event] = scope;
  const bool verb = t.flags & Entry::kVerb;
  if (i > 0 && trip_to_summit(i - 1)) return false;  // told with the journey to it (below)
  const bool to_summit = trip_to_summit(i);
  const bool visit = t.type == MeetingType::kVisit;
  Meeting& mt = m.meeting;
  mt.type = to_summit ? MeetingType::kSummit : t.type;
  // "Modi will host Biden and Sunak at the G20 summit": whom a leader hosts
  // at a summit are its guests, and the hosting is that summit (English).
  const bool hosts_at_summit = !arabic_ && (t.flags & Entry::kVerb) && (t.flags & Entry::kHost) && i + 1 < triggers_.size() &&
                               triggers_[i + 1].type == MeetingType::kSummit && triggers_[i + 1].chunk < clause_hi &&
                               at_before(triggers_[i + 1].chunk);
  if (hosts_at_summit) mt.type = MeetingType::kSummit;
  mt.sentences = {index_};
  RuleText rule;
  rule.append(arabic_ ? "ar:"sv : "en:"sv).append(verb ? "verb"sv : "noun"sv).append("-"sv).append(to_string(t.type));
  if (to_summit) rule += "+to-summit"sv;
  if (hosts_at_summit) rule += "+hosts-summit"sv;

  const Cues cues = cues_of(i, scope);
  if (cues.negated) return false;
  // "a Ukrainian flag signed by soldiers": an English participle right after
  // a plain noun, its agent after "by", describes that noun; it tells no meeting.
  if (!arabic_ && verb && tc > 0 && plain(tc - 1) && word(tc + 1, "agent")) return false;
  std::string_view status_cue = cues.status_cue;
  bool call = cues.call, separate = cues.separate;
  const bool invited = cues.invited, cancelled = cues.cancelled, postponed = cues.postponed, sideline = cues.sideline;
  const size_t invite_chunk = cues.invite_chunk, sideline_chunk = cues.sideline_chunk, postponed_chunk = cues.postponed_chunk;
  const size_t absent_chunk = cues.absent_chunk;
  if (arabic_topic(i, clause_lo, tc, verb)) return false;
  if (arabic_purpose(i, clause_lo, tc)) return false;
  // "ready to meet Zelensky", "efforts to broker talks": a meeting in an
  // infinitive has not happened yet.
  if (status_cue.empty() && has_word("to") && infinitive(tc, verb)) status_cue = "planned";
  // "Pope Francis to meet Sistani on first papal trip to Iraq": a headline's
  // "X to <verb>" is its future tense (English).
  if (status_cue.empty() && !arabic_ && verb && index_ == 0 && tc >= 2 && word(tc - 1, "to") && ref_at_[tc - 2] >= 0)
    status_cue = "planned";
  // "their next meeting".
  if (status_cue.empty() && !verb && next_before(tc)) status_cue = "planned";
  mt.status = Status::kOccurred;
  if (status_cue == "planned") mt.status = Status::kPlanned;
  if (invited) mt.status = Status::kInvited;
  if (cancelled) mt.status = Status::kCancelled;
  m.status_cued = !status_cue.empty() || invited || cancelled;
  if (verb && mt.status == Status::kOccurred && has_word("pluperfect") && told_as_earlier(clause_lo, tc)) rule += "+earlier"sv;
  // "بحث ... مع نظيره، في اتصال هاتفي", "discussed ... in a phone call": talks held in a call are the call.
  if (!call && (t.type == MeetingType::kMeeting || t.type == MeetingType::kTalks)) call = held_in_call(i, clause_hi);
  if (call && (t.type == MeetingType::kMeeting || t.type == MeetingType::kTalks)) mt.type = MeetingType::kCall;
  if (tc > 0 && cue(tc - 1, "virtual") && !visit) mt.type = MeetingType::kCall;  // "a virtual summit"

  if (!arabic_ && verb && i > 0 && !(triggers_[i - 1].flags & Entry::kVerb) && has_word("when"))
    for (size_t c = triggers_[i - 1].chunk + 1; c < tc; ++c)
      if (word(c, "when") && punct(c - 1, ',')) m.tells_noun_before = true;

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
    if (!left.empty()) rule += "+coordinated"sv;
  }
  // "وسعى الرئيس السنغالي فاي إلى لعب دور الوسيط، فزار باماكو": a verb with "ف"/"و"
  // glued on, the sentence's first meeting word, continues the subject of the verb
  // that opens the sentence.
  if (left.empty() && verb && arabic_ && i == 0 && tc > clause_lo + 1 && conjunction_glued(tc) && plain(clause_lo)) {
    bool ignored = false;
    left = clause_subject(clause_lo + 1, tc, &ignored);
    if (!left.empty()) rule += "+opening-subject"sv;
  }
  int destination = -1;
  bool between = false;
  const size_t named_place = !verb && city_state_naming(tc) >= 0 ? 1 : 0;  // "قمة سنغافورة"
  // after_clause() reads Arabic only, and there a "past" cue or a frame word.
  const size_t gather_hi = arabic_ && (has_cue("past") || has_word("frame")) ? after_clause(tc, hi) : hi;
  std::vector<int> right = right_groups(tc + 1 + named_place, gather_hi, visit, &destination, &pair_word, &agent, &between);
  // "Bennett was welcomed at the airport by Abdullah bin Zayed": the host is the agent, the subject the guest.
  if (agent && !arabic_ && verb && (t.flags & Entry::kHost) && tc > 0 && word(tc - 1, "passive"))
    if (const int by = agent_after(tc, gather_hi); by >= 0) {
      std::vector<int> hosts;
      extend_group(by, +1, tc, hi, hosts, true);
      right = std::move(left);
      left = std::move(hosts);
      agent = false;
      rule += "+passive"sv;
    }
  // "spoke with Putin and later with Zelensky", "met Scholz and then Macron": one encounter each.
  if (!arabic_ && right.size() >= 2 && has_word("sequence"))
    for (size_t c = s_.actors[right.front()].last_chunk + 1; c < s_.actors[right.back()].first_chunk && !separate; ++c)
      // ("then French President Francois Hollande" is the president of that time, not the next one met.)
      separate = word(c, "sequence") && word(c - 1, "and") && !adjective(c + 1) && !chunk(c + 1).has(EntryKind::kTitle);
  if (arabic_attendance(tc, verb)) {
    right = attendees_after(tc, hi);
    rule += "+attendance"sv;
  } else if (const size_t from = verb || !has_word("in_it") ? 0 : attendance_in_it(tc); from > 0) {
    size_t until = n_chunks_;
    for (const auto& other : triggers_)
      if (other.chunk > from) until = std::min(until, other.chunk);
    for (int r : attendees_after(from - 1, until))
      if (std::find(right.begin(), right.end(), r) == right.end()) right.push_back(r);
    rule += "+attendance-in-it"sv;
  }
  // "توجه إلى عين التينة حيث التقى بري": a verb after "where" or "then"
  // with only its object named continues the previous verb's subject (its
  // objects one after the other: "حيث التقى غويتا وتراوري على التوالي").
  // So does one whose only actor is its object, marked by a glued "ب"
  // ("بعد محطة في القاهرة اجتمع خلالها بالرئيس المصري"): the subject is in the verb.
  const bool prep_object = right.size() == 1 && tokens_[chunk(s_.actors[right.front()].first_chunk).begin].glued_prep;
  if (left.empty() && verb && arabic_ && !(t.flags & Entry::kObjectPronoun) && i > 0 && tc > 0 &&
      ((word(tc - 1, "link") && (right.size() <= 1 || sequence_between(right) || separate)) || prep_object) &&
      !subjects_[i - 1].empty()) {
    left = subjects_[i - 1];
    rule += "+linked"sv;
  }
  // "استضافت المملكة محادثات بين X وY", "Qatar hosted talks between": a
  // state that hosts a meeting between others is its venue, not a party.
  if (host_verb && between && right.size() >= 2 && all_states(left)) {
    left.clear();
    rule += "+hosted-between"sv;
  }
  size_t relative_from = 0;  // a relative clause's trigger is dated within it
  bool relative_subject_found = false;
  if (left.empty() && !reference) {
    if (has_word("relative")) left = relative_subject(clause_lo, tc);
    if (!left.empty()) {
      relative_subject_found = true;
      rule += "+relative-subject"sv;
      relative_from = s_.actors[left.front()].last_chunk + 1;
      for (int r : left) relative_from = std::max(relative_from, s_.actors[r].last_chunk + 1);
    }
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
  // "offered to host talks during a phone call with Putin": what the clause
  // tells happened during the call, so its subject was on it (English; "before
  // the talks" still frames another event).
  const bool during = !arabic_ && !verb && t.type != MeetingType::kSummit && t.type != MeetingType::kVisit &&
                      has_word("frame") && framed_noun(tc) && has_word("during") && during_before(tc);
  const bool framed = (!verb && has_word("frame") && framed_noun(tc) && !during) || venue_summit;
  if (framed) rule += "+frame"sv;
  const bool after_visit = verb && !host_verb && i > 0 && triggers_[i - 1].type == MeetingType::kVisit &&
                           !(triggers_[i - 1].flags & Entry::kVerb);
  // "..., and the two leaders last spoke in a video call": a pair named
  // after the previous trigger, in English, is this meeting's subject.
  bool pair_between = false;
  if (!arabic_ && !verb && left.empty() && !pair_word && i > 0 && has_word("leader_pair"))
    for (size_t c = lo; c < tc && !pair_between; ++c) pair_between = word(c, "leader_pair");
  if (pair_between) {
    pair_word = true;
    rule += "+pair-before"sv;
  }
  // "met Biden at the Group of Seven summit, a day after holding his first
  // talks with Modi": "his" is a person, the subject of the verb before, not
  // the organisation of the summit between them (English).
  if (left.empty() && !verb && !arabic_ && !framed && i > 0 && !has_person(subjects_[i - 1]) && possessor_before(tc))
    for (size_t j = i; j-- > 0 && left.empty();)
      if ((triggers_[j].flags & Entry::kVerb) && has_person(subjects_[j])) {
        left = subjects_[j];
        rule += "+possessor"sv;
      }
  // (Marks read again below are remembered here: finding them in the rule cost a search each trigger.)
  bool previous_subject = false;
  if (left.empty() && (!verb || after_visit) && !framed && !reference && i > 0 && lo > clause_lo &&
      !subjects_[i - 1].empty() && !pair_between) {
    left = subjects_[i - 1];
    rule += "+previous-subject"sv;
    previous_subject = true;
  }
  // "Rice ... became the first to visit Libya, meeting Gadhafi": a participle
  // after a comma has the clause's subject.
  if (left.empty() && !verb && !right.empty() && tc > clause_lo && punct(tc - 1, ',')) {
    bool ignored = false;
    left = clause_subject(clause_lo, tc, &ignored);
    if (!left.empty()) rule += "+participle"sv;
  }
  if (left.empty() && during && !right.empty()) {
    bool ignored = false;
    left = clause_subject(clause_lo, tc, &ignored);
    for (int r : right) left.erase(std::remove(left.begin(), left.end(), r), left.end());
    if (!left.empty()) rule += "+during"sv;
  }
  // "وصل البابا إلى بغداد حيث استقبله الكاظمي، قبل أن يلتقي صالح": a verb
  // after "before/after that" with no subject of its own continues the
  // subject of the sentence's first verb, who the story follows.
  if (left.empty() && verb && arabic_ && i > 1 && tc >= 2 && word(tc - 1, "that") &&
      (word(tc - 2, "frame") || cue(tc - 2, "past")) && (triggers_[0].flags & Entry::kVerb) && !subjects_[0].empty()) {
    left = subjects_[0];
    rule += "+story-subject"sv;
  }
  // "..., كما زار أردوغان قطر": a person right after an Arabic verb is its
  // subject; the first actor of the clause before it is another verb's object.
  const bool subject_after_verb = arabic_ && verb && !right.empty() && s_.actors[right.front()].first_chunk == tc + 1 &&
                                  s_.actors[right.front()].actor >= 0 &&
                                  lex_.actors()[s_.actors[right.front()].actor].kind == ActorKind::kPerson;
  if (left.empty() && !pair_word && !framed && !reference && (!right.empty() || !verb) && !subject_after_verb) {
    bool opening_pair = false;
    std::vector<int> subject = clause_subject(lo, tc, &opening_pair);
    if (opening_pair && right.empty()) pair_word = true;
    // "bin Salman will stay on for a state visit to India": a visit noun's
    // destination stands for its other party (English).
    // So does a place there ("accepted an invitation to visit Seoul").
    const bool destined = !arabic_ && visit && !verb && (destination >= 0 || place_right_after(tc));
    if (subject.size() >= 2 || (!subject.empty() && (!right.empty() || destined))) {
      left = std::move(subject);
      rule += "+clause-subject"sv;
    }
  }
  // "Xi and Putin skipped the summit, sending Li and Lavrov instead": who
  // stayed away takes no part in it.
  if (absent_chunk > 0 && !left.empty()) {
    left.clear();
    rule += "+absent-subject"sv;
  }
  // "وصل المبعوث هوكشتاين إلى بيروت": Arabic puts the subject after the verb.
  // An earlier event told after "since" is its own people's ("منذ زيارة لي ... حين التقى نودا"),
  // or, with none, leaves the clause's subject to the verbs after it.
  if (since_event && left.empty() && right.empty() && i > 0) subjects_[i] = subjects_[i - 1];
  else if (left.empty() && (verb || since_event) && arabic_ && !right.empty()) subjects_[i].assign(1, right.front());
  else subjects_[i] = left;  // copied into the room the previous sentence left
  std::vector<int> inviters;
  if (invited && invite_chunk > lo) {
    bool ignored = false;
    inviters = left_group(invite_chunk, lo, &ignored, true);
  }
  // "met Sharon and Abbas ..., and conveyed invitations from Bush for each
  // leader to visit the White House": the inviter follows "from", and "each"
  // is each person the sentence named before the invitation: one invitation
  // each, the inviter the host (English).
  bool each_invited = false;
  if (!arabic_ && invited && visit && invite_chunk + 1 < tc && word(invite_chunk + 1, "origin")) {
    const int from = object_after(invite_chunk + 2);
    bool each = false;
    for (size_t c = invite_chunk + 1; c < tc && !each; ++c) each = tokens_[chunk(c).begin].token.norm == "each";
    std::vector<int> guests;
    for (size_t r = 0; r < s_.actors.size() && each && from >= 0; ++r) {
      const ActorRef& ref = s_.actors[r];
      if (static_cast<int>(r) == from || ref.first_chunk < clause_lo || ref.last_chunk >= invite_chunk || ref.actor < 0 ||
          lex_.actors()[ref.actor].kind != ActorKind::kPerson || std::find(subjects_[0].begin(), subjects_[0].end(), r) != subjects_[0].end())
        continue;
      guests.push_back(static_cast<int>(r));
    }
    if (guests.size() >= 2) {
      inviters = {from};
      left.clear();
      right = guests;
      each_invited = true;
      rule += "+each-invited"sv;
    }
  }
  auto& refs = refs_;  // the previous trigger's vector, emptied: its room is reused
  refs.clear();
  auto add = [&](int r, ParticipantRole role) {
    if (companion_before(s_.actors[r].first_chunk)) return;
    // "ترأس القمة ولي العهد نيابة عن الملك سلمان": the king was represented, not there.
    // (Unless the meeting is told of him in a relative clause: "رسالة من السيسي، الذي كان قد أجرى اتصالاً بالأسد".)
    if (s_.actors[r].first_chunk > 0 && word(s_.actors[r].first_chunk - 1, "on_behalf") && !relative_subject_found) return;
    for (auto& [existing, _] : refs)
      if (existing == r) return;
    refs.emplace_back(r, role);
  };
  const bool guest_verb = t.flags & Entry::kGuest;
  int pronoun_object = -1;
  // "زار فيصل دمشق، حيث استقبله الأسد": with the clause's subject before and the
  // verb's own after, the pronoun is that subject, already a party.
  if ((t.flags & Entry::kObjectPronoun) && !(has_person(left) && has_person(right)))
    pronoun_object = pronoun_referent(tc, left, right, false);
  else if (const int h = has_word("honorific") || has_word("honorific_leader") ? honorific_object(tc, hi) : -1;
           h >= 0 && right.empty())
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
    rule += "+named-summit"sv;
    if (tc > 0 && cue(tc - 1, "sideline")) rule += "+frame"sv;
    else if (tc > 0 && word(tc - 1, "in") && i > 0 && triggers_[i - 1].chunk >= clause_lo &&
             triggers_[i - 1].type != MeetingType::kVisit)
      rule += "+frame"sv;  // "على هامش قمة العشرين": the frame of another meeting
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
  if (!left.empty()) rule += "+subject"sv;
  if (pronoun_object >= 0) rule += "+pronoun-object"sv;
  if (!right.empty()) rule += "+object"sv;
  // "The meeting of Australia, the United States, India and Japan had been
  // scheduled for May 24": a cue right after a meeting noun's people is as
  // near it as one right after the noun (English).
  if (!arabic_ && !verb && !right.empty() && !m.status_cued && mt.status == Status::kOccurred && has_cue("planned")) {
    const size_t after = s_.actors[right.back()].last_chunk + 1;
    for (size_t c = after; c < hi && c <= after + 3 && !m.status_cued; ++c)
      if (cue(c, "planned")) mt.status = Status::kPlanned, m.status_cued = true;
  }
  if (!inviters.empty()) rule += "+inviter"sv;

  // The meeting's participants from the refs gathered so far, each once.
  // Each is asked first whether it is there already, by the key and name it
  // would have, and only then written, in its place: building one to compare,
  // then moving it in, cost more than the strings it holds.
  auto emit_participants = [&] {
    mt.participants.reserve(refs.size());
    for (auto& [r, role] : refs) {
      const ActorRef& ref = s_.actors[r];
      const std::string_view key = ref.actor >= 0 ? std::string_view(lex_.actors()[ref.actor].id) : std::string_view();
      const std::string_view name = ref.actor >= 0 ? std::string_view(lex_.actors()[ref.actor].name_en) : std::string_view(ref.unknown_name);
      bool dup = false;
      for (const auto& q : mt.participants) dup = dup || (q.key.empty() ? q.name == name : q.key == key);
      if (!dup) participant_onto(ref, role, mt.participants);
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
  // ("... برئاسة X، بمشاركة Y وZ"). Up to six of them, or twelve for a summit,
  // whose lists of leaders run long; more is a paragraph of context.
  // "met Khamenei on Thursday, on the second day of a visit ...": a visit
  // noun sharing the previous verb's subject is that person's journey; its
  // host is the place's country (below), not whoever else the clause names (English).
  // So is the trip of a relative clause's subject ("Albanese, who was sworn in on Monday and flew to Tokyo").
  const bool journey_of_subject = visit && !arabic_ && ((!verb && previous_subject) || relative_subject_found);
  bool loose_gathered = false;
  if (mt.participants.size() < 2 && !pair_word && !agent && !framed && !journey_of_subject) {
    const size_t begin = reference ? tc + 1 : std::max(lo, absent_chunk);
    const std::vector<int>& loose = clause_actors(tc, begin, hi, named_place);
    if (loose.size() >= 2 && loose.size() <= (t.type == MeetingType::kSummit ? 12u : 6u)) {
      for (int r : loose) add(r, ParticipantRole::kParty);
      emit_participants();
      rule += "+clause-actors"sv;
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
      rule += "+told"sv;
    }
  }
  bool by_adjectives = false;
  if (mt.participants.size() < 2 && !visit) {
    if (auto by_adjective = adjective_participants(t.type, tc, lo, hi); by_adjective.size() >= 2) {
      mt.participants = std::move(by_adjective);
      rule += "+adjectives"sv;
      by_adjectives = true;
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

  std::string place_text;
  const int place = place_of(i, scope, destination, sideline ? std::optional<size_t>(sideline_chunk) : std::nullopt,
                             host_state, &place_text, &rule);
  places_[i] = place;
  if (place >= 0) {
    const auto& pl = lex_.places()[city_of(place)];
    // Built in place, the words moved in: a temporary and a copy of them each cost an allocation.
    mt.location.emplace(pl.id, pl.name_en, std::move(place_text));
  }
  if (place < 0 && visit && mt.status == Status::kInvited) invited_to_inviters_state(mt, rule);
  // "قمة ... عقدت عبر الاتصال المرئي": a summit held by video has no one place.
  bool call_after = false;
  // (Looked for only where it matters: an Arabic summit in a sentence with a call cue.)
  if (arabic_ && t.type == MeetingType::kSummit && has_cue("call"))
    for (size_t c = tc + 1; c < hi && !call_after; ++c) call_after = cue(c, "call");
  if (arabic_ && call_after && t.type == MeetingType::kSummit) {
    mt.location.reset();
    rule += "+virtual"sv;
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
    for (const auto& p : mt.participants) organisation = organisation || std::string_view(p.kind) == "organisation";
    if (!represented && !organisation && st >= 0 && !mt.participants.empty() && !visitor_is_host) {
      // (The place's words are in the location: a visit is never made virtual above, only a summit.)
      mt.participants.push_back(state_participant(lex_, st, ParticipantRole::kHost, mt.location->text));
      rule += "+host-country"sv;
    }
  }

  // Date: the clause's date expression nearest the trigger, read as past or
  // future according to the status.
  // A meeting is mostly called off before it happens: a cancelled one is read as future too.
  // So is a present tense ("when they meet on Thursday"): a date after the
  // report then makes it planned (below).
  // ("travelled to Pyongyang to meet Kim on May 9": after "to" the form tells no tense.)
  const bool present = (t.flags & Entry::kPresent) && !(tc > 0 && word(tc - 1, "to"));
  const bool future = mt.status == Status::kPlanned || mt.status == Status::kInvited || mt.status == Status::kCancelled || present;
  int best_score = 0;
  const DateRef* best = date_of(i, scope,
                                DateNeeds{future, sideline || to_summit, framed, mt.status == Status::kOccurred, relative_from},
                                &best_score);
  // "met Biden on the final day of the G7 summit": that day is not when the
  // summit began, the date it is known by (English).
  if (!arabic_ && !verb && t.type == MeetingType::kSummit && has_word("day_of") && summit_day_before(tc)) best = nullptr;
  // "the call came ahead of security talks in Geneva on Jan. 10", filed in
  // late December: a meeting framed as coming after the clause's event, on a
  // day and month whose past reading lies over a month back, is the next one.
  const bool ahead = !arabic_ && framed && !verb && !m.status_cued && best && !future && best->future != best->past &&
                     !ctx_.date.empty() && ctx_.date.day && best->past.last_day() < ctx_.date.first_day() - 31;
  if (best) {
    mt.date = future || ahead ? best->future : best->past;
    mt.date_text = best->text;
    // A meeting dated after the report with no cue has not happened yet.
    if (!m.status_cued && !ctx_.date.empty() && ctx_.date.day && !mt.date.empty() &&
        mt.date.first_day() > ctx_.date.last_day()) {
      mt.status = Status::kPlanned;
      mt.date = best->future;
    }
  }
  // ("wrapped up two days of talks on Friday": talks told at their close too.)
  const bool told_at_close = mt.type == MeetingType::kSummit || mt.type == MeetingType::kTalks;
  if (best && told_at_close && mt.status == Status::kOccurred && mt.date.day) {
    if (const int back = has_word("closing") ? days_before_close(clause_lo, clause_hi, tc) : 0; back > 0) {
      mt.date = civil_from_days(days_from_civil(mt.date.year, mt.date.month, mt.date.day) - back);
      rule += "+first-day"sv;
    }
  }
  // "أرجأ زيارة كانت مقررة غداً إلى العاشر من مارس", "postponed the visit to
  // next month": put off to a new date, the meeting is planned for it.
  if (postponed && mt.status == Status::kCancelled)
    if (const DateRef* to = date_after_to(postponed_chunk, clause_hi)) {
      mt.status = Status::kPlanned;
      mt.date = to->future;
      mt.date_text = to->text;
      rule += "+postponed-to"sv;
    }
  // "ويتوجه ترمب بعد ذلك إلى الدوحة", "ويلتقي بايدن نظيره الصيني": an Arabic imperfect
  // travel or meeting verb with no cue and no date before the report's day tells a trip or meeting still to come.
  // ("أول رئيس أجنبي يزور لبنان منذ الكارثة" describes the visit under way: no trip to come;
  // nor does a headline's, the tense of news: "الملك يستقبل رئيس الحكومة الإسبانية";
  // nor a relative clause's: "ماكرون، الذي يزور المملكة في المحطة الأخيرة من جولة".)
  if (arabic_ && verb && word(tc, "imperfect") && !m.status_cued && mt.status == Status::kOccurred &&
      !first_to(tc) && index_ > 0 && !(tc > 0 && word(tc - 1, "relative")) &&
      !ctx_.date.empty() && ctx_.date.day && (!best || best->future.first_day() >= ctx_.date.first_day())) {
    mt.status = Status::kPlanned;
    if (best) mt.date = best->future;
    rule += "+imperfect"sv;
  }
  if (mt.status == Status::kOccurred) {
    std::string text;
    size_t phrase = 0;
    // Only a date nothing nearer gave, or the anchor's own: "بعد يومين من لقاء" dates the meeting by it.
    if (Date d = interval_date(clause_lo, tc, &text, &phrase);
        !d.empty() && (!best || best_score >= 60 || best->last_chunk < phrase)) {
      mt.date = d;
      mt.date_text = text;
      rule += "+interval-after"sv;
    }
  }
  if (sideline) {
    // The event's name runs to its place, date or the clause's end ("the G7
    // summit in Hiroshima", "قمة مجموعة العشرين في أوساكا"), past the summit
    // word itself though that is the next trigger.
    size_t last = sideline_chunk + 1;
    while (last + 1 < clause_hi && last < sideline_chunk + 6 && !sideline_name_ends(last + 1)) ++last;
    // "on the sidelines on Saturday" names no event: the phrase stands for it.
    if (last >= n_chunks_ || sideline_name_ends(last)) last = sideline_chunk;
    mt.sideline_of = s_.source(last == sideline_chunk ? sideline_chunk : sideline_chunk + 1, last);
    rule += "+sideline"sv;
  }
  // "... Blinken and Lavrov when they meet": "they" after a pair of people
  // named in the same sentence is that pair ("the two sides" may be their
  // countries, whose leaders meet).
  if (pair_word && mt.participants.empty() && plural_pronoun_before(tc)) {
    for (int r : pair_before(tc)) add(r, ParticipantRole::kParty);
    emit_participants();
    if (!mt.participants.empty()) rule += "+pair-in-sentence"sv;
  }
  // "their first meeting" with nobody named: the pair the article is about.
  if (mt.participants.empty() && !verb && has_word("possessive") && possessive_before(tc)) pair_word = true;
  // "قبل أن يلتقيا مجدداً": an Arabic dual verb carries its pair as subject.
  // (Not a discussing verb: "إنهما بحثا" tells what a meeting told before was about.)
  if (mt.participants.empty() && verb && arabic_ && dual_verb(tc) && !word(tc, "topic")) pair_word = true;
  m.pair_word = pair_word;
  // "met Wunna Maung Lwin in Bangkok on Feb. 24 in talks also attended by Don Pramudwinai" (English).
  m.names_previous_verb = !arabic_ && !verb && previous_subject && tc > 0 && word(tc - 1, "in") &&
                          (triggers_[i - 1].flags & Entry::kVerb) && triggers_[i - 1].chunk >= clause_lo;
  // ("رئيس هيئة الأركان المصري": a title with a complement is another office, someone the lexicon lacks.)
  if (mt.participants.empty() && verb && arabic_ && has_kind(EntryKind::kTitle))
    for (size_t c = clause_lo; c + 1 < hi && !m.titled_subject; ++c)
      m.titled_subject = ref_at_[c] < 0 && chunk(c).has(EntryKind::kTitle) && adjective(c + 1);
  for (size_t c = lo; c < hi && pair_word; ++c) m.leader_pair = m.leader_pair || word(c, "leader_pair");
  for (size_t c = clause_lo; c < tc && pair_word && m.group_size == 0; ++c) m.group_size = group_word(c);
  for (size_t c = clause_lo; c < tc && pair_word; ++c)
    if (counted_title(c) > 0) m.group_states = counted_states(c);
  if (pair_word && mt.participants.empty()) m.recent_pair = recent_pair();
  // "Putin and Zelensky held a separate one-on-one meeting": a pair's own
  // meeting, not part of the larger one of theirs the article tells (merge).
  if (separate && !verb && mt.participants.size() == 2 && mt.type != MeetingType::kCall) rule += "+apart"sv;
  // A phone call is between two parties: "will call X and Y" is two calls
  // ("held a call with A, B, C and D", one call named, is one).
  const bool calls_each = mt.type == MeetingType::kCall && verb && left.size() == 1 && !names_one_call(tc);
  if ((separate || calls_each) && !left.empty() && right.size() >= 2) {
    m.separate_after = static_cast<int>(left.size() + inviters.size());
    // "فزار باماكو وواغادوغو، حيث التقى غويتا وتراوري على التوالي": each met
    // in the place the journey before named in the same turn.
    if (separate && i > 0 && triggers_[i - 1].type == MeetingType::kVisit) {
      std::vector<Location> stops;
      for (const auto& p : s_.places)
        if (p.chunk > triggers_[i - 1].chunk && p.last_chunk < tc && p.place >= 0) stops.push_back(location_of(p));
      if (stops.size() == right.size()) m.guest_places = std::move(stops);
    }
  }
  // "ولم يشارك X وY ... إلا أن ميركل التقت كلاً منهما على حدة": the people
  // the separate meetings were with are told before the verb, gathered loosely.
  if (separate && left.size() == 1 && right.empty() && inviters.empty() && loose_gathered &&
      mt.participants.size() >= 3 && mt.participants.front().key == participant(s_.actors[left.front()], ParticipantRole::kParty).key)
    m.separate_after = 1;
  // "met Modi on Tuesday and Pezeshkian on Wednesday": one meeting per object, on its own date.
  const auto dates = verb && !left.empty() && mt.participants.size() == inviters.size() + left.size() + right.size()
                         ? respective_dates(tc, right)
                         : std::vector<const DateRef*>{};
  if (!dates.empty()) {
    m.separate_after = static_cast<int>(left.size() + inviters.size());
    for (const DateRef* d : dates) m.guest_dates.push_back({future ? d->future : d->past, d->text});
    rule += "+respective-dates"sv;
  }
  const auto places = verb && !left.empty() && dates.empty() &&
                              mt.participants.size() == inviters.size() + left.size() + right.size()
                          ? respective_places(right)
                          : std::vector<const PlaceRef*>{};
  if (!places.empty()) {
    m.separate_after = static_cast<int>(left.size() + inviters.size());
    for (const PlaceRef* p : places) m.guest_places.push_back(location_of(*p));
    rule += "+respective-places"sv;
  }
  if (visit && !to_summit && verb && !left.empty() && inviters.empty() && m.separate_after == 0 && !arabic_) {
    const auto stops = tour_stops(tc, clause_hi);
    if (!stops.empty()) {
      mt.participants.clear();
      for (int r : left) mt.participants.push_back(participant(s_.actors[r], ParticipantRole::kGuest));
      m.separate_after = static_cast<int>(mt.participants.size());
      for (int r : stops) {
        const auto& st = lex_.actors()[s_.actors[r].actor];
        mt.participants.push_back(state_participant(lex_, s_.actors[r].actor, ParticipantRole::kHost, s_.actors[r].text));
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
      rule += "+tour"sv;
    }
  }
  // "Macron and Starmer each visited the White House, on Monday and Thursday
  // respectively": one visit per subject, each on its own date if told.
  if (visit && verb && !arabic_ && left.size() >= 2 && m.separate_after == 0 && tc > 0 &&
      tokens_[chunk(tc - 1).begin].token.norm == "each") {
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
      rule += "+each"sv;
    }
  }
  if (each_invited) m.separate_after = 1;
  if (!verb && comes_after(tc)) {
    mt.date = {};
    mt.date_text.clear();
    mt.location.reset();
    rule += "+comes"sv;
  }
  arabic_tour(tc, hi, m);
  leaders_of_states(mt);
  holders_on_meeting_day(mt);
  m.anaphoric = mt.participants.size() < 2;
  double confidence = 0.85;
  for (const auto& [r, _] : refs) {
    const std::string_view how = s_.actors[r].how;  // compared by length first, unlike a string with a literal
    if (how == "fuzzy+context" || how == "title-anaphora" || how == "discovered" || how == "pronoun") confidence -= 0.1;
  }
  if (by_adjectives) confidence -= 0.05;
  mt.confidence = std::clamp(confidence, 0.3, 0.95);
  rule.into(mt.rule);
  return true;
}

void find_mentions(const AnalysedSentence& s, const ArticleContext& context, int sentence_index, size_t dateline_chunks,
                   std::vector<Mention>& out) {
  // Straight into the article's mentions: run() tells this sentence's own by
  // where they start, and a detour through a vector of the sentence's own
  // moved every mention once more.
  SentenceMentions(s, context, sentence_index, dateline_chunks).run(out);
}

}  // namespace diplograph::extract

