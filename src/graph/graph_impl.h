// The representation behind MeetingGraph (private to the graph module).
//
// The bipartite graph is kept as two offset arrays (CSR) -- meetings by actor,
// sorted by date, and actors by meeting -- rather than as a Boost
// compressed_sparse_row_graph over both vertex sets: Boost's CSR would hold the
// same arcs a second time (about 30 MB at a million meetings) and cannot keep
// an actor's meetings in date order, which who-met-before needs to stop early.
// Boost.Graph is used where it fits: the CSR of the co-participation
// projection for betweenness (betweenness.cpp). Time windows, statuses and
// types are a CompiledFilter (a byte lookup per meeting) rather than a
// boost::filtered_graph view: the traversals here are hand-written loops, and
// a filtered_graph would put a predicate functor behind every out-edge
// iterator step without sparing any copy (the loops never copy the graph).
// The window for betweenness is materialised as its own small CSR because
// Brandes reads every arc thousands of times.
#pragma once

#include <climits>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <unordered_map>
#include <vector>

#include "diplograph/graph/meeting_graph.h"

namespace diplograph::graph {

// Per-query working memory, reused between queries: a vertex is "seen" when
// its stamp equals the query's epoch, so no query pays to clear O(V) arrays.
struct Scratch {
  std::vector<uint32_t> seen_f, seen_b, parent_f, parent_b;
  std::vector<uint32_t> front_f, front_b, next;
  uint32_t epoch = 0;

  // Starts a query over `vertices` vertices; returns its epoch.
  uint32_t begin(size_t vertices);
};

// Scratch objects for concurrent queries; a lease returns its object on destruction.
class ScratchPool {
 public:
  class Lease {
   public:
    Lease(ScratchPool& pool, std::unique_ptr<Scratch> s) : pool_(pool), s_(std::move(s)) {}
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Scratch& operator*() { return *s_; }
    Scratch* operator->() { return s_.get(); }

   private:
    ScratchPool& pool_;
    std::unique_ptr<Scratch> s_;
  };
  Lease acquire();

 private:
  std::mutex mu_;
  std::vector<std::unique_ptr<Scratch>> free_;
};

// A Filter turned into per-code lookups once per query, so the inner loops
// test a byte instead of searching sets of strings.
struct CompiledFilter {
  std::vector<uint8_t> type_ok, status_ok;
  bool has_before = false, has_after = false;
  int before_day = 0, after_day = 0;
  int64_t exclude = -1;
};

// An undirected simple graph as CSR: the neighbours of v are
// adj[off[v] .. off[v + 1]), sorted, each edge stored in both directions.
struct Projection {
  uint32_t n = 0;
  std::vector<uint32_t> off, adj;
  std::span<const uint32_t> row(uint32_t v) const { return {adj.data() + off[v], off[v + 1] - off[v]}; }
};

struct MeetingGraph::Impl {
  uint32_t actors = 0, meetings = 0;
  std::vector<int64_t> actor_ids, meeting_ids;  // position = index
  bool actor_ids_sorted = true, meeting_ids_sorted = true;
  std::unordered_map<int64_t, uint32_t> actor_lookup, meeting_lookup;  // only when ids are unsorted
  std::vector<int32_t> first_day, last_day;  // INT32_MIN / INT32_MAX when undated
  std::vector<uint8_t> type, status;
  std::vector<std::string> type_names, status_names;
  std::vector<uint32_t> by_date;  // meeting indices, dated ones by first day, then undated
  std::vector<uint32_t> meetings_by_actor_offsets, meetings_by_actor;  // each actor's sorted by date
  std::vector<uint32_t> actors_by_meeting_offsets, actors_by_meeting;
  mutable ScratchPool scratch;

  // The co-participation projection over meetings that occurred (who met
  // whom, each pair once), built on first use by path and two_hop under the
  // default filter. Reading a contact list is one contiguous run instead of
  // a random access per meeting: a hub's 40,000 meetings become one scan.
  const Projection& contacts() const;
  bool default_filter(const CompiledFilter& f) const;
  mutable std::once_flag contacts_once;
  mutable Projection contacts_;
  uint8_t occurred_code = 255;  // the status code of "occurred", 255 when absent

  // Builds everything else from the tables' columns (moved in).
  explicit Impl(store::GraphTables t);

  CompiledFilter compile(const Filter& f) const;
  bool ok(uint32_t m, const CompiledFilter& f) const {
    if (!f.status_ok[status[m]] || !f.type_ok[type[m]]) return false;
    if (f.has_before && last_day[m] >= f.before_day) return false;  // undated: INT32_MAX fails
    if (f.has_after && first_day[m] <= f.after_day) return false;   // undated: INT32_MIN fails
    return static_cast<int64_t>(m) != f.exclude;
  }
  uint32_t actor_degree(uint32_t a) const { return meetings_by_actor_offsets[a + 1] - meetings_by_actor_offsets[a]; }
};

// The co-participation graph over meetings passing `f`, induced on `chosen`
// (local vertex i = chosen[i]), or on every actor when `chosen` is null.
Projection project(const MeetingGraph::Impl& g, const std::vector<uint32_t>* chosen, const CompiledFilter& f);

}  // namespace diplograph::graph
