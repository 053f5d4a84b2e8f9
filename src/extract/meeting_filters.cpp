#include "meeting_filters.h"

#include <vector>

namespace diplograph::extract {

bool government_internal(const Meeting& m, const lexicon::Lexicon& lex, const Date& article_date) {
  if (m.participants.size() < 2) return false;
  // Kinds first, then countries, and offices (a list made for each) only for
  // people of one country: most meetings are between states and end at the cheap tests.
  for (const auto& p : m.participants)
    if (std::string_view(p.kind) != "person") return false;  // (as a view: its length first)
  const Date& day = m.date.empty() ? article_date : m.date;
  thread_local std::vector<int> actors;  // kept: asked of every meeting of every article
  actors.clear();
  const std::string* country = nullptr;
  for (size_t i = 0; i < m.participants.size(); ++i) {
    const int a = lex.actor_index(m.participants[i].key);
    if (a < 0) return false;
    const std::string& own = lex.actors()[a].country;
    if (own.empty() || (country && own != *country)) return false;
    country = &own;
    actors.push_back(a);
  }
  for (size_t i = 0; i < m.participants.size(); ++i) {
    bool in_office = false;
    for (const auto* role : lex.roles_of(actors[i], day)) in_office = in_office || role->of == *country;
    if (!in_office) return false;
  }
  return true;
}

bool lone_person(const Meeting& m) { return m.participants.size() == 1 && std::string_view(m.participants.front().kind) == "person"; }

}  // namespace diplograph::extract
