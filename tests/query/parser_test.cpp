#include <doctest/doctest.h>

#include "diplograph/query/query.h"

using namespace diplograph::query;

TEST_CASE("parser: the contract's forms parse") {
  auto q = parse("who met \"Kim Jong Un\" before \"Singapore summit\"");
  REQUIRE(q);
  CHECK(q->form == Form::kWhoMet);
  CHECK(q->a.text() == "Kim Jong Un");
  CHECK(q->ref.text() == "Singapore summit");
  CHECK(parse("WHO MET Putin after 2018-06")->after);
  CHECK(parse("path \"Sergey Lavrov\" \"Donald Trump\"")->b.text() == "Donald Trump");
  CHECK(parse("summits")->form == Form::kSummits);
  CHECK(parse("meetings of Putin type summit status planned in 2018")->type == "summit");
}

TEST_CASE("parser: malformed and hostile input gives a clear error, never a crash") {
  CHECK(parse("hwo met Putin").error().find("did you mean 'who'") != std::string::npos);
  CHECK(parse("who met \"Kim").error().find("unbalanced quote") != std::string::npos);
  CHECK_FALSE(parse(""));
  CHECK_FALSE(parse("meetings type party"));
  CHECK_FALSE(parse("top 99999999999"));
  std::string huge;
  for (int i = 0; i < 10000; ++i) huge += "x ";
  CHECK_FALSE(parse("who met " + huge));
  CHECK_FALSE(parse(std::string("who met \xff")));
}

TEST_CASE("parser: meetings during a summit") {
  auto q = parse("meetings of Modi during \"Kazan summit\" type talks");
  REQUIRE(q);
  CHECK(q->a.text() == "Modi");
  CHECK(q->during.text() == "Kazan summit");
  CHECK(q->type == "talks");
  CHECK_FALSE(parse("meetings during"));
}
