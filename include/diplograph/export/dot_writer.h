// GraphViz (DOT) and GraphML export of the meeting graph or a slice of it.
#pragma once

#include <ostream>
#include <string>

#include "diplograph/export/slice.h"
#include "diplograph/graph/meeting_graph.h"

namespace diplograph::exporter {

struct ExportOptions {
  std::string labels = "en";  // en, ar or both
  bool bipartite = false;     // actors and meetings as nodes (else an actor graph: an edge = "met")
  bool legend = true;         // a key to shapes, colours and line styles (DOT only)
  SliceOptions slice;         // which part of the graph
};

// Escapes a string for a double-quoted DOT ID: quotes, backslashes and
// newlines are escaped; control and bidi override characters are removed so
// that no name can break the file or inject attributes.
std::string dot_escape(const std::string& s);

// Writes the slice as DOT. In the actor graph, the meetings of one pair with
// one status make one edge, labelled with their dates and places and drawn
// thicker the more there are; planned, invited and cancelled meetings are
// dashed, dotted or grey, and colours tell the meeting kinds. Actors are
// clustered by country. Returns the number of actor nodes written.
size_t write_dot(std::ostream& out, const graph::MeetingGraph& g, const ExportOptions& options);

// Escapes text for XML character data and attribute values; characters XML
// cannot hold are dropped, bidi controls are kept as character references.
std::string xml_escape(const std::string& s);

// Writes the same slice as GraphML (for Gephi, yEd, networkx): actor nodes
// with name, Arabic name, kind and country; in the actor graph one edge per
// pair and status with type, date, place and count; with `bipartite`, meeting
// nodes and "took part" edges. Returns the number of nodes written.
size_t write_graphml(std::ostream& out, const graph::MeetingGraph& g, const ExportOptions& options);

}  // namespace diplograph::exporter
