// Hash tables for the phrase index's lookups, which run for every candidate
// form of every token. Open addressing with linear probing over a
// power-of-two array: a word the lexicon never saw (most words of a
// sentence) is answered at the first empty slot, without the modulo by a
// prime and the chain of heap nodes of std::unordered_map, and without
// building a std::string for the key. An implementation detail of PhraseIndex.
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph::lexicon::detail {

// Interned words: each distinct string gets the next dense id (0, 1, 2 ...).
// A word of up to sixteen bytes (nearly every word of a sentence: English
// words, Arabic ones up to eight letters) is its own key, two integers held
// in the slot: hashing it is two multiplications and comparing it two
// integer tests, where hashing its bytes in a loop and comparing them with
// the stored string (a second cache miss) cost several times more. Longer
// words are hashed and compared as strings.
class WordTable {
 public:
  static constexpr uint32_t kAbsent = 0xFFFFFFFFu;

  uint32_t find(std::string_view word) const {
    if (word.size() <= kShortBytes) {
      const ShortKey k = ShortKey::of(word);
      return find_short(k, k.hash());
    }
    return find_long(word);
  }

  // find() in two steps, for a caller with many words to look up: start()
  // hashes a word and starts loading the tag and the slot its probe reads
  // first, finish() probes. A sentence's words were looked up one after
  // another, each stalling on its cache miss; started all first, their
  // misses overlap. The word's bytes must outlive the Lookup.
  struct Lookup {
    uint64_t lo = 0, hi = 0;
    uint64_t size = 0;
    uint64_t hash = 0;
    const char* data = nullptr;
  };
  Lookup start(std::string_view word) const {
    Lookup l;
    l.size = word.size();
    l.data = word.data();
    if (word.size() > kShortBytes) return l;
    const ShortKey k = ShortKey::of(word);
    l.lo = k.lo;
    l.hi = k.hi;
    l.hash = k.hash();
    if (!short_tags_.empty()) {
      const size_t i = (l.hash >> 32) & (short_tags_.size() - 1);
      __builtin_prefetch(short_tags_.data() + i);
      __builtin_prefetch(short_slots_.data() + i);
    }
    return l;
  }
  uint32_t finish(const Lookup& l) const {
    if (l.size > kShortBytes) return find_long(std::string_view(l.data, l.size));
    return find_short(ShortKey{l.lo, l.hi, l.size}, l.hash);
  }

  // The id of `word`, added if new.
  uint32_t intern(std::string_view word) {
    if (uint32_t id = find(word); id != kAbsent) return id;
    const uint32_t id = static_cast<uint32_t>(words_.size());
    words_.emplace_back(word);
    if (word.size() <= kShortBytes) {
      if (2 * (shorts_used_ + 1) > short_slots_.size()) rehash_short(short_slots_.empty() ? 64 : 2 * short_slots_.size());
      place_short(ShortKey::of(word), id);
      ++shorts_used_;
    } else {
      if (2 * (longs_used_ + 1) > slots_.size()) rehash(slots_.empty() ? 64 : 2 * slots_.size());
      place(hash(word), id);
      ++longs_used_;
    }
    return id;
  }

  size_t size() const { return words_.size(); }

 private:
  static constexpr size_t kShortBytes = 16;

  // A word of at most sixteen bytes as two integers, its bytes in order
  // (little-endian: the first byte lowest) and zeros past its end, and its
  // length. Read in a few overlapping loads that stay inside the word.
  struct ShortKey {
    uint64_t lo = 0, hi = 0;
    uint64_t size = 0;

    static ShortKey of(std::string_view w) {
      ShortKey k;
      const size_t n = w.size();
      const char* p = w.data();
      k.size = n;
      if (n >= 8) {
        std::memcpy(&k.lo, p, 8);
        if (n > 8) {
          std::memcpy(&k.hi, p + n - 8, 8);
          k.hi >>= 8 * (16 - n);
        }
      } else if (n >= 4) {
        uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        k.lo = a | (uint64_t(b) << (8 * (n - 4)));
      } else if (n > 0) {
        k.lo = uint64_t(static_cast<unsigned char>(p[0])) | uint64_t(static_cast<unsigned char>(p[n / 2])) << (8 * (n / 2)) |
               uint64_t(static_cast<unsigned char>(p[n - 1])) << (8 * (n - 1));
      }
      return k;
    }
    // The high bits of a product depend on every lower bit of its factor:
    // the slot is taken from those.
    uint64_t hash() const {
      const uint64_t h = (lo ^ (hi * 0xC4CEB9FE1A85EC53ull) ^ size) * 0x9E3779B97F4A7C15ull;
      return h ^ (h >> 29);
    }
  };
  struct ShortSlot {
    uint64_t lo = 0, hi = 0;
    uint32_t size = 0;
    uint32_t id = kAbsent;
  };

  // Sixteen bits of the hash, never 0 (an empty slot's mark), taken apart
  // from the bits that choose the slot.
  static uint16_t short_tag(uint64_t h) { return static_cast<uint16_t>(h >> 8) | 1; }

  // The probe walks the tags, two bytes a slot: a word the table lacks is
  // answered there without reading a slot, and a word it holds reads its own
  // slot only (1 in 32,768 probes of other words passes a tag falsely).
  uint32_t find_short(const ShortKey& k, uint64_t h) const {
    if (short_tags_.empty()) return kAbsent;
    const size_t m = short_tags_.size() - 1;
    const uint16_t tag = short_tag(h);
    for (size_t i = (h >> 32) & m;; i = (i + 1) & m) {
      const uint16_t t = short_tags_[i];
      if (t == 0) return kAbsent;
      if (t != tag) continue;
      const ShortSlot& s = short_slots_[i];
      if (((s.lo ^ k.lo) | (s.hi ^ k.hi) | (s.size ^ k.size)) == 0) return s.id;
    }
  }
  void place_short(const ShortKey& k, uint32_t id) {
    const size_t m = short_tags_.size() - 1;
    const uint64_t h = k.hash();
    size_t i = (h >> 32) & m;
    while (short_tags_[i] != 0) i = (i + 1) & m;
    short_tags_[i] = short_tag(h);
    short_slots_[i] = {k.lo, k.hi, static_cast<uint32_t>(k.size), id};
  }
  void rehash_short(size_t capacity) {
    std::vector<ShortSlot> old = std::move(short_slots_);
    short_slots_.assign(capacity, ShortSlot{});
    short_tags_.assign(capacity, 0);
    for (const ShortSlot& s : old)
      if (s.id != kAbsent) place_short(ShortKey{s.lo, s.hi, s.size}, s.id);
  }

  uint32_t find_long(std::string_view word) const {
    if (slots_.empty()) return kAbsent;
    const uint64_t h = hash(word);
    for (size_t i = h & mask(); slots_[i].id != kAbsent; i = (i + 1) & mask())
      if (slots_[i].tag == tag(h) && same(words_[slots_[i].id], word)) return slots_[i].id;
    return kAbsent;
  }

  struct Slot {
    uint32_t tag = 0;  // high bits of the hash: most mismatches fail without a string compare
    uint32_t id = kAbsent;
  };
  // Eight bytes at a time, inline (words past sixteen bytes only).
  static uint64_t hash(std::string_view w) {
    const size_t n = w.size();
    const char* p = w.data();
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    auto mix = [&h](uint64_t v) {
      h = (h ^ v) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
    };
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      uint64_t v;
      std::memcpy(&v, p + i, 8);
      mix(v);
    }
    if (i < n) {
      // The last 1..7 bytes from a load that ends with the word (every word
      // here is longer than eight bytes).
      uint64_t v;
      std::memcpy(&v, p + n - 8, 8);
      mix(v >> (8 * (8 - (n - i))));
    }
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
  }
  static uint32_t tag(uint64_t h) { return static_cast<uint32_t>(h >> 32); }
  static bool same(const std::string& stored, std::string_view word) {
    return stored.size() == word.size() && std::memcmp(stored.data(), word.data(), word.size()) == 0;
  }
  size_t mask() const { return slots_.size() - 1; }

  void place(uint64_t h, uint32_t id) {
    size_t i = h & mask();
    while (slots_[i].id != kAbsent) i = (i + 1) & mask();
    slots_[i] = {tag(h), id};
  }
  void rehash(size_t capacity) {
    slots_.assign(capacity, Slot{});
    for (uint32_t id = 0; id < words_.size(); ++id)
      if (words_[id].size() > kShortBytes) place(hash(words_[id]), id);
  }

  // The slots of the short words, and a tag for each (0: empty): the tags
  // are what a look-up probes. The slots, 24 bytes each, spread over more
  // memory than the caches hold, and most probes of them missed the cache.
  std::vector<uint16_t> short_tags_;
  std::vector<ShortSlot> short_slots_;
  size_t shorts_used_ = 0;
  std::vector<Slot> slots_;  // the longer words
  size_t longs_used_ = 0;
  std::vector<std::string> words_;  // by id
};

// A map from 64-bit keys to 32-bit values, 0 meaning "absent" (the phrase
// trie's edges: (node, word) -> child node, and the root is no one's child).
class EdgeTable {
 public:
  uint32_t find(uint64_t key) const {
    if (slots_.empty()) return 0;
    for (size_t i = hash(key) & mask(); slots_[i].value != 0; i = (i + 1) & mask())
      if (slots_[i].key == key) return slots_[i].value;
    return 0;
  }

  // Adds a key that is not in the table yet; `value` must not be 0.
  void insert(uint64_t key, uint32_t value) {
    if (2 * (size_ + 1) > slots_.size()) rehash(slots_.empty() ? 64 : 2 * slots_.size());
    place(key, value);
    ++size_;
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
  };
  // Fibonacci hashing: the keys are (node << 32 | word), both small and dense,
  // so their bits must be mixed before they index a power-of-two table.
  static uint64_t hash(uint64_t key) { return (key * 0x9E3779B97F4A7C15ull) >> 20; }
  size_t mask() const { return slots_.size() - 1; }

  void place(uint64_t key, uint32_t value) {
    size_t i = hash(key) & mask();
    while (slots_[i].value != 0) i = (i + 1) & mask();
    slots_[i] = {key, value};
  }
  void rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    for (const Slot& s : old)
      if (s.value != 0) place(s.key, s.value);
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace diplograph::lexicon::detail
