#include "diplograph/text/tokenize.h"

#include "diplograph/text/token_scan.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cctype>

namespace diplograph::text {
namespace {

// Letters, decimal digits (u_isalnum) and marks.
bool icu_word_char(UChar32 c) {
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_ND_MASK | U_GC_MN_MASK | U_GC_MC_MASK)) != 0;
}

}  // namespace

namespace detail {

// Asked of ICU once: a table read costs less than a call into ICU per
// character. kArabicChar marks the Arabic block.
const std::array<uint8_t, kTabledChars> kCharClasses = [] {
  std::array<uint8_t, kTabledChars> table{};
  for (UChar32 c = 0; c < kTabledChars; ++c)
    table[c] = static_cast<uint8_t>((icu_word_char(c) ? kWordChar : 0) | (u_isUWhiteSpace(c) ? kSpaceChar : 0) |
                                    (u_isdigit(c) ? kDigitChar : 0) | (c >= 0x0600 && c <= 0x06FF ? kArabicChar : 0));
  return table;
}();

}  // namespace detail

namespace {

bool is_word_char(UChar32 c) {
  return c < detail::kTabledChars ? (detail::kCharClasses[c] & detail::kWordChar) != 0 : icu_word_char(c);
}
bool is_space(UChar32 c) {
  return c < detail::kTabledChars ? (detail::kCharClasses[c] & detail::kSpaceChar) != 0 : u_isUWhiteSpace(c);
}
bool is_digit(UChar32 c) {
  return c < detail::kTabledChars ? (detail::kCharClasses[c] & detail::kDigitChar) != 0 : u_isdigit(c);
}

}  // namespace

namespace detail {

// kSpaceChar alone for invalid UTF-8, which is skipped as a space is.
uint8_t other_char_class(const uint8_t* bytes, int32_t& i, int32_t length) {
  UChar32 c;
  U8_NEXT(bytes, i, length, c);
  if (c < 0) return kSpaceChar;
  return static_cast<uint8_t>((is_word_char(c) ? kWordChar : 0) | (is_digit(c) ? kDigitChar : 0) |
                              (is_space(c) ? kSpaceChar : 0));
}

}  // namespace detail

namespace {

constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال
constexpr std::string_view kLam = "\xD9\x84";         // ل
constexpr std::string_view kWaw = "\xD9\x88";         // و
constexpr std::string_view kFa = "\xD9\x81";          // ف
constexpr std::string_view kBa = "\xD8\xA8";          // ب
constexpr std::string_view kKaf = "\xD9\x83";         // ك

// Arabic letters are two bytes each in UTF-8.
size_t arabic_letters(std::string_view w) { return w.size() / 2; }

// Compared in place: the prefixes are two or four bytes, and a call to
// memcmp for each would cost more than the comparison.
bool starts(std::string_view w, std::string_view p) {
  if (w.size() < p.size()) return false;
  for (size_t k = 0; k < p.size(); ++k)
    if (w[k] != p[k]) return false;
  return true;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  tokenize_into(s, tokens);
  return tokens;
}

void tokenize_into(std::string_view s, std::vector<Token>& tokens) {
  tokens.clear();
  // A token and the space after it take four bytes or more in most text:
  // growing the vector token by token cost more than the estimate wastes.
  tokens.reserve(s.size() / 4 + 1);
  tokenize_each(s, [](void* out) -> Token& { return static_cast<std::vector<Token>*>(out)->emplace_back(); }, &tokens);
}

void tokenize_each(std::string_view s, Token& (*next)(void* context), void* context) {
  std::string joined;
  scan_tokens(s, joined, [&](uint32_t begin, uint32_t end, TokenKind kind, bool arabic, std::string_view norm) {
    Token& t = next(context);  // built in place: moving a string costs a copy
    t.norm.assign(norm);
    t.begin = begin;
    t.end = end;
    t.kind = kind;
    t.arabic = arabic;
  });
}

// The prefixes as two-byte codes (the UTF-8 bytes read big-endian), so that
// a prefix test is one comparison: this runs for every Arabic word.
constexpr unsigned kAlifCode = 0xD8A7, kLamCode = 0xD984, kWawCode = 0xD988, kFaCode = 0xD981,
                   kBaCode = 0xD8A8, kKafCode = 0xD983;

BareForms bare_form_starts(std::string_view w) {
  BareForms out;
  out.add(0);  // the word itself, whatever its length
  const size_t n = w.size();
  if (n == 0 || static_cast<unsigned char>(w[0]) < 0xD8 || static_cast<unsigned char>(w[0]) > 0xDB) return out;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(w.data());
  // The letter at byte k, 0 past the end.
  auto letter = [p, n](size_t k) -> unsigned { return k + 2 <= n ? unsigned(p[k]) << 8 | p[k + 1] : 0u; };
  // Most words start with none of the prefixes' first letters: one test each.
  const unsigned first = letter(0);
  if (first != kAlifCode && first != kLamCode && first != kBaCode && first != kKafCode && first != kWawCode &&
      first != kFaCode)
    return out;
  // A form keeps at least two letters. Each offset comes from one branch
  // only (the branches want different first letters), so no form repeats
  // and at most five are made.
  const size_t stems = (first == kWawCode || first == kFaCode) && arabic_letters(w) >= 3 ? 2 : 1;
  for (size_t s = 0; s < stems; ++s) {
    const size_t at = 2 * s;  // bytes
    auto x = [&](size_t k) { return letter(at + 2 * k); };  // the k-th letter from `at`
    const unsigned x0 = x(0);
    if (at != 0 && at + 4 <= n) out.add(at);
    // A word whose own first letters fold to ال ("الألمانية": ال + ألمانية)
    // is indexed without those too (key_form), so the article comes off twice.
    if (x0 == kAlifCode && x(1) == kLamCode) {
      if (at + 8 <= n) out.add(at + 4);
      if (x(2) == kAlifCode && x(3) == kLamCode && at + 12 <= n) out.add(at + 8);
    }
    if (x0 == kLamCode && x(1) == kLamCode && at + 8 <= n) out.add(at + 4);  // لل = ل + ال
    if (x0 == kBaCode || x0 == kLamCode || x0 == kKafCode) {
      if (at + 6 <= n) out.add(at + 2);
      if (x(1) == kAlifCode && x(2) == kLamCode) {
        if (at + 10 <= n) out.add(at + 6);
        if (x(3) == kAlifCode && x(4) == kLamCode && at + 14 <= n) out.add(at + 10);
      }
    }
  }
  return out;
}

std::vector<std::string> bare_forms(std::string_view w) {
  const BareForms forms = bare_form_starts(w);
  std::vector<std::string> out;
  for (size_t k = 0; k < forms.count; ++k) out.emplace_back(w.substr(forms.start[k]));
  return out;
}

std::string key_form(std::string_view w) {
  if (starts(w, kAl) && arabic_letters(w) >= 4) return std::string(w.substr(4));
  return std::string(w);
}

}  // namespace diplograph::text
