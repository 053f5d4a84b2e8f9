// The Boost.Graph representation behind MeetingGraph (private to the graph module).
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <unordered_map>
#include <vector>

#include "diplograph/graph/meeting_graph.h"

namespace diplograph::graph {

// Vertices 0..A-1 are actors, A..A+M-1 meetings; each participation is stored
// as two arcs so the directed CSR graph reads as undirected.
using Csr = boost::compressed_sparse_row_graph<boost::directedS>;
using Vertex = boost::graph_traits<Csr>::vertex_descriptor;

struct MeetingGraph::Impl {
  Csr csr;
  uint32_t actors = 0;
  std::vector<int> first_day, last_day;  // per meeting; INT_MIN/INT_MAX when undated
  std::vector<uint32_t> meetings_by_actor_offsets, meetings_by_actor;  // sorted by date
  std::vector<uint32_t> actors_by_meeting_offsets, actors_by_meeting;
  std::unordered_map<int64_t, uint32_t> actor_ids, meeting_ids;
};

}  // namespace diplograph::graph
