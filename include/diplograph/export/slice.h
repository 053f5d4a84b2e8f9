// Which part of the meeting graph an export draws.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <vector>

#include "diplograph/graph/meeting_graph.h"

namespace diplograph::exporter {

struct SliceOptions {
  std::optional<uint32_t> focus;  // actor index: its neighbourhood only
  int depth = 1;                  // neighbourhood depth in meetings
  graph::Filter filter;           // statuses, types and the time window
  std::set<int64_t> meeting_ids;  // knowledge-base ids (a query's answer); empty = no restriction
};

struct Slice {
  std::vector<uint32_t> actors;    // actor indices, ascending
  std::vector<uint32_t> meetings;  // meeting indices, ascending
};

// The meetings that pass the filter (and are among `meeting_ids` when given)
// within `depth` meetings of the focus actor, or all of them, with every
// actor who took part in one.
Slice select_slice(const graph::MeetingGraph& g, const SliceOptions& options);

}  // namespace diplograph::exporter
