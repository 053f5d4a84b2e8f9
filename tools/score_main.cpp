// diplograph-score: compares `diplograph extract` output with gold meetings.
//
//   diplograph-score [--lexicon DIR] [--json] [--details] [--require LEVEL=MIN]... GOLD.jsonl PRED.jsonl
//
// Prints precision, recall and F1 per language and overall at four levels
// (pairs, meeting, location, date) and the type accuracy. With --require the
// exit status is 1 when an overall F1 (or `type` accuracy) is below MIN.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diplograph/eval/scorer.h"
#include "diplograph/lexicon/lexicon.h"

namespace {

using diplograph::eval::Level;

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return true;
}

int usage() {
  std::cerr << "usage: diplograph-score [--lexicon DIR] [--json] [--details] [--require LEVEL=MIN]... GOLD PRED\n"
               "  LEVEL: pairs, meeting, location, date, type\n";
  return 2;
}

void print_table(const std::map<std::string, diplograph::eval::Score>& scores) {
  std::printf("%-6s %-9s %9s %9s %9s %5s %5s %5s\n", "set", "level", "precision", "recall", "F1", "tp", "fp", "fn");
  for (const auto& [name, score] : scores) {
    for (Level level : diplograph::eval::kLevels) {
      const auto& c = score.levels.at(level);
      std::printf("%-6s %-9s %9.3f %9.3f %9.3f %5d %5d %5d\n", name.c_str(), to_string(level), c.precision(),
                  c.recall(), c.f1(), c.tp, c.fp, c.fn);
    }
    std::printf("%-6s %-9s %9.3f   (%d of %d matched meetings; %d articles, %d gold meetings)\n", name.c_str(),
                "type", score.type_accuracy(), score.type_correct, score.typed, score.articles, score.gold_meetings);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string lexicon_dir = diplograph::lexicon::Lexicon::default_dir();
  bool as_json = false, details = false;
  std::vector<std::pair<std::string, double>> requirements;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--json") {
      as_json = true;
    } else if (arg == "--details") {
      details = true;
    } else if (arg == "--lexicon" && i + 1 < argc) {
      lexicon_dir = argv[++i];
    } else if (arg == "--require" && i + 1 < argc) {
      std::string spec = argv[++i];
      size_t eq = spec.find('=');
      Level level;
      if (eq == std::string::npos || (spec.substr(0, eq) != "type" && !parse_level(spec.substr(0, eq), &level)))
        return usage();
      requirements.emplace_back(spec.substr(0, eq), std::stod(spec.substr(eq + 1)));
    } else if (arg == "-h" || arg == "--help") {
      usage();
      return 0;
    } else if (!arg.empty() && arg[0] == '-') {
      return usage();
    } else {
      files.push_back(arg);
    }
  }
  if (files.size() != 2) return usage();

  auto lexicon = diplograph::lexicon::Lexicon::load(lexicon_dir);
  if (!lexicon) {
    std::cerr << "diplograph-score: " << lexicon.error() << "\n";
    return 1;
  }
  std::vector<std::string> known;
  std::vector<std::vector<std::string>> actor_names;
  for (const auto& actor : (*lexicon)->actors()) {
    known.push_back(actor.name_en);
    actor_names.push_back({actor.name_en});
    actor_names.back().insert(actor_names.back().end(), actor.aliases.begin(), actor.aliases.end());
  }
  // A venue in a city is spelled as that city: the extractor places a meeting
  // at the Carthage Palace in Tunis (venues.tsv), so a gold "Carthage" and a
  // predicted "Tunis" are one place.
  const auto& lexicon_places = (*lexicon)->places();
  std::vector<std::vector<std::string>> places(lexicon_places.size());
  for (size_t i = 0; i < lexicon_places.size(); ++i) places[i].push_back(lexicon_places[i].name_en);
  for (size_t i = 0; i < lexicon_places.size(); ++i) {
    const auto& place = lexicon_places[i];
    auto& spellings = place.within >= 0 ? places[place.within] : places[i];
    if (place.within >= 0) spellings.push_back(place.name_en);
    spellings.insert(spellings.end(), place.aliases.begin(), place.aliases.end());
  }

  std::string gold_text, predicted_text;
  if (!read_file(files[0], &gold_text) || !read_file(files[1], &predicted_text)) {
    std::cerr << "diplograph-score: cannot read " << (gold_text.empty() ? files[0] : files[1]) << "\n";
    return 1;
  }
  auto gold = diplograph::eval::parse_gold(gold_text);
  auto predicted = diplograph::eval::parse_predictions(predicted_text);
  if (!gold || !predicted) {
    std::cerr << "diplograph-score: " << (gold ? predicted.error() : gold.error()) << "\n";
    return 1;
  }

  diplograph::eval::Scorer scorer(std::move(known), places, actor_names);
  std::map<std::string, diplograph::eval::Score> scores;  // per language and "all"
  static const std::vector<diplograph::eval::PredictedMeeting> kNone;
  for (const auto& article : *gold) {
    auto it = predicted->find(article.id);
    diplograph::eval::ArticleReport report{article.id, {}};
    auto score = scorer.score_article(article, it == predicted->end() ? kNone : it->second, &report);
    scores[article.lang.empty() ? "?" : article.lang] += score;
    scores["all"] += score;
    if (details && !report.lines.empty()) {
      std::cerr << article.id << "\n";
      for (const auto& line : report.lines) std::cerr << "  " << line << "\n";
    }
  }

  if (as_json) {
    nlohmann::json out;
    for (const auto& [name, score] : scores) out[name] = to_json(score);
    std::cout << out.dump(1) << "\n";
  } else {
    print_table(scores);
  }

  int status = 0;
  const auto& all = scores["all"];
  for (const auto& [name, minimum] : requirements) {
    Level level;
    double value = name == "type" ? all.type_accuracy()
                                  : (parse_level(name, &level), all.levels.at(level).f1());
    if (value < minimum) {
      std::cerr << "diplograph-score: " << name << " " << value << " is below the required " << minimum << "\n";
      status = 1;
    }
  }
  return status;
}
