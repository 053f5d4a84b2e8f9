// Fuzzes the DOT writer on arbitrary names: the input, split at NUL bytes,
// names actors (English, Arabic, country) and meeting places. Whatever the
// names, every line of the output must keep its quotes balanced, so no name
// can end a label early or inject attributes, and no bidi override survives.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "diplograph/export/dot_writer.h"
#include "diplograph/text/normalize.h"
#include "fuzz_common.h"

using namespace diplograph;

namespace {

std::vector<std::string> split_names(std::string_view in) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= in.size(); ++i)
    if (i == in.size() || in[i] == '\0') {
      out.emplace_back(in.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

// True when every double-quoted string on the line is closed before its end.
bool quotes_balanced(std::string_view line) {
  bool in = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (in && line[i] == '\\') ++i;
    else if (line[i] == '"') in = !in;
  }
  return !in;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto names = split_names(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
  const uint8_t mode = data[0];
  auto name = [&](size_t i) -> const std::string& { return names[i % names.size()]; };

  store::Snapshot s;
  const size_t n_actors = std::min<size_t>(names.size() + 1, 12);
  for (size_t i = 0; i < n_actors; ++i)
    s.actors.push_back({static_cast<int64_t>(i + 1), "k" + std::to_string(i), i % 3 ? "person" : "state",
                        name(i), name(i + 1), mode & 8 ? name(i + 2) : std::string(i % 2 ? "RU" : "US")});
  static const char* kTypes[] = {"summit", "visit", "talks", "meeting", "call"};
  static const char* kStatuses[] = {"occurred", "planned", "invited", "cancelled"};
  for (size_t m = 0; m + 1 < n_actors; ++m) {
    s.meetings.push_back({static_cast<int64_t>(m + 1), kTypes[m % 5], kStatuses[m % 4], m % 2 ? Date::ymd(2018, 6, 12) : Date{},
                          name(m + 3), name(m), "p", name(m + 4), 1});
    s.participants.push_back({static_cast<uint32_t>(m), static_cast<uint32_t>(m), "host"});
    s.participants.push_back({static_cast<uint32_t>(m), static_cast<uint32_t>(m + 1), "guest"});
  }
  graph::MeetingGraph g(std::move(s));

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
  std::ostringstream out;
  exporter::write_dot(out, g, o);
  const std::string dot = out.str();
  fuzz::check(dot.find("\xE2\x80\xAE") == std::string::npos, "no right-to-left override in the output");
  fuzz::check(text::is_valid_utf8(dot), "the output is valid UTF-8, whatever the names");
  std::istringstream lines(dot);
  for (std::string line; std::getline(lines, line);) fuzz::check(quotes_balanced(line), "quotes balanced on every line");
  fuzz::check(dot.size() >= 2 && dot.compare(dot.size() - 2, 2, "}\n") == 0, "the graph is closed");
  return 0;
}
