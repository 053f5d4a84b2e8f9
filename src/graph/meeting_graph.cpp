#include "diplograph/graph/meeting_graph.h"

#include <algorithm>
#include <climits>

#include "graph_impl.h"

namespace diplograph::graph {

MeetingGraph::MeetingGraph(store::Snapshot snapshot) : data_(std::move(snapshot)), impl_(std::make_unique<Impl>()) {
  Impl& g = *impl_;
  const uint32_t A = static_cast<uint32_t>(data_.actors.size());
  const uint32_t M = static_cast<uint32_t>(data_.meetings.size());
  g.actors = A;
  g.first_day.resize(M);
  g.last_day.resize(M);
  for (uint32_t m = 0; m < M; ++m) {
    const Date& d = data_.meetings[m].date;
    g.first_day[m] = d.empty() ? INT_MIN : d.first_day();
    g.last_day[m] = d.empty() ? INT_MAX : d.last_day();
    g.meeting_ids[data_.meetings[m].id] = m;
  }
  for (uint32_t a = 0; a < A; ++a) g.actor_ids[data_.actors[a].id] = a;

  // Adjacency of both sides as offset arrays (counting sort), then the CSR graph.
  g.meetings_by_actor_offsets.assign(A + 1, 0);
  g.actors_by_meeting_offsets.assign(M + 1, 0);
  for (const auto& p : data_.participants) {
    ++g.meetings_by_actor_offsets[p.actor + 1];
    ++g.actors_by_meeting_offsets[p.meeting + 1];
  }
  for (uint32_t i = 0; i < A; ++i) g.meetings_by_actor_offsets[i + 1] += g.meetings_by_actor_offsets[i];
  for (uint32_t i = 0; i < M; ++i) g.actors_by_meeting_offsets[i + 1] += g.actors_by_meeting_offsets[i];
  g.meetings_by_actor.resize(data_.participants.size());
  g.actors_by_meeting.resize(data_.participants.size());
  {
    auto fa = g.meetings_by_actor_offsets;
    auto fm = g.actors_by_meeting_offsets;
    for (const auto& p : data_.participants) {
      g.meetings_by_actor[fa[p.actor]++] = p.meeting;
      g.actors_by_meeting[fm[p.meeting]++] = p.actor;
    }
  }
  for (uint32_t a = 0; a < A; ++a) {
    auto b = g.meetings_by_actor.begin() + g.meetings_by_actor_offsets[a];
    auto e = g.meetings_by_actor.begin() + g.meetings_by_actor_offsets[a + 1];
    std::sort(b, e, [&](uint32_t x, uint32_t y) {
      return g.first_day[x] != g.first_day[y] ? (g.first_day[x] == INT_MIN ? false : g.first_day[y] == INT_MIN ? true : g.first_day[x] < g.first_day[y]) : x < y;
    });
  }
  std::vector<std::pair<uint32_t, uint32_t>> arcs;
  arcs.reserve(data_.participants.size() * 2);
  for (const auto& p : data_.participants) {
    arcs.emplace_back(p.actor, A + p.meeting);
    arcs.emplace_back(A + p.meeting, p.actor);
  }
  std::sort(arcs.begin(), arcs.end());
  g.csr = Csr(boost::edges_are_sorted, arcs.begin(), arcs.end(), static_cast<size_t>(A) + M);
}

MeetingGraph::~MeetingGraph() = default;
MeetingGraph::MeetingGraph(MeetingGraph&&) noexcept = default;
MeetingGraph& MeetingGraph::operator=(MeetingGraph&&) noexcept = default;

std::optional<uint32_t> MeetingGraph::actor_by_id(int64_t id) const {
  auto it = impl_->actor_ids.find(id);
  if (it == impl_->actor_ids.end()) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> MeetingGraph::meeting_by_id(int64_t id) const {
  auto it = impl_->meeting_ids.find(id);
  if (it == impl_->meeting_ids.end()) return std::nullopt;
  return it->second;
}

std::span<const uint32_t> MeetingGraph::meetings_of(uint32_t actor) const {
  const auto& o = impl_->meetings_by_actor_offsets;
  return {impl_->meetings_by_actor.data() + o[actor], o[actor + 1] - o[actor]};
}

std::span<const uint32_t> MeetingGraph::actors_of(uint32_t meeting) const {
  const auto& o = impl_->actors_by_meeting_offsets;
  return {impl_->actors_by_meeting.data() + o[meeting], o[meeting + 1] - o[meeting]};
}

bool MeetingGraph::passes(uint32_t m, const Filter& f) const {
  if (f.exclude_meeting && *f.exclude_meeting == m) return false;
  const auto& row = data_.meetings[m];
  if (!f.statuses.empty() && !f.statuses.count(row.status)) return false;
  if (!f.types.empty() && !f.types.count(row.type)) return false;
  if (f.before_day && (impl_->last_day[m] == INT_MAX || impl_->last_day[m] >= *f.before_day)) return false;
  if (f.after_day && (impl_->first_day[m] == INT_MIN || impl_->first_day[m] <= *f.after_day)) return false;
  return true;
}

std::vector<Met> MeetingGraph::who_met(uint32_t actor, const Filter& f) const {
  std::vector<Met> out;
  for (uint32_t m : meetings_of(actor)) {
    if (!passes(m, f)) continue;
    for (uint32_t other : actors_of(m))
      if (other != actor) out.push_back({other, m});
  }
  return out;
}

std::vector<uint32_t> MeetingGraph::degree(const Filter& f) const {
  std::vector<uint32_t> out(actor_count(), 0);
  std::vector<uint32_t> stamp(actor_count(), UINT32_MAX);
  for (uint32_t a = 0; a < actor_count(); ++a) {
    for (uint32_t m : meetings_of(a)) {
      if (!passes(m, f)) continue;
      for (uint32_t b : actors_of(m))
        if (b != a && stamp[b] != a) stamp[b] = a, ++out[a];
    }
  }
  return out;
}

}  // namespace diplograph::graph
