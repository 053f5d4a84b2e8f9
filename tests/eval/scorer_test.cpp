#include <doctest/doctest.h>

#include "diplograph/eval/scorer.h"

namespace {

using namespace diplograph::eval;

GoldArticle gold_article() {
  auto gold = parse_gold(
      R"({"id":"a","lang":"en","meetings":[)"
      R"({"participants":["Joe Biden","Vladimir Putin"],"type":"summit","also":["talks"],"status":"occurred","location":"Geneva","date":"2021-06-16"},)"
      R"({"participants":["Antony Blinken","Sergey Lavrov","Mike Waltz"],"alternatives":[["Antony Blinken","Sergey Lavrov"]],"unknown":["Michael Waltz"],"type":"meeting","status":"occurred","location":null,"date":"2021-05"},)"
      R"({"participants":["Joe Biden","NATO"],"type":"summit","status":"occurred","location":"Brussels","date":"2021-06-14","optional":true}]})");
  REQUIRE(gold.ok());
  REQUIRE(gold->size() == 1);
  return gold->front();
}

Scorer scorer() {
  return Scorer({"Joe Biden", "Vladimir Putin", "Antony Blinken", "Sergey Lavrov", "NATO"},
                {{"Geneva", "Genève"}}, {{"Sergey Lavrov", "Sergei Lavrov"}});
}

}  // namespace

TEST_CASE("a perfect extraction scores 1 at every level; optional meetings are neither required nor false") {
  auto preds = parse_predictions(
      R"({"article":"a","participants":[{"name":"Vladimir Putin"},{"name":"Joe Biden"}],"type":"talks","status":"occurred","location":{"name":"Genève"},"date":"2021-06-16"})"
      "\n"
      R"({"article":"a","participants":[{"name":"Antony Blinken"},{"name":"Sergei Lavrov"},{"name":"Michael Waltz"}],"type":"meeting","status":"occurred","location":null,"date":"2021-05"})"
      "\n"
      R"({"article":"a","participants":[{"name":"Joe Biden"},{"name":"NATO"}],"type":"summit","status":"occurred","location":{"name":"Brussels"},"date":"2021-06-14"})");
  REQUIRE(preds.ok());
  ArticleReport report;
  Score s = scorer().score_article(gold_article(), preds->at("a"), &report);
  for (Level level : kLevels) {
    CAPTURE(to_string(level));
    CHECK(s.levels[level].fp == 0);
    CHECK(s.levels[level].fn == 0);
    CHECK(s.levels[level].f1() == doctest::Approx(1.0));
  }
  CHECK(s.levels[Level::kPairs].tp == 4);  // Biden-Putin + the three pairs of the Blinken meeting
  CHECK(s.type_accuracy() == doctest::Approx(1.0));  // "talks" is allowed by "also"
  CHECK(report.lines.empty());
}

TEST_CASE("a missing date, a wrong status and a false meeting count where they should") {
  auto preds = parse_predictions(
      R"({"article":"a","participants":[{"name":"Joe Biden"},{"name":"Vladimir Putin"}],"type":"call","status":"occurred","location":{"name":"Geneva"},"date":null})"
      "\n"
      R"({"article":"a","participants":[{"name":"Antony Blinken"},{"name":"Sergey Lavrov"}],"type":"meeting","status":"planned","location":null,"date":"2021-05"})"
      "\n"
      R"({"article":"a","participants":[{"name":"Joe Biden"},{"name":"Xi Jinping"}],"type":"meeting","status":"occurred","location":null,"date":null})");
  REQUIRE(preds.ok());
  ArticleReport report;
  Score s = scorer().score_article(gold_article(), preds->at("a"), &report);
  // Pairs: Biden-Putin right; Biden-Xi false; the Blinken meeting is only planned, so its pair is missed.
  CHECK(s.levels[Level::kPairs].tp == 1);
  CHECK(s.levels[Level::kPairs].fp == 1);
  CHECK(s.levels[Level::kPairs].fn == 1);  // the alternative reading (two people) is the closest
  // Meetings: Biden-Putin matches on participants and status, not on date.
  CHECK(s.levels[Level::kMeeting].tp == 1);
  CHECK(s.levels[Level::kMeeting].fp == 2);
  CHECK(s.levels[Level::kMeeting].fn == 1);
  CHECK(s.levels[Level::kLocation].tp == 1);
  CHECK(s.levels[Level::kDate].tp == 0);
  CHECK(s.levels[Level::kDate].fn == 2);
  CHECK(s.type_accuracy() == doctest::Approx(0.0));  // "call" for a summit
  CHECK_FALSE(report.lines.empty());
}

TEST_CASE("malformed gold and predictions are reported with their line") {
  auto gold = parse_gold("{\"id\":\"a\",\"meetings\":[]}\n{\"id\":\"b\"}\n");
  REQUIRE_FALSE(gold.ok());
  CHECK(gold.error().find("line 2") != std::string::npos);
  auto preds = parse_predictions("not json\n");
  REQUIRE_FALSE(preds.ok());
  CHECK(preds.error().find("line 1") != std::string::npos);
}

TEST_CASE("when one pair met twice, each prediction is judged against the meeting it is closest to") {
  auto gold = parse_gold(
      R"({"id":"b","lang":"en","meetings":[)"
      R"({"participants":["Joe Biden","Vladimir Putin"],"type":"summit","status":"occurred","location":"Geneva","date":"2021-06-16"},)"
      R"({"participants":["Joe Biden","Vladimir Putin"],"type":"call","status":"occurred","location":null,"date":"2021-12-30"}]})");
  REQUIRE(gold.ok());
  // A first-come matching lets the call take the summit's gold (its first edge)
  // and pushes the summit onto the call's gold.
  auto preds = parse_predictions(
      R"({"article":"b","participants":[{"name":"Joe Biden"},{"name":"Vladimir Putin"}],"type":"summit","status":"occurred","location":{"name":"Geneva"},"date":"2021-06-16"})"
      "\n"
      R"({"article":"b","participants":[{"name":"Joe Biden"},{"name":"Vladimir Putin"}],"type":"call","status":"occurred","location":null,"date":"2021-12-30"})");
  REQUIRE(preds.ok());
  ArticleReport report;
  Score s = scorer().score_article(gold->front(), preds->at("b"), &report);
  CHECK(s.levels[Level::kMeeting].tp == 2);
  CHECK(s.levels[Level::kDate].tp == 2);
  CHECK(s.type_accuracy() == doctest::Approx(1.0));
  CHECK(report.lines.empty());
}
