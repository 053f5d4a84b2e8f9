#include "actor_edges.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace diplograph::exporter {

std::vector<ActorEdge> actor_edges(const graph::MeetingGraph& g, const Slice& slice) {
  const auto& d = g.data();
  std::vector<char> in_slice(g.actor_count(), 0);
  for (uint32_t a : slice.actors) in_slice[a] = 1;
  std::map<std::tuple<uint32_t, uint32_t, std::string>, std::vector<uint32_t>> grouped;
  for (uint32_t m : slice.meetings) {
    auto ps = g.actors_of(m);
    for (size_t i = 0; i < ps.size(); ++i)
      for (size_t j = i + 1; j < ps.size(); ++j) {
        if (!in_slice[ps[i]] || !in_slice[ps[j]] || ps[i] == ps[j]) continue;
        auto [a, b] = std::minmax(ps[i], ps[j]);
        grouped[{a, b, d.meetings[m].status}].push_back(m);
      }
  }
  std::vector<ActorEdge> edges;
  edges.reserve(grouped.size());
  for (auto& [key, meetings] : grouped) {
    std::stable_sort(meetings.begin(), meetings.end(), [&](uint32_t x, uint32_t y) {
      const Date &dx = d.meetings[x].date, &dy = d.meetings[y].date;
      if (dx.empty() != dy.empty()) return dy.empty();
      return !dx.empty() && dx.first_day() < dy.first_day();
    });
    edges.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::move(meetings)});
  }
  return edges;
}

}  // namespace diplograph::exporter
