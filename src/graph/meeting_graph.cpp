#include "diplograph/graph/meeting_graph.h"

#include <algorithm>
#include <climits>

#include "graph_impl.h"

namespace diplograph::graph {
namespace {

uint8_t intern(std::vector<std::string>& names, const std::string& s) {
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == s) return static_cast<uint8_t>(i);
  if (names.size() == 255) return 254;
  names.push_back(s);
  return static_cast<uint8_t>(names.size() - 1);
}

// The columns of a snapshot, so both constructors share one build.
store::GraphTables tables_of(const store::Snapshot& s) {
  store::GraphTables t;
  for (const auto& a : s.actors) t.actor_ids.push_back(a.id);
  const size_t M = s.meetings.size();
  for (const auto& m : s.meetings) {
    t.meeting_ids.push_back(m.id);
    t.type.push_back(intern(t.type_names, m.type));
    t.status.push_back(intern(t.status_names, m.status));
    t.first_day.push_back(m.date.empty() ? INT32_MIN : m.date.first_day());
    t.last_day.push_back(m.date.empty() ? INT32_MAX : m.date.last_day());
  }
  t.participant_offsets.assign(M + 1, 0);
  for (const auto& p : s.participants) ++t.participant_offsets[p.meeting + 1];
  for (size_t i = 0; i < M; ++i) t.participant_offsets[i + 1] += t.participant_offsets[i];
  t.participant_actors.resize(s.participants.size());
  auto fill = t.participant_offsets;
  for (const auto& p : s.participants) t.participant_actors[fill[p.meeting]++] = p.actor;
  return t;
}

}  // namespace

uint32_t Scratch::begin(size_t vertices) {
  if (seen_f.size() != vertices) {
    seen_f.assign(vertices, 0);
    seen_b.assign(vertices, 0);
    parent_f.resize(vertices);
    parent_b.resize(vertices);
    epoch = 0;
  }
  if (++epoch == 0) {  // wrapped after 4 billion queries: clear once
    std::fill(seen_f.begin(), seen_f.end(), 0);
    std::fill(seen_b.begin(), seen_b.end(), 0);
    epoch = 1;
  }
  return epoch;
}

ScratchPool::Lease::~Lease() {
  std::lock_guard lock(pool_.mu_);
  pool_.free_.push_back(std::move(s_));
}

ScratchPool::Lease ScratchPool::acquire() {
  std::lock_guard lock(mu_);
  if (free_.empty()) return Lease(*this, std::make_unique<Scratch>());
  auto s = std::move(free_.back());
  free_.pop_back();
  return Lease(*this, std::move(s));
}

MeetingGraph::Impl::Impl(store::GraphTables t)
    : actors(static_cast<uint32_t>(t.actor_ids.size())),
      meetings(static_cast<uint32_t>(t.meeting_ids.size())),
      actor_ids(std::move(t.actor_ids)),
      meeting_ids(std::move(t.meeting_ids)),
      first_day(std::move(t.first_day)),
      last_day(std::move(t.last_day)),
      type(std::move(t.type)),
      status(std::move(t.status)),
      type_names(std::move(t.type_names)),
      status_names(std::move(t.status_names)),
      actors_by_meeting_offsets(std::move(t.participant_offsets)),
      actors_by_meeting(std::move(t.participant_actors)) {
  if (actors_by_meeting_offsets.empty()) actors_by_meeting_offsets.assign(meetings + 1, 0);
  actor_ids_sorted = std::is_sorted(actor_ids.begin(), actor_ids.end());
  meeting_ids_sorted = std::is_sorted(meeting_ids.begin(), meeting_ids.end());
  for (size_t i = 0; i < status_names.size(); ++i)
    if (status_names[i] == "occurred") occurred_code = static_cast<uint8_t>(i);
  if (!actor_ids_sorted)
    for (uint32_t a = 0; a < actors; ++a) actor_lookup[actor_ids[a]] = a;
  if (!meeting_ids_sorted)
    for (uint32_t m = 0; m < meetings; ++m) meeting_lookup[meeting_ids[m]] = m;

  // Meetings in date order by a counting sort on the first day (dates span a
  // few ten thousand days; a comparison sort of a million meetings costs more).
  by_date.reserve(meetings);
  int32_t lo = INT32_MAX, hi = INT32_MIN;
  for (uint32_t m = 0; m < meetings; ++m)
    if (first_day[m] != INT32_MIN) lo = std::min(lo, first_day[m]), hi = std::max(hi, first_day[m]);
  const int64_t span = lo <= hi ? static_cast<int64_t>(hi) - lo + 1 : 0;
  if (span > 0 && span <= 4 * static_cast<int64_t>(meetings) + 4096) {
    std::vector<uint32_t> start(static_cast<size_t>(span) + 1, 0);
    for (uint32_t m = 0; m < meetings; ++m)
      if (first_day[m] != INT32_MIN) ++start[first_day[m] - lo + 1];
    for (size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
    by_date.resize(start.back());
    for (uint32_t m = 0; m < meetings; ++m)
      if (first_day[m] != INT32_MIN) by_date[start[first_day[m] - lo]++] = m;
  } else {
    for (uint32_t m = 0; m < meetings; ++m)
      if (first_day[m] != INT32_MIN) by_date.push_back(m);
    std::stable_sort(by_date.begin(), by_date.end(), [&](uint32_t x, uint32_t y) { return first_day[x] < first_day[y]; });
  }
  for (uint32_t m = 0; m < meetings; ++m)
    if (first_day[m] == INT32_MIN) by_date.push_back(m);

  // Each actor's meetings: filled in date order, so every list comes out sorted.
  meetings_by_actor_offsets.assign(actors + 1, 0);
  for (uint32_t a : actors_by_meeting) ++meetings_by_actor_offsets[a + 1];
  for (uint32_t a = 0; a < actors; ++a) meetings_by_actor_offsets[a + 1] += meetings_by_actor_offsets[a];
  meetings_by_actor.resize(actors_by_meeting.size());
  std::vector<uint32_t> fill(meetings_by_actor_offsets.begin(), meetings_by_actor_offsets.end() - 1);
  for (uint32_t m : by_date)
    for (uint32_t i = actors_by_meeting_offsets[m]; i < actors_by_meeting_offsets[m + 1]; ++i)
      meetings_by_actor[fill[actors_by_meeting[i]]++] = m;
}

bool MeetingGraph::Impl::default_filter(const CompiledFilter& f) const {
  if (f.has_before || f.has_after || f.exclude >= 0) return false;
  for (size_t i = 0; i < type_names.size(); ++i)
    if (!f.type_ok[i]) return false;
  for (size_t i = 0; i < status_names.size(); ++i)
    if (f.status_ok[i] != (i == occurred_code)) return false;
  return true;
}

const Projection& MeetingGraph::Impl::contacts() const {
  std::call_once(contacts_once, [this] {
    CompiledFilter f;
    f.type_ok.assign(type_names.size() + 1, 1);
    f.status_ok.assign(status_names.size() + 1, 0);
    if (occurred_code != 255) f.status_ok[occurred_code] = 1;
    contacts_ = project(*this, nullptr, f);
  });
  return contacts_;
}

CompiledFilter MeetingGraph::Impl::compile(const Filter& f) const {
  CompiledFilter c;
  c.type_ok.assign(type_names.size() + 1, 0);
  c.status_ok.assign(status_names.size() + 1, 0);
  for (size_t i = 0; i < type_names.size(); ++i) c.type_ok[i] = f.types.empty() || f.types.count(type_names[i]);
  for (size_t i = 0; i < status_names.size(); ++i)
    c.status_ok[i] = f.statuses.empty() || f.statuses.count(status_names[i]);
  c.has_before = f.before_day.has_value();
  c.before_day = f.before_day.value_or(0);
  c.has_after = f.after_day.has_value();
  c.after_day = f.after_day.value_or(0);
  c.exclude = f.exclude_meeting ? static_cast<int64_t>(*f.exclude_meeting) : -1;
  return c;
}

MeetingGraph::MeetingGraph(store::Snapshot snapshot)
    : data_(std::move(snapshot)), impl_(std::make_unique<Impl>(tables_of(data_))) {}

MeetingGraph::MeetingGraph(store::GraphTables tables) : impl_(std::make_unique<Impl>(std::move(tables))) {}

MeetingGraph::~MeetingGraph() = default;
MeetingGraph::MeetingGraph(MeetingGraph&&) noexcept = default;
MeetingGraph& MeetingGraph::operator=(MeetingGraph&&) noexcept = default;

void MeetingGraph::prepare() const { impl_->contacts(); }

size_t MeetingGraph::actor_count() const { return impl_->actors; }
size_t MeetingGraph::meeting_count() const { return impl_->meetings; }
int64_t MeetingGraph::actor_id(uint32_t actor) const { return impl_->actor_ids[actor]; }
int64_t MeetingGraph::meeting_id(uint32_t meeting) const { return impl_->meeting_ids[meeting]; }

const std::string& MeetingGraph::type_of(uint32_t meeting) const { return impl_->type_names[impl_->type[meeting]]; }
const std::string& MeetingGraph::status_of(uint32_t meeting) const {
  return impl_->status_names[impl_->status[meeting]];
}

std::optional<std::pair<int, int>> MeetingGraph::days(uint32_t meeting) const {
  if (impl_->first_day[meeting] == INT32_MIN) return std::nullopt;
  return std::make_pair(impl_->first_day[meeting], impl_->last_day[meeting]);
}

namespace {
std::optional<uint32_t> find_id(const std::vector<int64_t>& ids, bool sorted,
                                const std::unordered_map<int64_t, uint32_t>& lookup, int64_t id) {
  if (sorted) {
    auto it = std::lower_bound(ids.begin(), ids.end(), id);
    if (it == ids.end() || *it != id) return std::nullopt;
    return static_cast<uint32_t>(it - ids.begin());
  }
  auto it = lookup.find(id);
  if (it == lookup.end()) return std::nullopt;
  return it->second;
}
}  // namespace

std::optional<uint32_t> MeetingGraph::actor_by_id(int64_t id) const {
  return find_id(impl_->actor_ids, impl_->actor_ids_sorted, impl_->actor_lookup, id);
}

std::optional<uint32_t> MeetingGraph::meeting_by_id(int64_t id) const {
  return find_id(impl_->meeting_ids, impl_->meeting_ids_sorted, impl_->meeting_lookup, id);
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
  const Impl& g = *impl_;
  if (f.exclude_meeting && *f.exclude_meeting == m) return false;
  if (!f.statuses.empty() && !f.statuses.count(g.status_names[g.status[m]])) return false;
  if (!f.types.empty() && !f.types.count(g.type_names[g.type[m]])) return false;
  if (f.before_day && g.last_day[m] >= *f.before_day) return false;
  if (f.after_day && g.first_day[m] <= *f.after_day) return false;
  return true;
}

std::vector<uint32_t> MeetingGraph::degree(const Filter& filter) const {
  const Impl& g = *impl_;
  const CompiledFilter f = g.compile(filter);
  std::vector<uint32_t> out(g.actors, 0);
  std::vector<uint32_t> stamp(g.actors, UINT32_MAX);
  for (uint32_t a = 0; a < g.actors; ++a) {
    for (uint32_t m : meetings_of(a)) {
      if (!g.ok(m, f)) continue;
      for (uint32_t b : actors_of(m))
        if (b != a && stamp[b] != a) stamp[b] = a, ++out[a];
    }
  }
  return out;
}

}  // namespace diplograph::graph
