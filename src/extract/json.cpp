#include "diplograph/extract/json.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace diplograph::extract {

std::string meeting_json_line(const std::string& article_id, const ArticleExtraction& ex, const Meeting& m) {
  using nlohmann::json;
  json participants = json::array();
  for (const auto& p : m.participants) {
    json j{{"name", p.name}, {"text", p.text}, {"role", to_string(p.role)}, {"kind", p.kind}};
    if (!p.key.empty()) j["id"] = p.key;
    if (!p.title.empty()) j["title"] = p.title;
    participants.push_back(std::move(j));
  }
  json evidence = json::array();
  for (int s : m.sentences)
    if (s >= 0 && static_cast<size_t>(s) < ex.sentences.size()) evidence.push_back(ex.sentences[s].text);
  json out{{"article", article_id},
           {"participants", participants},
           {"type", to_string(m.type)},
           {"status", to_string(m.status)},
           {"location", m.location ? json{{"name", m.location->name}, {"text", m.location->text}} : json(nullptr)},
           {"date", m.date.empty() ? json(nullptr) : json(m.date.iso())},
           {"evidence", evidence},
           {"confidence", std::round(m.confidence * 100) / 100},
           {"rule", m.rule},
           {"published", ex.date.empty() ? json(nullptr) : json(ex.date.iso())}};
  if (!m.sideline_of.empty()) out["sideline_of"] = m.sideline_of;
  // Invalid UTF-8 can only come from the input; replace rather than throw.
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace diplograph::extract
