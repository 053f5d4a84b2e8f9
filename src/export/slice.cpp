#include "diplograph/export/slice.h"

#include <algorithm>

namespace diplograph::exporter {

Slice select_slice(const graph::MeetingGraph& g, const SliceOptions& o) {
  std::vector<char> meeting_in(g.meeting_count(), 0), actor_in(g.actor_count(), 0);
  auto allowed = [&](uint32_t m) {
    return g.passes(m, o.filter) && (o.meeting_ids.empty() || o.meeting_ids.count(g.meeting_id(m)));
  };
  if (o.focus) {
    // Breadth-first over meetings: each level adds the meetings of the actors
    // reached so far and the people met in them.
    std::vector<uint32_t> frontier{*o.focus};
    actor_in[*o.focus] = 1;
    for (int level = 0; level < o.depth && !frontier.empty(); ++level) {
      std::vector<uint32_t> next;
      for (uint32_t a : frontier)
        for (uint32_t m : g.meetings_of(a)) {
          if (meeting_in[m] || !allowed(m)) continue;
          meeting_in[m] = 1;
          for (uint32_t b : g.actors_of(m))
            if (!actor_in[b]) actor_in[b] = 1, next.push_back(b);
        }
      frontier = std::move(next);
    }
  } else {
    for (uint32_t m = 0; m < g.meeting_count(); ++m)
      if (allowed(m)) {
        meeting_in[m] = 1;
        for (uint32_t a : g.actors_of(m)) actor_in[a] = 1;
      }
  }
  Slice s;
  for (uint32_t a = 0; a < actor_in.size(); ++a)
    if (actor_in[a]) s.actors.push_back(a);
  for (uint32_t m = 0; m < meeting_in.size(); ++m)
    if (meeting_in[m]) s.meetings.push_back(m);
  return s;
}

}  // namespace diplograph::exporter
