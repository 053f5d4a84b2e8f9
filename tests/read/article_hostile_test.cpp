#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "diplograph/read/article.h"

using namespace diplograph;

namespace {
struct Outcome {
  std::vector<read::Article> articles;
  std::vector<read::ReadProblem> problems;
};
Outcome parse(const std::string& bytes, bool jsonl) {
  Outcome o;
  read::parse_articles(
      jsonl ? "in.jsonl" : "in.txt", bytes, jsonl, {}, [&](read::Article&& a) { o.articles.push_back(std::move(a)); },
      [&](const read::ReadProblem& p) { o.problems.push_back(p); });
  return o;
}
std::string one_problem(const std::string& bytes, bool jsonl) {
  auto o = parse(bytes, jsonl);
  REQUIRE(o.articles.empty());
  REQUIRE(o.problems.size() == 1);
  return o.problems[0].where + ": " + o.problems[0].message;
}
}  // namespace

TEST_CASE("read: a 10 MB line without a full stop is refused with the 8 MiB limit, as text and as JSON") {
  const std::string latin(10 << 20, 'a');
  CHECK(one_problem(latin, false) == "in.txt: larger than 8 MiB");
  CHECK(one_problem("{\"text\": \"" + latin + "\"}\n", true) == "in.jsonl:1: article larger than 8 MiB");
  std::string arabic;
  while (arabic.size() < (10u << 20)) arabic += "\xD9\x82\xD9\x85\xD8\xA9 ";  // "قمة "
  CHECK(one_problem(arabic, false) == "in.txt: larger than 8 MiB");
}

TEST_CASE("read: NUL bytes, overlong UTF-8 and surrogate halves are refused with the reason") {
  static const char kNul[] = "Title\nPutin met\0Trump.";
  CHECK(one_problem(std::string(kNul, sizeof kNul - 1), false) == "in.txt: binary file (NUL bytes)");
  CHECK(one_problem("Title\nPutin \xC0\xAF met Trump.", false) == "in.txt: not valid UTF-8");
  CHECK(one_problem("Title\nPutin \xED\xA0\x80 met Trump.", false) == "in.txt: not valid UTF-8");
  CHECK(one_problem("{\"text\": \"Putin met\\u0000Trump\"}", true) == "in.jsonl:1: NUL byte in text");
  CHECK(one_problem("{\"text\": \"Putin \\ud800 met\"}", true) == "in.jsonl:1: malformed JSON line");
  CHECK(one_problem("{\"text\": \"Putin \xC0\xAF met\"}", true) == "in.jsonl:1: malformed JSON line");
  CHECK(one_problem("{\"text\": \"Putin \xED\xA0\x80 met\"}", true) == "in.jsonl:1: malformed JSON line");
}

TEST_CASE("read: control and bidi characters are text; the article keeps them as written") {
  auto o = parse("Title\x07\nVladimir\xE2\x80\xAE Putin met \x1B[31mDonald Trump.", false);
  REQUIRE(o.articles.size() == 1);
  CHECK(o.articles[0].title == "Title\x07");
  CHECK(o.articles[0].lang == "en");
}

TEST_CASE("read: every bad line of a JSON Lines file is named and the good ones kept") {
  std::string many;
  for (int i = 0; i < 10000; ++i) many += i % 2 ? "{\"text\": \"Putin met Trump.\"}\n" : "{broken\n";
  auto o = parse(many, true);
  CHECK(o.articles.size() == 5000);
  REQUIRE(o.problems.size() == 5000);
  CHECK(o.problems.back().where == "in.jsonl:9999");
}
