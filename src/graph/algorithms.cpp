// Traversals of the meeting graph: who met whom, shortest chains, neighbourhoods.
// These loops run millions of times in the benchmark, so they read the offset
// arrays directly and take their working memory from the scratch pool.
#include <algorithm>
#include <climits>

#include "graph_impl.h"

namespace diplograph::graph {
namespace {

// The range of an actor's (date-sorted) meetings that can pass the filter's
// time window: skip those before `after` by binary search, stop at `before`.
std::span<const uint32_t> window(const MeetingGraph::Impl& g, std::span<const uint32_t> ms, const CompiledFilter& f) {
  auto b = ms.begin(), e = ms.end();
  if (f.has_after)
    b = std::partition_point(b, e, [&](uint32_t m) { return g.first_day[m] != INT32_MIN && g.first_day[m] <= f.after_day; });
  if (f.has_before)  // a meeting starting on or after `before` cannot end before it; undated ones sort last
    e = std::partition_point(b, e, [&](uint32_t m) { return g.first_day[m] != INT32_MIN && g.first_day[m] < f.before_day; });
  return {b, e};
}

}  // namespace

std::vector<Met> MeetingGraph::who_met(uint32_t actor, const Filter& filter) const {
  const Impl& g = *impl_;
  const CompiledFilter f = g.compile(filter);
  std::vector<Met> out;
  for (uint32_t m : window(g, meetings_of(actor), f)) {
    if (!g.ok(m, f)) continue;
    for (uint32_t other : actors_of(m))
      if (other != actor) out.push_back({other, m});
  }
  return out;
}

std::vector<uint32_t> MeetingGraph::met(uint32_t actor, const Filter& filter) const {
  const Impl& g = *impl_;
  const CompiledFilter f = g.compile(filter);
  auto lease = g.scratch.acquire();
  const uint32_t e = lease->begin(g.actors + g.meetings);
  auto& seen = lease->seen_f;
  seen[actor] = e;
  std::vector<uint32_t> out;
  for (uint32_t m : window(g, meetings_of(actor), f)) {
    if (!g.ok(m, f)) continue;
    for (uint32_t other : actors_of(m))
      if (seen[other] != e) seen[other] = e, out.push_back(other);
  }
  return out;
}

std::optional<std::vector<PathStep>> MeetingGraph::path(uint32_t from, uint32_t to, const Filter& filter,
                                                        bool time_respecting) const {
  const Impl& g = *impl_;
  const CompiledFilter f = g.compile(filter);
  const uint32_t A = g.actors;
  if (from == to) return std::vector<PathStep>{{from, std::nullopt}};
  if (time_respecting) {
    // Earliest arrival: scan meetings in date order; a meeting passes news on
    // from any participant who already had it.
    std::vector<int> arrival(A, INT_MAX);
    std::vector<std::pair<int64_t, uint32_t>> pred(A, {-1, 0});  // meeting, previous actor
    arrival[from] = INT_MIN;
    for (uint32_t m : g.by_date) {
      if (g.first_day[m] == INT32_MIN) break;  // undated meetings come last and have no place in time
      if (!g.ok(m, f)) continue;
      int64_t carrier = -1;
      for (uint32_t a : actors_of(m))
        if (arrival[a] != INT_MAX && arrival[a] <= g.first_day[m]) {
          carrier = a;
          break;
        }
      if (carrier < 0) continue;
      for (uint32_t a : actors_of(m))
        if (arrival[a] == INT_MAX) {
          arrival[a] = g.last_day[m];
          pred[a] = {m, static_cast<uint32_t>(carrier)};
        }
    }
    if (arrival[to] == INT_MAX) return std::nullopt;
    std::vector<PathStep> steps;
    for (uint32_t a = to; a != from; a = pred[a].second) steps.push_back({a, static_cast<uint32_t>(pred[a].first)});
    steps.push_back({from, std::nullopt});
    std::reverse(steps.begin(), steps.end());
    return steps;
  }

  // Bidirectional BFS on the bipartite graph (actor v, meeting A + m). Each
  // round expands one whole level of the side whose frontier has fewer arcs
  // to scan: with power-law activity a frontier holding a hub costs tens of
  // thousands of arcs, and expanding the other side first often meets it
  // without ever scanning the hub. The first vertex seen from both sides closes
  // a shortest chain: everything nearer was expanded without meeting.
  auto lease = g.scratch.acquire();
  Scratch& s = *lease;
  const uint32_t e = s.begin(static_cast<size_t>(A) + g.meetings);
  s.seen_f[from] = e;
  s.parent_f[from] = from;
  s.seen_b[to] = e;
  s.parent_b[to] = to;
  s.front_f.assign(1, from);
  s.front_b.assign(1, to);
  uint64_t cost_f = g.actor_degree(from), cost_b = g.actor_degree(to);
  uint32_t meet = UINT32_MAX;
  while (!s.front_f.empty() && !s.front_b.empty() && meet == UINT32_MAX) {
    const bool forward = cost_f <= cost_b;
    auto& frontier = forward ? s.front_f : s.front_b;
    auto& mine = forward ? s.seen_f : s.seen_b;
    auto& parent = forward ? s.parent_f : s.parent_b;
    const auto& theirs = forward ? s.seen_b : s.seen_f;
    uint64_t cost = 0;
    s.next.clear();
    auto visit = [&](uint32_t v, uint32_t u, uint64_t degree) {
      if (mine[v] == e) return false;
      mine[v] = e;
      parent[v] = u;
      if (theirs[v] == e) {
        meet = v;
        return true;
      }
      s.next.push_back(v);
      cost += degree;
      return false;
    };
    for (uint32_t u : frontier) {
      bool done = false;
      if (u < A) {
        for (uint32_t m : meetings_of(u)) {
          if (!g.ok(m, f)) continue;
          const uint32_t v = A + m;
          if ((done = visit(v, u, g.actors_by_meeting_offsets[m + 1] - g.actors_by_meeting_offsets[m]))) break;
        }
      } else {
        for (uint32_t a : actors_of(u - A))
          if ((done = visit(a, u, g.actor_degree(a)))) break;
      }
      if (done) break;
    }
    frontier.swap(s.next);
    (forward ? cost_f : cost_b) = cost;
  }
  if (meet == UINT32_MAX) return std::nullopt;
  std::vector<uint32_t> chain;
  for (uint32_t v = meet;; v = s.parent_f[v]) {
    chain.push_back(v);
    if (v == from) break;
  }
  std::reverse(chain.begin(), chain.end());
  for (uint32_t v = meet; v != to;) {
    v = s.parent_b[v];
    chain.push_back(v);
  }
  std::vector<PathStep> steps;
  std::optional<uint32_t> via;
  for (uint32_t v : chain) {
    if (v >= A) {
      via = v - A;
    } else {
      steps.push_back({v, via});
      via.reset();
    }
  }
  return steps;
}

std::vector<uint32_t> MeetingGraph::two_hop(uint32_t actor, const Filter& filter) const {
  const Impl& g = *impl_;
  const CompiledFilter f = g.compile(filter);
  const uint32_t A = g.actors;
  auto lease = g.scratch.acquire();
  const uint32_t e = lease->begin(static_cast<size_t>(A) + g.meetings);
  auto& seen = lease->seen_f;  // actors at [0, A), meetings at A + m
  std::vector<uint32_t> out;
  seen[actor] = e;
  auto expand = [&](uint32_t a) {
    for (uint32_t m : window(g, meetings_of(a), f)) {
      // A meeting shared by several of the actor's contacts is read once.
      if (seen[A + m] == e || !g.ok(m, f)) continue;
      seen[A + m] = e;
      for (uint32_t b : actors_of(m))
        if (seen[b] != e) seen[b] = e, out.push_back(b);
    }
  };
  expand(actor);
  const size_t first = out.size();
  for (size_t i = 0; i < first; ++i) expand(out[i]);
  return out;
}

}  // namespace diplograph::graph
