// Graph algorithms over the meeting graph: shortest chains, neighbourhoods and
// betweenness. Boost.Graph's templates are instantiated only in this file.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include <algorithm>
#include <climits>
#include <deque>

#include "graph_impl.h"

namespace diplograph::graph {

std::optional<std::vector<PathStep>> MeetingGraph::path(uint32_t from, uint32_t to, const Filter& f,
                                                        bool time_respecting) const {
  const Impl& g = *impl_;
  const uint32_t A = g.actors;
  if (from == to) return std::vector<PathStep>{{from, std::nullopt}};
  if (time_respecting) {
    // Earliest arrival: scan meetings in date order; a meeting passes news on
    // from any participant who already had it.
    std::vector<uint32_t> order;
    for (uint32_t m = 0; m < meeting_count(); ++m)
      if (passes(m, f) && g.first_day[m] != INT_MIN) order.push_back(m);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return g.first_day[a] < g.first_day[b]; });
    std::vector<int> arrival(A, INT_MAX);
    std::vector<std::pair<int64_t, uint32_t>> pred(A, {-1, 0});  // meeting, previous actor
    arrival[from] = INT_MIN;
    for (uint32_t m : order) {
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
    for (uint32_t a = to; a != from; a = pred[a].second)
      steps.push_back({a, static_cast<uint32_t>(pred[a].first)});
    steps.push_back({from, std::nullopt});
    std::reverse(steps.begin(), steps.end());
    return steps;
  }

  // Bidirectional BFS on the bipartite graph, expanding the smaller frontier.
  const size_t V = boost::num_vertices(g.csr);
  std::vector<int64_t> parent_f(V, -2), parent_b(V, -2);  // -2 unseen, -1 root
  std::vector<Vertex> front_f{from}, front_b{to}, next;
  parent_f[from] = -1;
  parent_b[to] = -1;
  auto usable = [&](Vertex v) { return v < A || passes(static_cast<uint32_t>(v - A), f); };
  int64_t meet = -1;
  while (!front_f.empty() && !front_b.empty() && meet < 0) {
    const bool forward = front_f.size() <= front_b.size();
    auto& frontier = forward ? front_f : front_b;
    auto& mine = forward ? parent_f : parent_b;
    auto& theirs = forward ? parent_b : parent_f;
    next.clear();
    for (Vertex u : frontier) {
      for (auto [it, end] = boost::adjacent_vertices(u, g.csr); it != end; ++it) {
        Vertex v = *it;
        if (mine[v] != -2 || !usable(v)) continue;
        mine[v] = static_cast<int64_t>(u);
        if (theirs[v] != -2) {
          meet = static_cast<int64_t>(v);
          break;
        }
        next.push_back(v);
      }
      if (meet >= 0) break;
    }
    frontier.swap(next);
  }
  if (meet < 0) return std::nullopt;
  std::vector<Vertex> chain;
  for (int64_t v = meet; v >= 0; v = parent_f[v]) chain.push_back(static_cast<Vertex>(v));
  std::reverse(chain.begin(), chain.end());
  for (int64_t v = parent_b[meet]; v >= 0; v = parent_b[v]) chain.push_back(static_cast<Vertex>(v));
  std::vector<PathStep> steps;
  std::optional<uint32_t> via;
  for (Vertex v : chain) {
    if (v >= A) {
      via = static_cast<uint32_t>(v - A);
    } else {
      steps.push_back({static_cast<uint32_t>(v), via});
      via.reset();
    }
  }
  return steps;
}

std::vector<uint32_t> MeetingGraph::two_hop(uint32_t actor, const Filter& f) const {
  std::vector<uint32_t> out;
  std::vector<uint8_t> seen(actor_count(), 0);
  seen[actor] = 1;
  std::vector<uint32_t> first;
  for (uint32_t m : meetings_of(actor)) {
    if (!passes(m, f)) continue;
    for (uint32_t b : actors_of(m))
      if (!seen[b]) seen[b] = 1, first.push_back(b), out.push_back(b);
  }
  for (uint32_t b : first)
    for (uint32_t m : meetings_of(b)) {
      if (!passes(m, f)) continue;
      for (uint32_t c : actors_of(m))
        if (!seen[c]) seen[c] = 1, out.push_back(c);
    }
  return out;
}

std::vector<double> MeetingGraph::betweenness(const std::vector<uint32_t>& actors, const Filter& f) const {
  // The co-participation graph induced on the chosen actors: an edge for every
  // pair that shared a meeting passing the filter (deduplicated).
  std::vector<int32_t> local(actor_count(), -1);
  std::vector<uint32_t> chosen = actors;
  if (chosen.empty())
    for (uint32_t a = 0; a < actor_count(); ++a) chosen.push_back(a);
  for (size_t i = 0; i < chosen.size(); ++i) local[chosen[i]] = static_cast<int32_t>(i);
  std::vector<std::pair<uint32_t, uint32_t>> edges;
  for (uint32_t m = 0; m < meeting_count(); ++m) {
    if (!passes(m, f)) continue;
    auto ps = actors_of(m);
    for (size_t i = 0; i < ps.size(); ++i)
      for (size_t j = i + 1; j < ps.size(); ++j) {
        int32_t a = local[ps[i]], b = local[ps[j]];
        if (a < 0 || b < 0 || a == b) continue;
        edges.emplace_back(std::min(a, b), std::max(a, b));
      }
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected ug(edges.begin(), edges.end(), chosen.size());
  std::vector<double> centrality(chosen.size(), 0.0);
  boost::brandes_betweenness_centrality(
      ug, boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, ug)));
  std::vector<double> out(actor_count(), 0.0);
  for (size_t i = 0; i < chosen.size(); ++i) out[chosen[i]] = centrality[i];
  return out;
}

}  // namespace diplograph::graph
