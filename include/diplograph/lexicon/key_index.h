// Lexicon ids and codes to indices, for the look-ups that extraction makes
// by key ("sergey_lavrov" -> its actor, "RU" -> its state): the merge and the
// rules ask these for every participant and place they weigh.
#pragma once

#include <string_view>
#include <vector>

#include "diplograph/lexicon/flat_tables.h"

namespace diplograph::lexicon {

// A key -> int map on the word table's flat slots: a short key (codes, most
// ids) is found in one probe of an open-addressed array, where
// std::unordered_map<std::string, int> hashed its bytes, built a
// std::string for a view, and chased a node (a cache miss) per look-up.
// The first value given for a key stays, as std::unordered_map::emplace.
class KeyIndex {
 public:
  static constexpr int kMissing = -1;

  void emplace(std::string_view key, int value) {
    const uint32_t id = keys_.intern(key);
    if (id == values_.size()) values_.push_back(value);
  }

  int find(std::string_view key) const {
    const uint32_t id = keys_.find(key);
    return id == detail::WordTable::kAbsent ? kMissing : values_[id];
  }

  size_t size() const { return values_.size(); }

 private:
  detail::WordTable keys_;   // key -> dense id, in the order the keys came
  std::vector<int> values_;  // by id
};

}  // namespace diplograph::lexicon
