// Word tokens of folded text, and the bare forms of Arabic words behind
// their proclitics and article.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph::text {

enum class TokenKind { kWord, kNumber, kPunct };

// `Text` is std::string for a token that owns its folded form, or
// std::string_view for one whose form lies in a text its owner keeps (the
// extractor's sentences: a string per token cost more than finding it).
template <class Text>
struct BasicToken {
  Text norm;  // folded form ("u.s." -> "us", "putin's" -> "putin")
  uint32_t begin = 0;  // byte range in the folded text
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool arabic = false;
  bool capitalised = false;  // set by the caller from the source text (Latin only)

  bool is_word() const { return kind == TokenKind::kWord; }
  bool is_punct(char c) const { return kind == TokenKind::kPunct && norm.size() == 1 && norm[0] == c; }
};
using Token = BasicToken<std::string>;
using TokenView = BasicToken<std::string_view>;

// Splits folded text into words (letters and digits; an apostrophe or a hyphen
// inside a Latin word splits it), numbers and single punctuation characters.
// Whitespace is dropped.
std::vector<Token> tokenize(std::string_view folded);

// tokenize() into `out` (cleared first), whose storage is reused.
void tokenize_into(std::string_view folded, std::vector<Token>& out);

// tokenize() for a caller that keeps each token inside a larger record of
// its own: `next(context)` returns a default Token to fill for each token in
// turn (say, a member of a new element of the caller's vector), so that no
// token is built apart and then moved, its string copied.
void tokenize_each(std::string_view folded, Token& (*next)(void* context), void* context);

// The forms a folded Arabic word may stand for once its conjunction
// (و ف), preposition (ب ل ك) and article (ال) are taken off, the word itself
// first: "وبالرئيس" -> {"وبالرئيس", "بالرئيس", "رئيس", ...}. Forms keep at
// least two letters. A non-Arabic word yields itself only.
std::vector<std::string> bare_forms(std::string_view word);

// bare_forms() without building strings: every form is a suffix of the word,
// so a form is given by the byte offset where it starts, in the same order.
// Those offsets are 0, 2, 4, 6 or 8 (proclitics and the article are one or
// two Arabic letters of two bytes each), hence at most five forms.
struct BareForms {
  static constexpr size_t kMax = 5;
  uint8_t count = 0;
  uint8_t start[kMax] = {};

  void add(size_t offset) { start[count++] = static_cast<uint8_t>(offset); }
};
BareForms bare_form_starts(std::string_view word);

// The form under which a lexicon word is indexed: the folded word without a
// leading article ("الجزائر" -> "جزائر"), so that any of bare_forms() of a
// text word can find it.
std::string key_form(std::string_view folded_word);

}  // namespace diplograph::text
