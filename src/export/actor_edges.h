// The actor graph's edges: the meetings of one pair of actors with one status.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "diplograph/export/slice.h"
#include "diplograph/graph/meeting_graph.h"

namespace diplograph::exporter {

struct ActorEdge {
  uint32_t a = 0, b = 0;           // actor indices, a < b
  std::string status;
  std::vector<uint32_t> meetings;  // meeting indices, oldest first (undated last)
};

// One edge per (pair, status) among the slice's actors, in a stable order.
std::vector<ActorEdge> actor_edges(const graph::MeetingGraph& g, const Slice& slice);

}  // namespace diplograph::exporter
