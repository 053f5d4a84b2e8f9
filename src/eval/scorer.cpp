#include "diplograph/eval/scorer.h"

#include <algorithm>
#include <optional>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "diplograph/text/normalize.h"

namespace diplograph::eval {
namespace {

using json = nlohmann::json;
using Pair = std::pair<std::string, std::string>;

std::string fold_name(const std::string& name) {
  std::string folded = text::fold_string(name);
  // Hyphens and spaces vary between spellings of one name ("el-Sisi").
  std::replace(folded.begin(), folded.end(), '-', ' ');
  std::string squeezed;
  for (char c : folded) {
    if (c == ' ' && (squeezed.empty() || squeezed.back() == ' ')) continue;
    squeezed += c;
  }
  while (!squeezed.empty() && squeezed.back() == ' ') squeezed.pop_back();
  return squeezed;
}

std::set<Pair> pairs_of(const std::vector<std::string>& names) {
  std::set<Pair> pairs;
  for (size_t i = 0; i < names.size(); ++i)
    for (size_t j = i + 1; j < names.size(); ++j)
      if (names[i] != names[j]) pairs.insert(std::minmax(names[i], names[j]));
  return pairs;
}

std::string string_or_empty(const json& value) {
  return value.is_string() ? value.get<std::string>() : std::string();
}

std::string describe(const std::vector<std::string>& names, const std::string& type, const std::string& status,
                     const std::string& location, const std::string& date) {
  std::ostringstream out;
  for (size_t i = 0; i < names.size(); ++i) out << (i ? " + " : "") << names[i];
  out << " | " << type << " " << status << " | " << (location.empty() ? "-" : location) << " | "
      << (date.empty() ? "-" : date);
  return out.str();
}

// Maximum bipartite matching (predicted -> gold) by augmenting paths; the
// sets are a handful of meetings per article. Each prediction tries its
// closest gold first, so when one pair of people met twice (a summit and a
// call) the summit is paired with the summit and the types are judged on it.
class Matcher {
 public:
  Matcher(size_t predicted, size_t gold) : edges_(predicted), gold_owner_(gold, -1) {}
  void allow(size_t p, size_t g, int closeness = 0) { edges_[p].push_back({g, closeness}); }
  std::vector<int> solve() {
    for (auto& edges : edges_)
      std::stable_sort(edges.begin(), edges.end(),
                       [](const Edge& a, const Edge& b) { return a.closeness > b.closeness; });
    for (size_t p = 0; p < edges_.size(); ++p) {
      std::vector<bool> seen(gold_owner_.size(), false);
      augment(p, seen);
    }
    std::vector<int> match(edges_.size(), -1);
    for (size_t g = 0; g < gold_owner_.size(); ++g)
      if (gold_owner_[g] >= 0) match[gold_owner_[g]] = static_cast<int>(g);
    return match;
  }

 private:
  struct Edge {
    size_t gold;
    int closeness;
  };
  bool augment(size_t p, std::vector<bool>& seen) {
    for (const Edge& edge : edges_[p]) {
      size_t g = edge.gold;
      if (seen[g]) continue;
      seen[g] = true;
      if (gold_owner_[g] < 0 || augment(gold_owner_[g], seen)) {
        gold_owner_[g] = static_cast<int>(p);
        return true;
      }
    }
    return false;
  }
  std::vector<std::vector<Edge>> edges_;
  std::vector<int> gold_owner_;
};

}  // namespace

const char* to_string(Level level) {
  switch (level) {
    case Level::kPairs: return "pairs";
    case Level::kMeeting: return "meeting";
    case Level::kLocation: return "location";
    case Level::kDate: return "date";
  }
  return "?";
}

bool parse_level(const std::string& text, Level* level) {
  for (Level l : kLevels)
    if (text == to_string(l)) {
      *level = l;
      return true;
    }
  return false;
}

double Counts::precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
double Counts::recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
double Counts::f1() const {
  double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}
Counts& Counts::operator+=(const Counts& o) {
  tp += o.tp, fp += o.fp, fn += o.fn;
  return *this;
}

double Score::type_accuracy() const { return typed ? double(type_correct) / typed : 1.0; }
Score& Score::operator+=(const Score& o) {
  for (const auto& [level, counts] : o.levels) levels[level] += counts;
  typed += o.typed, type_correct += o.type_correct;
  articles += o.articles, gold_meetings += o.gold_meetings;
  return *this;
}

Scorer::Scorer(std::vector<std::string> known_actors, const std::vector<std::vector<std::string>>& place_names,
               const std::vector<std::vector<std::string>>& actor_names) {
  for (const auto& spellings : actor_names)
    for (const auto& spelling : spellings) {
      auto [it, fresh] = actor_key_.emplace(fold_name(spelling), fold_name(spellings.front()));
      if (!fresh && it->second != fold_name(spellings.front())) it->second.clear();
    }
  for (const auto& name : known_actors) known_.push_back(fold_name(name));
  std::sort(known_.begin(), known_.end());
  for (const auto& spellings : place_names)
    for (const auto& spelling : spellings)
      if (!spellings.empty()) place_key_.emplace(fold_name(spelling), fold_name(spellings.front()));
}

std::string Scorer::actor_key(const std::string& name) const {
  std::string folded = fold_name(name);
  auto it = actor_key_.find(folded);
  return it == actor_key_.end() || it->second.empty() ? folded : it->second;
}

std::string Scorer::place_key(const std::string& name) const {
  std::string folded = fold_name(name);
  auto it = place_key_.find(folded);
  return it == place_key_.end() ? folded : it->second;
}

Score Scorer::score_article(const GoldArticle& gold, const std::vector<PredictedMeeting>& predicted,
                            ArticleReport* report) const {
  Score score;
  score.articles = 1;

  // Predicted names as the gold spells them: an unknown actor comes out as
  // written, so its spelling is mapped onto the gold participant it stands for.
  std::map<std::string, std::string> unknown_to_gold;
  for (const auto& g : gold.meetings) {
    std::vector<std::string> unknown_names;
    for (const auto& set : g.participant_sets)
      for (const auto& name : set) {
        std::string folded = fold_name(name);
        if (!std::binary_search(known_.begin(), known_.end(), folded) && !actor_key_.count(folded) &&
            std::find(unknown_names.begin(), unknown_names.end(), folded) == unknown_names.end())
          unknown_names.push_back(folded);
      }
    // A spelling the lexicon has learnt since the gold was written is no longer unknown.
    std::vector<std::string> spellings;
    for (const auto& u : g.unknown)
      if (!actor_key_.count(fold_name(u))) spellings.push_back(fold_name(u));
    if (spellings.size() == unknown_names.size())
      for (size_t i = 0; i < spellings.size(); ++i) unknown_to_gold[spellings[i]] = unknown_names[i];
  }
  auto map_name = [&](const std::string& name) {
    std::string folded = fold_name(name);
    auto it = unknown_to_gold.find(folded);
    return it == unknown_to_gold.end() ? actor_key(name) : it->second;
  };

  struct P {
    std::set<std::string> names;
    const PredictedMeeting* m;
  };
  std::vector<P> preds;
  for (const auto& m : predicted) {
    P p{{}, &m};
    for (const auto& n : m.participants) p.names.insert(map_name(n));
    preds.push_back(std::move(p));
  }
  struct G {
    std::vector<std::set<std::string>> sets;
    const GoldMeeting* m;
  };
  std::vector<G> golds;
  for (const auto& m : gold.meetings) {
    G g{{}, &m};
    for (const auto& set : m.participant_sets) {
      std::set<std::string> folded;
      for (const auto& n : set) folded.insert(map_name(n));
      g.sets.push_back(std::move(folded));
    }
    golds.push_back(std::move(g));
    if (!m.optional) ++score.gold_meetings;
  }

  // Who met whom: pairs of meetings that happened. Each gold meeting counts
  // with the reading (or alternative) closest to what was predicted; pairs of
  // optional meetings and of other readings are allowed but not required.
  std::set<Pair> predicted_pairs;
  for (const auto& p : preds)
    if (p.m->status == "occurred") {
      auto ps = pairs_of({p.names.begin(), p.names.end()});
      predicted_pairs.insert(ps.begin(), ps.end());
    }
  std::set<Pair> required, allowed;
  for (const auto& g : golds) {
    if (g.m->status != "occurred") continue;
    const std::set<Pair>* best = nullptr;
    std::vector<std::set<Pair>> readings;
    for (const auto& set : g.sets) readings.push_back(pairs_of({set.begin(), set.end()}));
    size_t best_overlap = 0;
    for (const auto& reading : readings) {
      allowed.insert(reading.begin(), reading.end());
      size_t overlap = 0;
      for (const auto& pair : reading) overlap += predicted_pairs.count(pair);
      // Ties go to the narrower reading: an alternative is a reading the gold also accepts.
      if (!best || overlap > best_overlap || (overlap == best_overlap && reading.size() < best->size()))
        best = &reading, best_overlap = overlap;
    }
    if (best && !g.m->optional) required.insert(best->begin(), best->end());
  }
  Counts& pairs = score.levels[Level::kPairs];
  for (const auto& pair : predicted_pairs) {
    if (required.count(pair)) {
      ++pairs.tp;
    } else if (!allowed.count(pair)) {
      ++pairs.fp;
      if (report) report->lines.push_back("false pair: " + pair.first + " -- " + pair.second);
    }
  }
  for (const auto& pair : required)
    if (!predicted_pairs.count(pair)) {
      ++pairs.fn;
      if (report) report->lines.push_back("missed pair: " + pair.first + " -- " + pair.second);
    }

  // Whole meetings, each level a one-to-one matching of its own.
  for (Level level : {Level::kMeeting, Level::kLocation, Level::kDate}) {
    Matcher matcher(preds.size(), golds.size());
    for (size_t pi = 0; pi < preds.size(); ++pi)
      for (size_t gi = 0; gi < golds.size(); ++gi) {
        const auto& p = *preds[pi].m;
        const auto& g = *golds[gi].m;
        bool same = std::find(golds[gi].sets.begin(), golds[gi].sets.end(), preds[pi].names) != golds[gi].sets.end() &&
                    p.status == g.status;
        if (level >= Level::kLocation) same = same && place_key(p.location) == place_key(g.location);
        if (level >= Level::kDate) same = same && p.date == g.date;
        int closeness = (p.type == g.type || std::count(g.also.begin(), g.also.end(), p.type)) +
                        (place_key(p.location) == place_key(g.location)) + (p.date == g.date);
        if (same) matcher.allow(pi, gi, closeness);
      }
    std::vector<int> match = matcher.solve();
    Counts& c = score.levels[level];
    std::vector<bool> gold_hit(golds.size(), false);
    for (size_t pi = 0; pi < preds.size(); ++pi) {
      const auto& p = *preds[pi].m;
      if (match[pi] < 0) {
        ++c.fp;
        if (report && level == Level::kDate)
          report->lines.push_back("wrong or extra: " + describe(p.participants, p.type, p.status, p.location, p.date));
        continue;
      }
      const GoldMeeting& g = *golds[match[pi]].m;
      gold_hit[match[pi]] = true;
      if (g.optional) continue;
      ++c.tp;
      if (level == Level::kMeeting) {
        ++score.typed;
        bool type_ok = p.type == g.type || std::count(g.also.begin(), g.also.end(), p.type);
        score.type_correct += type_ok;
        if (!type_ok && report)
          report->lines.push_back("wrong type " + p.type + ": " +
                                  describe(g.participant_sets[0], g.type, g.status, g.location, g.date));
      }
    }
    for (size_t gi = 0; gi < golds.size(); ++gi) {
      const GoldMeeting& g = *golds[gi].m;
      if (gold_hit[gi] || g.optional) continue;
      ++c.fn;
      if (report && level == Level::kDate)
        report->lines.push_back("missed: " + describe(g.participant_sets[0], g.type, g.status, g.location, g.date));
    }
  }
  return score;
}

namespace {

// Calls `read` with each non-blank line parsed as JSON; a parse or shape
// error names the file kind and the line.
template <class F>
std::optional<Error> each_json_line(const std::string& jsonl, const char* what, F&& read) {
  std::istringstream in(jsonl);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      read(json::parse(line));
    } catch (const json::exception& e) {
      return Error{std::string(what) + " line " + std::to_string(number) + ": " + e.what()};
    }
  }
  return std::nullopt;
}

}  // namespace

Result<std::vector<GoldArticle>> parse_gold(const std::string& jsonl) {
  std::vector<GoldArticle> articles;
  auto error = each_json_line(jsonl, "gold", [&](const json& record) {
    GoldArticle article;
    article.id = record.at("id").get<std::string>();
    article.lang = record.value("lang", "");
    for (const auto& m : record.at("meetings")) {
      GoldMeeting g;
      g.participant_sets.push_back(m.at("participants").get<std::vector<std::string>>());
      if (m.contains("alternatives"))
        for (const auto& alt : m["alternatives"]) g.participant_sets.push_back(alt.get<std::vector<std::string>>());
      g.type = m.at("type").get<std::string>();
      if (m.contains("also")) g.also = m["also"].get<std::vector<std::string>>();
      g.status = m.at("status").get<std::string>();
      g.location = string_or_empty(m.value("location", json()));
      g.date = string_or_empty(m.value("date", json()));
      g.optional = m.value("optional", false);
      if (m.contains("unknown")) g.unknown = m["unknown"].get<std::vector<std::string>>();
      article.meetings.push_back(std::move(g));
    }
    articles.push_back(std::move(article));
  });
  if (error) return *error;
  return articles;
}

Result<std::map<std::string, std::vector<PredictedMeeting>>> parse_predictions(const std::string& jsonl) {
  std::map<std::string, std::vector<PredictedMeeting>> by_article;
  auto error = each_json_line(jsonl, "predictions", [&](const json& record) {
    PredictedMeeting p;
    for (const auto& participant : record.at("participants"))
      p.participants.push_back(participant.at("name").get<std::string>());
    p.type = record.at("type").get<std::string>();
    p.status = record.at("status").get<std::string>();
    const json& location = record.value("location", json());
    if (location.is_object()) p.location = string_or_empty(location.value("name", json()));
    p.date = string_or_empty(record.value("date", json()));
    by_article[record.at("article").get<std::string>()].push_back(std::move(p));
  });
  if (error) return *error;
  return by_article;
}

json to_json(const Score& score) {
  json out = {{"articles", score.articles}, {"gold_meetings", score.gold_meetings}};
  for (Level level : kLevels) {
    const Counts& c = score.levels.count(level) ? score.levels.at(level) : Counts{};
    out[to_string(level)] = {{"precision", c.precision()}, {"recall", c.recall()}, {"f1", c.f1()},
                             {"tp", c.tp},                 {"fp", c.fp},           {"fn", c.fn}};
  }
  out["type_accuracy"] = score.type_accuracy();
  return out;
}

}  // namespace diplograph::eval
