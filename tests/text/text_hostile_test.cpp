#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "diplograph/text/normalize.h"
#include "diplograph/text/segment.h"
#include "diplograph/text/tokenize.h"

using namespace diplograph;

namespace {
// Long inputs must be handled in time linear in their size: these bounds are
// generous enough for a sanitizer build on a busy machine.
double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
void check_cover(const std::string& text, const std::vector<text::SentenceSpan>& spans, size_t limit) {
  REQUIRE(!spans.empty());
  size_t covered = 0, previous = 0;
  for (const auto& s : spans) {
    CHECK(s.end - s.begin <= limit);
    CHECK(s.begin >= previous);
    CHECK(text::is_valid_utf8(std::string_view(text).substr(s.begin, s.end - s.begin)));  // cut between characters
    covered += s.end - s.begin;
    previous = s.end;
  }
  CHECK(covered + spans.size() >= text.size() * 9 / 10);  // only spaces are dropped
}
}  // namespace

TEST_CASE("segment: an 8 MB line without a full stop is cut into sentences of at most 20,000 bytes") {
  const text::SentenceSplitter splitter({}, 20000);
  std::string latin;
  while (latin.size() < (8u << 20)) latin += "talks ";
  auto start = std::chrono::steady_clock::now();
  check_cover(latin, splitter.split(latin), 20000);
  std::string arabic;
  while (arabic.size() < (8u << 20)) arabic += "\xD9\x82\xD9\x85\xD8\xA9 ";  // "قمة "
  check_cover(arabic, splitter.split(arabic), 20000);
  std::string unspaced(8u << 20, 'x');  // no space to cut at: cut at the limit
  check_cover(unspaced, splitter.split(unspaced), 20000);
  CHECK(seconds_since(start) < 60);
}

TEST_CASE("normalize: control and bidi characters fold to spaces or nothing and names still match") {
  CHECK(text::fold_string("Vladimir\xE2\x80\xAE Putin") == "vladimir putin");       // RLO
  CHECK(text::fold_string("\xE2\x81\xA6Putin\xE2\x81\xA9") == "putin");             // isolates
  CHECK(text::fold_string("Putin\x07\x1B\x7F") == "putin   ");  // C0 controls and DEL to spaces
  CHECK(text::fold_string(std::string("a\0b", 3)) == "a b");
}

TEST_CASE("normalize: overlong UTF-8 and surrogate halves are invalid and repaired to U+FFFD") {
  CHECK_FALSE(text::is_valid_utf8("\xC0\xAF"));
  CHECK_FALSE(text::is_valid_utf8("\xED\xA0\x80"));
  CHECK_FALSE(text::is_valid_utf8("\xF4\x90\x80\x80"));  // beyond U+10FFFF
  const std::string repaired = text::sanitize_utf8("a\xC0\xAF" "b\xED\xA0\x80" "c");
  CHECK(text::is_valid_utf8(repaired));
  CHECK(repaired.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(text::fold_string("a\xC0\xAF" "b").find_first_not_of("ab ") == std::string::npos);
  const text::SentenceSplitter splitter;
  CHECK(splitter.split("Putin \xC0\xAF met Trump.").empty());  // documented: invalid input yields no sentence
}

TEST_CASE("tokenize: 10,000 repeated words and a 1 MB word stay linear") {
  std::string many;
  for (int i = 0; i < 10000; ++i) many += "met ";
  CHECK(text::tokenize(many).size() == 10000);
  const std::string word(1 << 20, 'x');
  auto tokens = text::tokenize(word);
  REQUIRE(tokens.size() == 1);
  CHECK(tokens[0].end == word.size());
}
