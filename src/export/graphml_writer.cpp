#include <algorithm>
#include <cstdio>

#include "actor_edges.h"
#include "diplograph/export/dot_writer.h"
#include "diplograph/text/normalize.h"

namespace diplograph::exporter {

std::string xml_escape(const std::string& raw) {
  // Invalid bytes become U+FFFD first: XML must be valid UTF-8, and a control
  // dropped from a broken sequence must not join its neighbours (as in DOT).
  const std::string s = text::sanitize_utf8(raw);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += "&apos;"; continue;
      default: break;
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;  // not allowed in XML 1.0
    // Bidi embedding, override and isolate controls stay, as references a reader can see.
    if (c == 0xE2 && i + 2 < s.size()) {
      const unsigned char b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
      const bool embedding = b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE;
      const bool isolate = b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9;
      if (embedding || isolate) {
        const unsigned code = 0x2000u + ((b1 & 0x3Fu) << 6) + (b2 & 0x3Fu);
        char ref[16];
        std::snprintf(ref, sizeof ref, "&#x%X;", code);
        out += ref;
        i += 2;
        continue;
      }
    }
    // U+FFFE and U+FFFF are not XML characters.
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

namespace {

void data(std::ostream& out, const char* key, const std::string& value) {
  if (!value.empty()) out << "<data key=\"" << key << "\">" << xml_escape(value) << "</data>";
}

}  // namespace

size_t write_graphml(std::ostream& out, const graph::MeetingGraph& g, const ExportOptions& o) {
  const auto& d = g.data();
  const Slice slice = select_slice(g, o.slice);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  for (const char* key : {"name", "name_ar", "kind", "country"})
    out << "  <key id=\"" << key << "\" for=\"node\" attr.name=\"" << key << "\" attr.type=\"string\"/>\n";
  for (const char* key : {"type", "status", "date", "place"})
    out << "  <key id=\"" << key << "\" for=\"all\" attr.name=\"" << key << "\" attr.type=\"string\"/>\n";
  out << "  <key id=\"count\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>\n"
         "  <key id=\"meetings\" for=\"edge\" attr.name=\"meetings\" attr.type=\"string\"/>\n"
         "  <key id=\"role\" for=\"edge\" attr.name=\"role\" attr.type=\"string\"/>\n"
         "  <graph id=\"diplograph\" edgedefault=\"undirected\">\n";
  size_t nodes = 0;
  for (uint32_t a : slice.actors) {
    const auto& row = d.actors[a];
    out << "    <node id=\"a" << row.id << "\">";
    data(out, "name", row.name);
    data(out, "name_ar", row.name_ar);
    data(out, "kind", row.kind);
    data(out, "country", row.country);
    out << "</node>\n";
    ++nodes;
  }
  size_t edge = 0;
  if (o.bipartite) {
    std::vector<char> in_slice(g.actor_count(), 0);
    for (uint32_t a : slice.actors) in_slice[a] = 1;
    for (uint32_t m : slice.meetings) {
      const auto& row = d.meetings[m];
      out << "    <node id=\"m" << row.id << "\">";
      data(out, "kind", "meeting");
      data(out, "type", row.type);
      data(out, "status", row.status);
      data(out, "date", row.date.empty() ? "" : row.date.iso());
      data(out, "place", row.place);
      out << "</node>\n";
      ++nodes;
    }
    for (const auto& p : d.participants) {
      if (!in_slice[p.actor] || !std::binary_search(slice.meetings.begin(), slice.meetings.end(), p.meeting)) continue;
      out << "    <edge id=\"e" << edge++ << "\" source=\"a" << d.actors[p.actor].id << "\" target=\"m"
          << d.meetings[p.meeting].id << "\">";
      data(out, "role", p.role);
      out << "</edge>\n";
    }
  } else {
    for (const auto& e : actor_edges(g, slice)) {
      const auto& latest = d.meetings[e.meetings.back()];
      std::string ids;
      for (uint32_t m : e.meetings) ids += (ids.empty() ? "" : " ") + std::to_string(d.meetings[m].id);
      out << "    <edge id=\"e" << edge++ << "\" source=\"a" << d.actors[e.a].id << "\" target=\"a" << d.actors[e.b].id
          << "\">";
      data(out, "type", latest.type);
      data(out, "status", e.status);
      data(out, "date", latest.date.empty() ? "" : latest.date.iso());
      data(out, "place", latest.place);
      out << "<data key=\"count\">" << e.meetings.size() << "</data>";
      data(out, "meetings", ids);
      out << "</edge>\n";
    }
  }
  out << "  </graph>\n</graphml>\n";
  return nodes;
}

}  // namespace diplograph::exporter
