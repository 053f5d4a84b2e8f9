#include <doctest/doctest.h>

#include <sstream>

#include "diplograph/graph/meeting_graph.h"
#include "diplograph/lexicon/lexicon.h"
#include "diplograph/store/database.h"
#include "diplograph/store/event_import.h"
#include "diplograph/store/graph_tables.h"
#include "diplograph/store/knowledge_base.h"

using namespace diplograph;

namespace {

struct Csv {
  std::string actors, meetings, participants;
};

Result<store::ImportCounts> import(store::KnowledgeBase& kb, const Csv& csv, const std::string& source = "test") {
  std::istringstream a(csv.actors), m(csv.meetings), p(csv.participants);
  store::EventTables t;
  t.actors = &a;
  t.meetings = &m;
  t.participants = &p;
  return store::import_events(kb.db(), t, source);
}

int64_t count(store::KnowledgeBase& kb, const char* table_sql) {
  store::Statement st(kb.db(), table_sql);
  return st.step() ? st.int64(0) : -1;
}

const Csv kGood{
    "actor_id,name,country,kind\n0,Alpha Person,C001,head_of_state\n1,Beta Person,C002,envoy\n2,Gamma Person,,minister\n",
    "meeting_id,date,type,location\n10,2018-05-03,bilateral_meeting,city_0001\n11,2018-06-12,phone_call,\n"
    "12,2019,summit,city_0001\n",
    "meeting_id,actor_id\n10,0\n10,1\n11,1\n11,2\n12,0\n12,1\n12,2\n"};

}  // namespace

TEST_CASE("event import: actors, meetings and participants of good CSV tables land as occurred meetings") {
  store::KnowledgeBase kb(":memory:");
  auto c = import(kb, kGood);
  REQUIRE_MESSAGE(c, (c ? "" : c.error()));
  CHECK(c->actors_new == 3);
  CHECK(c->meetings_new == 3);
  CHECK(c->participants_new == 7);
  CHECK(c->types_unknown == 0);
  CHECK(count(kb, "SELECT count(*) FROM meetings WHERE status = 'occurred'") == 3);
  CHECK(count(kb, "SELECT count(*) FROM meetings WHERE type = 'meeting' AND date = '2018-05-03'") == 1);
  CHECK(count(kb, "SELECT count(*) FROM meetings WHERE type = 'call' AND place_id IS NULL") == 1);
  CHECK(count(kb, "SELECT count(*) FROM meetings WHERE type = 'summit' AND date_precision = 'year'") == 1);
  CHECK(count(kb, "SELECT count(DISTINCT place_id) FROM meetings WHERE place_id IS NOT NULL") == 1);
  // Names become aliases, so queries find imported actors by name.
  CHECK(kb.actors_by_alias(store::name_norm("Beta Person")).size() == 1);
  // Indexes dropped for the bulk load are back.
  CHECK(count(kb, "SELECT count(*) FROM sqlite_master WHERE name IN ('participants_actor', 'meetings_date')") == 2);

  graph::MeetingGraph g(store::load_graph_tables(kb.db()));
  CHECK(g.actor_count() == 3);
  CHECK(g.meeting_count() == 3);
  auto ids = store::imported_actors(kb.db(), "test");
  REQUIRE(ids.size() == 3);
  CHECK(ids[0].first == "0");
  auto alpha = g.actor_by_id(ids[0].second), gamma = g.actor_by_id(ids[2].second);
  REQUIRE(alpha);
  REQUIRE(gamma);
  CHECK(g.path(*alpha, *gamma, graph::Filter{})->size() == 2);  // both at the 2019 summit
}

TEST_CASE("event import: importing the same tables again adds nothing; a grown table adds only its new rows") {
  store::KnowledgeBase kb(":memory:");
  REQUIRE(import(kb, kGood));
  const int64_t meetings = count(kb, "SELECT count(*) FROM meetings");
  auto again = import(kb, kGood);
  REQUIRE(again);
  CHECK(again->actors_new == 0);
  CHECK(again->actors_known == 3);
  CHECK(again->meetings_new == 0);
  CHECK(again->meetings_known == 3);
  CHECK(again->participants_new == 0);
  CHECK(count(kb, "SELECT count(*) FROM meetings") == meetings);
  CHECK(count(kb, "SELECT count(*) FROM participants") == 7);
  CHECK(count(kb, "SELECT count(*) FROM actors") == 3);

  Csv grown = kGood;
  grown.meetings += "13,2020-01-01,talks,city_0002\n";
  grown.participants += "13,0\n13,2\n";
  auto more = import(kb, grown);
  REQUIRE(more);
  CHECK(more->meetings_new == 1);
  CHECK(more->participants_new == 2);

  // Another source's ids are its own: the same files under another name are new meetings.
  auto other = import(kb, kGood, "other");
  REQUIRE(other);
  CHECK(other->meetings_new == 3);
}

TEST_CASE("event import: quoted fields with commas, quotes and line breaks") {
  store::KnowledgeBase kb(":memory:");
  Csv csv{"actor_id,name,country,kind\r\n\"7\",\"Doe, Jane \"\"JD\"\"\",X,person\r\n8,\"Multi\nLine\",,\r\n",
          "meeting_id,date,type,location\r\nm1,2001-02-03,talks,\"Geneva, Palais\"\r\n",
          "meeting_id,actor_id\r\nm1,7\r\nm1,8\r\n"};
  auto c = import(kb, csv);
  REQUIRE_MESSAGE(c, (c ? "" : c.error()));
  CHECK(c->actors_new == 2);
  store::Statement st(kb.db(), "SELECT name FROM actors ORDER BY id");
  REQUIRE(st.step());
  CHECK(st.text(0) == "Doe, Jane \"JD\"");
  REQUIRE(st.step());
  CHECK(st.text(0) == "Multi\nLine");
  store::Statement pl(kb.db(), "SELECT name FROM places");
  REQUIRE(pl.step());
  CHECK(pl.text(0) == "Geneva, Palais");
}

TEST_CASE("event import: a malformed row fails with the file and line, and stores nothing") {
  store::KnowledgeBase kb(":memory:");
  auto expect_error = [&](const Csv& csv, const std::string& where) {
    auto c = import(kb, csv);
    REQUIRE_FALSE(c);
    CHECK_MESSAGE(c.error().find(where) != std::string::npos, c.error());
    CHECK(count(kb, "SELECT count(*) FROM meetings") == 0);
    CHECK(count(kb, "SELECT count(*) FROM actors") == 0);
  };
  SUBCASE("a bad date") {
    Csv c = kGood;
    c.meetings = "meeting_id,date,type,location\n10,2018-05-03,talks,x\n11,2018-02-30,talks,x\n";
    expect_error(c, "meetings.csv:3: bad date '2018-02-30'");
  }
  SUBCASE("a missing field") {
    Csv c = kGood;
    c.actors = "actor_id,name,country,kind\n0,A,C,k\n1,B\n";
    expect_error(c, "actors.csv:3: has 2 fields");
  }
  SUBCASE("an unknown meeting in participants") {
    Csv c = kGood;
    c.participants = "meeting_id,actor_id\n10,0\n99,1\n";
    expect_error(c, "participants.csv:3: meeting_id '99'");
  }
  SUBCASE("an unknown actor") {
    Csv c = kGood;
    c.participants = "meeting_id,actor_id\n10,0\n10,5\n";
    expect_error(c, "participants.csv:3: actor_id '5'");
  }
  SUBCASE("an unterminated quote, reported at the line it began") {
    Csv c = kGood;
    c.actors = "actor_id,name,country,kind\n0,A,C,k\n1,\"B,C,k\n2,D,C,k\n";
    expect_error(c, "actors.csv:3: unterminated quoted field");
  }
  SUBCASE("a header without a required column") {
    Csv c = kGood;
    c.meetings = "id,date\n1,2018-01-01\n";
    expect_error(c, "meetings.csv:1: no 'meeting_id' column");
  }
  SUBCASE("a duplicate id") {
    Csv c = kGood;
    c.meetings = "meeting_id,date\n1,2018-01-01\n1,2018-01-02\n";
    expect_error(c, "meetings.csv:3: duplicate meeting_id 1");
  }
  SUBCASE("an empty file") {
    Csv c = kGood;
    c.participants = "";
    expect_error(c, "participants.csv: empty file");
  }
}

TEST_CASE("event import: a name the lexicon knows joins the lexicon's actor; other names are new actors") {
  auto lex = lexicon::Lexicon::load(DIPLOGRAPH_LEXICON_DIR);
  REQUIRE(lex);
  store::KnowledgeBase kb(":memory:");
  kb.sync_lexicon(**lex);
  const auto kim = kb.actors_by_alias(store::name_norm("Kim Jong Un"));
  REQUIRE(kim.size() == 1);
  const int64_t before = count(kb, "SELECT count(*) FROM actors");
  Csv csv{"actor_id,name\n1,Kim Jong Un\n2,Someone Unknown Here\n", "meeting_id,date\n5,2018-06-12\n",
          "meeting_id,actor_id\n5,1\n5,2\n"};
  auto c = import(kb, csv);
  REQUIRE_MESSAGE(c, (c ? "" : c.error()));
  CHECK(c->actors_known == 1);
  CHECK(c->actors_new == 1);
  CHECK(count(kb, "SELECT count(*) FROM actors") == before + 1);
  store::Statement st(kb.db(), "SELECT count(*) FROM participants WHERE actor_id = ?");
  st.bind(1, kim[0]);
  REQUIRE(st.step());
  CHECK(st.int64(0) == 1);
}
