// fold() for the text nearly every sentence is made of (ASCII and the Arabic
// block), keeping source offsets only where they drift from the folded ones.
// fold() stores an offset for every folded byte (four bytes written per byte
// of text) although the extractor only asks for them at token edges; here
// every character folds to as many bytes as it had or fewer, so the offset
// of a folded character is its own plus a shift that only changes after a
// character dropped or shortened, and those changes are the only records.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph::text {

struct PlainFolded {
  // From folded byte `at` on (up to the next change), source = folded + shift.
  struct Shift {
    uint32_t at;
    uint32_t shift;
  };
  std::string text;
  // By `at`, strictly increasing; fold_plain_into ends them with a record at
  // kEnd, past any byte, so that a reader stops there without a bounds test.
  std::vector<Shift> shifts;
  static constexpr uint32_t kEnd = UINT32_MAX;

  // Reads the source offsets of character starts in increasing order, moving
  // through the shifts once: the tokens of a sentence ask in that order.
  class Cursor {
   public:
    explicit Cursor(const PlainFolded& f)
        : shifts_(!f.shifts.empty() && f.shifts.back().at == kEnd ? f.shifts.data() : &kNone) {}
    // The source offset of the character starting at folded byte `b` (or of
    // the end, b == text.size()); `b` must not be below the last one asked.
    // Asked twice for every token of every sentence.
    uint32_t source(uint32_t b) {
      while (shifts_->at <= b) shift_ = (shifts_++)->shift;
      return b + shift_;
    }

   private:
    static constexpr Shift kNone{kEnd, 0};
    const Shift* shifts_;
    uint32_t shift_ = 0;
  };
};

// Folds `utf8` as fold() does into `out` (storage reused) and returns true,
// or returns false, leaving `out` unspecified, when `utf8` holds anything but
// ASCII and well-formed Arabic-block characters (U+0600..U+06FF): the caller
// then folds it with fold_into().
bool fold_plain_into(std::string_view utf8, PlainFolded& out);

}  // namespace diplograph::text
