// The co-participation projection of the bipartite graph: actors linked when
// they shared a meeting. Built in two counting passes into one flat array
// (no per-actor vectors), then each row sorted and deduplicated in place.
#include <algorithm>

#include "graph_impl.h"

namespace diplograph::graph {
namespace {

// Sorts and deduplicates each row of `p.adj` (rows delimited by `p.off`),
// compacting the array and rewriting the offsets.
void dedupe_rows(Projection& p) {
  uint32_t out = 0, begin = 0;
  for (uint32_t v = 0; v < p.n; ++v) {
    const uint32_t end = p.off[v + 1];
    auto first = p.adj.begin() + begin, last = p.adj.begin() + end;
    std::sort(first, last);
    last = std::unique(first, last);
    p.off[v] = out;
    out = static_cast<uint32_t>(std::copy(first, last, p.adj.begin() + out) - p.adj.begin());
    begin = end;
  }
  p.off[p.n] = out;
  p.adj.resize(out);
  p.adj.shrink_to_fit();
}

}  // namespace

Projection project(const MeetingGraph::Impl& g, const std::vector<uint32_t>* chosen, const CompiledFilter& f) {
  Projection p;
  const auto& mo = g.actors_by_meeting_offsets;
  const auto& ma = g.actors_by_meeting;
  if (!chosen) {
    // Every actor: one sequential pass over the meetings per counting pass.
    p.n = g.actors;
    p.off.assign(p.n + 1, 0);
    for (uint32_t m = 0; m < g.meetings; ++m) {
      if (!g.ok(m, f)) continue;
      for (uint32_t i = mo[m]; i < mo[m + 1]; ++i)
        for (uint32_t j = mo[m]; j < mo[m + 1]; ++j) p.off[ma[i] + 1] += ma[i] != ma[j];
    }
    for (uint32_t v = 0; v < p.n; ++v) p.off[v + 1] += p.off[v];
    p.adj.resize(p.off[p.n]);
    std::vector<uint32_t> fill(p.off.begin(), p.off.end() - 1);
    for (uint32_t m = 0; m < g.meetings; ++m) {
      if (!g.ok(m, f)) continue;
      for (uint32_t i = mo[m]; i < mo[m + 1]; ++i)
        for (uint32_t j = mo[m]; j < mo[m + 1]; ++j)
          if (ma[i] != ma[j]) p.adj[fill[ma[i]]++] = ma[j];
    }
    dedupe_rows(p);
    return p;
  }
  // A window: walk only the chosen actors' own meetings (a tenth of the graph
  // for the benchmark's window), with actors outside the window mapped to -1.
  p.n = static_cast<uint32_t>(chosen->size());
  std::vector<int32_t> local(g.actors, -1);
  for (uint32_t i = 0; i < p.n; ++i) local[(*chosen)[i]] = static_cast<int32_t>(i);
  p.off.assign(p.n + 1, 0);
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<uint32_t> fill;
    if (pass == 1) {
      for (uint32_t v = 0; v < p.n; ++v) p.off[v + 1] += p.off[v];
      p.adj.resize(p.off[p.n]);
      fill.assign(p.off.begin(), p.off.end() - 1);
    }
    for (uint32_t i = 0; i < p.n; ++i) {
      const uint32_t a = (*chosen)[i];
      for (uint32_t k = g.meetings_by_actor_offsets[a]; k < g.meetings_by_actor_offsets[a + 1]; ++k) {
        const uint32_t m = g.meetings_by_actor[k];
        if (!g.ok(m, f)) continue;
        for (uint32_t j = mo[m]; j < mo[m + 1]; ++j) {
          const int32_t b = local[ma[j]];
          if (b < 0 || static_cast<uint32_t>(b) == i) continue;
          if (pass == 0) {
            ++p.off[i + 1];
          } else {
            p.adj[fill[i]++] = static_cast<uint32_t>(b);
          }
        }
      }
    }
  }
  dedupe_rows(p);
  return p;
}

}  // namespace diplograph::graph
