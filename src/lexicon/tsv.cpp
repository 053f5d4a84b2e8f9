#include "tsv.h"

#include <fstream>
#include <sstream>

namespace diplograph::lexicon {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.emplace_back(trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace

std::vector<std::string> split_values(std::string_view field) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= field.size()) {
    size_t bar = field.find('|', start);
    auto v = trim(field.substr(start, bar == std::string_view::npos ? bar : bar - start));
    if (!v.empty()) out.emplace_back(v);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

Result<TsvFile> read_tsv(const std::string& path, const std::vector<std::string_view>& columns) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot read lexicon file " + path};
  TsvFile file;
  file.path = path;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  file.content = buffer.str();
  std::istringstream lines(file.content);
  std::string line;
  int number = 0;
  bool header_seen = false;
  while (std::getline(lines, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view view = trim(line);
    if (view.empty() || view.front() == '#') continue;
    auto fields = split_tabs(line);
    if (!header_seen) {
      header_seen = true;
      bool same = fields.size() == columns.size();
      for (size_t i = 0; same && i < columns.size(); ++i) same = fields[i] == columns[i];
      if (!same) {
        std::string expected;
        for (auto c : columns) {
          if (!expected.empty()) expected += ' ';
          expected.append(c);
        }
        return Error{path + ":" + std::to_string(number) + ": header must name the columns: " + expected};
      }
      continue;
    }
    if (fields.size() > columns.size())
      return Error{path + ":" + std::to_string(number) + ": " + std::to_string(fields.size()) +
                   " fields, expected " + std::to_string(columns.size())};
    fields.resize(columns.size());
    file.rows.push_back({number, std::move(fields)});
  }
  if (!header_seen) return Error{path + ": no header line"};
  return file;
}

}  // namespace diplograph::lexicon
