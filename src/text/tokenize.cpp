#include "diplograph/text/tokenize.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace diplograph::text {
namespace {

constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال
constexpr std::string_view kLam = "\xD9\x84";         // ل
constexpr std::string_view kWaw = "\xD9\x88";         // و
constexpr std::string_view kFa = "\xD9\x81";          // ف
constexpr std::string_view kBa = "\xD8\xA8";          // ب
constexpr std::string_view kKaf = "\xD9\x83";         // ك

bool is_word_char(UChar32 c) {
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK;
}

// Arabic letters are two bytes each in UTF-8.
size_t arabic_letters(std::string_view w) { return w.size() / 2; }

bool starts(std::string_view w, std::string_view p) { return w.substr(0, p.size()) == p; }

void add(std::vector<std::string>& out, std::string_view w) {
  if (arabic_letters(w) < 2) return;
  if (std::find(out.begin(), out.end(), w) == out.end()) out.emplace_back(w);
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || c == ' ' || u_isUWhiteSpace(c)) continue;
    if (!is_word_char(c)) {
      Token t;
      t.norm.assign(s.substr(start, i - start));
      t.begin = start;
      t.end = i;
      t.kind = TokenKind::kPunct;
      tokens.push_back(std::move(t));
      continue;
    }
    bool digits = u_isdigit(c);
    bool arabic = c >= 0x0600 && c <= 0x06FF;
    int32_t end = i;
    while (end < length) {
      int32_t next = end;
      UChar32 d;
      U8_NEXT(bytes, next, length, d);
      if (d < 0 || !is_word_char(d)) break;
      digits = digits && u_isdigit(d);
      arabic = arabic || (d >= 0x0600 && d <= 0x06FF);
      end = next;
    }
    Token t;
    t.norm.assign(s.substr(start, end - start));
    t.begin = start;
    t.end = end;
    t.kind = digits ? TokenKind::kNumber : TokenKind::kWord;
    t.arabic = arabic;
    i = end;
    // Possessive "'s" belongs to the word before it.
    if (!arabic && i + 1 < length && s[i] == '\'' && s[i + 1] == 's' &&
        (i + 2 == length || !u_isalnum(static_cast<unsigned char>(s[i + 2])))) {
      i += 2;
    }
    // Dotted initialisms: "u.s." and "u.n." become "us" and "un".
    if (!arabic && t.norm.size() == 1 && i + 2 < length && s[i] == '.' &&
        std::isalpha(static_cast<unsigned char>(s[i + 1])) && s[i + 2] == '.') {
      std::string joined = t.norm;
      int32_t j = i;
      while (j + 2 < length && s[j] == '.' && std::isalpha(static_cast<unsigned char>(s[j + 1])) &&
             (j + 2 == length || s[j + 2] == '.' ) ) {
        joined.push_back(s[j + 1]);
        j += 2;
      }
      if (j < length && s[j] == '.') ++j;
      t.norm = joined;
      t.end = j;
      i = j;
    } else if (!arabic && t.norm.size() == 1 && !digits && i + 2 < length && s[i] == '.' && s[i + 1] == ' ' &&
               std::isalpha(static_cast<unsigned char>(s[i + 2]))) {
      // A middle initial: "george w. bush" matches the name "george w bush".
      t.end = ++i;
    }
    tokens.push_back(std::move(t));
  }
  return tokens;
}

std::vector<std::string> bare_forms(std::string_view w) {
  std::vector<std::string> out;
  out.emplace_back(w);
  if (w.empty() || static_cast<unsigned char>(w[0]) < 0xD8 || static_cast<unsigned char>(w[0]) > 0xDB)
    return out;
  std::vector<std::string_view> stems{w};
  if ((starts(w, kWaw) || starts(w, kFa)) && arabic_letters(w) > 3) stems.push_back(w.substr(2));
  // Without the article; a word whose own first letters fold to ال
  // ("الألمانية": ال + ألمانية) is indexed without those too (key_form).
  auto add_without_article = [&](std::string_view x) {
    std::string_view y = x.substr(4);
    add(out, y);
    if (starts(y, kAl)) add(out, y.substr(4));
  };
  for (std::string_view x : stems) {
    add(out, x);
    if (starts(x, kAl)) add_without_article(x);
    if (starts(x, kLam) && starts(x.substr(2), kLam)) add(out, x.substr(4));  // لل = ل + ال
    if (starts(x, kBa) || starts(x, kLam) || starts(x, kKaf)) {
      std::string_view y = x.substr(2);
      add(out, y);
      if (starts(y, kAl)) add_without_article(y);
    }
  }
  return out;
}

std::string key_form(std::string_view w) {
  if (starts(w, kAl) && arabic_letters(w) >= 4) return std::string(w.substr(4));
  return std::string(w);
}

}  // namespace diplograph::text
