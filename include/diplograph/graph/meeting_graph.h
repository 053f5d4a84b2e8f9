// The meeting graph: actors and meetings as the two vertex sets of one
// bipartite graph (an edge = "took part in"), built from a knowledge-base
// snapshot or from its compact graph tables. A multilateral meeting is one
// vertex, not a clique of pairs, so the graph stays linear in the data.
// Boost.Graph stays behind this header.
//
// Thread safety: a built graph is immutable; every const member may be called
// from several threads at once (per-query scratch memory comes from a pool).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "diplograph/store/graph_tables.h"
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

enum class BetweennessMethod {
  kBrandes,  // the hand-tuned Brandes on a CSR projection (the default: faster, see betweenness.cpp)
  kBoost,    // Boost.Graph's brandes_betweenness_centrality, kept as a reference
};

class MeetingGraph {
 public:
  // A graph with display rows (names, places) for queries and export.
  explicit MeetingGraph(store::Snapshot snapshot);
  // A traversal-only graph: data() is empty, indices follow the tables' order.
  explicit MeetingGraph(store::GraphTables tables);
  ~MeetingGraph();
  MeetingGraph(MeetingGraph&&) noexcept;
  MeetingGraph& operator=(MeetingGraph&&) noexcept;

  // Builds now what path and two_hop otherwise build on first use (the
  // deduplicated contact lists of who met whom). Optional; idempotent.
  void prepare() const;

  // The rows the graph was built from (empty for a graph built from tables).
  const store::Snapshot& data() const { return data_; }
  size_t actor_count() const;
  size_t meeting_count() const;

  std::optional<uint32_t> actor_by_id(int64_t db_id) const;
  std::optional<uint32_t> meeting_by_id(int64_t db_id) const;
  int64_t actor_id(uint32_t actor) const;  // the knowledge-base id of an actor index
  int64_t meeting_id(uint32_t meeting) const;
  // The days (since 1970-01-01) a meeting's date covers, or nullopt when undated.
  std::optional<std::pair<int, int>> days(uint32_t meeting) const;
  const std::string& type_of(uint32_t meeting) const;
  const std::string& status_of(uint32_t meeting) const;

  // The meetings of an actor, oldest first (undated last), and the actors of a meeting.
  std::span<const uint32_t> meetings_of(uint32_t actor) const;
  std::span<const uint32_t> actors_of(uint32_t meeting) const;

  bool passes(uint32_t meeting, const Filter& filter) const;

  // Every (other actor, meeting) pair where `actor` met someone, in date order.
  std::vector<Met> who_met(uint32_t actor, const Filter& filter) const;

  // The distinct actors `actor` met, each once, in the order first met.
  std::vector<uint32_t> met(uint32_t actor, const Filter& filter) const;

  // The fewest meetings linking two actors (bidirectional BFS); with
  // `time_respecting`, each meeting is on or after the previous one.
  std::optional<std::vector<PathStep>> path(uint32_t from, uint32_t to, const Filter& filter,
                                            bool time_respecting = false) const;

  // Actors within two meetings of `actor`, not counting `actor` itself (as
  // igraph's neighborhood(order = 2) minus the vertex), in BFS order.
  std::vector<uint32_t> two_hop(uint32_t actor, const Filter& filter) const;

  // Exact betweenness (Brandes) of the co-participation graph induced on
  // `actors` (all actors when empty): unweighted, undirected, each unordered
  // pair of endpoints counted once (igraph's and networkx's convention, half
  // of a directed double count), not normalised. One value per actor index
  // (0 outside `actors`). `threads` > 1 splits the sources between threads.
  std::vector<double> betweenness(const std::vector<uint32_t>& actors, const Filter& filter, unsigned threads = 1,
                                  BetweennessMethod method = BetweennessMethod::kBrandes) const;

  // An estimate of the same from `samples` source actors drawn with `seed`
  // (scaled by n / samples), for windows too large for the exact count.
  std::vector<double> betweenness_sampled(const std::vector<uint32_t>& actors, const Filter& filter, size_t samples,
                                          uint64_t seed, unsigned threads = 1) const;

  // Number of distinct actors each actor met under the filter.
  std::vector<uint32_t> degree(const Filter& filter) const;

  // The representation, opaque outside the graph module (src/graph/graph_impl.h).
  struct Impl;

 private:
  store::Snapshot data_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplograph::graph
