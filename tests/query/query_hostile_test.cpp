#include <doctest/doctest.h>

#include <chrono>
#include <sstream>
#include <string>

#include "diplograph/extract/extractor.h"
#include "diplograph/query/evaluator.h"
#include "diplograph/query/render.h"
#include "diplograph/store/knowledge_base.h"

using namespace diplograph;

namespace {
std::string parse_error(const std::string& q) {
  auto r = query::parse(q);
  REQUIRE_FALSE(r.ok());
  return r.error();
}
std::string words(const std::string& head, int n) {
  std::string q = head;
  for (int i = 0; i < n; ++i) q += " w" + std::to_string(i % 100);
  return q;
}
double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A knowledge base of two meetings, one of them with a right-to-left override in a name.
struct Kb {
  store::KnowledgeBase kb{":memory:"};
  Kb() {
    auto lex = *lexicon::Lexicon::load(DIPLOGRAPH_LEXICON_DIR);
    kb.sync_lexicon(*lex);
    extract::Extractor ex(lex);
    for (const char* text : {"Helsinki\nVladimir Putin and Donald Trump held a summit in Helsinki on Monday.",
                             "Singapore\nDonald Trump and Kim Jong Un met in Singapore on June 12, 2018."}) {
      read::Article a;
      a.id = "t";
      a.text = text;
      a.date = Date::ymd(2018, 7, 18);
      store::IngestCounts counts;
      kb.add_article(a, ex.extract(a), store::content_hash(a.text), counts);
    }
  }
};
}  // namespace

TEST_CASE("query hostile: unbalanced quotes name the character and the closing quote") {
  CHECK(parse_error("who met \"Kim Jong Un") == "unbalanced quote at character 9: close it with \"");
  CHECK(parse_error("who met \xC2\xAB" "Kim") == "unbalanced quote at character 9: close it with \xC2\xBB");
  CHECK(parse_error("path 'Lavrov \"Trump\"").find("unbalanced quote at character 6") == 0);
}

TEST_CASE("query hostile: huge numbers are refused with the allowed range") {
  CHECK(parse_error("top 99999999999999999999").find("top N needs 1 <= N <= 100000") == 0);
  CHECK(parse_error("top 100001").find("top N needs 1 <= N <= 100000") == 0);
  CHECK(parse_error("before #1 within 1e30 days").find("expected a number of days (1-36500)") == 0);
  CHECK(parse_error("before #1 within 1000000000000000000000000000000 days").find("expected a number of days (1-36500)") == 0);
  CHECK(parse_error("meetings in 99999999999999999999").find("is not a year") != std::string::npos);
}

TEST_CASE("query hostile: 10,000 terms and 64 KiB are the limits, with a message") {
  CHECK(parse_error(words("who met", 10000)) == "query has more than 2000 words");
  CHECK(parse_error("who met " + std::string(64 * 1024, 'x')) == "query longer than 64 KiB");
  CHECK(parse_error(std::string("who met \xC0\xAF")) == "query is not valid UTF-8");
  CHECK(query::parse(words("who met", 1998)).ok());
}

TEST_CASE("query hostile: the evaluator answers the largest queries allowed in bounded time") {
  Kb kb;
  query::Evaluator ev(kb.kb);
  auto start = std::chrono::steady_clock::now();
  auto r = ev.run(words("who met", 1998));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().find("unknown actor") == 0);
  r = ev.run(words("path", 1999));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().find("expected two names") == 0);
  r = ev.run(words("meetings of Trump before", 1995));
  CHECK_FALSE(r.ok());
  r = ev.run("who met \"" + std::string(60000, 'x') + "\"");
  CHECK_FALSE(r.ok());
  CHECK(seconds_since(start) < 30);
}

TEST_CASE("query hostile: huge meeting ids and far dates are answered, not overflowed") {
  Kb kb;
  query::Evaluator ev(kb.kb);
  auto r = ev.run("who met Trump before #99999999999999999999");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error() == "no meeting #99999999999999999999");
  r = ev.run("who met Trump before 9999-12-31");
  REQUIRE(r.ok());
  CHECK(r->rows.size() == 2);
  r = ev.run("who met Trump after 0001-01-01");
  REQUIRE(r.ok());
  r = ev.run("before \"Singapore summit\" within 36500 days");
  CHECK(r.ok());
}

TEST_CASE("query hostile: a table cell cannot assemble a right-to-left override from broken UTF-8") {
  query::Answer a;
  a.columns = {"actor"};
  a.rows = {{"A\xE2\x80\xE2\x81\xA9\xAE" "B"}, {"C\xE2\x80\xAE" "D"}};
  std::ostringstream out;
  query::render_table(out, a, true);
  CHECK(out.str().find("\xE2\x80\xAE") == std::string::npos);
  CHECK(out.str().find("CD") != std::string::npos);
}
