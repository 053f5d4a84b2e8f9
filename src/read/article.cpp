#include "diplograph/read/article.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "diplograph/text/normalize.h"

namespace fs = std::filesystem;

namespace diplograph::read {
namespace {

bool looks_binary(const std::string& bytes) {
  return bytes.find('\0') != std::string::npos;
}

std::string first_line(const std::string& text) {
  size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string::npos) return {};
  size_t end = text.find('\n', start);
  std::string line = text.substr(start, end == std::string::npos ? end : end - start);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

void finish(Article& a, const ReadOptions& options) {
  if (a.date.empty() && !options.default_date.empty()) {
    a.date = options.default_date;
    a.date_source = "option";
  }
  if (a.lang.empty() || a.lang == "auto") {
    if (!options.lang.empty() && options.lang != "auto") a.lang = options.lang;
    else a.lang = text::has_arabic(a.text) ? "ar" : "en";
  }
  if (a.title.empty()) a.title = first_line(a.text);
}

std::string get_string(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return it->dump();
}

}  // namespace

static size_t parse_jsonl(const std::string& name, std::istream& in, const ReadOptions& options,
                          const std::function<void(Article&&)>& on_article,
                          const std::function<void(const ReadProblem&)>& on_problem, int lines_before);

size_t parse_articles(const std::string& name, const std::string& bytes, bool jsonl,
                      const ReadOptions& options, const std::function<void(Article&&)>& on_article,
                      const std::function<void(const ReadProblem&)>& on_problem) {
  size_t problems = 0;
  auto problem = [&](std::string where, std::string message) {
    ++problems;
    on_problem({std::move(where), std::move(message)});
  };
  if (!jsonl) {
    if (bytes.size() > kMaxArticleBytes)
      return problem(name, "larger than " + std::to_string(kMaxArticleBytes >> 20) + " MiB"), problems;
    if (looks_binary(bytes)) return problem(name, "binary file (NUL bytes)"), problems;
    if (!text::is_valid_utf8(bytes)) return problem(name, "not valid UTF-8"), problems;
    if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) return problem(name, "empty"), problems;
    Article a;
    a.id = name;
    a.source_path = name;
    a.text = bytes;
    a.bytes = bytes.size();
    if (a.text.size() >= 3 && a.text.compare(0, 3, "\xEF\xBB\xBF") == 0) a.text.erase(0, 3);
    finish(a, options);
    on_article(std::move(a));
    return problems;
  }
  std::istringstream in(bytes);
  return problems + parse_jsonl(name, in, options, on_article, on_problem, 0);
}

// One article per line, read from a stream: a large .jsonl file is never held
// in memory whole, only one line at a time.
// `lines_before`: lines of the input already consumed, so that messages name the real line.
static size_t parse_jsonl(const std::string& name, std::istream& in, const ReadOptions& options,
                          const std::function<void(Article&&)>& on_article,
                          const std::function<void(const ReadProblem&)>& on_problem, int lines_before) {
  size_t problems = 0;
  auto problem = [&](std::string where, std::string message) {
    ++problems;
    on_problem({std::move(where), std::move(message)});
  };
  std::string line;
  int number = lines_before;
  while (std::getline(in, line)) {
    ++number;
    const std::string where = name + ":" + std::to_string(number);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (line.size() > kMaxArticleBytes) {
      problem(where, "article larger than " + std::to_string(kMaxArticleBytes >> 20) + " MiB");
      continue;
    }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      problem(where, "malformed JSON line");
      continue;
    }
    auto text_it = j.find("text");
    if (text_it == j.end() || !text_it->is_string()) {
      problem(where, "no \"text\" string");
      continue;
    }
    Article a;
    a.text = text_it->get<std::string>();
    if (a.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      problem(where, "empty text");
      continue;
    }
    if (a.text.find('\0') != std::string::npos) {
      problem(where, "NUL byte in text");
      continue;
    }
    a.id = get_string(j, "id");
    if (a.id.empty()) a.id = where;
    a.url = get_string(j, "url");
    a.title = get_string(j, "title");
    a.lang = get_string(j, "lang");
    if (!a.lang.empty() && a.lang != "ar" && a.lang != "en" && a.lang != "auto") {
      problem(where, "unknown language '" + a.lang + "' (ar, en or auto)");
      continue;
    }
    std::string date = get_string(j, "date");
    if (!date.empty()) {
      // Timestamps such as 2018-07-18T10:00:00Z keep their day.
      if (date.size() > 10 && date[10] == 'T') date.resize(10);
      auto d = Date::parse(date);
      if (!d) {
        problem(where, "impossible date '" + date + "'");
        continue;
      }
      a.date = *d;
      a.date_source = "metadata";
    }
    a.source_path = name;
    a.line = number;
    a.bytes = line.size() + 1;
    finish(a, options);
    on_article(std::move(a));
  }
  return problems;
}

// Standard input is JSON Lines when its first non-space byte opens an object:
// then it is read line by line as it arrives (a pipe may never end), else as
// one plain-text article of at most kMaxArticleBytes.
static size_t read_standard_input(const ReadOptions& options, const std::function<void(Article&&)>& on_article,
                                  const std::function<void(const ReadProblem&)>& on_problem) {
  std::string lead;
  int lines = 0;
  for (int c = std::cin.peek(); c == ' ' || c == '\t' || c == '\r' || c == '\n'; c = std::cin.peek()) {
    lead += static_cast<char>(std::cin.get());
    lines += c == '\n';
  }
  if (std::cin.peek() == '{') return parse_jsonl("-", std::cin, options, on_article, on_problem, lines);
  std::string bytes = std::move(lead);
  char buffer[65536];
  while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
    // Beyond the limit the article is refused anyway: keep reading, stop storing.
    if (bytes.size() <= kMaxArticleBytes) bytes.append(buffer, static_cast<size_t>(std::cin.gcount()));
  }
  return parse_articles("-", bytes, false, options, on_article, on_problem);
}

size_t read_articles(const std::vector<std::string>& paths, const ReadOptions& options,
                     const std::function<void(Article&&)>& on_article,
                     const std::function<void(const ReadProblem&)>& on_problem) {
  size_t problems = 0;
  auto read_file = [&](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      ++problems;
      on_problem({path, "cannot read file"});
      return;
    }
    std::error_code ec;
    auto size = fs::file_size(path, ec);
    const bool jsonl = fs::path(path).extension() == ".jsonl";
    if (!ec && !jsonl && size > kMaxArticleBytes) {
      ++problems;
      on_problem({path, "larger than " + std::to_string(kMaxArticleBytes >> 20) + " MiB"});
      return;
    }
    std::string bytes;
    try {
      if (jsonl) problems += parse_jsonl(path, in, options, on_article, on_problem, 0);
      else bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    } catch (const std::exception&) {
      in.setstate(std::ios::badbit);  // libstdc++ throws from the buffer on an I/O error (EIO)
    }
    if (in.bad()) {
      ++problems;
      on_problem({path, "cannot read file (read error)"});
      return;
    }
    if (!jsonl) problems += parse_articles(path, bytes, jsonl, options, on_article, on_problem);
  };
  for (const auto& p : paths) {
    if (p == "-") {
      problems += read_standard_input(options, on_article, on_problem);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) {
          auto ext = it->path().extension().string();
          if (ext == ".txt" || ext == ".jsonl" || ext == ".text" || ext.empty()) files.push_back(it->path().string());
        }
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) read_file(f);
      continue;
    }
    if (!fs::exists(p, ec)) {
      ++problems;
      on_problem({p, "no such file or folder"});
      continue;
    }
    read_file(p);
  }
  return problems;
}

}  // namespace diplograph::read
