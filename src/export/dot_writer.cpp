#include "diplograph/export/dot_writer.h"

#include <algorithm>
#include <map>
#include <set>

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

std::string isolate(const std::string& s) {
  return is_arabic(s) ? "\xE2\x81\xA8" + s + "\xE2\x81\xA9" : s;
}

std::string actor_label(const store::ActorRow& a, const std::string& mode) {
  std::string en = dot_escape(a.name), ar = dot_escape(a.name_ar);
  if (mode == "ar" && !ar.empty()) return isolate(ar);
  if (mode == "both" && !ar.empty() && ar != en) return isolate(en) + "\\n" + isolate(ar);
  return isolate(en);
}

const char* style_of(const std::string& status) {
  if (status == "planned") return "dashed";
  if (status == "invited") return "dotted";
  if (status == "cancelled") return "dashed\", color=\"gray60";
  return "solid";
}

const char* color_of(const std::string& type) {
  if (type == "summit") return "firebrick";
  if (type == "visit") return "darkgreen";
  if (type == "talks") return "navy";
  if (type == "call") return "darkorange";
  return "black";
}

}  // namespace

size_t write_dot(std::ostream& out, const graph::MeetingGraph& g, const ExportOptions& o) {
  const auto& d = g.data();
  // The slice: the focus actor's neighbourhood to `depth` meetings, or everything.
  std::set<uint32_t> actors;
  std::set<uint32_t> meetings;
  if (o.focus) {
    std::set<uint32_t> frontier{*o.focus};
    actors.insert(*o.focus);
    for (int level = 0; level < o.depth; ++level) {
      std::set<uint32_t> next;
      for (uint32_t a : frontier)
        for (uint32_t m : g.meetings_of(a)) {
          if (!g.passes(m, o.filter)) continue;
          meetings.insert(m);
          for (uint32_t b : g.actors_of(m))
            if (actors.insert(b).second) next.insert(b);
        }
      frontier = std::move(next);
    }
  } else {
    for (uint32_t m = 0; m < g.meeting_count(); ++m)
      if (g.passes(m, o.filter)) {
        meetings.insert(m);
        for (uint32_t a : g.actors_of(m)) actors.insert(a);
      }
  }
  out << "graph diplograph {\n"
      << "  graph [overlap=false, splines=true, fontname=\"DejaVu Sans\", labelloc=t, label=\"diplograph: meetings"
      << " (solid: happened, dashed: planned, dotted: invited, grey: cancelled)\"];\n"
      << "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f1ea\", fontname=\"DejaVu Sans\", fontsize=11];\n"
      << "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n";
  // Actors clustered by country.
  std::map<std::string, std::vector<uint32_t>> by_country;
  for (uint32_t a : actors) by_country[d.actors[a].country].push_back(a);
  int cluster = 0;
  for (const auto& [country, list] : by_country) {
    const bool boxed = !country.empty() && list.size() > 1;
    if (boxed) out << "  subgraph cluster_" << cluster++ << " {\n    label=\"" << dot_escape(country) << "\"; style=dashed; color=gray70;\n";
    for (uint32_t a : list) {
      const auto& row = d.actors[a];
      const char* shape = row.kind == "state" ? "ellipse" : row.kind == "organisation" ? "hexagon" : "box";
      out << (boxed ? "    " : "  ") << "a" << row.id << " [label=\"" << actor_label(row, o.labels) << "\", shape=" << shape << "];\n";
    }
    if (boxed) out << "  }\n";
  }
  if (o.bipartite) {
    for (uint32_t m : meetings) {
      const auto& row = d.meetings[m];
      std::string label = row.type + (row.date.empty() ? "" : "\\n" + row.date.iso()) + (row.place.empty() ? "" : "\\n" + dot_escape(row.place));
      out << "  m" << row.id << " [shape=circle, fontsize=8, label=\"" << label << "\", color=" << color_of(row.type)
          << ", style=\"" << style_of(row.status) << "\"];\n";
      for (uint32_t a : g.actors_of(m))
        if (actors.count(a)) out << "  a" << d.actors[a].id << " -- m" << row.id << ";\n";
    }
  } else {
    for (uint32_t m : meetings) {
      const auto& row = d.meetings[m];
      auto ps = g.actors_of(m);
      std::string label = dot_escape(row.type + (row.date.empty() ? "" : " " + row.date.iso()) + (row.place.empty() ? "" : ", " + row.place));
      for (size_t i = 0; i < ps.size(); ++i)
        for (size_t j = i + 1; j < ps.size(); ++j) {
          if (!actors.count(ps[i]) || !actors.count(ps[j])) continue;
          out << "  a" << d.actors[ps[i]].id << " -- a" << d.actors[ps[j]].id << " [label=\"" << label << "\", color="
              << color_of(row.type) << ", style=\"" << style_of(row.status) << "\", tooltip=\"#" << row.id << "\"];\n";
        }
    }
  }
  out << "}\n";
  return actors.size();
}

}  // namespace diplograph::exporter
