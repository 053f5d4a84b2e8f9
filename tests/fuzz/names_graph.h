// Shared by the export fuzz targets: a small meeting graph whose actor,
// country and place names come from the fuzzer's input, and export options
// chosen by its first byte.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diplograph/export/dot_writer.h"

namespace diplograph::fuzz {

// The input after its first byte, split at NUL bytes.
inline std::vector<std::string> split_names(std::string_view in) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= in.size(); ++i)
    if (i == in.size() || in[i] == '\0') {
      out.emplace_back(in.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

// Up to 12 actors (people and states) in a chain of meetings of every kind
// and status, named by the input. `size` must be at least 1.
inline graph::MeetingGraph names_graph(const uint8_t* data, size_t size) {
  const uint8_t mode = data[0];
  const auto names = split_names(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
  auto name = [&](size_t i) -> const std::string& { return names[i % names.size()]; };
  store::Snapshot s;
  const size_t n_actors = std::min<size_t>(names.size() + 1, 12);
  for (size_t i = 0; i < n_actors; ++i)
    s.actors.push_back({static_cast<int64_t>(i + 1), "k" + std::to_string(i), i % 3 ? "person" : "state", name(i),
                        name(i + 1), mode & 8 ? name(i + 2) : std::string(i % 2 ? "RU" : "US")});
  static const char* kTypes[] = {"summit", "visit", "talks", "meeting", "call"};
  static const char* kStatuses[] = {"occurred", "planned", "invited", "cancelled"};
  for (size_t m = 0; m + 1 < n_actors; ++m) {
    s.meetings.push_back({static_cast<int64_t>(m + 1), kTypes[m % 5], kStatuses[m % 4],
                          m % 2 ? Date::ymd(2018, 6, 12) : Date{}, name(m + 3), name(m), "p", name(m + 4), 1, 0, ""});
    s.participants.push_back({static_cast<uint32_t>(m), static_cast<uint32_t>(m), "host"});
    s.participants.push_back({static_cast<uint32_t>(m), static_cast<uint32_t>(m + 1), "guest"});
  }
  return graph::MeetingGraph(std::move(s));
}

// Labels, bipartite form, legend and a neighbourhood slice from the first byte.
inline exporter::ExportOptions names_options(uint8_t mode) {
  exporter::ExportOptions o;
  static const char* kLabels[] = {"en", "ar", "both", "en"};
  o.labels = kLabels[mode & 3];
  o.bipartite = mode & 4;
  o.slice.filter.statuses.clear();
  o.legend = mode & 128;
  if (mode & 16) {
    o.slice.focus = 0;
    o.slice.depth = 1 + ((mode >> 5) & 3);
  }
  return o;
}

}  // namespace diplograph::fuzz
