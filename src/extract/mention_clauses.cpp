// Clauses of a sentence: its meeting triggers, the cuts that bound their clauses (quotes, speech, appositives), and the cue words read around a trigger.
#include "sentence_mentions.h"

#include <algorithm>
#include <optional>
#include <set>

namespace diplograph::extract {

bool SentenceMentions::in_date(size_t c) const {
  for (const auto& d : s_.dates)
    if (c >= d.first_chunk && c <= d.last_chunk) return true;
  return false;
}

bool SentenceMentions::plain(size_t c) const {
  if (c >= n_chunks_) return false;
  if (!chunk(c).entries) return true;
  for (const auto& e : *chunk(c).entries)
    if (e.kind != EntryKind::kDate || !e.has_tag("day")) return false;
  return !in_date(c);
}

bool SentenceMentions::only_light_between(size_t from, size_t to) const {
  for (size_t k = from + 1; k < to; ++k)
    if (!word(k, "light") && !word(k, "article")) return false;
  return true;
}

bool SentenceMentions::topic_before(size_t c) const {
  if (c == 0 || c >= n_chunks_) return false;
  size_t p = c - 1;
  if (word(p, "light") && p > 0) --p;  // "on the Ukraine war"
  return word(p, "topic") || (word(p, "date_prep") && !tokens_[chunk(p).begin].token.arabic);
}

bool SentenceMentions::construct_reference(size_t tc, bool verb) const {
  if (verb || !arabic_ || tc == 0 || !tokens_[chunk(tc - 1).begin].token.arabic ||
      tokens_[chunk(tc - 1).begin].token.kind != text::TokenKind::kWord)
    return false;
  // A plain noun, or a status noun ("إلغاء", "عقب انتهاء"); a lone "بعد" is
  // a preposition and what follows it may still name its people.
  const Chunk& before = chunk(tc - 1);
  if (before.entries)
    for (const auto& e : *before.entries)
      if (e.kind != EntryKind::kCue || (e.has_tag("past") && before.end - before.begin == 1)) return false;
  return definite(tokens_[chunk(tc).begin].token.norm);
}

bool SentenceMentions::definite(std::string_view w) {
  static const std::string kAl = "\u0627\u0644", kLil = "\u0644\u0644";
  static const std::vector<std::string> kProclitics = {"\u0648", "\u0641", "\u0628", "\u0643"};
  if (w.starts_with(kAl) || w.starts_with(kLil)) return true;
  for (const auto& p : kProclitics)
    if (w.starts_with(p) && w.substr(p.size()).starts_with(kAl)) return true;
  return false;
}

bool SentenceMentions::speaker(const ActorRef& ref) const {
  if (!arabic_) return false;
  size_t c = ref.first_chunk;
  for (int steps = 0; c > 0 && steps < 4 && (ref_at_[c - 1] >= 0 || chunk(c - 1).has(EntryKind::kTitle) || adjective(c - 1));
       ++steps)
    --c;
  return c > 0 && word(c - 1, "speech");
}

bool SentenceMentions::arabic_topic(size_t i, size_t clause_lo, size_t tc, bool verb) const {
  if (!arabic_ || verb || i == 0 || triggers_[i - 1].chunk < clause_lo) return false;
  for (size_t c = clause_lo; c < tc; ++c)
    if (word(c, "topic") && !word(c, "light")) return true;
  return false;
}

bool SentenceMentions::held_in_call(size_t i, size_t clause_hi) const {
  for (size_t j = i + 1; j < triggers_.size() && triggers_[j].chunk < clause_hi; ++j) {
    const size_t c = triggers_[j].chunk;
    if (triggers_[j].type != MeetingType::kCall || (triggers_[j].flags & Entry::kVerb) || c < 2) continue;
    if (word(c - 1, "in") || (word(c - 1, "article") && word(c - 2, "in"))) return true;
  }
  return false;
}

bool SentenceMentions::arabic_purpose(size_t i, size_t clause_lo, size_t tc) const {
  return arabic_ && i > 0 && triggers_[i - 1].chunk >= clause_lo && triggers_[i].type == MeetingType::kTalks &&
         (triggers_[i].flags & Entry::kVerb) && tokens_[chunk(tc).begin].glued_prep;
}

size_t SentenceMentions::after_clause(size_t tc, size_t hi) const {
  if (!arabic_) return hi;
  for (size_t c = tc + 1; c < hi; ++c)
    if ((cue(c, "past") || word(c, "frame")) && c + 1 < hi && plain(c + 1)) return c;
  return hi;
}

bool SentenceMentions::skippable(size_t c) const {
  // A chunk past the end or without entries holds no word, cue or date kind: only the comma and the dates are asked.
  if (c >= n_chunks_ || !chunk(c).entries) return punct(c, ',') || in_date(c);
  if (word(c, "light") || punct(c, ',') || cue(c) || in_date(c) || word(c, "date_prep")) return true;
  // "opened the three-day summit": how long an event lasted is a modifier, no date.
  const auto* e = c < n_chunks_ ? chunk(c).find(lexicon::EntryKind::kDate) : nullptr;
  return e != nullptr && std::string_view(e->tag) == "duration";
}

bool SentenceMentions::round_of_talks(size_t c) const {
  if (!arabic_ || !word(c, "tour")) return false;
  for (const auto& t : triggers_)
    if (t.type == MeetingType::kTalks) return true;
  return false;
}

size_t SentenceMentions::first_word_before(size_t tc) const {
  for (size_t c = tc, steps = 0; c > 0 && steps < 4; ++steps) {
    --c;
    // "أول زعيم من مجموعة السبع يزور الصين": whose member he is, read over.
    if (ref_at_[c] >= 0) {
      const size_t first = s_.actors[ref_at_[c]].first_chunk;
      if (first < 2 || !word(first - 1, "of")) return 0;
      c = first - 1;
      continue;
    }
    if (punct(c, ',')) return 0;
    const std::string_view norm = tokens_[chunk(c).begin].token.norm;
    if (norm == "اول" || norm == "اولى") return c;
    // "آخر رئيس وزراء إسرائيلي يزور مصر": the last to visit, told before a
    // noun (right before the verb, "رئيس آخر يزور" is another who visits).
    if ((norm == "اخر" || norm == "اخرى") && c + 1 < tc) return c;
  }
  return 0;
}

bool SentenceMentions::first_to(size_t tc) const { return first_word_before(tc) > 0; }

bool SentenceMentions::dual_verb(size_t tc) const {
  // The trigger's own last word: "التقيا", "يلتقيان", "اجتمعا", "يجتمعان" (folded, no diacritics).
  const Chunk& ch = chunk(tc);
  const std::string_view norm = tokens_[ch.end - 1].token.norm;
  constexpr std::string_view kAlef = "\xD8\xA7", kAlefNun = "\xD8\xA7\xD9\x86";
  if (norm.size() < 8) return false;  // four letters at least
  return norm.ends_with(kAlefNun) || (norm.ends_with(kAlef) && !norm.ends_with("\xD9\x88\xD8\xA7"));
}

void SentenceMentions::find_triggers_and_cuts() {
  find_appositives();
  std::vector<size_t> quotes;
  for (size_t c = 0; c < n_chunks_; ++c) {
    const Chunk& ch = chunk(c);
    // A chunk the lexicon does not know and no punctuation can be neither a
    // trigger, a speech word nor a cut: most are passed over here at once.
    if (!ch.entries && tokens_[ch.begin].token.kind != text::TokenKind::kPunct) continue;
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
      if (type == MeetingType::kVisit && round_of_talks(c)) continue;
      // A noun like "meeting" right after "a"/"the" is a noun even when listed as a verb form.
      triggers_.push_back({c, type.value_or(MeetingType::kMeeting), t->flags, hosting_verb_of(c)});
      continue;
    }
    if (punct(c, '"')) {
      quotes.push_back(c);
    } else if (punct(c, ';') || punct(c, ':') || punct(c, '(') || punct(c, ')')) {
      // "قمة حلف شمال الأطلسي (الناتو) المنعقدة في فيلنيوس": a name repeated
      // in brackets (Arabic) goes on with the phrase around it.
      if (arabic_ && ((punct(c, '(') && punct(c + 2, ')') && ref_at_[c + 1] >= 0) ||
                      (punct(c, ')') && c >= 2 && punct(c - 2, '(') && ref_at_[c - 1] >= 0)))
        continue;
      cuts_.push_back(c);
      cuts_.push_back(c + 1);
    } else if (word(c, "speech")) {
      // Arabic puts the speaker after the verb ("قال لافروف إنه ..."), English before it.
      cuts_.push_back(tokens_[ch.begin].token.arabic ? c : c + 1);
      // What was said starts at "إن"/"أن": "قال بوتين إن لافروف سيزور بيونغ يانغ"
      // does not make the speaker a visitor ("إنه" keeps him as its subject).
      if (const size_t that = reported_clause(c); that > c) cuts_.push_back(that);
    }
  }
  cut_at_quotes(quotes);
  std::sort(cuts_.begin(), cuts_.end());
}

std::vector<int> SentenceMentions::hosts_of(const Trigger& t, size_t lo) const {
  if (!t.host_verb) return {};
  bool ignored = false;
  return left_group(*t.host_verb, lo, &ignored, true);
}

std::optional<size_t> SentenceMentions::hosted_meeting_noun(size_t verb, const Entry& t) const {
  if (!(t.flags & Entry::kVerb) || !(t.flags & Entry::kHost)) return std::nullopt;
  for (size_t c = verb + 1; c < n_chunks_ && c <= verb + 5; ++c) {
    if (summit_named_for(c)) return c;
    if (ref_at_[c] >= 0) {
      if (s_.actors[ref_at_[c]].is_state_name) return std::nullopt;  // "hosted Turkey's president for talks"
      const int actor = s_.actors[ref_at_[c]].actor;
      if (actor < 0 || lex_.actors()[actor].kind == ActorKind::kPerson) return std::nullopt;
      continue;
    }
    // "واستضافت جدة الجمعة الماضي اجتماعاً": the hosting place and the date may stand between.
    // (A quoted name opens after the verb: 'استضافت بغداد أمس "مؤتمر بغداد للتعاون"'.)
    if (word(c, "light") || adjective(c) || place_at(c) || in_date(c) || word(c, "date_prep") || punct(c, '"')) continue;
    const Entry* noun = chunk(c).find(EntryKind::kTrigger);
    if (noun && !(noun->flags & Entry::kVerb)) return c;
    return std::nullopt;
  }
  return std::nullopt;
}

bool SentenceMentions::summit_named_for(size_t c) const {
  if (c >= n_chunks_ || ref_at_[c] < 0) return false;
  const ActorRef& ref = s_.actors[ref_at_[c]];
  const Entry* t = chunk(c).find(EntryKind::kTrigger);
  return t && std::string_view(t->tag) == "summit" && ref.first_chunk == c && ref.last_chunk == c && ref.actor >= 0 &&
         lex_.actors()[ref.actor].kind == ActorKind::kOrganisation;
}

std::optional<size_t> SentenceMentions::hosting_verb_of(size_t noun) const {
  for (const auto& [n, verb] : hosted_nouns_)
    if (n == noun) return verb;
  return std::nullopt;
}

std::optional<size_t> SentenceMentions::leading_sideline(size_t clause_lo, size_t tc) const {
  size_t c = clause_lo;
  while (c < tc && skippable(c) && !cue(c, "sideline")) ++c;
  if (c >= tc || !cue(c, "sideline")) return std::nullopt;
  for (size_t k = c + 1; k < tc; ++k) {
    if (verb_trigger_at(k)) return std::nullopt;
    if (punct(k, ',')) return c;
  }
  return std::nullopt;
}

std::optional<size_t> SentenceMentions::at_summit(size_t i) const {
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
    const auto& w = tokens_[chunk(c - 1).begin];
    // ("the Three Seas summit": a number word may start the name.)
    const bool name_word = chunk(c - 1).entries == nullptr || number_word(c - 1) > 0;
    if ((name_word && w.capitalised) || (word(c - 1, "of") && tokens_[chunk(c - 2).begin].capitalised))
      --c;
    else
      break;
  }
  // "at a regional gathering": one plain word may describe it.
  for (int plain_words = 1; c > triggers_[i].chunk + 1 &&
                            (word(c - 1, "article") || word(c - 1, "light") || adjective(c - 1) || (plain(c - 1) && plain_words-- > 0));)
    --c;
  if (c <= triggers_[i].chunk + 1 || tokens_[chunk(c - 1).begin].token.norm != "at") return std::nullopt;
  return c - 1;
}

void SentenceMentions::find_appositives() {
  for (const auto& ref : s_.actors) {
    const size_t open = ref.last_chunk + 1;
    if (open >= n_chunks_ || !punct(open, ',')) continue;
    for (size_t c = open + 1; c < n_chunks_ && c <= open + 8; ++c) {
      if (ref_at_[c] >= 0 || punct(c, '"')) break;
      if (!punct(c, ',')) continue;
      if (c > open + 1 && verb_trigger_at(c + 1)) appositives_.emplace_back(open, c);
      break;
    }
  }
}

bool SentenceMentions::verb_trigger_at(size_t c) const {
  if (c >= n_chunks_ || ref_at_[c] >= 0) return false;
  const Entry* t = chunk(c).find(EntryKind::kTrigger);
  return t && (t->flags & Entry::kVerb);
}

size_t SentenceMentions::appositive_close(size_t c) const {
  for (const auto& [open, close] : appositives_)
    if (c > open && c < close) return close;
  return 0;
}

size_t SentenceMentions::appositive_open(size_t c) const {
  for (const auto& [open, close] : appositives_)
    if (c == close) return open;
  return 0;
}

void SentenceMentions::cut_at_quotes(const std::vector<size_t>& quotes) {
  for (size_t k = 0; k < quotes.size(); k += 2) {
    const size_t open = quotes[k];
    // A short quote with no speech or meeting word in it is a name or a phrase; in Arabic only a
    // name ("حركة المقاومة الإسلامية "حماس"").
    if (k + 1 < quotes.size() && quotes[k + 1] - open <= 6 && !speech_or_trigger_between(open, quotes[k + 1]) &&
        (!arabic_ || (quotes[k + 1] == open + 2 && ref_at_[open + 1] >= 0)))
      continue;
    // So is a meeting's name in quotes ('"قمة جدة للأمن والتنمية"', '"Summit for Democracy"'):
    // a meeting noun opens it, and nothing in it speaks or tells another meeting.
    if (k + 1 < quotes.size() && quotes[k + 1] - open <= 9 && quotes[k + 1] > open + 1 && named_meeting_quote(open, quotes[k + 1]))
      continue;
    for (size_t q : {open, k + 1 < quotes.size() ? quotes[k + 1] : open}) {
      cuts_.push_back(q);
      cuts_.push_back(q + 1);
    }
  }
}

bool SentenceMentions::named_meeting_quote(size_t open, size_t close) const {
  const Entry* noun = chunk(open + 1).find(EntryKind::kTrigger);
  const Tok& first = tokens_[chunk(open + 1).begin];
  return noun && !(noun->flags & Entry::kVerb) && (first.token.arabic || first.capitalised) &&  // not '"call me"'
         !speech_or_trigger_between(open + 1, close);
}

bool SentenceMentions::speech_or_trigger_between(size_t from, size_t to) const {
  for (size_t c = from + 1; c < to; ++c)
    if (word(c, "speech") || chunk(c).has(EntryKind::kTrigger)) return true;
  return false;
}

size_t SentenceMentions::reported_clause(size_t c) const {
  if (!tokens_[chunk(c).begin].token.arabic) return c;
  for (size_t k = c + 1; k < n_chunks_ && k <= c + 8; ++k) {
    if (word(k, "that")) return k;
    if (chunk(k).has(EntryKind::kTrigger) || punct(k, '.')) break;
  }
  return c;
}

bool SentenceMentions::actor_follows(size_t c) const {
  for (; c < n_chunks_; ++c) {
    if (ref_at_[c] >= 0) return true;
    if (!(word(c, "light") || chunk(c).has(EntryKind::kTitle) || adjective(c))) return false;
  }
  return false;
}

bool SentenceMentions::infinitive(size_t tc, bool verb) const {
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

bool SentenceMentions::next_before(size_t tc) const {
  if (!has_kind(EntryKind::kDate)) return false;  // ("next" is a date word: the sentence's mask first)
  for (size_t c = tc, budget = 2; c > 0 && budget > 0; --budget) {
    --c;
    if (const Entry* d = chunk(c).find(EntryKind::kDate); d && std::string_view(d->tag) == "next") return true;
    if (!(word(c, "light") || adjective(c))) return false;
  }
  return false;
}

bool SentenceMentions::word_over_modifiers(size_t tc, lexicon::Tag role) const {
  for (size_t c = tc, budget = 3; c > 0 && budget > 0; --budget) {
    --c;
    if (word(c, role)) return true;
    // "ahead of the G20 summit": the organisation that names a summit is a modifier too.
    const bool organisation = ref_at_[c] >= 0 && s_.actors[ref_at_[c]].actor >= 0 &&
                              lex_.actors()[s_.actors[ref_at_[c]].actor].kind == ActorKind::kOrganisation;
    if (!(word(c, "article") || word(c, "light") || adjective(c) || plain(c) || organisation)) return false;
  }
  return false;
}

bool SentenceMentions::only_modifiers_between(size_t from, size_t to) const {
  if (to <= from || to - from > 4) return false;
  for (size_t c = from + 1; c < to; ++c)
    if (!(plain(c) || adjective(c) || punct(c, '-') || punct(c + 1, '-') || punct(c - 1, '-'))) return false;
  return true;
}

int SentenceMentions::agent_after(size_t tc, size_t hi) const {
  for (size_t c = tc + 1; c + 1 < hi; ++c)
    if (word(c, "agent")) return ref_at_[c + 1];
  return -1;
}

bool SentenceMentions::framed_noun(size_t tc) const { return word_over_modifiers(tc, "frame"); }

bool SentenceMentions::at_before(size_t tc) const {
  for (size_t c = tc, budget = 4; c > 0 && budget > 0; --budget) {
    --c;
    if (tokens_[chunk(c).begin].token.norm == "at") return true;
    if (!(word(c, "article") || word(c, "light") || adjective(c) || ref_at_[c] >= 0)) return false;
  }
  return false;
}

bool SentenceMentions::during_before(size_t tc) const { return word_over_modifiers(tc, "during"); }

bool SentenceMentions::summit_day_before(size_t tc) const {
  for (size_t c = tc, budget = 4; c > 0 && budget > 0; --budget) {
    --c;
    if (word(c, "day_of")) return true;
    if (!(word(c, "article") || word(c, "light") || adjective(c) || plain(c) || ref_at_[c] >= 0)) return false;
  }
  return false;
}

bool SentenceMentions::verb_trigger_before(size_t c) const {
  for (const auto& t : triggers_)
    if (t.chunk < c && (t.flags & Entry::kVerb)) return true;
  return false;
}

bool SentenceMentions::participle_between(size_t from, size_t to) const {
  for (size_t k = from + 1; k + 1 < to; ++k) {
    if (!punct(k, ',') || chunk(k + 1).entries) continue;
    const auto& t = tokens_[chunk(k + 1).begin].token;
    if (!t.arabic && t.norm.size() > 4 && t.norm.ends_with("ing")) return true;
  }
  return false;
}

size_t SentenceMentions::attribution_start(size_t tc, size_t hi) const {
  if (arabic_ || !has_word("speech")) return hi;
  for (size_t c = tc + 1; c < hi; ++c) {
    if (!word(c, "speech")) continue;
    for (size_t k = c; k > tc + 1; --k)
      if (punct(k - 1, ',')) return k - 1;
    return hi;
  }
  return hi;
}

size_t SentenceMentions::relative_after(size_t tc, size_t hi) const {
  // A country named as a place counts too: "from China, where he met Xi".
  const auto place_or_country = [&](size_t c) {
    return place_at(c) || (!arabic_ && ref_at_[c] >= 0 && s_.actors[ref_at_[c]].is_state_name);
  };
  if (!has_word("relative")) return hi;
  for (size_t c = tc + 2; c < hi; ++c)
    if (word(c, "relative") && (place_or_country(c - 1) || (punct(c - 1, ',') && place_or_country(c - 2)))) return c;
  return hi;
}

bool SentenceMentions::topic_between(size_t tc, size_t to) const {
  if (!has_word("topic") && !has_word("date_prep")) return false;  // (what each walk below looks for)
  // "بحثا سير العمليات العسكرية في سوريا": the nouns after a discussing verb are its topic.
  if (arabic_ && word(tc, "topic"))
    for (size_t c = tc + 1; c < to; ++c)
      if (plain(c)) return true;
  for (size_t c = tc + 1; c < to; ++c) {
    if (word(c, "date_prep") && !tokens_[chunk(c).begin].token.arabic && !in_date(c) && !in_date(c + 1) &&
        !in_date(c + 2) && !place_at(c + 1) && !cue(c + 1) && !noun_between(c, to))  // "on the island of Bali"
      return true;
    if (word(c, "topic") && tokens_[chunk(c).begin].token.arabic) return true;
  }
  return false;
}

bool SentenceMentions::after_since(size_t c) const {
  if (!has_word("since")) return false;  // (the sentence's mask: the walk below looks for that word only)
  for (size_t k = c, budget = 8; k > 0 && budget > 0; --budget) {
    --k;
    if (word(k, "since")) return true;
    if (punct(k, ',') || chunk(k).has(EntryKind::kTrigger)) return false;
  }
  return false;
}

bool SentenceMentions::in_earlier_subclause(size_t date, size_t tc) const {
  if (arabic_ || date >= tc || (!has_cue("past") && !has_word("frame"))) return false;
  bool comma_after = false;
  for (size_t k = date + 1; k < tc && !comma_after; ++k) comma_after = punct(k, ',') && !in_date(k);
  if (!comma_after) return false;
  for (size_t k = date, budget = 10; k > 0 && budget > 0; --budget) {
    --k;
    if (punct(k, ',') || chunk(k).has(EntryKind::kTrigger)) return false;
    // "after Turkey shot down ...", not "after 2019": the subordinator opens a clause of its own.
    if ((cue(k, "past") || word(k, "frame")) && k + 1 < date && !in_date(k + 1)) return true;
  }
  return false;
}

bool SentenceMentions::comes_after(size_t tc) const {
  if (arabic_) return tc > 0 && word(tc - 1, "comes");
  return tc + 1 < n_chunks_ && word(tc + 1, "comes");
}

bool SentenceMentions::word_between(size_t from, size_t to, lexicon::Tag role) const {
  if (!has_word(role)) return false;
  for (size_t k = from + 1; k < to; ++k)
    if (word(k, role)) return true;
  return false;
}

bool SentenceMentions::planned_cue_before(size_t c) const {
  if (!has_cue("planned")) return false;
  for (size_t k = c, budget = 2; k > 0 && budget > 0; --budget) {
    --k;
    if (cue(k, "planned")) return true;
    if (!word(k, "date_prep")) return false;
  }
  return false;
}

bool SentenceMentions::past_cue_between(size_t from, size_t to) const {
  if (!has_cue("past")) return false;
  for (size_t c = from + 1; c < to; ++c)
    if (cue(c, "past")) return true;
  return false;
}

bool SentenceMentions::sideline_name_ends(size_t c) const {
  return word(c, "in") || word(c, "to") || word(c, "date_prep") || in_date(c) || punct(c, ',') || punct(c, '.') ||
         punct(c, '"') || punct(c, '(') || word(c, "and") || verb_trigger_at(c) ||
         (ref_at_[c] >= 0 && s_.actors[ref_at_[c]].actor >= 0 &&
          lex_.actors()[s_.actors[ref_at_[c]].actor].kind == ActorKind::kPerson);
}

}  // namespace diplograph::extract
