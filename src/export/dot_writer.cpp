#include "diplograph/export/dot_writer.h"

#include <cmath>
#include <map>

#include "actor_edges.h"

#include "diplograph/text/normalize.h"

namespace diplograph::exporter {

std::string dot_escape(const std::string& raw) {
  // Invalid bytes become U+FFFD first: dropping a control from the middle of a
  // broken sequence ("E2 80 | E2 81 A9 | AE") must not join its neighbours
  // into a new one (here a right-to-left override). Found by fuzzing.
  const std::string s = text::sanitize_utf8(raw);
  std::string out;
  out.reserve(s.size() + 2);
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c == 0x7f) {
      out += ' ';
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) >= 0xAA && static_cast<unsigned char>(s[i + 2]) <= 0xAE)) {
      i += 2;  // LRE, RLE, PDF, LRO, RLO: embedding and override controls are dropped
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x81 &&
               (static_cast<unsigned char>(s[i + 2]) >= 0xA6 && static_cast<unsigned char>(s[i + 2]) <= 0xA9)) {
      i += 2;  // stray isolates are dropped; the writer adds balanced ones itself
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

namespace {

bool is_arabic(const std::string& s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB) return true;
  }
  return false;
}

// Arabic inside a Latin label keeps its own order in SVG and PNG only when
// isolated (FSI ... PDI).
std::string isolate(const std::string& s) { return is_arabic(s) ? "\xE2\x81\xA8" + s + "\xE2\x81\xA9" : s; }

std::string actor_label(const store::ActorRow& a, const std::string& mode) {
  std::string en = dot_escape(a.name), ar = dot_escape(a.name_ar);
  if (mode == "ar" && !ar.empty()) return isolate(ar);
  if (mode == "both" && !ar.empty() && ar != en) return isolate(en) + "\\n" + isolate(ar);
  return isolate(en);
}

std::string place_label(const store::MeetingRow& m, const std::string& mode) {
  if (mode == "ar" && !m.place_ar.empty()) return isolate(dot_escape(m.place_ar));
  return isolate(dot_escape(m.place));
}

const char* style_of(const std::string& status) {
  if (status == "planned") return "dashed";
  if (status == "invited") return "dotted";
  if (status == "cancelled") return "dashed";
  return "solid";
}

const char* color_of(const std::string& type, const std::string& status) {
  if (status == "cancelled") return "gray60";
  if (type == "summit") return "firebrick";
  if (type == "visit") return "darkgreen";
  if (type == "talks") return "navy";
  if (type == "call") return "darkorange";
  return "black";
}

std::string meeting_text(const store::MeetingRow& m, const std::string& mode) {
  std::string text = m.type;
  if (!m.date.empty()) text += " " + m.date.iso();
  if (!m.place.empty()) text += ", " + place_label(m, mode);
  return text;
}

// A static key: HTML-like labels hold only the fixed text below.
void write_legend(std::ostream& out) {
  out << "  subgraph cluster_legend {\n"
         "    label=\"Legend\"; fontsize=10; style=solid; color=gray80;\n"
         "    legend [shape=plaintext, style=\"\", fontsize=9, label=<\n"
         "      <table border=\"0\" cellborder=\"0\" cellspacing=\"2\">\n"
         "        <tr><td align=\"left\">box: person &#160; hexagon: organisation &#160; ellipse: state</td></tr>\n"
         "        <tr><td align=\"left\"><font color=\"firebrick\">summit</font> <font color=\"darkgreen\">visit</font> "
         "<font color=\"navy\">talks</font> meeting <font color=\"darkorange\">call</font></td></tr>\n"
         "        <tr><td align=\"left\">solid: happened &#160; dashed: planned &#160; dotted: invited &#160; "
         "<font color=\"gray50\">grey: cancelled</font></td></tr>\n"
         "        <tr><td align=\"left\">thicker: more meetings</td></tr>\n"
         "      </table>>];\n"
         "  }\n";
}

}  // namespace

size_t write_dot(std::ostream& out, const graph::MeetingGraph& g, const ExportOptions& o) {
  const auto& d = g.data();
  const Slice slice = select_slice(g, o.slice);
  const size_t n = slice.actors.size();
  // Smaller type and tighter spacing keep a few hundred actors legible.
  const int font = n > 120 ? 9 : n > 40 ? 10 : 11;
  out << "graph diplograph {\n"
      << "  graph [overlap=false, splines=true, outputorder=edgesfirst, fontname=\"DejaVu Sans\", nodesep="
      << (n > 120 ? "0.15" : "0.3") << "];\n"
      << "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f1ea\", fontname=\"DejaVu Sans\", fontsize=" << font
      << "];\n"
      << "  edge [fontname=\"DejaVu Sans\", fontsize=" << font - 2 << "];\n";
  if (o.legend) write_legend(out);

  std::map<std::string, std::vector<uint32_t>> by_country;
  for (uint32_t a : slice.actors) by_country[d.actors[a].country].push_back(a);
  int cluster = 0;
  for (const auto& [country, list] : by_country) {
    const bool boxed = !country.empty() && list.size() > 1;
    if (boxed)
      out << "  subgraph cluster_" << cluster++ << " {\n    label=\"" << dot_escape(country)
          << "\"; style=dashed; color=gray70;\n";
    for (uint32_t a : list) {
      const auto& row = d.actors[a];
      const char* shape = row.kind == "state" ? "ellipse" : row.kind == "organisation" ? "hexagon" : "box";
      out << (boxed ? "    " : "  ") << "a" << row.id << " [label=\"" << actor_label(row, o.labels)
          << "\", shape=" << shape << "];\n";
    }
    if (boxed) out << "  }\n";
  }

  if (o.bipartite) {
    std::vector<char> in_slice(g.actor_count(), 0);
    for (uint32_t a : slice.actors) in_slice[a] = 1;
    for (uint32_t m : slice.meetings) {
      const auto& row = d.meetings[m];
      std::string label = row.type + (row.date.empty() ? "" : "\\n" + row.date.iso()) +
                          (row.place.empty() ? "" : "\\n" + place_label(row, o.labels));
      out << "  m" << row.id << " [shape=circle, fontsize=" << font - 3 << ", label=\"" << label << "\", color=\""
          << color_of(row.type, row.status) << "\", style=\"" << style_of(row.status) << "\"];\n";
      for (uint32_t a : g.actors_of(m))
        if (in_slice[a]) out << "  a" << d.actors[a].id << " -- m" << row.id << ";\n";
    }
    out << "}\n";
    return n;
  }

  const auto edges = actor_edges(g, slice);
  const bool terse = edges.size() > 150;  // past that, labels would cover the drawing: counts only
  for (const auto& e : edges) {
    const auto& latest = d.meetings[e.meetings.back()];
    std::string label, tooltip;
    for (size_t k = 0; k < e.meetings.size(); ++k) {
      const auto& m = d.meetings[e.meetings[k]];
      tooltip += (k ? "; #" : "#") + std::to_string(m.id) + " " + dot_escape(m.type + (m.date.empty() ? "" : " " + m.date.iso()));
      if (!terse && k < 2) label += (k ? "\\n" : "") + meeting_text(m, o.labels);
    }
    if (terse) label = e.meetings.size() > 1 ? "x" + std::to_string(e.meetings.size()) : "";
    else if (e.meetings.size() > 2) label += "\\n(+" + std::to_string(e.meetings.size() - 2) + " more)";
    const double width = 1.0 + std::log2(static_cast<double>(e.meetings.size()));
    out << "  a" << d.actors[e.a].id << " -- a" << d.actors[e.b].id << " [label=\"" << label << "\", color=\""
        << color_of(latest.type, e.status) << "\", style=\"" << style_of(e.status) << "\", penwidth=" << width
        << ", weight=" << e.meetings.size() << ", tooltip=\"" << tooltip << "\"];\n";
  }
  out << "}\n";
  return n;
}

}  // namespace diplograph::exporter
