// The rule text a mention is built with, gathered mark by mark. Private to src/extract.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace diplograph::extract {

// The marks of a mention's rule ("en:verb-meeting+subject+object"), gathered
// while it is built: appended inline into room of its own, where a string's
// append was a call each (some 50 instructions, a mention gathering half a
// dozen). The meeting takes the text once, at the end (into()).
class RuleText {
 public:
  [[gnu::always_inline]] RuleText& operator+=(std::string_view mark) {
    if (size_ + mark.size() <= kRoom) {
      if (!mark.empty()) std::memcpy(room_ + size_, mark.data(), mark.size());  // (an empty view may point nowhere)
      size_ += mark.size();
    } else {
      spill(mark);
    }
    return *this;
  }
  [[gnu::always_inline]] RuleText& append(std::string_view mark) { return *this += mark; }
  std::string_view view() const { return size_ <= kRoom ? std::string_view(room_, size_) : std::string_view(spilled_); }
  // Written into `rule` (empty), with the room that merging appends to it takes.
  void into(std::string& rule) const {
    rule.reserve(std::max<size_t>(64, view().size()));
    rule.assign(view());
  }

 private:
  static constexpr size_t kRoom = 160;  // the longest rule of the development sets has 103 bytes
  // Past the room (no rule seen yet): the text goes on in a string.
  void spill(std::string_view mark) {
    if (size_ <= kRoom) spilled_.assign(room_, size_), size_ = kRoom + 1;
    spilled_ += mark;
  }
  char room_[kRoom];
  size_t size_ = 0;  // kRoom + 1 once spilled
  std::string spilled_;
};

}  // namespace diplograph::extract
