// The rules that read one sentence's meeting mentions. Shared by the files
// that implement them (one concern each: mentions.cpp builds a mention from a
// trigger; mention_clauses, mention_participants, mention_places and
// mention_dates hold the readings it asks for). Private to src/extract.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analyse.h"
#include "mention.h"
#include "rule_text.h"

namespace diplograph::extract {

using lexicon::ActorKind;
using lexicon::Entry;
using lexicon::EntryKind;

struct Trigger {
  size_t chunk;
  MeetingType type;
  uint8_t flags;
  std::optional<size_t> host_verb;  // "Putin hosted the BRICS summit": the hosting verb of a meeting noun
};

class SentenceMentions {
 public:
  SentenceMentions(const AnalysedSentence& s, const ArticleContext& ctx, int index, size_t dateline)
      : s_(s), chunks_(s.chunks.data()), n_chunks_(s.chunks.size()), tokens_(s.tokens.data()), ctx_(ctx), lex_(ctx.lex),
        index_(index), dateline_(dateline),
        // Gathered by make_chunks: they spare the rules a look at each chunk's
        // entries, as they ask cue() of every chunk many times, mostly for effects the sentence has none of.
        has_trigger_(s.masks.has_trigger), any_cue_(s.masks.any_cue), words_(s.masks.words), kinds_(s.masks.kinds),
        has_interval_(s.masks.has_interval) {
    std::copy(std::begin(s.masks.cue_tags), std::end(s.masks.cue_tags), cue_tags_);
  }

  SentenceMentions(const SentenceMentions&) = delete;
  SentenceMentions& operator=(const SentenceMentions&) = delete;

  // The sentence's mentions, appended to `out` (the article's so far, which the rules leave alone).
  void run(std::vector<Mention>& out);

  // "وقّع عبدالله بن زايد المعاهدة بحضور ترامب ونتنياهو": an Arabic signing
  // done in the presence of others is a meeting of the signer and those
  // present; a signing told with fewer people ("ووُقّع الاتفاق بحضور وانغ يي")
  // adds them to the meeting before it, as attendees do.
  void arabic_signing(std::vector<Mention>& out) const;

  // One leg of a tour takes place in the state visited.
  void tour_leg(Meeting& leg, const Participant& state) const;

  // "The US delegation was led by Rubio, with Waltz and Witkoff; the Russian
  // one by Lavrov": a sentence naming who made up the delegations adds them to
  // the meeting before it (see merge_mentions). So does an English sentence
  // without a meeting word telling of people on a summit's sidelines.
  void delegation(std::vector<Mention>& out) const;
  // True if the sentence tells `ref`'s person stayed away ("غاب X", "X skipped"):
  // no member of the delegations it lists.
  bool told_absent(const ActorRef& ref) const;

  // "Putin invited Bush to Russia": an invitation to a place with no meeting
  // word is an invitation to visit it, the inviter the host (English).
  void invitation_to_place(std::vector<Mention>& out) const;

 private:
  // ---- chunk predicates
  const Chunk& chunk(size_t c) const { return chunks_[c]; }

  // Inlined (these two): asked several times of every chunk, where the call cost more than the test.
  [[gnu::always_inline]] bool punct(size_t c, char p) const { return c < n_chunks_ && tokens_[chunk(c).begin].token.is_punct(p); }

  // The sentence-wide mask first: a loop asking for a role no chunk has ends at once.
  // A chunk's role bits come from the phrase its entries are (PhraseIndex::Hit): exactly the
  // roles of its word entries, so the bit answers without the walk over them. All bits set
  // means they were not made: then the entries are read.
  [[gnu::always_inline]] bool word(size_t c, lexicon::Tag role) const {
    if (role.id() >= 64) return c < n_chunks_ && chunk(c).word(role);  // (no bit: none is, today)
    if (!has_word(role) || c >= n_chunks_) return false;
    const Chunk& ch = chunk(c);
    if (!ch.entries || !((ch.roles >> role.id()) & 1)) return false;
    return ch.roles != ~uint64_t{0} || ch.word(role);
  }
  bool glued_and(size_t c) const { return c < n_chunks_ && tokens_[chunk(c).begin].glued_and; }

  // ---- mention_clauses.cpp: clauses of a sentence

  // Whether chunk `c` ends the name of the event a sideline phrase names (a
  // place, a date, punctuation, another verb or a person).
  bool sideline_name_ends(size_t c) const;
  // Inline like word(): most chunks have no entries and are answered at once
  // (forced: left to itself the compiler made a call of it in build()).
  [[gnu::always_inline]] bool cue(size_t c, lexicon::Tag effect = lexicon::Tag::any()) const {
    if (effect.is_any() ? !any_cue_ : !has_cue(effect)) return false;
    if (c >= n_chunks_ || !chunk(c).entries || !((chunk(c).kinds >> static_cast<unsigned>(EntryKind::kCue)) & 1)) return false;
    for (const auto& e : *chunk(c).entries)
      if (e.kind == lexicon::EntryKind::kCue && (effect.is_any() || e.has_tag(effect))) return true;
    return false;
  }
  bool in_date(size_t c) const;

  // A word the lexicon does not know, or an ordinal ("الثاني") that dates
  // nothing here: read like any other plain word.
  bool plain(size_t c) const;

  bool only_light_between(size_t from, size_t to) const;
  bool topic_before(size_t c) const;

  // An Arabic definite meeting noun governed by the plain noun before it
  // ("نتائج القمة", "انتهاء الجولة") names a meeting the article already
  // reported: its people are not the clause's actors before it.
  bool construct_reference(size_t tc, bool verb) const;

  // The article ال, possibly behind one proclitic (و ف ب ك) or as لل.
  static bool definite(std::string_view w);

  // The actor an Arabic speech verb introduces, over the title and the
  // organisation it is written with ("أعلن الأمين العام للأمم المتحدة غوتيريش").
  bool speaker(const ActorRef& ref) const;

  // "وتناول اللقاء ... مفاوضات تونس مع صندوق النقد": a meeting noun told as
  // what an earlier meeting of the sentence discussed is a topic, not a meeting.
  // A call noun after "in" later in the clause ("بحث ... مع نظيره، في اتصال
  // هاتفي", "discussed ... in a phone call"): the talks of trigger i were that call.
  bool held_in_call(size_t i, size_t clause_hi) const;
  // "اجتماعاً تشاورياً ... لبحث عودة سوريا": a talks verb with a glued
  // "ل" after a meeting word of its clause is that meeting's purpose.
  bool arabic_purpose(size_t i, size_t clause_lo, size_t tc) const;
  bool arabic_topic(size_t i, size_t clause_lo, size_t tc, bool verb) const;

  // "وتأتي المحادثات بعد رسالة بعث بها ترامب إلى خامنئي": the first "after"
  // past the trigger that opens another event (not a time: "بعد ظهر اليوم")
  // ends what the trigger may gather loosely; `hi` if there is none.
  size_t after_clause(size_t tc, size_t hi) const;

  bool skippable(size_t c) const;
  void find_triggers_and_cuts();

  // The subject of the verb hosting meeting noun `t` ("Putin hosted the summit").
  std::vector<int> hosts_of(const Trigger& t, size_t lo) const;

  // A hosting verb ("hosted", "will host") whose object, over articles,
  // adjectives and an actor naming it, is a meeting noun: that noun's chunk.
  std::optional<size_t> hosted_meeting_noun(size_t verb, const Entry& t) const;

  // "القمة العربية", "القمة الخليجية": a summit word that names the
  // organisation whose summit it is (one chunk, both a trigger and the actor).
  bool summit_named_for(size_t c) const;

  std::optional<size_t> hosting_verb_of(size_t noun) const;

  // "On the sidelines of the summit, Putin met ...": a sideline phrase opening
  // the clause and closed by a comma frames the verb after it: the cue's chunk.
  std::optional<size_t> leading_sideline(size_t clause_lo, size_t tc) const;

  // "held talks last April at the Summit of the Americas in Panama City": a
  // meeting told "at" the summit noun right after it was held on its
  // sidelines. The chunk of "at", or nothing (English).
  std::optional<size_t> at_summit(size_t i) const;

  // An appositive: a short comma-bounded phrase without actors right after an
  // actor and right before a meeting verb ("Putin, the summit's host, met").
  // Stored as (opening comma, closing comma).
  void find_appositives();

  bool verb_trigger_at(size_t c) const;

  // The closing comma of the appositive holding chunk `c` (0 if none).
  size_t appositive_close(size_t c) const;

  // The opening comma of the appositive closed at chunk `c` (0 if none).
  size_t appositive_open(size_t c) const;

  // Quotation marks bound quoted speech; a few quoted words inside a phrase
  // ('a "lengthy and highly productive" phone call') are no boundary.
  void cut_at_quotes(const std::vector<size_t>& quotes);

  bool named_meeting_quote(size_t open, size_t close) const;
  bool speech_or_trigger_between(size_t from, size_t to) const;

  // The "that" opening the words reported by an Arabic speech verb at `c`, a
  // few words on (past the speaker), or `c` if there is none.
  size_t reported_clause(size_t c) const;

  // True if an actor comes right after `c`, past titles and adjectives ("called Ukrainian President Zelensky").
  bool actor_follows(size_t c) const;

  // The trigger is the verb of an infinitive ("to meet"), or the object of one
  // ("to broker direct talks"); but "travelled to Moscow to meet Putin" tells
  // the purpose of a trip, which shares the trip's status.
  bool infinitive(size_t tc, bool verb) const;

  bool next_before(size_t tc) const;

  // A frame word ("before", "ahead of") opens the noun phrase of trigger `tc`.
  bool framed_noun(size_t tc) const;
  // A word of `role` up to three words before `tc`, over articles, light words and modifiers.
  bool word_over_modifiers(size_t tc, lexicon::Tag role) const;

  // "on the final day of the Group of Seven summit": "day of" (not the first
  // day) opens the noun phrase of trigger `tc`, over the organisation naming it.
  bool summit_day_before(size_t tc) const;

  // "at" opens the noun phrase of trigger `tc` ("at the G20 summit").
  bool at_before(size_t tc) const;

  // The frame word opening the noun phrase of trigger `tc` is "during".
  bool during_before(size_t tc) const;

  bool verb_trigger_before(size_t c) const;

  // The place after "in"/"at" nearest the trigger `tc` within [lo, hi), or
  // `place` if already known; a city then refines its own country. Places
  // further off belong to other phrases ("a ceasefire in Idlib ... after talks
  // in the Kremlin"), and so does a place before "after X talks": it is where
  // the main clause happened.
  // ", calling for a halt to operations in Gaza": an English participle after
  // a comma tells what someone did at the meeting, and its places are not where.
  bool participle_between(size_t from, size_t to) const;

  // The first relative word after a place after the trigger, or `hi`: the
  // actors of "from Brussels, where he had attended a NATO summit" belong to
  // what happened there (but "the summit, which King Salman chaired" tells of
  // the summit itself).
  // ", Eritrea's information minister said.": who reports a meeting after it
  // takes no part in it. The comma opening that attribution, or `hi` (English).
  size_t attribution_start(size_t tc, size_t hi) const;

  size_t relative_after(size_t tc, size_t hi) const;

  // A topic phrase ("on" not opening a date) between the trigger and `to`
  // ("about" is left alone: "met for about four hours at Filoli").
  // An Arabic topic word does the same ("محادثات ... تناولت الأوضاع في ليبيا").
  bool topic_between(size_t tc, size_t to) const;

  // "the first meeting since their countries restored ties in March": the
  // date bounds the time since another event.
  bool after_since(size_t c) const;
  // "pledged on Tuesday ..., frozen after Turkey shot down a jet last November, in their first
  // meeting": a date inside an English clause opened by after/before that closes before the trigger.
  bool in_earlier_subclause(size_t date, size_t tc) const;
  // "وتأتي الزيارة بعد ...", "The visit comes two weeks after ...": the dates and
  // places told after it are the earlier events', the meeting is one told before.
  bool comes_after(size_t tc) const;
  // "جولة" after talks in the sentence ("الجولة التاسعة من المفاوضات ... وهي جولة"): a round of those
  // talks, no meeting of its own and no tour.
  bool round_of_talks(size_t c) const;
  // "أول رئيس أجنبي يزور", "آخر رئيس وزراء يزور": "the first / last ... to" right before an Arabic verb.
  bool first_to(size_t tc) const;
  // An Arabic verb in the dual ("التقيا", "يلتقيان", "اجتمعا"): its subject is a pair.
  // A place named right after chunk `tc`, or after "to" there ("visit Seoul", "a visit to Seoul").
  bool place_right_after(size_t tc) const;
  bool dual_verb(size_t tc) const;
  // The chunk of "أول" (or "آخر") in "أول زعيم (من X) يزور" before trigger `tc`, else 0.
  size_t first_word_before(size_t tc) const;

  // A word of `role` strictly between chunks `from` and `to`: "since" (what
  // follows tells of another event, "the first to visit China since Biden
  // took office"), "and", a place noun.
  bool word_between(size_t from, size_t to, lexicon::Tag role) const;
  bool since_between(size_t from, size_t to) const { return word_between(from, to, "since"); }
  bool and_between(size_t from, size_t to) const { return word_between(from, to, "and"); }
  // "X، ثم Y": the objects `refs` (two or more, in order) are met one after the other.
  bool sequence_between(const std::vector<int>& refs) const {
    return refs.size() >= 2 && word_between(s_.actors[refs.front()].last_chunk, s_.actors[refs.back()].first_chunk, "sequence");
  }
  // An Arabic word with the conjunction و or ف glued on ("فزار", "والتقى").
  bool conjunction_glued(size_t c) const {
    const Tok& t = tokens_[chunk(c).begin];
    return t.glued_and || (t.token.arabic && t.forms.count > 1 && t.token.norm.starts_with("\u0641"));
  }
  bool comma_between(size_t from, size_t to) const {
    for (size_t k = from + 1; k < to; ++k)
      if (punct(k, ',')) return true;
    return false;
  }

  bool planned_cue_before(size_t c) const;
  bool past_cue_between(size_t from, size_t to) const;

  // ---- mention_participants.cpp: who takes part in a meeting

  // The actor right after `c`, past titles, adjectives and light words: its ref, or -1.
  int object_after(size_t c) const;

  // Each of `objects` followed by its own date or place (`at` the chunk after
  // it), not all `alike`: one per object, in order; else none.
  template <typename Ref, typename At, typename Alike>
  std::vector<const Ref*> respective(const std::vector<int>& objects, At at, Alike alike) const {
    std::vector<const Ref*> found;
    for (int r : objects) {
      const Ref* x = at(s_.actors[r].last_chunk + 1);
      if (x == nullptr) return {};
      found.push_back(x);
    }
    for (const Ref* x : found)
      if (!alike(*x, *found.front())) return found;
    return {};
  }

  // "on", "about", "حول", "بشأن" before chunk `c`: what a meeting is about.
  // "the Gulf of Oman", "the University of Tehran": a country after "of" and
  // a capitalised word the lexicon does not know ends the name of something
  // else, and takes no part in a meeting.
  bool ends_proper_name(size_t c) const;

  bool all_states(const std::vector<int>& refs) const;

  // The refs connected to ref `r` by "and", commas and "with", walking in `dir`.
  // Objects (`objects`) stop before the next clause's subject.
  void extend_group(int r, int dir, size_t lo, size_t hi, std::vector<int>& group, bool objects = false) const;

  // The chunk of the person a title's complement leads to from chunk `n`
  // (plain words and an organisation between), else `n`.
  size_t holder_after_title(size_t n, size_t hi) const;
  // Walking left from a holder's name at `c`: the chunk of the title its
  // complement runs from ("وأمين سر اللجنة التنفيذية لمنظمة التحرير حسين الشيخ"), or `c`.
  size_t title_before_holder(size_t c, size_t lo) const;
  bool plural_pronoun_before(size_t tc) const;

  // The last two people before `tc` joined by "and", if they are just two.
  std::vector<int> pair_before(size_t tc) const;

  bool possessive_before(size_t tc) const;

  // "his first face-to-face talks": "his" or "her" opens the noun phrase of trigger `tc`.
  bool possessor_before(size_t tc) const;

  bool has_person(const std::vector<int>& refs) const;

  // The two people the article named last: whom "the two leaders" most likely means.
  std::vector<Participant> recent_pair() const;
  // "The leaders of the United States, Japan and India", "قادة مصر والأردن": a plural
  // leaders' title opens a list of states (at chunk c, the "of" after the title or the
  // first state), each taking part through its leader on the meeting's day.
  // The comma closing a person's description that a list goes on after ("X, this year's
  // chair of ASEAN, Y and Z"), or 0.
  size_t description_end(const ActorRef& ref, size_t hi) const;
  // A person from chunk `c` on (behind a title and its state), told with a day right after.
  bool dated_person_after(size_t c, size_t hi) const;
  bool led_after(size_t c) const;
  bool led_state(int r) const;
  void leaders_of_states(Meeting& mt) const;
  // "In June 2018, the U.S. president met ...": a person named by title alone
  // is whoever held that office on the meeting's date, not on the article's.
  void holders_on_meeting_day(Meeting& mt) const;

  // The ref is followed, over light words, by a meeting verb: its subject.
  bool subject_of_verb(int r) const;

  // Walks left from `from` over light words to the nearest actor group. A
  // noun may carry a few modifiers ("a lengthy and highly productive phone
  // call"); a verb right after "and" shares the previous verb's subject,
  // which `*coordinated` reports.
  std::vector<int> left_group(size_t from, size_t lo, bool* pair_word, bool verb, bool* coordinated = nullptr) const;

  // The clause's opening actor group, for a meeting noun far from its
  // subject: "Putin and Erdogan agreed to a ceasefire after six hours of talks".
  // A clause opened by "the two leaders" sets `*pair_word`.
  std::vector<int> clause_subject(size_t lo, size_t tc, bool* pair_word) const;

  // "Zarif, who had spent 17 days in talks with Kerry": the people a "who"
  // before trigger `tc` (with no actor, comma or other trigger between) refers
  // to; empty if none (English).
  std::vector<int> relative_subject(size_t lo, size_t tc) const;

  // Whom an attached object pronoun ("استقبله") stands for: the last person
  // named before the verb in the sentence, else the article's last person
  // named before it, who is not the verb's own subject.
  // `leader`: only a head of state or government will do ("فخامته").
  int pronoun_referent(size_t tc, const std::vector<int>& left, const std::vector<int>& right, bool leader) const;

  // "والتقى فخامته": an honorific right after the trigger is its object;
  // returns its chunk, -1 if none.
  int honorific_object(size_t tc, size_t hi) const;

  int pronoun_subject(size_t c) const;

  // Walks right from the trigger collecting actor groups joined by "with",
  // "between", "at the invitation of"; a country right after a visit word, or
  // after "to"/"in", is the destination rather than a participant. `*agent`
  // tells that the walk ended at the agent of another verb ("prepared by");
  // `*between` that the group follows "between".
  std::vector<int> right_groups(size_t from, size_t hi, bool visit, int* destination_ref, bool* pair_word,
                                bool* agent, bool* between) const;

  // "received Jordan's King Abdullah": the state at chunk `c` comes right
  // before a title or a person, and says whose they are (English).
  bool whose_state(size_t c) const;

  // "the four leaders", "all three men": how many people the group word at
  // chunk `c` names (English), else 0.
  int group_word(size_t c) const;
  // A pair or group word at chunk `c` ("the two sides", "the four leaders", "the two Korean leaders").
  bool names_group(size_t c) const;
  // "the two Korean leaders", "the three Gulf ministers": the size of the
  // group a plural title at chunk `c` names after a number and an adjective
  // or two (English), else 0.
  int counted_title(size_t c) const;
  // "two", "both", "three": the number a word at chunk `c` names, else 0.
  int number_word(size_t c) const;
  // Only adjectives and plain or hyphenated words between chunks `from` and
  // `to` ("No in-person meeting"), at most three.
  bool only_modifiers_between(size_t from, size_t to) const;
  // The ref right after the first "by" between `tc` and `hi`, else -1.
  int agent_after(size_t tc, size_t hi) const;
  // The states the adjectives of that counted title name ("Korean": both Koreas).
  std::vector<std::string> counted_states(size_t c) const;

  // "القمة الروسية- الكورية الشمالية", "US-China talks": states named by adjectives next to the trigger.
  std::vector<int> adjective_states(size_t t, size_t lo, size_t hi) const;
  // The meeting's participants read from those adjectives (their leaders for a
  // summit), or nothing when fewer than two states are named.
  std::vector<Participant> adjective_participants(MeetingType type, size_t tc, size_t lo, size_t hi) const;
  // The actors of the clause around the meeting word at `tc` from chunk `begin`
  // on, when no participant was read from its structure: the people, or one
  // person with the states and organisations (a loose list of those alone is no meeting).
  // (In a list kept per thread, good until the next call.)
  const std::vector<int>& clause_actors(size_t tc, size_t begin, size_t hi, bool named_place) const;

  Participant participant(const ActorRef& ref, ParticipantRole role) const;
  // The same, appended to `out` and built in its place there.
  void participant_onto(const ActorRef& ref, ParticipantRole role, std::vector<Participant>& out) const;

  // "X told Y" before chunk `tc`: the refs of X and Y, both people, or -1.
  std::pair<int, int> told_before(size_t tc) const;

  // "وشارك في القمة X وY"، "وحضر المؤتمر X": an attendance verb right before
  // a meeting noun has its subjects after the noun (verb-subject order).
  bool arabic_attendance(size_t tc, bool verb) const;

  // The attendees told after such a noun: every person, state or organisation
  // up to the next meeting word, past commas, titles, relative clauses and
  // "فيما حضر ..." (the list of who attended runs on); a state after "in"/"to"
  // or a topic word is a place or a subject, not an attendee.
  std::vector<int> attendees_after(size_t tc, size_t hi) const;
  // "وترأس القمة X، وشارك فيها كل من A وB": the chunk after an attendance
  // word and "فيها" told after the meeting noun at `tc`, else 0.
  size_t attendance_in_it(size_t tc) const;
  // "The Iraqi president, who first extended the invitation, met Francis":
  // chunk `c` lies in a relative clause about a person, closed before `tc` (English).
  bool in_person_relative(size_t c, size_t tc) const;
  // The chunk of the person "X, who ..." tells of, when chunk c is inside that
  // relative clause and a comma closes it before tc; kNoChunk otherwise.
  static constexpr size_t kNoChunk = static_cast<size_t>(-1);
  size_t relative_head(size_t c, size_t tc) const;

  // "الزيارة التي رافقه فيها رئيس الموساد": who accompanies a visitor is told
  // right after an Arabic companion word; he is not one of the meeting's parties.
  bool companion_before(size_t c) const;

  // ---- mention_places.cpp: where a meeting is

  // "in"/"to" before chunk `c`: a word, or a glued Arabic ب/ل, on the place or
  // on a place noun before it. Articles, adjectives, place nouns and "of" may
  // stand between ("in the Kremlin", "in the Swiss city of Lausanne",
  // "في مدينة فلاديفوستوك").
  bool prep_before(size_t c) const;

  bool noun_between(size_t from, size_t to) const { return word_between(from, to, "place_noun"); }
  // Inline, from the chunk's kinds (exact, as its roles are: see word()), asked of most chunks many times.
  bool adjective(size_t c) const {
    if (c >= n_chunks_) return false;
    const Chunk& ch = chunk(c);
    constexpr uint16_t kAdjectives = (1u << static_cast<unsigned>(EntryKind::kAdjective)) |
                                     (1u << static_cast<unsigned>(EntryKind::kAmbiguousAdj));
    if (!ch.entries || !(ch.kinds & kAdjectives)) return false;
    return ch.kinds != 0xFFFF || ch.has(EntryKind::kAdjective) || ch.has(EntryKind::kAmbiguousAdj);
  }
  bool place_at(size_t c) const;

  // "in Paris" between a subject and its meeting noun: "عقد السيسي في باريس قمة".
  bool place_adverbial(size_t c) const;

  // "met Sharon in Jerusalem and Abbas in Ramallah": each object met in its
  // own place. The place right after an object ("in X"), if any.
  const PlaceRef* place_from(size_t c) const;

  bool and_of_placed_objects(size_t c) const;
  std::vector<const PlaceRef*> respective_places(const std::vector<int>& objects) const;
  int refined_place(size_t lo, size_t hi, size_t tc, bool visit, bool verb, int place, std::string* text) const;

  // "talks on arms control in Geneva on Jan. 10": a city told with a date
  // after a topic phrase is where the meeting is, not part of the topic (English).
  bool dated_city(const PlaceRef& p) const;

  // "رئيس مجلس السيادة الانتقالي في السودان الفريق أول البرهان": a place
  // between an Arabic title and the name it introduces belongs to the title.
  bool in_title_phrase(size_t c) const;
  // ", who ..." after a person between trigger `tc` and chunk `to`: what
  // follows tells of that person, not of the meeting (English).
  bool person_relative_between(size_t tc, size_t to) const;

  // "مباحثات استضافتها العاصمة الصينية بكين", "القمة التي تستضيفها الرياض":
  // the place that hosts the meeting noun, named right after a hosting verb
  // that refers back to it (a dual one, "تستضيفهما", to both nouns before it,
  // up to the clause's end); or the place just before a hosting noun that
  // governs the meeting noun ("الجزائر تستعد لاحتضان القمة العربية"); or the
  // place that is the subject of the hosting verb of the noun ("واستضافت جدة
  // ... اجتماعاً", "Jeddah hosted a meeting").
  int hosted_by_place(const Trigger& t, size_t hi, size_t clause_hi, std::string* text) const;

  // "غادر حفتر موسكو ... بعد محادثات": the place someone left right after a
  // meeting noun introduced by "after" is where that meeting was (Arabic).
  int departed_place(size_t clause_lo, size_t tc, std::string* text) const;

  // A place after "in"/"at", or listed after one: "in Osaka, Japan" (but not
  // "a summit of the GCC plus Egypt, Iraq and Jordan in Jeddah").
  bool place_after_prep(size_t c) const;

  // "flew to London, where he is due to meet Starmer": the place a relative
  // "where" before the trigger refers to.
  int place_of_where(size_t from, size_t tc, std::string* text) const;

  // A city or venue written as the meeting noun's modifier: "the Oval Office
  // meeting", "the Helsinki summit", "قمة هانوي", "محادثات جنيف" (a country
  // there names a party or a topic instead: "US-China talks", "محادثات سوريا").
  int place_naming(size_t tc, std::string* text) const;

  // The state right after an Arabic meeting noun that is a city as well
  // ("قمة سنغافورة", "قمة الكويت"): the meeting's place, not a party; -1 if none.
  int city_state_naming(size_t tc) const;

  // ---- mention_journeys.cpp: journeys

  // "travels on to Tunisia on Saturday, and then to Algeria and Morocco": a
  // journey through several countries is one visit to each. The states the
  // visit verb leads to, in order, when only states follow it.
  std::vector<int> tour_stops(size_t tc, size_t hi) const;

  // "will travel to St. Petersburg for the G20 summit": the journey of
  // trigger `i` is the way to the summit noun right after it, in one clause;
  // the two words report one summit.
  bool trip_to_summit(size_t i) const;

  // "في مستهل جولة خليجية تشمل قطر والإمارات": a visit word whose only
  // person goes to several states is a tour, one visit to each; the states an
  // itinerary word in the present ("تشمل") lists are still to come.
  void arabic_tour(size_t tc, size_t hi, Mention& m) const;
  // "Biden and Putin agreed to start talks on arms control": leaders agreeing
  // to open talks agree on negotiations between their states, on no date yet.
  void mark_opening_talks(size_t tc, Mention& m) const;

  // ---- mention_dates.cpp: which date expressions of a sentence date a meeting

  // "وتأتي المحادثات بعد رسالة بعث بها ترامب في مارس": a date after "after"
  // and the event it introduces dates that event, not the meeting.
  bool after_phrase(size_t trigger, size_t date) const;

  // The second date of a range ("Sunday to Wednesday", "10 to 12 June").
  bool range_end(const DateRef& d) const;
  // The date at `c` follows a speech verb ("said early on Monday").
  bool said_on(size_t c) const;
  // "Blinken had been expected to meet Qin": a plan told in the past perfect
  // was overtaken, the meeting did not take place as planned.
  bool plan_overtaken(size_t tc) const;
  // "وكان الرئيس قد استقبل ...", "had met": a verb told as earlier than the
  // story around it, which must not lend it its date.
  bool told_as_earlier(size_t clause_lo, size_t tc) const;
  // The date after "to"/"إلى" between `from` and `hi` ("postponed to 10 March"), or null.
  const DateRef* date_after_to(size_t from, size_t hi) const;
  // "اختتمت القمة اليوم ... على مدى يومين", "the two-day summit ended on
  // Sunday": the days a closing event lasted before its dated close (0 if not told).
  int days_before_close(size_t clause_lo, size_t clause_hi, size_t tc) const;
  // A plural meeting noun told with two dates ("phone calls in February and
  // on Sept. 9"): the second date, for an encounter of its own; else null.
  const DateRef* second_date_of_plural(const Trigger& t, const Mention& m) const;
  // "called Biden his \"old friend\"", "called him a dictator": naming, not a phone call.
  bool naming_call(const Trigger& t) const;
  // A complementizer ("that") stands between chunks `from` and `to`.
  bool that_between(size_t from, size_t to) const;
  // "The summit came two days after Putin held talks with Assad": the date of
  // an occurred meeting told after an interval phrase before `tc`, counted back
  // from the narrative's date; empty when there is none.
  Date interval_date(size_t lo, size_t tc, std::string* text, size_t* phrase) const;

  // The date starting at `c`, over a date preposition ("on Tuesday"), or null.
  const DateRef* date_from(size_t c) const;

  // "met Modi on Tuesday and Pezeshkian on Wednesday": an "and" after a dated
  // object joins another object only when that one has its own date too.
  bool and_of_dated_objects(size_t c) const;

  // Each object of a verb followed by its own date, the dates differing
  // ("met Modi on Tuesday and Pezeshkian on Wednesday"): one date per object,
  // else none.
  std::vector<const DateRef*> respective_dates(size_t tc, const std::vector<int>& objects) const;

  // ---- mentions.cpp: the mention of trigger `i` (false if it reports none)
  bool build(size_t i, Mention& m);

  // The span a trigger's words are read in: up to the neighbouring triggers
  // and clause cuts (lo, hi), and the clause's own bounds (cuts only).
  struct Scope {
    size_t lo = 0, hi = 0, clause_lo = 0, clause_hi = 0;
    bool since_event = false;  // told after "since": an earlier event, scoped from that word on
  };
  Scope scope_of(size_t i) const;

  // What the cue words of trigger `i`'s span say of its meeting.
  struct Cues {
    std::string_view status_cue;  // "planned" or "past", the nearest such cue; empty if none (a view of the lexicon's tag)
    bool negated = false, call = false, invited = false, cancelled = false, postponed = false;
    bool sideline = false, separate = false;
    size_t invite_chunk = 0, sideline_chunk = 0, postponed_chunk = 0;
    size_t absent_chunk = 0;  // after an "absent" cue: "X skipped the summit"
  };
  Cues cues_of(size_t i, const Scope& scope) const;
  // True if chunk `c` is "during it" ("خلاله", "خلالها"): a cue before it tells of what happened then.
  bool during_it(size_t c) const;
  // The chunk after an English age ("90-year-old") starting at `c`, or `c` if none starts there.
  size_t age_end(size_t c) const;
  // True if chunk `c` is "خلال" (during) itself.
  bool during_word(size_t c) const;
  // The city a place lies in (a venue's), else the place itself: where a meeting there is placed.
  int city_of(int place) const;
  // The meeting location place ref `p` names, placed as city_of() places it.
  Location location_of(const PlaceRef& p) const;
  // True if the English call verb at `tc` names one call ("held a call"), not calling ("called", "phoned").
  bool names_one_call(size_t tc) const;

  // What the choice of a meeting's date depends on besides the trigger.
  struct DateNeeds {
    bool future = false;          // read dates forward (planned, invited, cancelled, present tense)
    bool framed_by_next = false;  // on the sidelines of / travelling to the next trigger's summit
    bool framed = false;          // framed by "ahead of" / "before" another event
    bool occurred = false;        // told as held
    size_t relative_from = 0;     // dates before this chunk belong to an earlier relative clause
  };
  // The date expression of trigger `i`'s clause that dates its meeting, or
  // null; `*score` is its distance score (60 and more: beyond another trigger).
  const DateRef* date_of(size_t i, const Scope& scope, const DateNeeds& needs, int* score) const;
  // True if chunks (from, to) hold people, and only them, their titles and the words that join them.
  bool only_people_between(size_t from, size_t to) const;

  // The place of trigger `i`'s meeting (a place index, -1 if none) and its
  // words: a visit's destination (`destination`, an actor ref), else the
  // places the span names, else the place of the summit on whose sidelines
  // (at chunk `sideline`) it was held, else the hosting state's.
  int place_of(size_t i, const Scope& scope, int destination, std::optional<size_t> sideline, int host_state,
               std::string* text, RuleText* rule) const;

  // "دعا الملك سلمان الرئيس الإيراني لزيارة المملكة", "invited him to visit":
  // an invitation to visit with no place told is to the inviter's state.
  // Sets `mt`'s location when one person invites others from elsewhere.
  void invited_to_inviters_state(Meeting& mt, RuleText& rule) const;

  // The vectors the rules work in are this thread's, kept from sentence to
  // sentence (emptied, their room kept): every sentence allocating its own
  // cost more than reading some of them. Bound by reference rather than
  // swapped in and back out: those eighteen swaps a sentence cost 0.4% of
  // extraction. Emptied only for a sentence the rules read (see run()).
  struct Buffers {
    std::vector<int> ref_at, places;
    std::vector<size_t> cue_chunks;
    std::vector<Trigger> triggers;
    std::vector<size_t> cuts;
    std::vector<std::pair<size_t, size_t>> hosted_nouns, appositives;
    std::vector<std::vector<int>> subjects;
    std::vector<std::pair<int, ParticipantRole>> refs;
  };
  static Buffers& thread_buffers();
  void empty_buffers();

  const AnalysedSentence& s_;
  // Its chunks and tokens, viewed: the rules read them many times at every
  // chunk, and through the sentence each read cost a load more.
  const Chunk* const chunks_;
  const size_t n_chunks_;
  const Tok* const tokens_;
  const ArticleContext& ctx_;
  const lexicon::Lexicon& lex_;
  int index_;
  size_t dateline_;
  bool arabic_ = false;  // set by run(), for a sentence some rule may read: the look at every token is spared the others
  bool has_trigger_ = false;  // some chunk may hold a meeting word
  bool any_cue_ = false;      // some chunk holds a cue
  uint64_t cue_tags_[4] = {};  // a bit per tag id of the cues the sentence holds
  uint64_t words_ = 0;         // the word roles its chunks may hold (Chunk::roles, together)
  uint16_t kinds_ = 0;         // the entry kinds its chunks may hold (Chunk::kinds, together)
  bool has_interval_ = false;  // some chunk holds an interval date word ("two days after", "three days later")
  bool has_kind(EntryKind k) const { return (kinds_ >> static_cast<unsigned>(k)) & 1; }
  bool has_cue(lexicon::Tag effect) const { return (cue_tags_[effect.id() >> 6] >> (effect.id() & 63)) & 1; }
  bool has_word(lexicon::Tag role) const { return role.id() >= 64 || ((words_ >> role.id()) & 1); }
  Buffers& buffers_ = thread_buffers();
  std::vector<int>& ref_at_ = buffers_.ref_at;
  // The chunks holding a cue, in order (from run() on): cues_of() visits these
  // rather than asking every chunk of each trigger's scope.
  std::vector<size_t>& cue_chunks_ = buffers_.cue_chunks;
  std::vector<Trigger>& triggers_ = buffers_.triggers;
  std::vector<size_t>& cuts_ = buffers_.cuts;
  std::vector<std::pair<size_t, size_t>>& hosted_nouns_ = buffers_.hosted_nouns;  // (meeting noun, its hosting verb)
  std::vector<std::pair<size_t, size_t>>& appositives_ = buffers_.appositives;  // (opening comma, closing comma)
  std::vector<std::vector<int>>& subjects_ = buffers_.subjects;  // per trigger, its subject group once built
  std::vector<std::pair<int, ParticipantRole>>& refs_ = buffers_.refs;  // build(): the actor refs taking part, with their roles
  std::vector<int>& places_ = buffers_.places;  // per trigger, the place it was given (-1: none)
};

}  // namespace diplograph::extract
