// Who takes part in a meeting: the groups of actors left and right of its trigger, pronouns, pair words and states named by adjectives.
#include "sentence_mentions.h"

#include <algorithm>
#include <optional>
#include <set>

namespace diplograph::extract {

void SentenceMentions::arabic_signing(std::vector<Mention>& out) const {
  if (!arabic_) return;
  size_t sign = n_chunks_, presence = n_chunks_;
  for (size_t c = dateline_; c < n_chunks_; ++c) {
    if (sign == n_chunks_ && word(c, "signing")) sign = c;
    if (sign < c && word(c, "presence")) {
      presence = c;
      break;
    }
  }
  if (presence == n_chunks_) return;
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

bool SentenceMentions::ends_proper_name(size_t c) const {
  if (c < 2 || !word(c - 1, "of") || chunk(c - 2).entries) return false;
  const auto& head = tokens_[chunk(c - 2).begin];
  return head.token.is_word() && head.capitalised && !head.token.arabic;
}

bool SentenceMentions::all_states(const std::vector<int>& refs) const {
  for (int r : refs)
    if (s_.actors[r].actor < 0 || lex_.actors()[s_.actors[r].actor].kind != ActorKind::kState) return false;
  return !refs.empty();
}

void SentenceMentions::extend_group(int r, int dir, size_t lo, size_t hi, std::vector<int>& group, bool objects) const {
  group.push_back(r);
  bool listed = false;  // an "and" joined the group (walking left)
  while (true) {
    const ActorRef& ref = s_.actors[r];
    if (dir < 0) {
      size_t c = ref.first_chunk;
      if (ref.actor >= 0 && lex_.actors()[ref.actor].kind == ActorKind::kPerson) c = title_before_holder(c, lo);
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
      if (comma && !conjunction && !listed && !tokens_[chunk(c).begin].token.arabic) return;
      listed = listed || conjunction;
      r = ref_at_[p];
    } else {
      size_t n = ref.last_chunk + 1;
      bool joined = false;
      // "التقى ... نغوين فو ترونغ، ثم شهباز شريف يوم الأربعاء، والرئيسة سامية حسن الخميس":
      // each object told with its own day (dated apart in build).
      if (objects && arabic_) {
        size_t d = n;
        while (d < hi && (in_date(d) || word(d, "date_prep"))) ++d;
        if (d > n && d < hi && (punct(d, ',') || glued_and(d) || word(d, "sequence"))) n = d;
      }
      // "with Putin and later with Zelensky": one after the other (English; told apart in build).
      while (n < hi && (punct(n, ',') || word(n, "and") || word(n, "with") || word(n, "between") ||
                        (objects && !arabic_ && word(n, "sequence") && n > ref.last_chunk + 1 && word(n - 1, "and")) ||
                        (objects && arabic_ && word(n, "sequence") && dated_person_after(n + 1, hi)))) {
        joined = true;
        ++n;
      }
      if (n < hi && glued_and(n)) joined = true;
      // "Sultan Hassanal Bolkiah, this year's chair of ASEAN, Muhyiddin Yassin and Lee Hsien
      // Loong": a person's description between commas stands inside the list (description_end).
      if (joined && n < hi && ref_at_[n] < 0 && punct(ref.last_chunk + 1, ','))
        if (const size_t close = description_end(ref, hi); close > 0) {
          n = close + 1;
          while (n < hi && (punct(n, ',') || word(n, "and"))) ++n;
        }
      // "عون ورئيس مجلس النواب نبيه بري": a title the lexicon could not tie
      // to its holder stands before the name it introduces.
      // So does the state of a person ("..., Colombia's Gustavo Petro and Venezuela's Nicolas Maduro"), and
      // "the" before a title in English ("Kerry and the foreign ministers of Britain and China"),
      // and "their" or "his" ("Zarif, Kerry and their counterparts from Britain and China",
      // "Blinken and his counterparts from the UAE, Bahrain, Morocco and Egypt").
      while (joined && n + 1 < hi && ref_at_[n] < 0 &&
             (chunk(n).has(EntryKind::kTitle) || adjective(n) || whose_state(n) ||
              (!arabic_ && (word(n, "article") || word(n, "possessive") || word(n, "possessive_one")) &&
               ref_at_[n + 1] >= 0)))
        ++n;
      // "ورئيس المكتب السياسي لحركة حماس إسماعيل هنية": a title's complement
      // (plain words, the organisation) runs on to its holder's name.
      if (joined && n > 0 && n < hi && chunk(n - 1).has(EntryKind::kTitle)) n = holder_after_title(n, hi);
      if (n >= hi || !joined || ref_at_[n] < 0) return;
      if (objects && subject_of_verb(ref_at_[n])) return;
      r = ref_at_[n];
    }
    if (std::find(group.begin(), group.end(), r) != group.end()) return;
    group.push_back(r);
  }
}

size_t SentenceMentions::holder_after_title(size_t n, size_t hi) const {
  // ("لحركة المقاومة الإسلامية "حماس" إسماعيل هنية": the organisation's name may be repeated in quotes.)
  for (size_t m = n; m < hi && m < n + 8; ++m) {
    if (ref_at_[m] < 0) {
      if (!plain(m) && !punct(m, '"')) return n;
      continue;
    }
    const ActorRef& ref = s_.actors[ref_at_[m]];
    if (ref.actor < 0) return n;
    const auto kind = lex_.actors()[ref.actor].kind;
    if (kind == ActorKind::kPerson) return m;
    if (kind != ActorKind::kOrganisation) return n;
    m = ref.last_chunk;
  }
  return n;
}

size_t SentenceMentions::title_before_holder(size_t c, size_t lo) const {
  for (size_t m = c, budget = 6; m > lo + 1 && budget > 0; --budget) {
    --m;
    if (ref_at_[m] < 0) {
      if (chunk(m).has(EntryKind::kTitle)) return m < c - 1 ? m : c;  // a title right before the name is already its own
      if (!plain(m)) return c;
      continue;
    }
    const ActorRef& ref = s_.actors[ref_at_[m]];
    if (ref.actor < 0 || lex_.actors()[ref.actor].kind != ActorKind::kOrganisation) return c;
    m = ref.first_chunk;
    // "والأمين العام لجامعة الدول العربية": the title read with its organisation.
    if (chunk(m).has(EntryKind::kTitle)) return m;
  }
  return c;
}

bool SentenceMentions::plural_pronoun_before(size_t tc) const {
  for (size_t c = tc, budget = 3; c > 0 && budget > 0; --budget) {
    --c;
    if (word(c, "plural_pronoun")) return true;
    if (!skippable(c)) return false;
  }
  return false;
}

std::vector<int> SentenceMentions::pair_before(size_t tc) const {
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

bool SentenceMentions::possessive_before(size_t tc) const {
  for (size_t c = tc, budget = 3; c > 0 && budget > 0; --budget) {
    --c;
    if (word(c, "possessive")) return true;
    if (!(word(c, "light") || adjective(c) || plain(c))) return false;
  }
  return false;
}

bool SentenceMentions::possessor_before(size_t tc) const {
  // Compound modifiers ("face-to-face") are several chunks.
  for (size_t c = tc, budget = 8; c > 0 && budget > 0; --budget) {
    --c;
    if (word(c, "possessive_one")) return true;
    if (!(word(c, "light") || word(c, "to") || adjective(c) || plain(c) || punct(c, '-'))) return false;
  }
  return false;
}

bool SentenceMentions::has_person(const std::vector<int>& refs) const {
  for (int r : refs)
    if (s_.actors[r].actor < 0 || lex_.actors()[s_.actors[r].actor].kind == ActorKind::kPerson) return true;
  return false;
}

std::vector<Participant> SentenceMentions::recent_pair() const {
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

bool SentenceMentions::subject_of_verb(int r) const {
  size_t c = s_.actors[r].last_chunk + 1;
  while (c < n_chunks_ && word(c, "light")) ++c;
  // "... والأردن لبحث": a verb with a glued "ل" is a purpose, and has no subject before it.
  for (const auto& t : triggers_)
    if (t.chunk == c) return (t.flags & Entry::kVerb) && !(arabic_ && tokens_[chunk(c).begin].glued_prep);
  return false;
}

std::vector<int> SentenceMentions::left_group(size_t from, size_t lo, bool* pair_word, bool verb, bool* coordinated) const {
  std::vector<int> group;
  int modifiers = verb ? 0 : 4;
  // "شولتس أول زعيم من مجموعة السبع يزور الصين": the subject is before the
  // description of him as the first to visit.
  if (const size_t first = verb && arabic_ ? first_word_before(from) : 0; first > lo) from = first;
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
      // "Min Aung Hlaing, who ousted the government of Aung San Suu Kyi on Feb. 1,
      // made his first trip ...": the subject is the person the clause tells of.
      if (const size_t head = relative_head(ref.first_chunk, from); head != kNoChunk && head > lo && head < ref.first_chunk) {
        c = head + 1;
        continue;
      }
      extend_group(ref_at_[c], -1, lo, from, group);
      return group;
    }
    if (names_group(c)) {
      // ("commanders from both sides are to meet": the pair says whose people, not who meets.)
      if (!(c > lo && (word(c - 1, "of") || word(c - 1, "origin"))))
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
    // "... and has twice visited Xi": an adverb between "and" and the verb.
    if (verb && coordinated && !arabic_ && plain(c) && c > lo + 1 &&
        (word(c - 1, "and") || (word(c - 1, "light") && word(c - 2, "and"))))
      continue;
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

std::vector<int> SentenceMentions::relative_subject(size_t lo, size_t tc) const {
  std::vector<int> group;
  for (size_t c = tc; c > lo + 1;) {
    --c;
    if (ref_at_[c] >= 0 || punct(c, ',') || chunk(c).has(EntryKind::kTrigger) || word(c, "speech")) return group;
    // "..., who", "...، الذي كان قد أجرى اتصالاً بالأسد"
    if (!word(c, "relative") || (!arabic_ && tokens_[chunk(c).begin].token.norm != "who")) continue;
    if (!punct(c - 1, ',') || c < 2 || ref_at_[c - 2] < 0) return group;
    const int r = ref_at_[c - 2];
    if (s_.actors[r].actor >= 0 && lex_.actors()[s_.actors[r].actor].kind != ActorKind::kPerson) return group;
    extend_group(r, -1, lo, c, group);
    return group;
  }
  return group;
}

std::vector<int> SentenceMentions::clause_subject(size_t lo, size_t tc, bool* pair_word) const {
  std::vector<int> group;
  size_t c = lo;
  // ("The leaders of the United States, Japan and India": see leaders_of_states.)
  while (c < tc && (skippable(c) || chunk(c).has(EntryKind::kTitle) || adjective(c) || (word(c, "of") && led_after(c))) &&
         ref_at_[c] < 0)
    ++c;
  if (c < tc && ref_at_[c] >= 0) extend_group(ref_at_[c], +1, lo, tc, group);
  else if (c < tc && names_group(c)) *pair_word = true;
  return group;
}

int SentenceMentions::pronoun_referent(size_t tc, const std::vector<int>& left, const std::vector<int>& right, bool leader) const {
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

int SentenceMentions::honorific_object(size_t tc, size_t hi) const {
  for (size_t c = tc + 1; c < hi && c <= tc + 2; ++c) {
    if (word(c, "honorific") || word(c, "honorific_leader")) return static_cast<int>(c);
    if (!word(c, "with") && !word(c, "light")) return -1;
  }
  return -1;
}

int SentenceMentions::pronoun_subject(size_t c) const {
  for (int r = static_cast<int>(s_.actors.size()) - 1; r >= 0; --r)
    if (s_.actors[r].last_chunk < c && s_.actors[r].actor >= 0 &&
        lex_.actors()[s_.actors[r].actor].kind == ActorKind::kPerson)
      return r;
  return -1;
}

std::vector<int> SentenceMentions::right_groups(size_t from, size_t hi, bool visit, int* destination_ref, bool* pair_word,
                              bool* agent, bool* between) const {
  std::vector<int> out;
  int unknown_budget = 5;  // words between a verb and its subject ("وزير التنمية الروسي في الشرق الأقصى")
  for (size_t c = from; c < hi;) {
    if (ref_at_[c] >= 0) {
      const ActorRef& ref = s_.actors[ref_at_[c]];
      // "Putin is expected to visit Turkey, Kremlin spokesman Dmitry Peskov said":
      // who speaks after a comma reports the meeting, and the clause ends there.
      if (!arabic_ && ref.last_chunk + 1 < hi && word(ref.last_chunk + 1, "speech") && comma_between(from, c)) break;
      bool after_prep = prep_before(c);
      // "the Quad meeting of Australia, the United States, India and Japan":
      // a list of states after "of" right after a meeting noun are its parties
      // (one state there is as often where it was held, "a summit of Egypt").
      if (ref.is_state_name && !visit && !arabic_ && c >= 1 && c - 1 == from && word(c - 1, "of")) {
        thread_local std::vector<int> states;
        states.clear();
        extend_group(ref_at_[c], +1, from, hi, states, true);
        if (states.size() >= 2) {
          for (int r : states)
            if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(r);
          c = s_.actors[states.back()].last_chunk + 1;
          continue;
        }
      }
      // "talks on Ukraine", "a summit ... on support for Ukraine": a country
      // reached over unknown words is what the meeting is about, not who met.
      if (ref.is_state_name && (topic_before(c) || unknown_budget < 5)) {
        c = ref.last_chunk + 1;
        continue;
      }
      // "in Osaka, Japan": the country of the place before it.
      const bool apposition = c >= 2 && punct(c - 1, ',') && place_at(c - 2) && !place_at(c + 1);
      if (ref.is_state_name && whose_state(c)) {
        c = ref.last_chunk + 1;
        continue;
      }
      // "يزور الرئيس التركي أردوغان العراق": Arabic names the visitor first, then where he goes.
      const bool after_visitor = visit && arabic_ && out.size() == 1 && c == s_.actors[out.back()].last_chunk + 1;
      if (ref.is_state_name && (after_prep || apposition || (visit && c == from) || after_visitor)) {
        if (visit && *destination_ref < 0) *destination_ref = ref_at_[c];
        c = ref.last_chunk + 1;
        continue;
      }
      thread_local std::vector<int> group;  // kept: most triggers gather a group or two, each allocated before
      group.clear();
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
      if (c == from || word(c - 1, "with") || word(c - 1, "between") || tokens_[chunk(c).begin].token.norm.starts_with(kBayn))
        *pair_word = true;
      break;
    }
    // "met Erdogan on the sidelines of the NATO summit": the rest is the summit's.
    if (cue(c, "sideline")) break;
    // "the first to visit China since Biden took office": who follows "since"
    // names the time since another event, not the meeting's people (English).
    if (word(c, "since")) break;
    // "The summit was prepared by Blinken and Lavrov": the agent of another verb.
    if (word(c, "agent") && c > from && plain(c - 1) && out.empty()) {
      *agent = true;
      break;
    }
    if (word(c, "between") && out.empty()) *between = true;
    // "a private meeting with the 90-year-old al-Sistani": an age before the name.
    if (const size_t after_age = age_end(c); after_age > c) {
      c = after_age;
      continue;
    }
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
    // "اجتماع كان مقرراً اليوم في منتجع كامب ديفيد مع قادة طالبان": how the
    // meeting stood and where it was to be stand between it and its people.
    if ((word(c, "pluperfect") && c + 1 < hi && cue(c + 1)) || (word(c, "place_noun") && c + 1 < hi && place_at(c + 1))) {
      ++c;
      continue;
    }
    // ("استقبل الملك، يوم الثلاثاء، بالقصر الملكي بالرباط، جاريد كوشنر": so does the place noun's own word.)
    if (arabic_ && word(c, "place_noun") && c + 2 < hi && plain(c + 1) && place_at(c + 2)) {
      c += 2;
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

size_t SentenceMentions::age_end(size_t c) const {
  if (arabic_ || c + 4 >= n_chunks_ || tokens_[chunk(c).begin].token.kind != text::TokenKind::kNumber) return c;
  const auto norm = [&](size_t k) { return std::string_view(tokens_[chunk(k).begin].token.norm); };
  return punct(c + 1, '-') && norm(c + 2) == "year" && punct(c + 3, '-') && norm(c + 4) == "old" ? c + 5 : c;
}

// (group_word() spelt out: its counted title was asked here already, and one above two is above nought.)
bool SentenceMentions::names_group(size_t c) const {
  return word(c, "pair") || counted_title(c) > 0 ||
         (!arabic_ && (word(c, "group3") || word(c, "group4") || word(c, "group5")));
}

int SentenceMentions::group_word(size_t c) const {
  if (arabic_) return 0;
  if (word(c, "group3")) return 3;
  if (word(c, "group4")) return 4;
  if (word(c, "group5")) return 5;
  if (const int counted = counted_title(c); counted > 2) return counted;
  return 0;
}

int SentenceMentions::counted_title(size_t c) const {
  if (arabic_) return 0;
  const auto* title = chunk(c).find(EntryKind::kTitle);
  if (title == nullptr || !(title->flags & Entry::kPlural)) return 0;
  for (size_t p = c, budget = 3; p > 0 && budget > 0; --budget) {
    --p;
    if (const int n = number_word(p); n > 0) return n;
    if (!adjective(p) && !plain(p)) return 0;
  }
  return 0;
}

int SentenceMentions::number_word(size_t c) const {
  if (word(c, "count2")) return 2;
  if (word(c, "count3")) return 3;
  if (word(c, "count4")) return 4;
  if (word(c, "count5")) return 5;
  return 0;
}

const std::vector<int>& SentenceMentions::clause_actors(size_t tc, size_t begin, size_t hi, bool named_place) const {
  // Known people first; states and organisations only when people are missing.
  // Lists kept per thread, the people returned in theirs: two lists a call,
  // grown as the actors came, cost more allocations than the gathering.
  thread_local std::vector<int> people, others;
  people.clear();
  others.clear();
  // Where the clause ends, found once an actor may be in it: many calls have none past `begin`.
  size_t end = 0;
  bool end_found = false;
  for (size_t r = 0; r < s_.actors.size(); ++r) {
    const ActorRef& ref = s_.actors[r];
    if (ref.actor < 0 || ref.first_chunk < begin || ref.first_chunk < dateline_) continue;
    if (!end_found) {
      end = std::min({relative_after(tc, hi), after_clause(tc, hi), attribution_start(tc, hi)});
      end_found = true;
    }
    if (ref.last_chunk >= end) continue;
    // "استقبل خامنئي الأمير خالد، الذي سلّمه رسالة من الملك سلمان، في زيارة": the sender is not there.
    if (ref.first_chunk < tc && in_person_relative(ref.first_chunk, tc)) continue;
    if (ref.is_state_name && (prep_before(ref.first_chunk) || topic_before(ref.first_chunk) || ends_proper_name(ref.first_chunk) ||
                              word(ref.first_chunk - 1, "origin")))
      continue;  // a destination or a topic, not a party
    if (ref.first_chunk != tc && summit_named_for(ref.first_chunk)) continue;  // another summit's organisation
    if (named_place && ref.first_chunk == tc + 1) continue;
    // "القمة التي تستضيفها إندونيسيا": the state that hosts it is its venue.
    if (ref.is_state_name && ref.first_chunk > 0 &&
        (word(ref.first_chunk - 1, "host_relative") || word(ref.first_chunk - 1, "host_relative_dual")))
      continue;
    if (!arabic_ && ref.first_chunk > tc && since_between(tc, ref.first_chunk)) continue;  // "... since Biden took office"
    // "أعلن غوتيريش توصل الطرفين ... في ختام المشاورات": the speaker right
    // after an Arabic speech verb reports the meeting, he is not in it.
    if (speaker(ref)) continue;
    // "شولتس أول زعيم من مجموعة السبع يزور الصين": the group he is the first of is no party.
    if (ref.first_chunk < tc && ref.first_chunk > 0 && word(ref.first_chunk - 1, "of") && first_to(tc)) continue;
    (lex_.actors()[ref.actor].kind == ActorKind::kPerson ? people : others).push_back(static_cast<int>(r));
  }
  // States and organisations alone, loosely gathered, are a list, not a meeting.
  if (people.size() == 1) people.insert(people.end(), others.begin(), others.end());
  return people;
}

std::vector<Participant> SentenceMentions::adjective_participants(MeetingType type, size_t tc, size_t lo, size_t hi) const {
  std::vector<Participant> out;
  const auto states = adjective_states(tc, lo, hi);
  if (states.size() < 2) return out;
  for (int st : states) {
    // "the Russian-Chinese summit": a summit of states is one of their leaders.
    std::vector<int> leaders;
    if (type == MeetingType::kSummit) leaders = lex_.leaders(lex_.actors()[st].id, ctx_.date);
    if (leaders.size() == 1) {
      const auto& a = lex_.actors()[leaders.front()];
      Participant p;
      p.key = a.id;
      p.name = a.name_en;
      p.kind = "person";
      p.country = a.country;
      p.text = lex_.actors()[st].name_en;
      out.push_back(std::move(p));
    } else {
      out.push_back(state_participant(lex_, st, ParticipantRole::kParty, lex_.actors()[st].name_en));
    }
  }
  return out;
}

std::vector<std::string> SentenceMentions::counted_states(size_t c) const {
  std::vector<std::string> states;
  for (size_t p = c; p > 0 && adjective(p - 1); --p)
    for (const auto& e : *chunk(p - 1).entries)
      if (e.kind == EntryKind::kAdjective || e.kind == EntryKind::kAmbiguousAdj) states.push_back(lex_.actors()[e.value].id);
  return states;
}

bool SentenceMentions::whose_state(size_t c) const {
  if (arabic_ || !chunk(c).has(EntryKind::kState)) return false;
  const size_t n = ref_at_[c] >= 0 ? s_.actors[ref_at_[c]].last_chunk + 1 : c + 1;
  if (n >= n_chunks_) return false;
  if (chunk(n).has(EntryKind::kTitle)) return true;
  // "met Iraq's top Shiite cleric, Ali al-Sistani": a possessive state owns the noun after it.
  const Tok& last = tokens_[chunk(n - 1).end - 1];
  const std::string_view after = std::string_view(s_.text).substr(std::min<size_t>(last.src_end, s_.text.size()));
  if ((after.starts_with("'s") || after.starts_with("\u2019s")) && !chunk(n).has(EntryKind::kTrigger)) return true;
  const int r = ref_at_[n];
  return r >= 0 && s_.actors[r].actor >= 0 && lex_.actors()[s_.actors[r].actor].kind == ActorKind::kPerson;
}

std::vector<int> SentenceMentions::adjective_states(size_t t, size_t lo, size_t hi) const {
  std::vector<int> states;
  auto take = [&](size_t c) {
    const Chunk& ch = chunk(c);
    int st = -1;
    if (const auto* e = ch.find(EntryKind::kAdjective)) st = e->value;
    else if (const auto* e2 = ch.find(EntryKind::kState); e2 && !tokens_[ch.begin].token.arabic) st = e2->value;
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
    // "talks between U.S. and Russian officials": the states of the people between whom they are.
    else if (c == t + 1 && !arabic_ && word(c, "between") && adjective(c + 1)) ++c;
    else break;
  }
  if (states.empty()) {
    int modifiers = arabic_ ? 0 : 2;  // "U.S.-Russia security talks": a word or two may name the subject
    for (size_t c = t; c > lo;) {
      --c;
      bool english_state = chunk(c).has(EntryKind::kState) && !tokens_[chunk(c).begin].token.arabic && ref_at_[c] >= 0 &&
                           s_.actors[ref_at_[c]].is_state_name;
      // "an EU-China summit", "the NATO-Russia Council": an organisation joined to a state by a hyphen.
      const bool english_organisation = !arabic_ && ref_at_[c] >= 0 && s_.actors[ref_at_[c]].actor >= 0 &&
                                        lex_.actors()[s_.actors[ref_at_[c]].actor].kind == ActorKind::kOrganisation &&
                                        (punct(c + 1, '-') || (c > 0 && punct(c - 1, '-')));
      if (english_organisation) {
        const int org = s_.actors[ref_at_[c]].actor;
        if (std::find(states.begin(), states.end(), org) == states.end()) states.push_back(org);
      } else if (adjective(c) || english_state) take(c);
      else if (punct(c, '-') || word(c, "and") || word(c, "light")) continue;
      else if (states.empty() && plain(c) && modifiers-- > 0) continue;
      else break;
    }
  }
  return states;
}

// Each string is made by its constructor, from the words it copies: filling
// a default participant's strings went through an assignment each.
Participant SentenceMentions::participant(const ActorRef& ref, ParticipantRole role) const {
  if (ref.actor >= 0) {
    const auto& a = lex_.actors()[ref.actor];
    return Participant{a.id, a.name_en, ref.text, std::string(lexicon::to_string(a.kind)), a.country, ref.title, role};
  }
  return Participant{std::string(), ref.unknown_name, ref.text, std::string("person"), ref.country, ref.title, role};
}

void SentenceMentions::participant_onto(const ActorRef& ref, ParticipantRole role, std::vector<Participant>& out) const {
  if (ref.actor >= 0) {
    const auto& a = lex_.actors()[ref.actor];
    out.emplace_back(a.id, a.name_en, ref.text, std::string(lexicon::to_string(a.kind)), a.country, ref.title, role);
  } else {
    out.emplace_back(std::string(), ref.unknown_name, ref.text, std::string("person"), ref.country, ref.title, role);
  }
}

Participant state_participant(const lexicon::Lexicon& lex, int state, ParticipantRole role, std::string text) {
  const auto& a = lex.actors()[state];
  // An organisation read with the states beside it ("EU-China") keeps its own kind.
  const bool is_state = a.kind == ActorKind::kState;
  // (Built by its constructors, as participant() is.)
  return Participant{a.id, a.name_en, std::move(text), is_state ? std::string("state") : std::string(lexicon::to_string(a.kind)),
                     is_state ? a.id : a.country, std::string(), role};
}

void SentenceMentions::mark_opening_talks(size_t tc, Mention& m) const {
  Meeting& mt = m.meeting;
  if (arabic_ || mt.type != MeetingType::kTalks || mt.status != Status::kPlanned || mt.participants.size() < 2) return;
  bool opening = false;
  for (size_t c = tc >= 3 ? tc - 3 : 0; c < tc; ++c) opening = opening || word(c, "open_talks");
  // Told by its rule: merge turns the leaders into their states once every
  // other mention has read them as people ("... after they met").
  if (opening) mt.rule += "+open-talks";
}

bool SentenceMentions::naming_call(const Trigger& t) const {
  const size_t tc = t.chunk;
  if (arabic_ || t.type != MeetingType::kCall || tc + 1 >= n_chunks_ || ref_at_[tc + 1] < 0) return false;
  if (tokens_[chunk(tc).begin].token.norm != "called") return false;
  const size_t after = s_.actors[ref_at_[tc + 1]].last_chunk + 1;
  return after < n_chunks_ &&
         (word(after, "article") || word(after, "possessive") || word(after, "possessive_one") || punct(after, '"'));
}

std::pair<int, int> SentenceMentions::told_before(size_t tc) const {
  for (size_t k = dateline_ + 1; k + 1 < tc; ++k) {
    if (!word(k, "speech") || tokens_[chunk(k).begin].token.norm != "told") continue;
    const int x = ref_at_[k - 1], y = ref_at_[k + 1];
    if (x < 0 || y < 0 || x == y) continue;
    const auto person = [&](int r) {
      return s_.actors[r].actor >= 0 && lex_.actors()[s_.actors[r].actor].kind == ActorKind::kPerson;
    };
    if (person(x) && person(y)) return {x, y};
  }
  return {-1, -1};
}

bool SentenceMentions::arabic_attendance(size_t tc, bool verb) const {
  return arabic_ && !verb && tc > dateline_ && word(tc - 1, "delegation");
}

std::vector<int> SentenceMentions::attendees_after(size_t tc, size_t hi) const {
  std::vector<int> out;
  for (size_t r = 0; r < s_.actors.size(); ++r) {
    const ActorRef& ref = s_.actors[r];
    if (ref.first_chunk <= tc || ref.last_chunk >= hi) continue;
    if (ref.is_state_name && (prep_before(ref.first_chunk) || topic_before(ref.first_chunk))) continue;
    out.push_back(static_cast<int>(r));
  }
  return out;
}

size_t SentenceMentions::attendance_in_it(size_t tc) const {
  if (!arabic_) return 0;
  for (size_t c = tc + 1; c + 1 < n_chunks_; ++c) {
    if (chunk(c).has(EntryKind::kTrigger)) return 0;
    if (word(c, "delegation") && word(c + 1, "in_it")) return c + 2;
  }
  return 0;
}

bool SentenceMentions::companion_before(size_t c) const {
  if (!arabic_ || !has_word("companion")) return false;
  for (size_t k = c, steps = 0; k > 0 && steps < 4; ++steps) {
    --k;
    if (word(k, "companion")) return true;
    if (ref_at_[k] >= 0 || punct(k, ',') || punct(k, '.') || chunk(k).has(EntryKind::kTrigger)) return false;
  }
  return false;
}

int SentenceMentions::object_after(size_t c) const {
  while (c < n_chunks_ && ref_at_[c] < 0 && (chunk(c).has(EntryKind::kTitle) || adjective(c) || word(c, "light"))) ++c;
  return c < n_chunks_ ? ref_at_[c] : -1;
}

bool SentenceMentions::dated_person_after(size_t c, size_t hi) const {
  for (size_t k = c; k < hi && k <= c + 7; ++k) {
    if (ref_at_[k] >= 0) {
      const ActorRef& ref = s_.actors[ref_at_[k]];
      if (ref.actor >= 0 && lex_.actors()[ref.actor].kind != ActorKind::kPerson) {
        k = ref.last_chunk;  // the state or body of a title ("رئيس وزراء باكستان ...")
        continue;
      }
      return date_from(ref.last_chunk + 1) != nullptr;
    }
    if (tokens_[chunk(k).begin].token.kind == text::TokenKind::kPunct || chunk(k).has(EntryKind::kTrigger)) return false;
  }
  return false;
}

size_t SentenceMentions::description_end(const ActorRef& ref, size_t hi) const {
  if (ref.actor < 0 || lex_.actors()[ref.actor].kind != ActorKind::kPerson) return 0;
  const size_t open = ref.last_chunk + 1;
  // Arabic: "جاريد كوشنر، كبير مستشاري الرئيس الأمريكي دونالد ترامب، ومستشار ...": the
  // boss a description names takes no part, and the list goes on with "و".
  if (arabic_ && (open + 1 >= hi || glued_and(open + 1))) return 0;
  for (size_t c = open + 1; c < hi && c <= open + 10; ++c) {
    if (punct(c, ',')) return c > open + 1 && c + 1 < hi && (!arabic_ || glued_and(c + 1)) ? c : 0;
    if (ref_at_[c] >= 0) {
      // English: only the organisation or state of the person's office.
      const ActorRef& other = s_.actors[ref_at_[c]];
      if (!arabic_ && !other.is_state_name &&
          (other.actor < 0 || lex_.actors()[other.actor].kind != ActorKind::kOrganisation))
        return 0;
      c = other.last_chunk;
      continue;
    }
    if (chunk(c).has(EntryKind::kTrigger) || word(c, "speech") || word(c, "relative") || (!arabic_ && word(c, "and")) ||
        punct(c, '"') || punct(c, '.'))
      return 0;
  }
  return 0;
}

bool SentenceMentions::led_after(size_t c) const {
  if (c == 0) return false;
  const Entry* title = chunk(c - 1).find(EntryKind::kTitle);
  return title && std::string_view(title->tag) == "leader" && (title->flags & Entry::kPlural);
}

bool SentenceMentions::led_state(int r) const {
  const ActorRef& ref = s_.actors[r];
  if (!ref.is_state_name) return false;
  // Back over the states listed before it ("X, Y and Z") to what opens the list.
  size_t c = ref.first_chunk;
  while (c > 0) {
    const size_t b = c - 1;
    if (ref_at_[b] >= 0 && s_.actors[ref_at_[b]].is_state_name) c = s_.actors[ref_at_[b]].first_chunk;
    else if (punct(b, ',') || word(b, "and") || word(b, "light")) c = b;
    else break;
  }
  if (c == 0) return false;
  if (word(c - 1, "of")) return led_after(c - 1);
  return arabic_ && led_after(c);  // "قادة مصر والأردن والعراق": the states follow the title directly
}

void SentenceMentions::leaders_of_states(Meeting& mt) const {
  // Most meetings have no state among their people: nothing to walk back over.
  // (Compared as a view: by length first, with no measuring of the literal.)
  if (std::none_of(mt.participants.begin(), mt.participants.end(), [](const Participant& p) { return std::string_view(p.kind) == "state"; }))
    return;
  const Date day = mt.date.empty() ? ctx_.date : mt.date;
  for (size_t r = 0; r < s_.actors.size(); ++r) {
    if (s_.actors[r].actor < 0 || !led_state(static_cast<int>(r))) continue;
    const auto& state = lex_.actors()[s_.actors[r].actor];
    const int leader = lex_.sole_leader(state.id, day);
    if (leader < 0) continue;
    const auto& a = lex_.actors()[leader];
    for (auto& p : mt.participants) {
      if (std::string_view(p.kind) != "state" || p.key != state.id) continue;
      bool present = false;
      for (const auto& q : mt.participants) present = present || q.key == a.id;
      if (present) break;
      p.key = a.id;
      p.name = a.name_en;
      p.kind = "person";
      p.country = a.country;
    }
  }
}

void SentenceMentions::holders_on_meeting_day(Meeting& mt) const {
  // Only a date a month or more away from the report's: around it, the
  // office's holder on the report's day is the one meant.
  constexpr int kDays = 31;
  if (mt.date.empty() || ctx_.date.empty() || !mt.date.year) return;
  // Only a person read from a title can have held it on another day: most
  // meetings have none, and need not have their days counted.
  if (std::none_of(refs_.begin(), refs_.end(), [&](const auto& r) {
        return s_.actors[r.first].actor >= 0 && std::string_view(s_.actors[r.first].how) == "title";
      }))
    return;
  if (mt.date.last_day() + kDays >= ctx_.date.first_day() && mt.date.first_day() <= ctx_.date.last_day() + kDays) return;
  for (const auto& [r, _] : refs_) {
    const ActorRef& ref = s_.actors[r];
    if (ref.actor < 0 || std::string_view(ref.how) != "title") continue;
    // The offices the title resolved through: those its holder held on the report's day.
    int then = lexicon::Lexicon::kNoHolder;
    for (const auto* role : lex_.roles_of(ref.actor, ctx_.date)) {
      const int h = lex_.sole_holder(role->office, role->of, mt.date);
      if (h < 0 || (then >= 0 && h != then)) {
        then = lexicon::Lexicon::kSeveralHolders;
        break;
      }
      then = h;
    }
    if (then < 0 || then == ref.actor) continue;
    const auto& was = lex_.actors()[ref.actor];
    const auto& holder = lex_.actors()[then];
    for (auto& p : mt.participants)
      if (p.key == was.id) {
        p.key = holder.id;
        p.name = holder.name_en;
        p.country = holder.country;
      }
  }
}

}  // namespace diplograph::extract
