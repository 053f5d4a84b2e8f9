// Scores `extract` output against hand-made gold: precision, recall and F1
// at four levels, from "who met whom" to the whole tuple with its date.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "diplograph/core/result.h"

namespace diplograph::eval {

// The levels, each stricter than the one before.
enum class Level {
  kPairs,     // unordered participant pairs of meetings that happened
  kMeeting,   // whole meeting: participant set and status
  kLocation,  // + location
  kDate,      // + date
};
inline constexpr Level kLevels[] = {Level::kPairs, Level::kMeeting, Level::kLocation, Level::kDate};
const char* to_string(Level level);
bool parse_level(const std::string& text, Level* level);

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double precision() const;
  double recall() const;
  double f1() const;
  Counts& operator+=(const Counts& o);
};

struct Score {
  std::map<Level, Counts> levels;
  int typed = 0;         // meetings matched at kMeeting level
  int type_correct = 0;  // ... whose type is the gold type or one it allows
  int articles = 0;
  int gold_meetings = 0;  // non-optional
  double type_accuracy() const;
  Score& operator+=(const Score& o);
};

// One gold meeting; see tests/data/devset/README.md for the format.
struct GoldMeeting {
  std::vector<std::vector<std::string>> participant_sets;  // [0] the reading, then alternatives
  std::string type;
  std::vector<std::string> also;  // other acceptable types
  std::string status;
  std::string location;  // "" = none
  std::string date;      // "" = none
  bool optional = false;
  std::vector<std::string> unknown;  // as-written spellings of actors not in the lexicon
};

struct PredictedMeeting {
  std::vector<std::string> participants;
  std::string type, status, location, date;
};

struct GoldArticle {
  std::string id, lang;
  std::vector<GoldMeeting> meetings;
};

// What went wrong in one article, for `--details`.
struct ArticleReport {
  std::string id;
  std::vector<std::string> lines;
};

class Scorer {
 public:
  // `known_actors`: canonical names the lexicon knows; a gold participant not
  // among them is matched through the gold's `unknown` spellings instead.
  // `place_names`: every spelling of each place, so that a gold "Baabda" and a
  // predicted "Baabda Palace" count as the same place.
  // `actor_names` likewise for actors: the gold may name one by any alias.
  Scorer(std::vector<std::string> known_actors, const std::vector<std::vector<std::string>>& place_names = {},
         const std::vector<std::vector<std::string>>& actor_names = {});

  // Scores one article; appends what was missed or wrong to `report`.
  Score score_article(const GoldArticle& gold, const std::vector<PredictedMeeting>& predicted,
                      ArticleReport* report) const;

 private:
  std::string place_key(const std::string& name) const;
  std::vector<std::string> known_;  // folded
  std::string actor_key(const std::string& name) const;
  std::map<std::string, std::string> place_key_;  // folded spelling -> folded first spelling
  std::map<std::string, std::string> actor_key_;  // folded alias -> folded canonical name ("" if ambiguous)
};

// Parsing of the two JSON Lines files.
Result<std::vector<GoldArticle>> parse_gold(const std::string& jsonl);
// Predicted meetings grouped by their "article" field.
Result<std::map<std::string, std::vector<PredictedMeeting>>> parse_predictions(const std::string& jsonl);

// {"articles":..,"pairs":{"p":..,"r":..,"f1":..,"tp":..},...,"type_accuracy":..}
nlohmann::json to_json(const Score& score);

}  // namespace diplograph::eval
