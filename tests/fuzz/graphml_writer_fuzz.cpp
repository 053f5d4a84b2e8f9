// Fuzzes the GraphML writer on arbitrary names: the input, split at NUL
// bytes, names actors (English, Arabic, country) and meeting places. Whatever
// the names, the output must be valid UTF-8 without characters XML forbids,
// every '&' must start an entity and '<' / '>' appear only in tags, so no name
// can break the document or add elements.
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

// Markup outside tags: '<' only opens a tag, '>' only closes one, '&' only
// starts one of the entities the writer emits.
bool markup_well_formed(std::string_view line) {
  bool in_tag = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '<') {
      if (in_tag) return false;
      in_tag = true;
    } else if (c == '>') {
      if (!in_tag) return false;
      in_tag = false;
    } else if (c == '&') {
      static const char* kEntities[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#x"};
      bool known = false;
      for (const char* e : kEntities) known = known || line.substr(i, std::string_view(e).size()) == e;
      if (!known) return false;
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\r') {
      return false;
    }
  }
  return !in_tag;
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
  exporter::write_graphml(out, g, o);
  const std::string xml = out.str();
  fuzz::check(text::is_valid_utf8(xml), "the output is valid UTF-8, whatever the names");
  std::istringstream lines(xml);
  for (std::string line; std::getline(lines, line);) fuzz::check(markup_well_formed(line), "markup only in tags");
  fuzz::check(xml.size() >= 11 && xml.compare(xml.size() - 11, 11, "</graphml>\n") == 0, "the document is closed");
  return 0;
}
