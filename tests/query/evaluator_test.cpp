// Each query form end to end on a small knowledge base with known answers,
// built through the CSV event import (no extractor, no lexicon).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "support/extracted_kb.h"
#include "diplograph/query/evaluator.h"
#include "diplograph/store/event_import.h"
#include "diplograph/store/knowledge_base.h"

using namespace diplograph;
using nlohmann::json;

namespace {

// Amira-Boris-Chen-Dana in a chain, Dana at a trilateral summit with Emeka and
// Farah, an undated Goran-Hana meeting, and an earlier Amira-Boris summit.
void seed(store::KnowledgeBase& kb) {
  std::istringstream actors(
      "actor_id,name,country,kind\n1,Amira Haddad,JO,person\n2,Boris Klein,DE,person\n3,Chen Wei,CN,person\n"
      "4,Dana Ortiz,MX,person\n5,Emeka Obi,NG,person\n6,Farah Nasser,LB,person\n7,Goran Petrov,RS,person\n"
      "8,Hana Sato,JP,person\n");
  std::istringstream meetings(
      "meeting_id,date,type,location\n10,2018-01-10,bilateral_meeting,Vienna\n11,2018-03-05,talks,Vienna\n"
      "12,2018-02-01,meeting,Lima\n13,2018-06-12,summit,Oslo\n15,,meeting,\n16,2018-04-01,phone_call,\n"
      "17,2017-05-05,summit,Rome\n");
  std::istringstream participants(
      "meeting_id,actor_id\n10,1\n10,2\n11,2\n11,3\n12,3\n12,4\n13,4\n13,5\n13,6\n15,7\n15,8\n16,3\n16,4\n17,1\n17,2\n");
  store::EventTables t;
  t.actors = &actors;
  t.meetings = &meetings;
  t.participants = &participants;
  auto c = store::import_events(kb.db(), t, "fixture");
  REQUIRE_MESSAGE(c, (c ? "" : c.error()));
}

json ask(query::Evaluator& ev, const std::string& q) {
  auto a = ev.run(q);
  REQUIRE_MESSAGE(a, q << ": " << (a ? "" : a.error()));
  return json::parse(a->json);
}

std::set<std::string> actors(const json& rows) {
  std::set<std::string> out;
  for (const auto& r : rows) out.insert(r["actor"].get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("query forms: who met, before and after") {
  store::KnowledgeBase kb(":memory:");
  seed(kb);
  query::Evaluator ev(kb);
  CHECK(actors(ask(ev, "who met \"Dana Ortiz\"")) == std::set<std::string>{"Chen Wei", "Emeka Obi", "Farah Nasser"});
  CHECK(actors(ask(ev, "who met \"Dana Ortiz\" before 2018-06-12")) == std::set<std::string>{"Chen Wei"});
  CHECK(actors(ask(ev, "who met \"Dana Ortiz\" after 2018-05")) == std::set<std::string>{"Emeka Obi", "Farah Nasser"});
  CHECK(actors(ask(ev, "who met \"Goran Petrov\"")) == std::set<std::string>{"Hana Sato"});
  CHECK(ask(ev, "who met \"Goran Petrov\" before 2030").empty());  // undated meetings fail every window
}

TEST_CASE("query forms: path, plain and timed") {
  store::KnowledgeBase kb(":memory:");
  seed(kb);
  query::Evaluator ev(kb);
  auto p = ask(ev, "path \"Amira Haddad\" \"Farah Nasser\"");
  REQUIRE(p.size() == 5);
  CHECK(p[0]["actor"] == "Amira Haddad");
  CHECK(p[0]["meeting"].is_null());
  CHECK(p[3]["actor"] == "Dana Ortiz");
  CHECK(p[3]["meeting"]["date"] == "2018-02-01");  // the earliest meeting linking Chen and Dana
  CHECK(p[4]["meeting"]["type"] == "summit");
  auto timed = ask(ev, "path \"Amira Haddad\" \"Dana Ortiz\" timed");
  REQUIRE(timed.size() == 4);
  CHECK(timed[3]["meeting"]["date"] == "2018-04-01");  // February came before Boris met Chen
  CHECK(ask(ev, "path \"Amira Haddad\" \"Hana Sato\"").empty());
}

TEST_CASE("query forms: common contacts") {
  store::KnowledgeBase kb(":memory:");
  seed(kb);
  query::Evaluator ev(kb);
  CHECK(actors(ask(ev, "common \"Boris Klein\" and \"Dana Ortiz\"")) == std::set<std::string>{"Chen Wei"});
  CHECK(actors(ask(ev, "common \"Emeka Obi\" and \"Farah Nasser\"")) == std::set<std::string>{"Dana Ortiz"});
}

TEST_CASE("query forms: top by degree and by betweenness, exact values") {
  store::KnowledgeBase kb(":memory:");
  seed(kb);
  query::Evaluator ev(kb);
  auto deg = ask(ev, "top 3 by degree");
  REQUIRE(deg.size() == 3);
  CHECK(deg[0]["actor"] == "Dana Ortiz");
  CHECK(deg[0]["degree"] == 3);
  CHECK(deg[1]["degree"] == 2);
  auto bc = ask(ev, "top 3 by betweenness");
  REQUIRE(bc.size() == 3);
  // Chen and Dana each lie on six pairs' only shortest path, Boris on four.
  CHECK(std::set<std::string>{bc[0]["actor"], bc[1]["actor"]} == std::set<std::string>{"Chen Wei", "Dana Ortiz"});
  CHECK(bc[0]["betweenness"].get<double>() == doctest::Approx(6.0));
  CHECK(bc[1]["betweenness"].get<double>() == doctest::Approx(6.0));
  CHECK(bc[2]["actor"] == "Boris Klein");
  CHECK(bc[2]["betweenness"].get<double>() == doctest::Approx(4.0));
}

TEST_CASE("query forms: timeline and summits, oldest first") {
  store::KnowledgeBase kb(":memory:");
  seed(kb);
  query::Evaluator ev(kb);
  auto t = ask(ev, "timeline \"Chen Wei\"");
  REQUIRE(t.size() == 3);
  CHECK(t[0]["date"] == "2018-02-01");
  CHECK(t[1]["date"] == "2018-03-05");
  CHECK(t[2]["date"] == "2018-04-01");
  CHECK(t[2]["type"] == "call");
  auto s = ask(ev, "summits");
  REQUIRE(s.size() == 2);
  CHECK(s[0]["location"] == "Rome");
  CHECK(s[1]["location"] == "Oslo");
  CHECK(s[1]["participants"].size() == 3);
}

TEST_CASE("query forms: meetings during a summit are those held on its sidelines") {
  testing::ExtractedKb k;
  auto& kb = k.kb;
  auto add = [&](const std::string& text, const char* date) { k.add(text, date); };
  add("Leaders gather in Kazan\nVladimir Putin, Xi Jinping and Narendra Modi attended the BRICS summit in Kazan on Tuesday.",
      "2024-10-22");
  add("Modi and Xi meet\nIndian Prime Minister Narendra Modi and Chinese President Xi Jinping held talks in Kazan on "
      "Wednesday on the sidelines of the BRICS summit.",
      "2024-10-23");
  add("Modi in Moscow\nNarendra Modi held talks with Vladimir Putin in Moscow on Monday.", "2024-07-09");
  query::Evaluator ev(kb);
  auto summit = ask(ev, "summits");
  REQUIRE(summit.size() == 1);
  CHECK(summit[0]["parent"].is_null());
  auto during = ask(ev, "meetings during \"Kazan summit\"");
  REQUIRE(during.size() == 1);
  CHECK(during[0]["type"] == "talks");
  CHECK(during[0]["parent"] == summit[0]["id"]);
  CHECK(ask(ev, "meetings during #" + std::to_string(summit[0]["id"].get<int64_t>()) + " with \"Narendra Modi\"").size() == 1);
  CHECK(ask(ev, "meetings of \"Narendra Modi\"").size() == 3);
  CHECK_FALSE(ev.run("meetings during 2024-10"));  // a date is not a summit
}
