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
class WordTable {
 public:
  static constexpr uint32_t kAbsent = 0xFFFFFFFFu;

  uint32_t find(std::string_view word) const {
    if (slots_.empty()) return kAbsent;
    const uint64_t h = hash(word);
    for (size_t i = h & mask(); slots_[i].id != kAbsent; i = (i + 1) & mask())
      if (slots_[i].tag == tag(h) && same(words_[slots_[i].id], word)) return slots_[i].id;
    return kAbsent;
  }

  // The id of `word`, added if new.
  uint32_t intern(std::string_view word) {
    if (uint32_t id = find(word); id != kAbsent) return id;
    if (2 * (words_.size() + 1) > slots_.size()) rehash(slots_.empty() ? 64 : 2 * slots_.size());
    const uint32_t id = static_cast<uint32_t>(words_.size());
    words_.emplace_back(word);
    place(hash(word), id);
    return id;
  }

  size_t size() const { return words_.size(); }

 private:
  struct Slot {
    uint32_t tag = 0;  // high bits of the hash: most mismatches fail without a string compare
    uint32_t id = kAbsent;
  };
  // Eight bytes at a time, inline: the words are short, and std::hash (a
  // call, and byte-wise work at the tail) cost more than the probe.
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
      // The last 1..7 bytes as one word, from overlapping loads (on a
      // little-endian machine the value a byte-wise loop would build; the
      // table needs only the same hash for the same bytes): a loop over the
      // tail cost more than the rest of the hash.
      const size_t r = n - i;
      uint64_t v = 0;
      if (n >= 8) {
        std::memcpy(&v, p + n - 8, 8);
        v >>= 8 * (8 - r);
      } else if (r >= 4) {
        uint32_t a, b;
        std::memcpy(&a, p + i, 4);
        std::memcpy(&b, p + i + r - 4, 4);
        v = a | (uint64_t(b) << (8 * (r - 4)));
      } else {
        v = uint64_t(static_cast<unsigned char>(p[i])) | uint64_t(static_cast<unsigned char>(p[i + r / 2])) << (8 * (r / 2)) |
            uint64_t(static_cast<unsigned char>(p[i + r - 1])) << (8 * (r - 1));
      }
      mix(v);
    }
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
  }
  static uint32_t tag(uint64_t h) { return static_cast<uint32_t>(h >> 32); }
  // Equality inline, as the hash: a word whose tag matches is nearly always
  // the one sought, and the call to memcmp cost more than comparing short
  // words in a few overlapping loads.
  static bool same(const std::string& stored, std::string_view word) {
    const size_t n = word.size();
    if (stored.size() != n) return false;
    const char* a = stored.data();
    const char* b = word.data();
    if (n > 16) return std::memcmp(a, b, n) == 0;
    if (n >= 8) {
      uint64_t a0, a1, b0, b1;  // the first and the last eight bytes, overlapping below 16
      std::memcpy(&a0, a, 8);
      std::memcpy(&b0, b, 8);
      std::memcpy(&a1, a + n - 8, 8);
      std::memcpy(&b1, b + n - 8, 8);
      return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n >= 4) {
      uint32_t a0, a1, b0, b1;  // likewise with four
      std::memcpy(&a0, a, 4);
      std::memcpy(&b0, b, 4);
      std::memcpy(&a1, a + n - 4, 4);
      std::memcpy(&b1, b + n - 4, 4);
      return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    // One to three bytes: the first, middle and last cover them all.
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
  }
  size_t mask() const { return slots_.size() - 1; }

  void place(uint64_t h, uint32_t id) {
    size_t i = h & mask();
    while (slots_[i].id != kAbsent) i = (i + 1) & mask();
    slots_[i] = {tag(h), id};
  }
  void rehash(size_t capacity) {
    slots_.assign(capacity, Slot{});
    for (uint32_t id = 0; id < words_.size(); ++id) place(hash(words_[id]), id);
  }

  std::vector<Slot> slots_;
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
