// diplograph-bench-export: time to write a 10,000-actor slice as DOT and GraphML.
//
//   diplograph-bench-export [--actors N] [--meetings M] [--seed S]
//
// Builds a deterministic synthetic meeting graph in memory (2-4 participants
// per meeting, busier actors more often, dates over 1990-2024), exports the
// whole graph as DOT and as GraphML into memory, and prints one JSON object
// with the sizes and the seconds each took (best of three).
#include <algorithm>
#include <chrono>
#include <iostream>
#include <random>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "diplograph/export/dot_writer.h"

namespace {

using namespace diplograph;

store::Snapshot synthetic(int actors, int meetings, unsigned seed) {
  std::mt19937 rng(seed);
  store::Snapshot s;
  static const char* kCountries[] = {"US", "RU", "CN", "FR", "EG", "SA", "IR", "TR", "KP", "KR", "DE", "GB"};
  static const char* kTypes[] = {"summit", "visit", "talks", "meeting", "call"};
  static const char* kStatuses[] = {"occurred", "occurred", "occurred", "planned", "invited", "cancelled"};
  for (int a = 0; a < actors; ++a)
    s.actors.push_back({a + 1, "a" + std::to_string(a), "person", "Actor \"" + std::to_string(a) + "\"",
                        "فاعل " + std::to_string(a), kCountries[a % 12]});
  // Busier actors come first: a power-law-like pick by squaring a uniform draw.
  std::uniform_real_distribution<double> u(0, 1);
  for (int m = 0; m < meetings; ++m) {
    const int day = static_cast<int>(u(rng) * 35 * 365);
    s.meetings.push_back({m + 1, kTypes[rng() % 5], kStatuses[rng() % 6], civil_from_days(days_from_civil(1990, 1, 1) + day),
                          "Place " + std::to_string(rng() % 200), "", "", "", 1, 0, ""});
    const int size = 2 + static_cast<int>(rng() % 3);
    // Every actor takes part at least once, so the slice holds all of them.
    std::vector<uint32_t> picked{static_cast<uint32_t>(m % actors)};
    while (static_cast<int>(picked.size()) < size) {
      auto a = static_cast<uint32_t>(u(rng) * u(rng) * actors);
      if (std::find(picked.begin(), picked.end(), a) == picked.end()) picked.push_back(a);
    }
    for (uint32_t a : picked) s.participants.push_back({static_cast<uint32_t>(m), a, "party"});
  }
  return s;
}

template <class F>
double best_of_three(F&& f) {
  double best = 1e9;
  for (int i = 0; i < 3; ++i) {
    auto start = std::chrono::steady_clock::now();
    f();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  int actors = 10000, meetings = 30000;
  unsigned seed = 42;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string arg = argv[i];
    if (arg == "--actors") actors = std::stoi(argv[i + 1]);
    else if (arg == "--meetings") meetings = std::stoi(argv[i + 1]);
    else if (arg == "--seed") seed = static_cast<unsigned>(std::stoul(argv[i + 1]));
  }
  graph::MeetingGraph g(synthetic(actors, meetings, seed));
  exporter::ExportOptions o;
  o.slice.filter.statuses.clear();
  size_t nodes = 0, dot_bytes = 0, graphml_bytes = 0;
  double dot_s = best_of_three([&] {
    std::ostringstream out;
    nodes = exporter::write_dot(out, g, o);
    dot_bytes = out.str().size();
  });
  double graphml_s = best_of_three([&] {
    std::ostringstream out;
    exporter::write_graphml(out, g, o);
    graphml_bytes = out.str().size();
  });
  nlohmann::json result = {{"actors", nodes},         {"meetings", meetings},        {"dot_s", dot_s},
                           {"dot_mb", dot_bytes / 1e6}, {"graphml_s", graphml_s}, {"graphml_mb", graphml_bytes / 1e6}};
  std::cout << result.dump() << "\n";
  return 0;
}
