// The graph's query forms on small hand-built graphs with known answers, and
// betweenness against a brute-force count of all shortest paths.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <queue>
#include <random>
#include <set>

#include "diplograph/graph/meeting_graph.h"

using namespace diplograph;

namespace {

struct MeetingSpec {
  std::vector<uint32_t> actors;
  std::string date;  // "" = undated
  std::string status = "occurred";
  std::string type = "meeting";
};

graph::MeetingGraph build(uint32_t actors, const std::vector<MeetingSpec>& meetings) {
  store::GraphTables t;
  for (uint32_t a = 0; a < actors; ++a) t.actor_ids.push_back(100 + a);
  t.participant_offsets.push_back(0);
  auto code = [](std::vector<std::string>& names, const std::string& s) {
    auto it = std::find(names.begin(), names.end(), s);
    if (it != names.end()) return static_cast<uint8_t>(it - names.begin());
    names.push_back(s);
    return static_cast<uint8_t>(names.size() - 1);
  };
  for (size_t m = 0; m < meetings.size(); ++m) {
    const auto& spec = meetings[m];
    t.meeting_ids.push_back(static_cast<int64_t>(1000 + m));
    auto d = Date::parse(spec.date);
    t.first_day.push_back(d && !d->empty() ? d->first_day() : INT32_MIN);
    t.last_day.push_back(d && !d->empty() ? d->last_day() : INT32_MAX);
    t.type.push_back(code(t.type_names, spec.type));
    t.status.push_back(code(t.status_names, spec.status));
    for (uint32_t a : spec.actors) t.participant_actors.push_back(a);
    t.participant_offsets.push_back(static_cast<uint32_t>(t.participant_actors.size()));
  }
  return graph::MeetingGraph(std::move(t));
}

std::set<uint32_t> as_set(const std::vector<uint32_t>& v) { return {v.begin(), v.end()}; }

int day(const char* d) { return Date::parse(d)->first_day(); }

// A chain a0 - a1 - a2 - a3 over time, a trilateral summit {a3, a4, a5}, a
// planned meeting a0 - a5 that must never count, and an undated a6 - a7.
graph::MeetingGraph chain() {
  return build(8, {{{0, 1}, "2018-01-10"},
                   {{1, 2}, "2018-03-05"},
                   {{2, 3}, "2018-02-01"},  // before a1-a2: a timed chain 0 -> 3 cannot use it
                   {{3, 4, 5}, "2018-06-12", "occurred", "summit"},
                   {{0, 5}, "2018-07-01", "planned"},
                   {{6, 7}, ""},
                   {{2, 3}, "2018-04-01", "occurred", "call"}});
}

// Brute force: for every unordered pair {s, t}, the share of shortest s-t
// paths through each other vertex, from BFS distances and path counts.
std::vector<double> brute_betweenness(uint32_t n, const std::set<std::pair<uint32_t, uint32_t>>& edges) {
  std::vector<std::vector<uint32_t>> adj(n);
  for (auto [a, b] : edges) adj[a].push_back(b), adj[b].push_back(a);
  std::vector<std::vector<int>> dist(n, std::vector<int>(n, -1));
  std::vector<std::vector<double>> count(n, std::vector<double>(n, 0));
  for (uint32_t s = 0; s < n; ++s) {
    std::queue<uint32_t> q;
    q.push(s);
    dist[s][s] = 0;
    count[s][s] = 1;
    while (!q.empty()) {
      uint32_t v = q.front();
      q.pop();
      for (uint32_t w : adj[v]) {
        if (dist[s][w] < 0) dist[s][w] = dist[s][v] + 1, q.push(w);
        if (dist[s][w] == dist[s][v] + 1) count[s][w] += count[s][v];
      }
    }
  }
  std::vector<double> bc(n, 0);
  for (uint32_t s = 0; s < n; ++s)
    for (uint32_t t = s + 1; t < n; ++t) {
      if (dist[s][t] < 0) continue;
      for (uint32_t v = 0; v < n; ++v)
        if (v != s && v != t && dist[s][v] >= 0 && dist[v][t] >= 0 && dist[s][v] + dist[v][t] == dist[s][t])
          bc[v] += count[s][v] * count[v][t] / count[s][t];
    }
  return bc;
}

}  // namespace

TEST_CASE("graph queries: who met a3, before and after a date; planned and undated meetings") {
  auto g = chain();
  graph::Filter all;
  CHECK(as_set(g.met(3, all)) == std::set<uint32_t>{2, 4, 5});
  graph::Filter before;
  before.before_day = day("2018-06-12");  // strictly before: the summit that day does not count
  CHECK(as_set(g.met(3, before)) == std::set<uint32_t>{2});
  graph::Filter after;
  after.after_day = day("2018-03-01");
  CHECK(as_set(g.met(2, after)) == std::set<uint32_t>{1, 3});
  CHECK(g.who_met(2, after).size() == 2);  // a1 on 03-05, a3 on 04-01 (the call)
  CHECK(g.met(0, all) == std::vector<uint32_t>{1});  // the planned meeting with a5 does not count
  graph::Filter any_status;
  any_status.statuses.clear();
  CHECK(as_set(g.met(0, any_status)) == std::set<uint32_t>{1, 5});
  CHECK(g.met(6, all) == std::vector<uint32_t>{7});
  CHECK(g.met(6, before).empty());  // an undated meeting fails every window
  graph::Filter summits;
  summits.types = {"summit"};
  CHECK(as_set(g.met(3, summits)) == std::set<uint32_t>{4, 5});
}

TEST_CASE("graph queries: the fewest meetings between two actors, with the linking meetings") {
  auto g = chain();
  graph::Filter all;
  auto p = g.path(0, 5, all);
  REQUIRE(p);
  REQUIRE(p->size() == 5);  // 0-1-2-3-5: the planned 0-5 meeting is no shortcut
  CHECK((*p)[0].actor == 0);
  CHECK_FALSE((*p)[0].meeting);
  CHECK((*p)[3].actor == 3);
  CHECK(*(*p)[3].meeting == 2);  // the earliest meeting linking a2 and a3
  CHECK((*p)[4].actor == 5);
  CHECK(*(*p)[4].meeting == 3);
  CHECK_FALSE(g.path(0, 6, all));
  CHECK(g.path(4, 4, all)->size() == 1);
  graph::Filter any_status;
  any_status.statuses.clear();
  CHECK(g.path(0, 5, any_status)->size() == 2);  // counting the planned meeting
  graph::Filter before;
  before.before_day = day("2018-06-01");
  CHECK_FALSE(g.path(0, 5, before));  // the summit is after the window
}

TEST_CASE("graph queries: a timed path takes each meeting on or after the previous one") {
  auto g = chain();
  graph::Filter all;
  auto p = g.path(0, 3, all, true);
  REQUIRE(p);
  REQUIRE(p->size() == 4);
  CHECK(*(*p)[3].meeting == 6);  // the April call, not the February meeting before a1 met a2
  auto back = g.path(3, 0, all, true);
  CHECK_FALSE(back);  // a3 -> a2 (Feb) -> a1 (Mar) -> a0 (Jan): a0 met a1 before anything reached a1
}

TEST_CASE("graph queries: two_hop excludes the actor itself; degree counts distinct contacts") {
  auto g = chain();
  graph::Filter all;
  CHECK(as_set(g.two_hop(0, all)) == std::set<uint32_t>{1, 2});
  CHECK(as_set(g.two_hop(3, all)) == std::set<uint32_t>{1, 2, 4, 5});
  CHECK(as_set(g.two_hop(4, all)) == std::set<uint32_t>{2, 3, 5});
  graph::Filter early;
  early.before_day = day("2018-03-01");  // the non-default filter takes the bipartite route
  CHECK(as_set(g.two_hop(3, early)) == std::set<uint32_t>{2});
  auto deg = g.degree(all);
  CHECK(deg == std::vector<uint32_t>{1, 2, 2, 3, 2, 2, 1, 1});  // a2-a3 met twice: one contact
}

TEST_CASE("graph queries: betweenness has igraph's undirected values, pairs counted once") {
  graph::Filter all;
  SUBCASE("a path a-b-c-d: b lies on a-c and a-d") {
    auto g = build(4, {{{0, 1}, "2018-01-01"}, {{1, 2}, "2018-01-02"}, {{2, 3}, "2018-01-03"}});
    CHECK(g.betweenness({}, all) == std::vector<double>{0, 2, 2, 0});
  }
  SUBCASE("a star of five around a0, one meeting each") {
    auto g = build(5, {{{0, 1}, "2018-01-01"}, {{0, 2}, "2018-01-01"}, {{0, 3}, "2018-01-01"}, {{0, 4}, "2018-01-01"}});
    CHECK(g.betweenness({}, all) == std::vector<double>{6, 0, 0, 0, 0});
  }
  SUBCASE("a square: two shortest paths share each opposite pair") {
    auto g = build(4, {{{0, 1}, "2018-01-01"}, {{1, 2}, "2018-01-01"}, {{2, 3}, "2018-01-01"}, {{3, 0}, "2018-01-01"}});
    CHECK(g.betweenness({}, all) == std::vector<double>{0.5, 0.5, 0.5, 0.5});
  }
  SUBCASE("a window: the graph induced on chosen actors, zero outside it") {
    auto g = chain();
    auto bc = g.betweenness({1, 2, 3, 5}, all);  // 1-2-3-5: 2 and 3 each on two pairs
    CHECK(bc == std::vector<double>{0, 0, 2, 2, 0, 0, 0, 0});
  }
  SUBCASE("the meeting-graph example: a3 brokers the summit") {
    auto g = chain();
    auto bc = g.betweenness({}, all);
    // Component 0-1-2-3-{4,5}: a1 on {0}x{2,3,4,5} = 4; a2 on {0,1}x{3,4,5} = 6; a3 on {0,1,2}x{4,5} = 6.
    CHECK(bc == std::vector<double>{0, 4, 6, 6, 0, 0, 0, 0});
  }
}

TEST_CASE("graph queries: Brandes (one and two threads), Boost and the sampled estimate agree with brute force") {
  std::mt19937 rng(7);
  for (int round = 0; round < 6; ++round) {
    const uint32_t n = 12 + round * 5;
    std::vector<MeetingSpec> ms;
    std::set<std::pair<uint32_t, uint32_t>> edges;
    std::uniform_int_distribution<uint32_t> pick(0, n - 1);
    for (uint32_t m = 0; m < n * 2; ++m) {
      std::set<uint32_t> who;
      const uint32_t size = 2 + m % 3;
      while (who.size() < size) who.insert(pick(rng) % (m % 4 == 0 ? n / 2 : n));  // a denser half
      ms.push_back({{who.begin(), who.end()}, "2018-01-01"});
      for (uint32_t a : who)
        for (uint32_t b : who)
          if (a < b) edges.insert({a, b});
    }
    auto g = build(n, ms);
    auto expected = brute_betweenness(n, edges);
    graph::Filter all;
    auto one = g.betweenness({}, all, 1);
    auto two = g.betweenness({}, all, 2);
    auto boost = g.betweenness({}, all, 1, graph::BetweennessMethod::kBoost);
    auto sampled = g.betweenness_sampled({}, all, n, 1);  // every source: exact
    for (uint32_t v = 0; v < n; ++v) {
      CHECK(one[v] == doctest::Approx(expected[v]));
      CHECK(two[v] == doctest::Approx(expected[v]));
      CHECK(boost[v] == doctest::Approx(expected[v]));
      CHECK(sampled[v] == doctest::Approx(expected[v]));
    }
    // Shortest chains through the contact lists and through the bipartite graph agree.
    graph::Filter bipartite;
    bipartite.after_day = day("2017-01-01");  // same meetings, but not the default filter
    for (uint32_t a = 0; a < n; ++a)
      for (uint32_t b = 0; b < n; b += 3) {
        auto p = g.path(a, b, all), q = g.path(a, b, bipartite);
        REQUIRE(static_cast<bool>(p) == static_cast<bool>(q));
        if (p) CHECK(p->size() == q->size());
        CHECK(as_set(g.two_hop(a, all)) == as_set(g.two_hop(a, bipartite)));
      }
  }
}
