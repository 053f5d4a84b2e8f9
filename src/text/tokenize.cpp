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

BareForms bare_form_starts(std::string_view w) {
  BareForms out;
  out.add(0);  // the word itself, whatever its length
  if (w.empty() || static_cast<unsigned char>(w[0]) < 0xD8 || static_cast<unsigned char>(w[0]) > 0xDB)
    return out;
  // A form keeps at least two letters and is listed once.
  auto add = [&](size_t offset) {
    if (arabic_letters(w.substr(offset)) < 2 || out.count == BareForms::kMax) return;
    for (size_t k = 0; k < out.count; ++k)
      if (out.start[k] == offset) return;
    out.add(offset);
  };
  size_t stems[2] = {0, 0};
  size_t stem_count = 1;
  if ((starts(w, kWaw) || starts(w, kFa)) && arabic_letters(w) > 3) stems[stem_count++] = 2;
  // A word whose own first letters fold to ال ("الألمانية": ال + ألمانية) is
  // indexed without those too (key_form), so the article comes off twice.
  auto add_without_article = [&](size_t at) {
    add(at + 4);
    if (starts(w.substr(at + 4), kAl)) add(at + 8);
  };
  for (size_t k = 0; k < stem_count; ++k) {
    const size_t at = stems[k];
    const std::string_view x = w.substr(at);
    add(at);
    if (starts(x, kAl)) add_without_article(at);
    if (starts(x, kLam) && starts(x.substr(2), kLam)) add(at + 4);  // لل = ل + ال
    if (starts(x, kBa) || starts(x, kLam) || starts(x, kKaf)) {
      add(at + 2);
      if (starts(x.substr(2), kAl)) add_without_article(at + 2);
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
