// The analysed sentence: tokens, lexicon chunks, and the actor, place and date
// mentions found in it. Private to the extract module.
#pragma once

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "diplograph/core/date.h"
#include "diplograph/lexicon/lexicon.h"
#include "diplograph/text/tokenize.h"

namespace diplograph::extract {

struct Tok {
  text::TokenView token;           // its norm views AnalysedSentence::folded
  text::BareForms forms;           // candidate forms for lexicon lookup: suffixes of token.norm
  uint32_t src_begin = 0;          // byte range of the word as written in the sentence
  uint32_t src_end = 0;
  bool glued_and = false;          // the Arabic conjunction و is attached ("والزعيم")
  bool glued_prep = false;         // the Arabic preposition ب or ل is attached ("بموسكو")
  bool all_caps = false;           // Latin word written in capitals ("US", "WHO")
  bool capitalised = false;        // Latin word starting with a capital
};

// Kinds of entry that name something, withheld from a chunk whose Latin name is not capitalised.
constexpr bool is_name_kind(lexicon::EntryKind k) {
  using lexicon::EntryKind;
  return k == EntryKind::kActor || k == EntryKind::kActorShort || k == EntryKind::kState ||
         k == EntryKind::kPlace || k == EntryKind::kCapitalDesc;
}

// A run of tokens that the lexicon knows, or a single unknown token.
struct Chunk {
  size_t begin = 0, end = 0;  // token range
  const std::vector<lexicon::Entry>* entries = nullptr;
  bool names_ok = true;  // false when a Latin name is not capitalised ("us", "who")
  // Which kinds (a bit per EntryKind) and word roles (a bit per tag id below
  // 64) the entries may hold (PhraseIndex::Hit): a question about anything
  // else is answered without reading them. All bits set: unknown, look.
  uint16_t kinds = 0xFFFF;
  uint64_t roles = ~uint64_t{0};

  // Most chunks match nothing in the lexicon: those are answered inline, as
  // the rules ask about every chunk of a sentence many times.
  const lexicon::Entry* find(lexicon::EntryKind kind) const {
    return entries && ((kinds >> static_cast<unsigned>(kind)) & 1) ? find_entry(kind) : nullptr;
  }
  bool has(lexicon::EntryKind kind) const { return find(kind) != nullptr; }
  bool word(lexicon::Tag role) const {  // a grammatical word of that role
    return entries && (role.id() >= 64 || ((roles >> role.id()) & 1)) && has_word(role);
  }

 private:
  // Inline too: a call cost more than the few entries a chunk has.
  const lexicon::Entry* find_entry(lexicon::EntryKind kind) const {
    if (!names_ok && is_name_kind(kind)) return nullptr;
    for (const auto& e : *entries)
      if (e.kind == kind) return &e;
    return nullptr;
  }
  bool has_word(lexicon::Tag role) const {
    for (const auto& e : *entries)
      if (e.kind == lexicon::EntryKind::kWord && e.has_tag(role)) return true;
    return false;
  }
};

// An actor named in the sentence: a name, a title resolved to its holder, a
// state, or an unknown person introduced by a title.
struct ActorRef {
  // Provided (not defaulted), as Mention's: a ref opened in place (open_ref)
  // is then not zeroed whole before its initializers write it again.
  ActorRef() {}  // NOLINT(modernize-use-equals-default)

  int actor = -1;             // lexicon actor index, -1 for an unknown person
  std::string unknown_name;   // as written, for an unknown person
  std::string text;           // the words that named the actor
  std::string title;          // the title written with it, if any
  std::string country;        // the country the title or name tied it to
  size_t first_chunk = 0, last_chunk = 0;  // chunk range covered
  bool is_state_name = false;  // a bare country name (may be a place instead)
  // alias, title, fuzzy, short, state, adjective, discovered: always a
  // literal, so viewed (a string cost every ref a measure and a copy of it).
  std::string_view how;
};

struct PlaceRef {
  int place = -1;
  std::string text;
  size_t chunk = 0;
  size_t last_chunk = 0;
};

struct DateRef {
  Date past;    // reading when the event lies before the publication date
  Date future;  // reading when it lies after (equal to `past` when unambiguous)
  std::string text;
  size_t first_chunk = 0, last_chunk = 0;
  bool reporting_day = false;  // "today": the day of the report rather than of the event
};

// What a sentence's chunks hold, together: the mention rules ask these
// before walking the chunks, mostly about what the sentence has none of.
// Gathered as make_chunks makes each chunk, which has its entries at hand:
// a walk over the chunks afterwards cost a cache miss at many of them.
struct ChunkMasks {
  bool has_trigger = false;    // some chunk holds a meeting word
  bool any_cue = false;        // some chunk holds a cue
  bool has_interval = false;   // some chunk holds an interval date word ("two days after", "three days later")
  uint16_t kinds = 0;          // the entry kinds its chunks may hold (Chunk::kinds, together)
  uint64_t words = 0;          // the word roles its chunks may hold (Chunk::roles, together)
  uint64_t cue_tags[4] = {};   // a bit per tag id of the cues the sentence holds

  // Notes a chunk with entries (as it stands when done: names withheld or not).
  void add(const Chunk& ch) {
    using lexicon::EntryKind;
    const auto bit = [&ch](EntryKind k) { return (ch.kinds >> static_cast<unsigned>(k)) & 1; };
    // A chunk's kinds are exactly those of its entries (PhraseIndex::Hit), and
    // a meeting word is no name, so the bit alone tells has(kTrigger).
    has_trigger = has_trigger || bit(EntryKind::kTrigger);
    words |= ch.roles;
    kinds |= ch.kinds;
    if (bit(EntryKind::kDate))
      for (const auto& e : *ch.entries)
        has_interval = has_interval || (e.kind == EntryKind::kDate && std::string_view(e.tag).starts_with("interval_"));
    if (!bit(EntryKind::kCue)) return;
    for (const auto& e : *ch.entries)
      if (e.kind == EntryKind::kCue) cue_tags[e.tag_id >> 6] |= uint64_t{1} << (e.tag_id & 63), any_cue = true;
  }
};

struct AnalysedSentence {
  // The sentence's text: a view of the caller's, which outlives the analysis
  // (Extractor::extract's sentences); a copy of it cost a pass and an allocation.
  std::string_view text;
  // The folded text, whose bytes the tokens' norms view: kept on the heap
  // (see make_tokens), so that moving the sentence leaves them in place.
  std::string folded;
  std::vector<Tok> tokens;
  std::vector<Chunk> chunks;
  std::vector<ActorRef> actors;
  std::vector<PlaceRef> places;
  std::vector<DateRef> dates;
  ChunkMasks masks;  // what its chunks hold, together

  // The source text covered by chunks [first, last].
  std::string source(size_t first_chunk, size_t last_chunk) const;
};

}  // namespace diplograph::extract
