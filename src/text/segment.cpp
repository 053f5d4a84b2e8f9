#include "diplograph/text/segment.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstring>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "diplograph/text/normalize.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace diplograph::text {

namespace {

// Code points after which UAX #29 may end a sentence: terminators (ATerm,
// STerm) and paragraph separators. ICU's sentence rules break nowhere else
// but at the end of the text, which is what lets us run it on small windows.
bool ends_sentences(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM: case U_SB_STERM: case U_SB_SEP: case U_SB_CR: case U_SB_LF: return true;
    default: return false;
  }
}

// Sixteen bytes tested together (GCC's vector extension).
using Bytes = uint8_t __attribute__((vector_size(16)));

// ends_sentences for the whole BMP, looked up once: scanning every character
// of an article must cost far less than running ICU's rules over it.
class TerminatorTable {
 public:
  TerminatorTable() {
    for (UChar32 c = 0; c < 0x10000; ++c) bmp_[static_cast<size_t>(c)] = ends_sentences(c);
    for (int b = 0; b < 0x80; ++b) by_byte_[b] = bmp_[static_cast<size_t>(b)] ? kIsOne : kNever;
    for (int lead = 0xC2; lead <= 0xDF; ++lead) {
      const UChar32 first = (lead & 0x1F) << 6;
      for (UChar32 c = first; c < first + 0x40; ++c)
        if (bmp_[static_cast<size_t>(c)]) by_byte_[lead] = kMayStartOne;
    }
    for (int lead = 0xE0; lead <= 0xF4; ++lead) by_byte_[lead] = kMayStartOne;
    for (int lead = 0xC2; lead <= 0xDF; ++lead)
      for (int low = 0; low < 0x40; ++low)
        if (bmp_[static_cast<size_t>(((lead & 0x1F) << 6) | low)]) pair_ends_[lead & 0x1F] |= uint64_t{1} << low;
    int ascii_terminators = 0;
    for (int b = 0; b < 0x80; ++b) ascii_terminators += bmp_[static_cast<size_t>(b)];
    ascii_as_known_ = ascii_terminators == 5 && bmp_['.'] && bmp_['!'] && bmp_['?'] && bmp_['\n'] && bmp_['\r'];
    // The second bytes of the terminators led by D8 or D9 (U+0600..U+067F:
    // nearly every Arabic letter), for clean_block; none if too many.
    std::vector<uint8_t> seconds;
    for (int low = 0; low < 0x40; ++low)
      if (ends_pair(0xD8, static_cast<uint8_t>(0x80 | low)) || ends_pair(0xD9, static_cast<uint8_t>(0x80 | low)))
        seconds.push_back(static_cast<uint8_t>(0x80 | low));
    // They are sought as one range of bytes (U+061D..U+061F: 9D..9F), which
    // may take in some others: those merely send a block the slow way.
    // None: FF, which no valid text holds (and a lead test catches anyway).
    seconds_low_ = seconds.empty() ? 0xFF : *std::min_element(seconds.begin(), seconds.end());
    seconds_span_ = seconds.empty() ? 0 : static_cast<uint8_t>(*std::max_element(seconds.begin(), seconds.end()) - seconds_low_);
    block_scan_ = ascii_as_known_ && seconds_span_ < 8;
  }

  // The bytes of the 32 at `p` that may belong to a terminator, a bit each
  // (suspect), or none when unsure of everything (no block scan: ~0). Only
  // . ! ? CR LF, the leads other than D8 and D9, and the terminators' second
  // bytes' range are set: a block of ASCII and Arabic letters between full
  // stops is passed in a few vector operations, and a scan jumps straight to
  // the first byte set where it read each character up to it.
  uint32_t suspects(const uint8_t* p) const {
    if (!block_scan_) return ~uint32_t{0};
    Bytes a, b;
    std::memcpy(&a, p, 16);
    std::memcpy(&b, p + 16, 16);
    return bits(suspect(a)) | bits(suspect(b)) << 16;
  }
  bool block_scan() const { return block_scan_; }
  bool operator()(UChar32 c) const { return c < 0x10000 ? bmp_[static_cast<size_t>(c)] : ends_sentences(c); }

  // What a byte of valid UTF-8 tells: most (letters of the Arabic block past
  // U+063F, continuation bytes, ASCII other than . ! ? CR LF) rule a
  // terminator out without decoding anything.
  enum ByteClass : uint8_t { kNever = 0, kIsOne = 1, kMayStartOne = 2 };
  ByteClass byte_class(uint8_t b) const { return static_cast<ByteClass>(by_byte_[b]); }

  // Whether the two-byte sequence `lead` (C2..DF), `next` is a terminator:
  // Arabic letters are two bytes each, and most share their lead with the
  // Arabic question mark, so the pair is judged without decoding it.
  bool ends_pair(uint8_t lead, uint8_t next) const { return (pair_ends_[lead & 0x1F] >> (next & 0x3F)) & 1; }

  // True if the eight ASCII-or-not bytes at `p` are all ASCII and none of
  // them ends a sentence: English runs between full stops are passed eight
  // bytes at a time. Assumes (checked at construction) that the ASCII
  // terminators are . ! ? LF and CR; false whenever unsure.
  bool plain_ascii(const uint8_t* p) const {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kTop = 0x8080808080808080ull;
    uint64_t v;
    std::memcpy(&v, p, 8);
    if ((v & kTop) != 0 || !ascii_as_known_) return false;
    // A byte equal to c makes v ^ c zero there; the test is exact for the word as a whole.
    auto has = [v](char c) {
      const uint64_t x = v ^ (kOnes * static_cast<uint8_t>(c));
      return (x - kOnes) & ~x & kTop;
    };
    return (has('.') | has('!') | has('?') | has('\n') | has('\r')) == 0;
  }

 private:
  std::bitset<0x10000> bmp_;
  std::array<uint8_t, 256> by_byte_{};
  std::array<uint64_t, 32> pair_ends_{};  // by the lead's low five bits: which continuations end a sentence
  bool ascii_as_known_ = false;
  uint8_t seconds_low_ = 0xFF, seconds_span_ = 0;  // the range of the terminators' second bytes after D8, D9
  bool block_scan_ = false;

  static uint32_t bits(Bytes v) {
#if defined(__SSE2__)
    return static_cast<uint32_t>(_mm_movemask_epi8((__m128i)v));
#else
    uint32_t m = 0;
    for (int k = 0; k < 16; ++k) m |= uint32_t{v[k] >> 7} << k;
    return m;
#endif
  }

  // Set where a byte may belong to a terminator: . ! ? CR LF, a lead other
  // than D8 and D9, or a byte of the second bytes' range.
  Bytes suspect(Bytes v) const {
    const Bytes lead = (v & 0xC0) == 0xC0;
    const Bytes arabic_lead = (v & 0xFE) == 0xD8;
    return (Bytes)((v == '.') | (v == '!') | (v == '?') | (v == '\n') | (v == '\r') | (lead & ~arabic_lead) |
                   ((Bytes)(v - seconds_low_) <= seconds_span_));
  }
};

// Decodes the code point at `i` of valid UTF-8 and moves `i` past it.
[[gnu::always_inline]] inline UChar32 next_code_point(std::string_view s, size_t& i) {
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  const uint8_t lead = b[i];
  if (lead < 0x80) return b[i++];
  if (lead < 0xE0) { UChar32 c = ((lead & 0x1F) << 6) | (b[i + 1] & 0x3F); i += 2; return c; }
  if (lead < 0xF0) { UChar32 c = ((lead & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F); i += 3; return c; }
  UChar32 c = ((lead & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
  i += 4;
  return c;
}

// The offset of the first code point at or after `from` that may end a
// sentence (`after`: the offset past it), or s.size(). Every byte of an
// article passes here, so most are ruled out by their byte alone.
// `from` must start a character of valid UTF-8 (the window scan keeps to
// character boundaries), so a two-byte lead always has its second byte.
size_t find_terminator(std::string_view s, size_t from, const TerminatorTable& ends, size_t& after) {
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  for (size_t i = from; i < n;) {
    if (i + 32 <= n && ends.block_scan()) {
      const uint32_t suspects = ends.suspects(b + i);
      if (suspects == 0) {
        i += b[i + 31] >= 0xC0 ? 31 : 32;  // a D8 or D9 lead last: its pair is the next block's
        continue;
      }
      // Every character before the first suspect byte is no terminator.
      const size_t at = i + static_cast<size_t>(std::countr_zero(suspects));
      const uint8_t c = b[at];
      if (c < 0x80) {  // . ! ? CR LF
        after = at + 1;
        return at;
      }
      if (c >= 0xC0) {  // a lead other than D8, D9: its character decides
        size_t next = at;
        if (ends(next_code_point(s, next))) {
          after = next;
          return at;
        }
        i = next;
        continue;
      }
      // A byte of the second bytes' range: a pair's, whose lead (D8 or D9,
      // as no other lead came first) is the byte before.
      if (at > i && ends.ends_pair(b[at - 1], c)) {
        after = at + 1;
        return at - 1;
      }
      i = at + 1;
      continue;
    }
    // A block that may hold one: read a character at a time, up to its end.
    for (const size_t stop = std::min(n, i + 16); i < stop;) {
      const uint8_t lead = b[i];
      if (lead < 0x80) {
        if (i + 8 <= n && ends.plain_ascii(b + i)) {
          i += 8;
          continue;
        }
        if (ends.byte_class(lead) == TerminatorTable::kIsOne) {
          after = i + 1;
          return i;
        }
        ++i;
        continue;
      }
      if (lead >= 0xC2 && lead <= 0xDF) {
        if (ends.ends_pair(lead, b[i + 1])) {
          after = i + 2;
          return i;
        }
        i += 2;
        continue;
      }
      if (ends.byte_class(lead) == TerminatorTable::kNever) {
        ++i;
        continue;
      }
      size_t next = i;
      if (ends(next_code_point(s, next))) {
        after = next;
        return i;
      }
      i = next;
    }
  }
  return n;
}

bool is_word_gap(char c) { return c == ' ' || c == '\t'; }

// The start of the word that ends at `at` in `line`: past the last space or
// tab before `at`, but not before `floor`. Eight bytes a step where a loop
// read each: every terminator's window looks two words back.
size_t word_start(std::string_view line, size_t floor, size_t at) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
  // A top bit in each byte of `x` that is zero (exact, no borrow between bytes).
  auto zero_bytes = [](uint64_t x) { return ~(((x & kLow7) + kLow7) | x) & ~kLow7; };
  if constexpr (std::endian::native == std::endian::little)
    while (at >= floor + 8) {
      uint64_t v;
      std::memcpy(&v, line.data() + at - 8, 8);
      const uint64_t gaps = zero_bytes(v ^ (kOnes * ' ')) | zero_bytes(v ^ (kOnes * '\t'));
      if (gaps != 0) return at - 8 + static_cast<size_t>(63 - std::countl_zero(gaps)) / 8 + 1;
      at -= 8;
    }
  while (at > floor && !is_word_gap(line[at - 1])) --at;
  return at;
}

// The sentence-break classes of the code points below U+0800 (ASCII, Latin,
// Arabic), asked of ICU once: every terminator's window asks for several.
const std::array<uint8_t, 0x800> kSentenceBreaks = [] {
  std::array<uint8_t, 0x800> table{};
  for (UChar32 c = 0; c < 0x800; ++c) table[static_cast<size_t>(c)] = static_cast<uint8_t>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
  return table;
}();

int sentence_break(UChar32 c) {
  return c >= 0 && c < 0x800 ? kSentenceBreaks[static_cast<size_t>(c)] : u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
}

bool is_letter_class(UChar32 c) {
  switch (sentence_break(c)) {
    case U_SB_OLETTER: case U_SB_UPPER: case U_SB_LOWER: return true;
    default: return false;
  }
}

// The abbreviations after which ICU's filtered sentence iterator (the
// "ss=standard" of sentence_iterator) suppresses a break ("Mr.", "U.S."),
// read where the filter reads them (exceptions/SentenceBreak of the "en"
// break-iterator data) and split as its builder splits them
// (SimpleFilteredBreakIteratorBuilder::build): an abbreviation with a full
// stop inside ("U.S.") makes its beginning up to that stop ("U.") a partial
// one, whose match the filter checks again forwards; the others suppress
// the break whole. Backwards from the terminator, the longest one that ends
// the text decides.
class BreakExceptions {
 public:
  BreakExceptions() {
    std::vector<std::string> words;
    UErrorCode status = U_ZERO_ERROR;
    const icu::LocalUResourceBundlePointer bundle(ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "en", &status));
    const icu::LocalUResourceBundlePointer exceptions(ures_getByKey(bundle.getAlias(), "exceptions", nullptr, &status));
    const icu::LocalUResourceBundlePointer breaks(ures_getByKey(exceptions.getAlias(), "SentenceBreak", nullptr, &status));
    while (U_SUCCESS(status) && ures_hasNext(breaks.getAlias())) {
      int32_t length = 0;
      const UChar* units = ures_getNextString(breaks.getAlias(), &length, nullptr, &status);
      if (U_FAILURE(status)) break;
      icu::UnicodeString(units, length).toUTF8String(words.emplace_back());
    }
    if (U_FAILURE(status) || words.empty()) return;
    for (const auto& w : words)
      if (const size_t stop = w.find('.'); stop != std::string::npos && stop + 1 != w.size()) add(w.substr(0, stop + 1), false);
    for (const auto& w : words)
      if (const size_t stop = w.find('.'); stop == std::string::npos || stop + 1 == w.size()) add(w, true);  // "U.": stays partial (emplace keeps the first)
    known_ = true;
  }

  // False when the list could not be read: every window then goes to ICU.
  bool known() const { return known_; }

  // True if the filter may keep the break that `spaces` spaces and a Latin
  // capital after `text` (ending in its terminator) would make. It reads
  // back over one space only; a partial abbreviation's forward check fails
  // at the space.
  bool may_suppress(std::string_view text, size_t spaces) const {
    if (spaces != 1 || text.empty() || !last_bytes_[static_cast<uint8_t>(text.back())]) return false;
    for (size_t length = std::min(longest_, text.size()); length > 0; --length) {
      const std::string_view ending = text.substr(text.size() - length);
      if (!first_bytes_[static_cast<uint8_t>(ending[0])]) continue;
      if (const auto it = endings_.find(ending); it != endings_.end()) return it->second;
    }
    return false;
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // `whole`: suppresses the break by itself; else partial (a beginning).
  void add(std::string word, bool whole) {
    if (word.empty()) return;
    longest_ = std::max(longest_, word.size());
    first_bytes_.set(static_cast<uint8_t>(word.front()));
    last_bytes_.set(static_cast<uint8_t>(word.back()));
    endings_.emplace(std::move(word), whole);
  }
  std::unordered_map<std::string, bool, Hash, std::equal_to<>> endings_;
  // The endings' first and last bytes: most texts end in none, and most of
  // their tails start with none (hashing each cost more than the test).
  std::bitset<256> first_bytes_, last_bytes_;
  size_t longest_ = 0;
  bool known_ = false;
};

// Where UAX #29 and ICU's filtered iterator break after the terminator at
// [c, after) of `line` (valid UTF-8), the window's only one, in the common
// cases known without running the rules; npos for any other (ICU decides
// those). The terminator is a single full stop, ! or ? (ATerm, STerm), and
// closing quotes or brackets (ASCII Close: '."', '.)') and spaces follow it
// up to
//  - the end of the line: the only break is there (the end of the text,
//    which ICU's filter never suppresses);
//  - a Latin capital (Upper), unless the filter may keep the break
//    (`exceptions`, "Mr. Smith"): the break falls before that capital
//    (SB11: SB7 wants no space between, SB8 a small letter next, SB8a a
//    terminator or a comma-like sign), as it does before nearly every
//    English sentence;
//  - a caseless letter (OLetter: Arabic script), with another right before
//    the terminator: the break falls before that letter (SB11: SB6 wants a
//    digit next, SB7 a cased letter before and after, SB8 a small letter,
//    SB8a a terminator or a comma-like sign), and the filter's English
//    abbreviations cannot end in a caseless letter.
size_t plain_boundary(std::string_view line, size_t c, size_t after, const BreakExceptions& exceptions) {
  const auto* b = reinterpret_cast<const uint8_t*>(line.data());
  const int32_t n = static_cast<int32_t>(line.size());
  int32_t i = static_cast<int32_t>(c);
  UChar32 t;
  U8_NEXT(b, i, n, t);
  const int term = sentence_break(t);
  if ((term != U_SB_ATERM && term != U_SB_STERM) || static_cast<size_t>(i) != after) return std::string_view::npos;
  // Closing quotes and brackets (Close) may come between: SB9 to SB11 read past them.
  size_t closed = after;
  while (closed < line.size() && static_cast<uint8_t>(line[closed]) < 0x80 &&
         kSentenceBreaks[static_cast<uint8_t>(line[closed])] == U_SB_CLOSE)
    ++closed;
  size_t next = closed;
  while (next < line.size() && line[next] == ' ') ++next;
  if (next == line.size()) return next;
  if (next == closed || c == 0) return std::string_view::npos;
  if (line[next] >= 'A' && line[next] <= 'Z')
    return exceptions.known() && !exceptions.may_suppress(line.substr(0, closed), next - closed) ? next
                                                                                                : std::string_view::npos;
  int32_t p = static_cast<int32_t>(c);
  UChar32 before;
  U8_PREV(b, 0, p, before);
  if (sentence_break(before) != U_SB_OLETTER) return std::string_view::npos;
  int32_t k = static_cast<int32_t>(next);
  UChar32 letter;
  U8_NEXT(b, k, n, letter);
  return sentence_break(letter) == U_SB_OLETTER ? next : std::string_view::npos;
}

// A sentence iterator and the UTF-16 copy of the line it reads (ICU breaks
// UTF-16 text fastest), both kept from line to line and call to call.
class LineBreaker {
 public:
  explicit LineBreaker(std::unique_ptr<icu::BreakIterator> it) : it_(std::move(it)) {}

  // Points the iterator at `utf8`, which must be valid UTF-8.
  void set_line(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    // A line has no more UTF-16 units than UTF-8 bytes.
    const int32_t capacity = static_cast<int32_t>(utf8.size()) + 1;
    int32_t length = 0;
    u_strFromUTF8(line_.getBuffer(capacity), capacity, &length, utf8.data(), static_cast<int32_t>(utf8.size()), &status);
    line_.releaseBuffer(U_SUCCESS(status) ? length : 0);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU UTF-8 conversion: ") + u_errorName(status));
    it_->setText(line_);
    u16_ = 0;
    byte_ = 0;
  }

  // The next boundary as a byte offset in the line, or -1 past the last.
  // Boundaries come in increasing order, so the UTF-16 offset is converted
  // by walking on from the previous one.
  int64_t next() {
    const int32_t p = it_->next();
    if (p == icu::BreakIterator::DONE) return -1;
    const UChar* units = line_.getBuffer();
    while (u16_ < p) {
      UChar32 c;
      U16_NEXT(units, u16_, line_.length(), c);
      byte_ += U8_LENGTH(c);  // exact: the line is valid UTF-8
    }
    return static_cast<int64_t>(byte_);
  }

  // ICU's sentence boundaries of `line` (valid UTF-8), as byte offsets in
  // increasing order, the end of the line last; the same as set_line(line)
  // and next() until -1. ICU is run only on a window around each run of
  // terminators: from two words before it (the rules look one letter back,
  // the abbreviation filter a word back) to two words after the first letter
  // that follows (a full stop followed by a lower-case word is no boundary,
  // however much punctuation and digits lie between). Sentence rules restart
  // after a space, so a window reads like the whole line there.
  void boundaries(std::string_view line, const TerminatorTable& ends, const BreakExceptions& exceptions,
                  std::vector<size_t>& out) {
    out.clear();
    const size_t n = line.size();
    size_t scan = 0;  // everything before it lies in a window already
    while (true) {
      size_t after = scan;
      const size_t c = find_terminator(line, scan, ends, after);
      if (c >= n) break;
      size_t start = c;
      for (int words = 0; words < 2 && start > scan; ++words) {
        while (start > scan && is_word_gap(line[start - 1])) --start;
        start = word_start(line, scan, start);
      }
      size_t end = after;
      bool letter_seen = false, more_terminators = false;
      int gaps = 0;
      while (end < n) {
        size_t next = end;
        const UChar32 cp = next_code_point(line, next);
        if (ends(cp)) {
          letter_seen = false;
          more_terminators = true;
          gaps = 0;
        } else if (!letter_seen) {
          letter_seen = is_letter_class(cp);
        } else if (is_word_gap(line[end]) && !is_word_gap(line[end - 1]) && ++gaps == 2) {
          break;
        }
        end = next;
      }
      // Most Arabic sentences end the plain way: ICU (a UTF-16 copy, its
      // rules and its filter) is asked only about windows that do not.
      if (const size_t plain = more_terminators ? std::string_view::npos : plain_boundary(line, c, after, exceptions);
          plain != std::string_view::npos) {
        out.push_back(plain);
        if (end == n && plain != n) out.push_back(end);  // the window's end is the line's
        scan = end;
        continue;
      }
      set_line(line.substr(start, end - start));
      for (int64_t p = next(); p >= 0; p = next()) {
        const size_t at = start + static_cast<size_t>(p);
        if (at < end || end == n) out.push_back(at);  // the window's own end is no boundary
      }
      scan = end;
    }
    if (out.empty() || out.back() != n) out.push_back(n);
  }

 private:
  std::unique_ptr<icu::BreakIterator> it_;
  icu::UnicodeString line_;
  int32_t u16_ = 0;   // UTF-16 offset of the last boundary
  size_t byte_ = 0;   // its byte offset
};

// Line breakers over clones of one prototype iterator. A BreakIterator holds
// its text, so each call needs its own; they are kept here between calls,
// since cloning one costs about as much as splitting a short article.
// Guarded by a mutex: one splitter is used from many threads.
class BreakerPool {
 public:
  explicit BreakerPool(std::unique_ptr<icu::BreakIterator> prototype) : prototype_(std::move(prototype)) {}

  std::unique_ptr<LineBreaker> take() {
    {
      std::lock_guard lock(mutex_);
      if (!idle_.empty()) {
        auto breaker = std::move(idle_.back());
        idle_.pop_back();
        return breaker;
      }
    }
    std::unique_ptr<icu::BreakIterator> it(prototype_->clone());
    if (!it) throw std::runtime_error("ICU sentence iterator: clone failed");
    return std::make_unique<LineBreaker>(std::move(it));
  }

  void give_back(std::unique_ptr<LineBreaker> breaker) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(breaker));
  }

 private:
  const std::unique_ptr<icu::BreakIterator> prototype_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<LineBreaker>> idle_;
};

// A breaker of the pool for the length of one call.
class BreakerLease {
 public:
  explicit BreakerLease(BreakerPool& pool) : pool_(pool), breaker_(pool.take()) {}
  ~BreakerLease() { pool_.give_back(std::move(breaker_)); }
  BreakerLease(const BreakerLease&) = delete;
  BreakerLease& operator=(const BreakerLease&) = delete;
  LineBreaker* operator->() const { return breaker_.get(); }

 private:
  BreakerPool& pool_;
  std::unique_ptr<LineBreaker> breaker_;
};

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

bool has_letter(std::string_view s) {
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  // Asked of every line and every sentence, which nearly always open with a
  // Latin or Arabic letter (U+0621..U+064A): answered without ICU.
  if (n >= 2 && (static_cast<uint8_t>((b[0] | 0x20) - 'a') < 26 ||
                 (b[0] == 0xD8 && static_cast<uint8_t>(b[1] - 0xA1) < 26) ||
                 (b[0] == 0xD9 && static_cast<uint8_t>(b[1] - 0x81) < 10)))
    return true;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(b, i, n, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

// The last whitespace-separated word of `s`, folded.
std::string last_word(std::string_view s) {
  while (!s.empty() && is_space_byte(s.back())) s.remove_suffix(1);
  size_t p = s.find_last_of(" \t");
  return fold_string(p == std::string_view::npos ? s : s.substr(p + 1));
}

bool is_initial(const std::string& w) {
  // "J." or "ج." : one letter and a dot (possibly after an opening bracket).
  if (w.size() < 2 || w.back() != '.') return false;
  std::string_view core(w.data(), w.size() - 1);
  const auto* b = reinterpret_cast<const uint8_t*>(core.data());
  int32_t i = 0, n = static_cast<int32_t>(core.size());
  UChar32 c;
  U8_NEXT(b, i, n, c);
  return i == n && c >= 0 && u_isalpha(c);
}

}  // namespace

struct SentenceSplitter::Impl {
  std::unordered_set<std::string> abbreviations;
  size_t max_bytes;
  BreakerPool breakers;
  TerminatorTable terminators;
  BreakExceptions break_exceptions;
};

namespace {

std::unique_ptr<icu::BreakIterator> sentence_iterator() {
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" enables ICU's list of English abbreviations that do not end a sentence.
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  }
  if (U_FAILURE(status) || !it) throw std::runtime_error(std::string("ICU sentence iterator: ") + u_errorName(status));
  return it;
}

}  // namespace

SentenceSplitter::SentenceSplitter(std::unordered_set<std::string> abbreviations, size_t max_bytes)
    : impl_(new Impl{std::move(abbreviations), max_bytes, BreakerPool(sentence_iterator()), TerminatorTable(), BreakExceptions()}) {}

SentenceSplitter::~SentenceSplitter() { delete impl_; }

std::vector<SentenceSpan> SentenceSplitter::split(std::string_view text) const {
  if (!is_valid_utf8(text)) return {};  // callers sanitize first (offsets must stay exact)
  return split_valid(text);
}

std::vector<SentenceSpan> SentenceSplitter::split_valid(std::string_view text) const {
  std::vector<SentenceSpan> out;
  BreakerLease breaker(impl_->breakers);

  auto emit = [&](size_t b, size_t e) {
    while (b < e && is_space_byte(text[b])) ++b;
    while (e > b && is_space_byte(text[e - 1])) --e;
    if (b >= e || !has_letter(text.substr(b, e - b))) return;
    // Overlong sentences are cut at a space so that later stages stay bounded.
    while (e - b > impl_->max_bytes) {
      // Search this window only: rfind on the whole text would rescan everything
      // before `b` at every cut of a long unspaced line (quadratic).
      size_t cut = text.substr(b, impl_->max_bytes + 1).rfind(' ');
      cut = cut == std::string_view::npos || cut == 0 ? b + impl_->max_bytes : b + cut;
      while (cut > b && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      if (cut <= b) cut = b + impl_->max_bytes;
      out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(cut)});
      b = cut;
      while (b < e && is_space_byte(text[b])) ++b;
    }
    if (b < e) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  };

  std::vector<size_t> cuts;
  size_t line_start = 0;
  while (line_start <= text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view line = text.substr(line_start, line_end - line_start);
    if (has_letter(line)) {
      breaker->boundaries(line, impl_->terminators, impl_->break_exceptions, cuts);
      size_t sentence_start = 0;
      for (size_t p : cuts) {
        size_t cut = std::min<size_t>(p, line.size());
        if (cut < line.size()) {
          std::string w = last_word(line.substr(sentence_start, cut - sentence_start));
          if (impl_->abbreviations.count(w) || is_initial(w)) continue;
        }
        emit(line_start + sentence_start, line_start + cut);
        sentence_start = cut;
      }
      if (sentence_start < line.size()) emit(line_start + sentence_start, line_end);
    }
    if (line_end == text.size()) break;
    line_start = line_end + 1;
  }
  return out;
}

}  // namespace diplograph::text
