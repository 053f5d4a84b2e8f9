#include "meeting_filters.h"

namespace diplograph::extract {

bool government_internal(const Meeting& m, const lexicon::Lexicon& lex, const Date& article_date) {
  if (m.participants.size() < 2) return false;
  const Date& day = m.date.empty() ? article_date : m.date;
  std::string country;
  for (const auto& p : m.participants) {
    if (p.kind != "person") return false;
    const int a = lex.actor_index(p.key);
    if (a < 0) return false;
    const std::string& own = lex.actors()[a].country;
    if (own.empty() || (!country.empty() && own != country)) return false;
    country = own;
    bool in_office = false;
    for (const auto* role : lex.roles_of(a, day)) in_office = in_office || role->of == own;
    if (!in_office) return false;
  }
  return true;
}

bool lone_person(const Meeting& m) { return m.participants.size() == 1 && m.participants.front().kind == "person"; }

}  // namespace diplograph::extract
