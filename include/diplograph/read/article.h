// Articles as read from files: plain text (title on the first line) or JSON
// Lines (one article per line).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "diplograph/core/date.h"

namespace diplograph::read {

struct Article {
  std::string id;           // the JSON "id", else "path" or "path:line"
  std::string url;
  std::string title;
  std::string text;         // full text, title first
  Date date;                // publication date, empty if unknown
  std::string date_source;  // "metadata", "option" (--date) or "" when unknown
  std::string lang;         // "ar", "en" or "" (auto)
  std::string source_path;
  int line = 0;             // line in a .jsonl file, 0 for a plain-text file
  size_t bytes = 0;         // input bytes it was read from (file or line), for progress
};

// Limits on what one article may be (see README "Limits").
inline constexpr size_t kMaxArticleBytes = 8 * 1024 * 1024;

struct ReadProblem {
  std::string where;    // "path" or "path:line"
  std::string message;  // why it was skipped
};

struct ReadOptions {
  Date default_date;      // --date: for articles that carry none
  std::string lang;       // --lang: "ar", "en" or "auto"/""
};

// Reads the articles under `paths` (files, folders recursively in name order,
// "-" for standard input), calling `on_article` for each good one and
// `on_problem` for each one skipped. Returns the number of problems.
size_t read_articles(const std::vector<std::string>& paths, const ReadOptions& options,
                     const std::function<void(Article&&)>& on_article,
                     const std::function<void(const ReadProblem&)>& on_problem);

// Parses one article from its bytes; `name` is its path. `.jsonl` content is
// one article per non-empty line. Exposed for tests and fuzzing.
size_t parse_articles(const std::string& name, const std::string& bytes, bool jsonl,
                      const ReadOptions& options, const std::function<void(Article&&)>& on_article,
                      const std::function<void(const ReadProblem&)>& on_problem);

}  // namespace diplograph::read
