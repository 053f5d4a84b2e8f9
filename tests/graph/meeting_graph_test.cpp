#include <doctest/doctest.h>

#include "diplograph/graph/meeting_graph.h"

using namespace diplograph;

namespace {
// a-b (2018-05), b-c (2018-06), c-d planned: a small graph with known answers.
graph::MeetingGraph small() {
  store::Snapshot s;
  for (int i = 0; i < 4; ++i) s.actors.push_back({i + 1, "k" + std::to_string(i), "person", std::string(1, 'a' + i), "", ""});
  s.meetings.push_back({1, "meeting", "occurred", *Date::parse("2018-05"), "", "", "", "", 1, 0, ""});
  s.meetings.push_back({2, "summit", "occurred", *Date::parse("2018-06"), "", "", "", "", 1, 0, ""});
  s.meetings.push_back({3, "summit", "planned", {}, "", "", "", "", 1, 0, ""});
  s.participants = {{0, 0, "party"}, {0, 1, "party"}, {1, 1, "party"}, {1, 2, "party"}, {2, 2, "party"}, {2, 3, "party"}};
  return graph::MeetingGraph(std::move(s));
}
}  // namespace

TEST_CASE("graph: who met b before the June summit is a; planned meetings do not count") {
  auto g = small();
  graph::Filter f;
  f.before_day = Date::parse("2018-06")->first_day();
  auto met = g.who_met(1, f);
  REQUIRE(met.size() == 1);
  CHECK(met[0].actor == 0);
  CHECK(g.who_met(3, graph::Filter{}).empty());
}

TEST_CASE("graph: the shortest chain a-b-c, and no chain to d through a planned meeting") {
  auto g = small();
  auto p = g.path(0, 2, graph::Filter{});
  REQUIRE(p);
  REQUIRE(p->size() == 3);
  CHECK((*p)[1].actor == 1);
  CHECK_FALSE(g.path(0, 3, graph::Filter{}));
  CHECK(g.path(0, 2, graph::Filter{}, true)->size() == 3);
}

TEST_CASE("graph: b is the only broker between a and c") {
  auto g = small();
  auto bc = g.betweenness({}, graph::Filter{});
  CHECK(bc[1] > 0);
  CHECK(bc[0] == 0);
  CHECK(g.two_hop(0, graph::Filter{}).size() == 2);
}
