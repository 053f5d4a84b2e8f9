// The meeting graph: actors and meetings as the two vertex sets of one
// bipartite graph (an edge = "took part in"), built from a knowledge-base
// snapshot. A multilateral meeting is one vertex, not a clique of pairs, so
// the graph stays linear in the data. Boost.Graph stays behind this header.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "diplograph/store/snapshot.h"

namespace diplograph::graph {

// Which meetings count: a time window (by the meetings' dates; an undated
// meeting fails every window bound) and sets of statuses and types.
struct Filter {
  std::optional<int> before_day;  // meetings that ended before this day (days since epoch)
  std::optional<int> after_day;   // meetings that began after this day
  std::set<std::string> statuses{"occurred"};  // empty = any
  std::set<std::string> types;                 // empty = any
  std::optional<uint32_t> exclude_meeting;
};

struct Met {
  uint32_t actor;    // actor index
  uint32_t meeting;  // meeting index
};

struct PathStep {
  uint32_t actor;
  std::optional<uint32_t> meeting;  // the meeting linking it to the previous step
};

class MeetingGraph {
 public:
  explicit MeetingGraph(store::Snapshot snapshot);
  ~MeetingGraph();
  MeetingGraph(MeetingGraph&&) noexcept;
  MeetingGraph& operator=(MeetingGraph&&) noexcept;

  const store::Snapshot& data() const { return data_; }
  size_t actor_count() const { return data_.actors.size(); }
  size_t meeting_count() const { return data_.meetings.size(); }

  std::optional<uint32_t> actor_by_id(int64_t db_id) const;
  std::optional<uint32_t> meeting_by_id(int64_t db_id) const;

  // The meetings of an actor, oldest first (undated last), and the actors of a meeting.
  std::span<const uint32_t> meetings_of(uint32_t actor) const;
  std::span<const uint32_t> actors_of(uint32_t meeting) const;

  bool passes(uint32_t meeting, const Filter& filter) const;

  // Every (other actor, meeting) pair where `actor` met someone, in date order.
  std::vector<Met> who_met(uint32_t actor, const Filter& filter) const;

  // The fewest meetings linking two actors (bidirectional BFS); with
  // `time_respecting`, each meeting is on or after the previous one.
  std::optional<std::vector<PathStep>> path(uint32_t from, uint32_t to, const Filter& filter,
                                            bool time_respecting = false) const;

  // Actors within two meetings of `actor` (not counting it).
  std::vector<uint32_t> two_hop(uint32_t actor, const Filter& filter) const;

  // Exact betweenness (Brandes, through Boost.Graph) of the co-participation
  // graph induced on `actors` (all actors when empty), one value per actor index.
  std::vector<double> betweenness(const std::vector<uint32_t>& actors, const Filter& filter) const;

  // Number of distinct actors each actor met under the filter.
  std::vector<uint32_t> degree(const Filter& filter) const;

 private:
  struct Impl;
  store::Snapshot data_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplograph::graph
