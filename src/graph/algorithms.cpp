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

// Bidirectional breadth-first search over actors; `expand(u, seen, visit)`
// calls visit(b) for each contact b of u and stops when visit returns true;
// `degree(a)` estimates what expanding a costs. Returns the actor chain from
// `from` to `to`, or nothing.
//
// Each round expands one whole level of the side whose frontier has fewer
// arcs to read. Activity follows a power law, so both searches soon hold hubs
// whose contact lists run to tens of thousands; a level is therefore expanded
// busiest actor first and the search stops at the first actor seen from both
// sides: a hub usually meets the other side within its first few contacts,
// and the rest of its list is never read. The first such actor closes a
// shortest chain, because every shorter combination of levels was expanded
// without the two sides touching.
template <class Degree, class Expand>
std::vector<uint32_t> chain_between(Scratch& s, uint32_t e, uint32_t from, uint32_t to, Degree&& degree,
                                    Expand&& expand) {
  constexpr uint32_t kNone = UINT32_MAX;
  constexpr size_t kSortLimit = 4096;  // beyond this, ordering a level costs more than it saves
  s.seen_f[from] = e;
  s.parent_f[from] = kNone;
  s.seen_b[to] = e;
  s.parent_b[to] = kNone;
  s.front_f.assign(1, from);
  s.front_b.assign(1, to);
  uint64_t cost_f = degree(from), cost_b = degree(to);
  uint32_t meet = kNone;
  while (!s.front_f.empty() && !s.front_b.empty() && meet == kNone) {
    const bool forward = cost_f <= cost_b;
    auto& frontier = forward ? s.front_f : s.front_b;
    auto& mine = forward ? s.seen_f : s.seen_b;
    auto& parent = forward ? s.parent_f : s.parent_b;
    const auto& theirs = forward ? s.seen_b : s.seen_f;
    if (frontier.size() > 1 && frontier.size() <= kSortLimit)
      std::sort(frontier.begin(), frontier.end(), [&](uint32_t x, uint32_t y) { return degree(x) > degree(y); });
    uint64_t cost = 0;
    s.next.clear();
    for (uint32_t u : frontier) {
      const bool met = expand(u, mine, [&](uint32_t b) {
        if (mine[b] == e) return false;
        mine[b] = e;
        parent[b] = u;
        if (theirs[b] == e) {
          meet = b;
          return true;
        }
        s.next.push_back(b);
        cost += degree(b);
        return false;
      });
      if (met) break;
    }
    frontier.swap(s.next);
    (forward ? cost_f : cost_b) = cost;
  }
  std::vector<uint32_t> chain;
  if (meet == kNone) return chain;
  for (uint32_t v = meet; v != kNone; v = s.parent_f[v]) chain.push_back(v);
  std::reverse(chain.begin(), chain.end());
  for (uint32_t v = s.parent_b[meet]; v != kNone; v = s.parent_b[v]) chain.push_back(v);
  return chain;
}

// The earliest meeting of a and b that passes: read the less busy actor's list.
uint32_t linking_meeting(const MeetingGraph::Impl& g, uint32_t a, uint32_t b, const CompiledFilter& f) {
  if (g.actor_degree(b) < g.actor_degree(a)) std::swap(a, b);
  for (uint32_t m : window(g, {g.meetings_by_actor.data() + g.meetings_by_actor_offsets[a], g.actor_degree(a)}, f)) {
    if (!g.ok(m, f)) continue;
    for (uint32_t i = g.actors_by_meeting_offsets[m]; i < g.actors_by_meeting_offsets[m + 1]; ++i)
      if (g.actors_by_meeting[i] == b) return m;
  }
  return UINT32_MAX;  // not reached: the search only links actors through passing meetings
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

  auto lease = g.scratch.acquire();
  Scratch& s = *lease;
  const uint32_t e = s.begin(static_cast<size_t>(A) + g.meetings);
  std::vector<uint32_t> chain;
  if (g.default_filter(f)) {
    const Projection& p = g.contacts();
    chain = chain_between(s, e, from, to, [&](uint32_t a) { return p.off[a + 1] - p.off[a]; },
                          [&](uint32_t u, const std::vector<uint32_t>&, auto&& visit) {
                            for (uint32_t b : p.row(u))
                              if (visit(b)) return true;
                            return false;
                          });
  } else {
    chain = chain_between(s, e, from, to, [&](uint32_t a) { return g.actor_degree(a); },
                          [&](uint32_t u, std::vector<uint32_t>& seen, auto&& visit) {
                            for (uint32_t m : window(g, meetings_of(u), f)) {
                              // A meeting reached from several actors of a level is read once.
                              if (seen[A + m] == e || !g.ok(m, f)) continue;
                              seen[A + m] = e;
                              for (uint32_t b : actors_of(m))
                                if (visit(b)) return true;
                            }
                            return false;
                          });
  }
  if (chain.empty()) return std::nullopt;
  std::vector<PathStep> steps{{chain[0], std::nullopt}};
  for (size_t i = 1; i < chain.size(); ++i) steps.push_back({chain[i], linking_meeting(g, chain[i - 1], chain[i], f)});
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
  if (g.default_filter(f)) {
    // Contact lists are deduplicated and contiguous: two flat scans.
    const Projection& p = g.contacts();
    for (uint32_t b : p.row(actor)) seen[b] = e, out.push_back(b);
    const size_t first = out.size();
    for (size_t i = 0; i < first; ++i)
      for (uint32_t c : p.row(out[i]))
        if (seen[c] != e) seen[c] = e, out.push_back(c);
    return out;
  }
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
