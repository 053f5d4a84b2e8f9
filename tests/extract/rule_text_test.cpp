#include <doctest/doctest.h>

#include <string>

#include "extract/rule_text.h"

using diplograph::extract::RuleText;
using namespace std::string_view_literals;

TEST_CASE("rule text: marks are appended in order and written into the meeting's rule") {
  RuleText rule;
  rule.append("en:"sv).append("verb"sv).append("-"sv).append("meeting"sv);
  rule += "+subject";
  rule += ""sv;
  rule += std::string_view();  // an empty view pointing nowhere adds nothing
  CHECK(rule.view() == "en:verb-meeting+subject");
  std::string out;
  rule.into(out);
  CHECK(out == "en:verb-meeting+subject");
  CHECK(out.capacity() >= 64);  // room for what merging appends
}

TEST_CASE("rule text: a rule longer than its room goes on in a string, whole") {
  RuleText rule;
  std::string expected;
  for (int i = 0; i < 40; ++i) {
    rule += "+previous-subject"sv;
    expected += "+previous-subject";
  }
  CHECK(rule.view() == expected);
  rule += "+x"sv;
  expected += "+x";
  std::string out;
  rule.into(out);
  CHECK(out == expected);
}

TEST_CASE("rule text: filling the room exactly does not spill, one byte more does") {
  RuleText rule;
  const std::string ten(10, 'a');
  std::string expected;
  for (int i = 0; i < 16; ++i) rule += ten, expected += ten;  // 160 bytes: the room, exactly
  CHECK(rule.view() == expected);
  rule += "b"sv;
  expected += "b";
  CHECK(rule.view() == expected);
}
