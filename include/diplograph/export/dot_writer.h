// GraphViz export of the meeting graph or a slice of it.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "diplograph/graph/meeting_graph.h"

namespace diplograph::exporter {

struct ExportOptions {
  std::string labels = "en";       // en, ar or both
  std::optional<uint32_t> focus;   // actor index: its neighbourhood only
  int depth = 1;                   // neighbourhood depth in meetings
  graph::Filter filter;            // which meetings (default: every status)
  bool bipartite = false;          // actors and meetings as nodes
};

// Escapes a string for a double-quoted DOT ID: quotes, backslashes and
// newlines are escaped; control and bidi override characters are removed so
// that no name can break the file or inject attributes.
std::string dot_escape(const std::string& s);

// Writes the actor graph (an edge per pair that met, labelled with dates and
// places; planned, invited and cancelled meetings dashed or dotted) as DOT.
// Returns the number of nodes written.
size_t write_dot(std::ostream& out, const graph::MeetingGraph& g, const ExportOptions& options);

}  // namespace diplograph::exporter
