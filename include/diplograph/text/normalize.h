// Normalisation for matching: one spelling per word, whatever the script.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace diplograph::text {

// A folded copy of a text with, for every byte of it, the offset of the
// source byte it came from, so a match in the folded text points back into
// the original.
struct Folded {
  std::string text;
  std::vector<uint32_t> origin;  // origin.size() == text.size() + 1

  // Byte range [begin, end) of the source that folded bytes [b, e) came from.
  // Inline: asked for every token of every sentence.
  std::pair<uint32_t, uint32_t> source_range(size_t b, size_t e) const {
    if (b >= text.size()) return {origin.back(), origin.back()};
    uint32_t begin = origin[b];
    // The end is the start of the first source character after the folded range.
    uint32_t end = e < origin.size() ? origin[e] : origin.back();
    if (end < begin) end = begin;
    return {begin, end};
  }
};

// Folds `utf8` for matching:
//  - Arabic: diacritics, tatweel and Quranic marks removed; alef and hamza
//    forms folded to bare alef/waw/ya; alef maqsura to ya; ta marbuta to ha;
//    Persian kaf/ya to Arabic; Arabic-Indic digits to ASCII; Arabic comma,
//    semicolon and question mark to ASCII;
//  - Latin and other scripts: compatibility decomposition, combining marks
//    removed, case folded ("Erdoğan" -> "erdogan");
//  - invisible format characters (ZWJ, bidi controls, BOM) removed; dashes,
//    quotes and spaces unified. Invalid UTF-8 becomes a space.
Folded fold(std::string_view utf8);

// fold() into `out`, whose storage is reused: for a caller folding many
// texts in turn, without an allocation each.
void fold_into(std::string_view utf8, Folded& out);

// fold(utf8).text, without the offsets.
std::string fold_string(std::string_view utf8);

// True if `utf8` is well-formed UTF-8 (no overlong forms, no surrogates).
bool is_valid_utf8(std::string_view utf8);

// `utf8` with every invalid byte sequence replaced by U+FFFD.
std::string sanitize_utf8(std::string_view utf8);

// True if the text contains Arabic letters.
bool has_arabic(std::string_view utf8);

}  // namespace diplograph::text
