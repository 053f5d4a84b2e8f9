// A trie of folded multi-word phrases, matched against the tokens of a
// sentence whatever proclitics and article the Arabic words carry.
#pragma once

#include <cstdint>
#include <string>
#include <span>
#include <string_view>
#include <vector>

#include "diplograph/lexicon/flat_tables.h"
#include "diplograph/lexicon/tag_ids.h"
#include "diplograph/text/tokenize.h"

namespace diplograph::lexicon {

// What a phrase means. Persisted nowhere: free to renumber.
enum class EntryKind : uint8_t {
  kActor,         // value: actor index (a full name that identifies the actor)
  kActorShort,    // value: actor index (a surname, only after a full mention)
  kState,         // value: state actor index (a country's name)
  kAdjective,     // value: state actor index ("Russian", "الروسي")
  kAmbiguousAdj,  // value: state actor index; several entries share the phrase
  kPlace,         // value: place index
  kCapitalDesc,   // value: place index ("the Finnish capital", "العاصمة الفنلندية")
  kTitle,         // tag: office; flags: kPlural for duals and plurals, kMonarchTitle / kPresidentTitle
  kTrigger,       // tag: meeting type; flags: kVerb / kNoun, kHost / kGuest
  kCue,           // tag: effect (planned, invited, cancelled, negation, sideline, call, past)
  kDate,          // tag: date word kind (month, weekday, past, next ...); value: number
  kWord,          // tag: grammatical role (between, with, and, in, to, speech ...)
};

struct Entry {
  EntryKind kind;
  int value = -1;
  std::string tag;
  uint8_t flags = 0;
  uint8_t tag_id = 0;  // the tag's id (tag_ids.h), set by PhraseIndex::add

  bool has_tag(Tag t) const { return tag_id == t.id(); }

  static constexpr uint8_t kPlural = 1;
  static constexpr uint8_t kVerb = 2;
  static constexpr uint8_t kNoun = 4;
  static constexpr uint8_t kHost = 8;   // the subject receives: "استقبل", "hosted"
  static constexpr uint8_t kGuest = 16;  // the subject travels: "زار", "visited"
  static constexpr uint8_t kNeedsObject = 32;  // a meeting only with an actor as object: "called X"
  static constexpr uint8_t kPresent = 64;      // a present tense: "meets", whose weekday may lie ahead
  static constexpr uint8_t kObjectPronoun = 128;  // the object is an attached pronoun: "استقبله"
  // A title's style (kTitle entries only; the bits mean other things for triggers).
  static constexpr uint8_t kMonarchTitle = 2;    // "الملك", "the emir"
  static constexpr uint8_t kPresidentTitle = 4;  // "الرئيس", "the president"
};

class PhraseIndex {
 public:
  PhraseIndex();

  // Adds a phrase given as raw text: it is folded, tokenised, and each word
  // indexed by its key form (see text::key_form). Empty phrases are ignored.
  void add(std::string_view phrase, Entry entry);

  struct Hit {
    size_t length = 0;  // tokens covered, 0 for no match
    const std::vector<Entry>* entries = nullptr;
    // What the entries hold, made when the phrase was added: a bit per
    // EntryKind, and a bit per tag id below 64 of the kWord entries (word
    // roles), so that a caller asking for what is not there need not look.
    uint16_t kinds = 0;
    uint64_t roles = 0;
  };

  // Words are looked up once per sentence token as ids (string hashing is
  // the expensive part of matching); a form the index never saw is kNoWord,
  // a hyphen token kHyphen.
  static constexpr uint32_t kNoWord = 0xFFFFFFFFu;
  static constexpr uint32_t kHyphen = 0xFFFFFFFEu;
  uint32_t word_id(std::string_view form) const {
    // Both are skipped inside names (see phrase_keys); one byte compared, not two strings.
    if (form.size() == 1 && (form[0] == '-' || form[0] == '.')) return kHyphen;
    static_assert(detail::WordTable::kAbsent == kNoWord);
    return words_.find(form);
  }

  // The word ids of one token's candidate forms, kNoWord left out; a fixed
  // array, so that a sentence's tokens need no allocation each.
  struct TokenWords {
    uint8_t count = 0;
    // Which of the token's forms have an id (bit k: form k), the ids kept in
    // the forms' order: a caller asking what a subset of the forms matches
    // takes their ids from here rather than looking the forms up again.
    uint8_t found = 0;
    uint32_t ids[text::BareForms::kMax] = {};

    bool empty() const { return count == 0; }
    const uint32_t* begin() const { return ids; }
    const uint32_t* end() const { return ids + count; }
  };
  // word_id() in two steps (see WordTable::start): start them all, then finish them.
  using WordLookup = detail::WordTable::Lookup;
  WordLookup start_word(std::string_view form) const { return words_.start(form); }
  uint32_t finish_word(const WordLookup& l) const {
    if (l.size == 1 && (l.data[0] == '-' || l.data[0] == '.')) return kHyphen;
    return words_.finish(l);
  }
  // Starts loading what longest() reads first of a token whose form is `word`
  // (an id the index gave: every word has a head, see add).
  void prefetch_head(uint32_t word) const { __builtin_prefetch(root_heads_.data() + word); }

  // The ids of the forms of `word` that start at `forms` (text::bare_form_starts).
  // Inline, as word_id: it runs for every token, and the call and the
  // returned copy cost as much as a look-up.
  TokenWords word_ids(std::string_view word, const text::BareForms& forms) const {
    TokenWords out;
    for (size_t k = 0; k < forms.count; ++k)
      if (uint32_t id = word_id(word.substr(forms.start[k])); id != kNoWord) {
        out.ids[out.count++] = id;
        out.found |= static_cast<uint8_t>(1u << k);
      }
    return out;
  }

  // The ids of `words` whose forms are among `keep` (a bit per form, as
  // TokenWords::found), in the same order.
  static TokenWords only_forms(const TokenWords& words, unsigned keep) {
    TokenWords out;
    unsigned bits = words.found;
    for (size_t j = 0; j < words.count; ++j) {
      const unsigned form = static_cast<unsigned>(__builtin_ctz(bits));
      bits &= bits - 1;
      if ((keep >> form) & 1) {
        out.ids[out.count++] = words.ids[j];
        out.found |= static_cast<uint8_t>(1u << form);
      }
    }
    return out;
  }

  // The longest phrase that starts at token `i`; `ids[k]` holds the word ids
  // of the candidate forms of token k, empty for tokens that can never be
  // part of a phrase. Hyphens inside a phrase are skipped.
  // Inline for the common case, one form whose phrase ends at its first
  // word (a grammatical word, a name of one word): the call and the return
  // of a Hit through memory cost more than answering it.
  Hit longest(std::span<const TokenWords> ids, size_t i) const {
    if (i < ids.size() && ids[i].count == 1) {
      const uint32_t word = ids[i].ids[0];
      if (word >= root_heads_.size()) return {};
      const RootHead& h = root_heads_[word];
      if (h.node == 0) return {};
      if (h.leaf) return h.has_entries ? Hit{1, &nodes_[h.node].entries, h.kinds, h.roles} : Hit{};
      // Phrases go on from its node (as longest_from_root would follow them).
      Hit best;
      if (h.has_entries) best = Hit{1, &nodes_[h.node].entries, h.kinds, h.roles};
      longest_from(ids, i, h.node, 1, best);
      return best;
    }
    return longest_from_root(ids, i);
  }

  // Entries of a phrase given exactly (folded words separated by spaces).
  const std::vector<Entry>* find(std::string_view phrase) const;

  size_t size() const { return phrases_; }

 private:
  struct Node {
    std::vector<Entry> entries;
    // A bit per (word id mod 64) of the words that continue a phrase from
    // here: most next words continue none, answered without hashing the edge.
    uint64_t next_words = 0;
    uint64_t roles = 0;
    uint16_t kinds = 0;  // as in Hit
    bool leaf = true;  // no phrase continues from here
  };
  // What a phrase's first word needs of its node, by word id: most matches
  // are one word long and end there, answered from this small array (in the
  // cache) without reading the node, which a look-up nearly always missed.
  struct RootHead {
    uint64_t roles = 0;
    uint32_t node = 0;  // 0: the word starts no phrase
    uint16_t kinds = 0;
    bool leaf = true;
    bool has_entries = false;
  };
  void sync_root_head(uint32_t word);
  Hit hit(uint32_t node, size_t length) const {
    const Node& n = nodes_[node];
    return {length, &n.entries, n.kinds, n.roles};
  }
  static uint64_t edge_key(uint32_t node, uint32_t word) { return (uint64_t(node) << 32) | word; }
  uint32_t child(uint32_t node, uint32_t word) const;
  void add_child(uint32_t node, uint32_t word, uint32_t next);
  Hit longest_from_root(std::span<const TokenWords> ids, size_t i) const;
  void longest_from(std::span<const TokenWords> ids, size_t i, uint32_t node, size_t depth, Hit& best) const;
  std::vector<Node> nodes_;
  detail::WordTable words_;  // key form -> word id
  // Edges (node, word) -> child node. Most lookups start a phrase, at the
  // root, whose children are an array by word id (RootHead::node, 0 for
  // none); the rest are hashed.
  std::vector<RootHead> root_heads_;
  detail::EdgeTable edges_;
  size_t phrases_ = 0;
};

// The words of a phrase as the index keys them.
std::vector<std::string> phrase_keys(std::string_view phrase);

}  // namespace diplograph::lexicon
