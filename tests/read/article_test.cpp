#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "diplograph/read/article.h"

namespace {

using diplograph::read::Article;
using diplograph::read::ReadOptions;
using diplograph::read::ReadProblem;

struct Parsed {
  std::vector<Article> articles;
  std::vector<ReadProblem> problems;
};

Parsed parse(const std::string& name, const std::string& bytes, bool jsonl, ReadOptions options = {}) {
  Parsed out;
  diplograph::read::parse_articles(
      name, bytes, jsonl, options, [&](Article&& a) { out.articles.push_back(std::move(a)); },
      [&](const ReadProblem& p) { out.problems.push_back(p); });
  return out;
}

}  // namespace

TEST_CASE("a plain-text article has its title on the first line and takes --date") {
  ReadOptions options;
  options.default_date = *diplograph::Date::parse("2018-07-18");
  auto r = parse("news/a.txt", "Putin and Kim agree to meet\nMoscow - Putin invited Kim.\n", false, options);
  REQUIRE(r.articles.size() == 1);
  CHECK(r.problems.empty());
  CHECK(r.articles[0].title == "Putin and Kim agree to meet");
  CHECK(r.articles[0].id == "news/a.txt");
  CHECK(r.articles[0].date.iso() == "2018-07-18");
  CHECK(r.articles[0].date_source == "option");
}

TEST_CASE("JSON Lines: metadata wins over --date, only text is required, bad lines are named") {
  ReadOptions options;
  options.default_date = *diplograph::Date::parse("2020-01-01");
  const std::string bytes =
      "{\"id\":\"x1\",\"date\":\"2019-02-28\",\"lang\":\"ar\",\"text\":\"قمة ترامب وكيم\"}\n"
      "\n"
      "{\"text\":\"Biden met Xi.\"}\n"
      "{not json\n"
      "{\"id\":\"x4\"}\n"
      "{\"text\":\"Date is wrong.\",\"date\":\"2019-02-30\"}\n"
      "{\"text\":\"Bad language.\",\"lang\":\"xx\"}\n";
  auto r = parse("feed.jsonl", bytes, true, options);
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[0].id == "x1");
  CHECK(r.articles[0].date.iso() == "2019-02-28");
  CHECK(r.articles[0].date_source == "metadata");
  CHECK(r.articles[0].lang == "ar");
  CHECK(r.articles[1].id == "feed.jsonl:3");
  CHECK(r.articles[1].date.iso() == "2020-01-01");
  REQUIRE(r.problems.size() == 4);
  CHECK(r.problems[0].where == "feed.jsonl:4");
  CHECK(r.problems[1].where == "feed.jsonl:5");
  CHECK(r.problems[2].where == "feed.jsonl:6");
  CHECK(r.problems[3].where == "feed.jsonl:7");
  for (const auto& p : r.problems) CHECK_FALSE(p.message.empty());
}

TEST_CASE("binary, non-UTF-8, empty and oversized input is refused with a reason") {
  CHECK(parse("a.txt", std::string("abc\0def", 7), false).problems.size() == 1);
  CHECK(parse("b.txt", "caf\xC3 ok", false).problems.size() == 1);       // truncated sequence
  CHECK(parse("c.txt", "\xC0\xAF overlong", false).problems.size() == 1);  // overlong '/'
  CHECK(parse("d.txt", "\xED\xA0\x80 surrogate", false).problems.size() == 1);
  CHECK(parse("e.txt", "  \n\n ", false).problems.size() == 1);
  auto big = parse("f.txt", std::string(diplograph::read::kMaxArticleBytes + 1, 'a'), false);
  CHECK(big.articles.empty());
  CHECK(big.problems.size() == 1);
}
