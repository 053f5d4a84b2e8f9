// The tokenizer's scan, as a template: the extractor hands it a callback
// that builds its own token records in place, and inlining that callback
// saves a call, a std::string and a second pass over the tokens for each of
// them. tokenize() and tokenize_each() are built on it.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "diplograph/text/tokenize.h"

namespace diplograph::text {
namespace detail {

// Character classes, a bit each.
enum CharClass : uint8_t { kWordChar = 1, kSpaceChar = 2, kDigitChar = 4, kArabicChar = 8 };

// ICU's answers for the code points below U+0800 (ASCII, Latin-1, ... the
// Arabic block: every one- and two-byte sequence), asked once.
constexpr int kTabledChars = 0x800;
extern const std::array<uint8_t, kTabledChars> kCharClasses;

// The classes of a code point past the table, or of invalid UTF-8 (a space),
// at `i`, moving `i` past it. Rare in news text: out of line.
uint8_t other_char_class(const uint8_t* bytes, int32_t& i, int32_t length);

// The classes (CharClass) of the code point at `i`, moving `i` past it.
// ASCII and the two-byte sequences (Latin-1, Arabic: valid whenever the lead
// byte is C2..DF and a continuation byte follows) come first.
inline uint8_t next_char_class(const uint8_t* bytes, int32_t& i, int32_t length) {
  const uint8_t lead = bytes[i];
  if (lead < 0x80) {
    ++i;
    return kCharClasses[lead];
  }
  if (lead >= 0xC2 && lead <= 0xDF && i + 1 < length && (bytes[i + 1] & 0xC0) == 0x80) {
    const int c = ((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
    i += 2;
    return kCharClasses[c];
  }
  return other_char_class(bytes, i, length);
}

// How many of the eight bytes at `p`, from the first, are small ASCII
// letters. Each byte is tested in its own lane: a byte past ASCII may carry
// into the lane above, but only from past the end of the run.
inline int32_t ascii_letter_run(const uint8_t* p) {
  if constexpr (std::endian::native != std::endian::little) return 0;
  constexpr uint64_t kOnes = 0x0101010101010101ull, kTop = 0x8080808080808080ull;
  uint64_t v;
  std::memcpy(&v, p, 8);
  const uint64_t letters = ~v & (v + kOnes * (0x80 - 'a')) & ~(v + kOnes * (0x80 - 'z' - 1)) & kTop;
  const uint64_t others = ~letters & kTop;
  return others == 0 ? 8 : std::countr_zero(others) / 8;
}

// An Arabic letter of the folded text (U+0621..U+063A, U+0641..U+064A) as
// its two UTF-8 bytes: ICU gives them all the classes kArabicLetter.
inline bool arabic_letter(uint8_t lead, uint8_t next) {
  return lead == 0xD8 ? static_cast<uint8_t>(next - 0xA1) < 26 : lead == 0xD9 && static_cast<uint8_t>(next - 0x81) < 10;
}
constexpr uint8_t kArabicLetter = kWordChar | kArabicChar;

// How many of the sixteen bytes at `p` (an Arabic letter's first byte, or
// not) are a run of whole Arabic letters (arabic_letter) from the first: an
// even count, 16 when all are. Tested together where a letter at a time
// cost a branch on its first byte that news text makes unpredictable.
inline int32_t arabic_letter_run16(const uint8_t* p) {
#if defined(__SSE2__)
  using V = uint8_t __attribute__((vector_size(16)));
  V v;
  std::memcpy(&v, p, 16);
  const V next = (V)_mm_srli_si128((__m128i)v, 1);  // each byte's successor (the last one's unused)
  const V first = ((V)(v == 0xD8) & (V)((V)(next - 0xA1) <= 25)) | ((V)(v == 0xD9) & (V)((V)(next - 0x81) <= 9));
  // A letter at every even lane from the first: the first lane that has none ends the run.
  const unsigned none = ~static_cast<unsigned>(_mm_movemask_epi8((__m128i)first)) & 0x5555u;
  return static_cast<int32_t>(std::countr_zero(none | 0x10000u));
#else
  int32_t n = 0;
  while (n < 16 && arabic_letter(p[n], p[n + 1])) n += 2;
  return n;
#endif
}

inline bool ascii_alpha(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
// u_isalnum of the byte read as a code point (Latin-1 for bytes past ASCII,
// as tokenize() has always asked): letters and digits have no marks there.
inline bool byte_alnum(char c) { return kCharClasses[static_cast<unsigned char>(c)] & kWordChar; }

}  // namespace detail

// Calls on(begin, end, kind, arabic, norm) for each token of the folded text
// `s`, in order: its byte range in `s`, and its folded form, a view into `s`
// except for a dotted initialism ("u.s." -> "us"), whose letters are joined
// in `joined` (the view is valid until the next call). The rules are those
// of tokenize().
template <class OnToken>
void scan_tokens(std::string_view s, std::string& joined, OnToken&& on) {
  using namespace detail;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < length) {
    if (bytes[i] == ' ') {  // most characters between words, passed without the table
      ++i;
      continue;
    }
    const int32_t start = i;
    // The first character's classes, read as its word's others are: the
    // word's kind comes from them all. A word opening with a small ASCII
    // letter or an Arabic letter (nearly every one) has its first run of
    // them read at once, as the loop below reads the runs after it.
    uint8_t first;
    if (static_cast<uint8_t>(bytes[i] - 'a') < 26 && i + 8 <= length) {
      first = kCharClasses['a'];
      i += ascii_letter_run(bytes + i);  // one at least
    } else if ((bytes[i] & 0xFE) == 0xD8 && i + 16 <= length && arabic_letter(bytes[i], bytes[i + 1])) {
      first = kArabicLetter;
      int32_t run = 16;
      while (run == 16 && i + 16 <= length) {
        run = arabic_letter_run16(bytes + i);
        i += run;
      }
    } else {
      first = next_char_class(bytes, i, length);
      if (first & kSpaceChar) continue;
    }
    // The token, handed to `on` from this one place, where it is inlined once.
    uint32_t token_end = static_cast<uint32_t>(i);
    TokenKind kind = TokenKind::kPunct;
    bool arabic = false;
    // Views made directly: the offsets lie inside `s`, and substr's bounds
    // check and clamp cost more than the rest of a short token.
    std::string_view norm(s.data() + start, static_cast<size_t>(i - start));
    if (first & kWordChar) {
      // The classes of the word's characters, all and any of them: bit
      // operations per character where tests and branches cost more.
      uint8_t every = first, some = first;
      int32_t end = i;
      while (end < length) {
        if (bytes[end] == ' ') break;  // how most words end, known without the table
        if (static_cast<uint8_t>(bytes[end] - 'a') < 26 && end + 8 <= length) {
          // Small ASCII letters, most of an English word, eight at a time.
          const int32_t run = ascii_letter_run(bytes + end);
          if (run > 0) {
            every &= kCharClasses['a'];
            end += run;
            if (run == 8) continue;
          }
        }
        if ((bytes[end] & 0xFE) == 0xD8) {
          // Arabic letters, most of an Arabic word, two bytes at a time without the table.
          int32_t e = end;
          int32_t run = 16;
          while (run == 16 && e + 16 <= length) {
            run = arabic_letter_run16(bytes + e);
            e += run;
          }
          if (run == 16)  // the sentence's last bytes
            while (e + 1 < length && arabic_letter(bytes[e], bytes[e + 1])) e += 2;
          if (e > end) {
            every &= kArabicLetter;
            some |= kArabicLetter;
            end = e;
            if (end >= length) break;
          }
        }
        int32_t next = end;
        const uint8_t cls = next_char_class(bytes, next, length);
        if (!(cls & kWordChar)) break;
        every &= cls;
        some |= cls;
        end = next;
      }
      const bool digits = every & kDigitChar;  // digits only
      arabic = some & kArabicChar;            // an Arabic-block character anywhere
      kind = digits ? TokenKind::kNumber : TokenKind::kWord;
      i = end;
      token_end = static_cast<uint32_t>(end);
      norm = std::string_view(s.data() + start, static_cast<size_t>(end - start));
      if (!arabic) {
        // Possessive "'s" belongs to the word before it.
        if (i + 1 < length && s[i] == '\'' && s[i + 1] == 's' && (i + 2 == length || !byte_alnum(s[i + 2]))) i += 2;
        const bool single = end - start == 1;
        if (single && i + 2 < length && s[i] == '.' && ascii_alpha(s[i + 1]) && s[i + 2] == '.') {
          // Dotted initialisms: "u.s." and "u.n." become "us" and "un".
          joined.assign(1, s[start]);
          int32_t j = i;
          while (j + 2 < length && s[j] == '.' && ascii_alpha(s[j + 1]) && s[j + 2] == '.') {
            joined.push_back(s[j + 1]);
            j += 2;
          }
          if (j < length && s[j] == '.') ++j;
          i = j;
          token_end = static_cast<uint32_t>(j);
          norm = std::string_view(joined);
        } else if (single && !digits && i + 2 < length && s[i] == '.' && s[i + 1] == ' ' && ascii_alpha(s[i + 2])) {
          token_end = static_cast<uint32_t>(++i);  // a middle initial: "george w. bush" matches "george w bush"
        }
      }
    }
    on(static_cast<uint32_t>(start), token_end, kind, arabic, norm);
  }
}

}  // namespace diplograph::text
