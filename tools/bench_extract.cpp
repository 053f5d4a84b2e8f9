// diplograph-bench-extract: extraction throughput on one thread.
//
//   diplograph-bench-extract [--mb N] [--lexicon DIR] DEVSET_DIR
//
// Cycles through the development set's Arabic and English articles (each
// language separately) until N MB (default 20) of text have been extracted,
// and prints one JSON object per language: MB/s, sentences/s, articles/s,
// meetings found, bytes per sentence, and the process's peak memory so far.
// The articles are reused, not copied, so memory does not grow with N: a
// rising peak would mean the extractor itself keeps something per article.
#include <sys/resource.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diplograph/extract/extractor.h"
#include "diplograph/lexicon/lexicon.h"
#include "diplograph/read/article.h"

namespace {

long peak_rss_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

// CPU time of this process: on a shared machine, wall time also counts the neighbours.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

std::vector<diplograph::read::Article> load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::vector<diplograph::read::Article> articles;
  diplograph::read::parse_articles(
      path, bytes.str(), true, {}, [&](diplograph::read::Article&& a) { articles.push_back(std::move(a)); },
      [](const diplograph::read::ReadProblem& p) { std::cerr << p.where << ": " << p.message << "\n"; });
  return articles;
}

}  // namespace

int main(int argc, char** argv) {
  double megabytes = 20;
  std::string lexicon_dir = diplograph::lexicon::Lexicon::default_dir();
  std::string devset;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) megabytes = std::stod(argv[++i]);
    else if (arg == "--lexicon" && i + 1 < argc) lexicon_dir = argv[++i];
    else devset = arg;
  }
  if (devset.empty()) {
    std::cerr << "usage: diplograph-bench-extract [--mb N] [--lexicon DIR] DEVSET_DIR\n";
    return 2;
  }
  auto lexicon = diplograph::lexicon::Lexicon::load(lexicon_dir);
  if (!lexicon) {
    std::cerr << lexicon.error() << "\n";
    return 1;
  }
  diplograph::extract::Extractor extractor(*lexicon);
  nlohmann::json out;
  out["lexicon_load_peak_rss_mb"] = peak_rss_kb() / 1024.0;
  for (const std::string lang : {"ar", "en"}) {
    auto articles = load(devset + "/articles-" + lang + ".jsonl");
    if (articles.empty()) return 1;
    const auto target = static_cast<size_t>(megabytes * 1e6);
    size_t bytes = 0, sentences = 0, meetings = 0, count = 0;
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_seconds();
    for (size_t i = 0; bytes < target; i = (i + 1) % articles.size()) {
      auto extraction = extractor.extract(articles[i]);
      bytes += articles[i].text.size();
      sentences += extraction.sentences.size();
      meetings += extraction.meetings.size();
      ++count;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = cpu_seconds() - cpu_start;
    out[lang] = {{"mb", bytes / 1e6},
                 {"seconds", seconds},
                 {"cpu_seconds", cpu},
                 {"mb_per_cpu_s", bytes / 1e6 / cpu},
                 {"sentences_per_cpu_s", sentences / cpu},
                 {"mb_per_s", bytes / 1e6 / seconds},
                 {"sentences_per_s", sentences / seconds},
                 {"articles_per_s", count / seconds},
                 {"meetings", meetings},
                 // Sentences/s depends on how long they are: dev set 2's Arabic
                 // runs about 310 bytes a sentence, dev set 1's about 210.
                 {"bytes_per_sentence", sentences ? static_cast<double>(bytes) / sentences : 0.0},
                 {"peak_rss_mb", peak_rss_kb() / 1024.0}};
  }
  std::cout << out.dump(1) << "\n";
  return 0;
}
