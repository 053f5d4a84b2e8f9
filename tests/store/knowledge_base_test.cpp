#include <doctest/doctest.h>

#include "diplograph/extract/extractor.h"
#include "diplograph/store/database.h"
#include "diplograph/store/knowledge_base.h"
#include "support/extracted_kb.h"

using namespace diplograph;

// Test names carry no comma: doctest_discover_tests would split the name there
// and register two filters that match nothing (and so always pass).
TEST_CASE("knowledge base: the same article twice is stored once and an English and an Arabic report merge") {
  auto lex = lexicon::Lexicon::load(DIPLOGRAPH_LEXICON_DIR);
  REQUIRE(lex);
  extract::Extractor ex(*lex);
  store::KnowledgeBase kb(":memory:");
  kb.sync_lexicon(**lex);
  auto add = [&](const std::string& text) {
    read::Article a;
    a.id = "t";
    a.text = text;
    a.date = *Date::parse("2018-07-18");
    store::IngestCounts c;
    kb.add_article(a, ex.extract(a), store::content_hash(text), c);
    return c;
  };
  auto first = add("Putin meets Trump\nVladimir Putin and Donald Trump held a summit in Helsinki on Monday.");
  CHECK(first.articles_new == 1);
  CHECK(first.meetings_new == 1);
  auto again = add("Putin meets Trump\nVladimir Putin and Donald Trump held a summit in Helsinki on Monday.");
  CHECK(again.articles_known == 1);
  auto arabic = add("قمة هلسنكي\nعقد الرئيس الروسي فلاديمير بوتين قمة مع الرئيس الأمريكي دونالد ترامب في هلسنكي الاثنين الماضي.");
  CHECK(arabic.meetings_merged == 1);
  auto s = kb.stats();
  CHECK(s.meetings == 1);
  CHECK(s.mentions == 2);
}

TEST_CASE("knowledge base: a planned meeting later reported as held moves to occurred and keeps both reports") {
  testing::ExtractedKb k;
  auto& kb = k.kb;
  auto add = [&](const std::string& text, const char* date) { return k.add(text, date); };
  auto planned = add("Summit back on\nU.S. President Donald Trump will hold a summit with North Korean leader Kim Jong Un "
                     "in Singapore on June 12, the White House said.", "2018-06-01");
  CHECK(planned.meetings_new == 1);
  auto held = add("Trump and Kim hold summit\nU.S. President Donald Trump and North Korean leader Kim Jong Un held a summit "
                  "in Singapore on Tuesday and signed a joint statement.", "2018-06-13");
  CHECK(held.meetings_merged == 1);
  auto s = kb.stats();
  CHECK(s.meetings == 1);
  REQUIRE(s.by_status.size() == 1);
  CHECK(s.by_status[0].first == "occurred");
  auto sources = kb.sources(kb.snapshot().meetings.at(0).id);
  REQUIRE(sources.size() == 2);
  CHECK(sources[0].status == "planned");
  CHECK(sources[1].status == "occurred");

  SUBCASE("an older report that arrives later does not move the status back") {
    add("Summit plans\nU.S. President Donald Trump will hold a summit with North Korean leader Kim Jong Un in Singapore "
        "on June 12, officials said.", "2018-05-30");
    CHECK(kb.stats().by_status[0].first == "occurred");
    CHECK(kb.sources(kb.snapshot().meetings.at(0).id).size() == 3);
  }
}

TEST_CASE("knowledge base: an undated meeting is not merged with the same people's meeting five years later") {
  testing::ExtractedKb k;
  auto& kb = k.kb;
  auto add = [&](const std::string& text, const char* date) { return k.add(text, date); };
  const char* planned = "Putin and Kim to meet\nRussian President Vladimir Putin will meet North Korean leader Kim Jong Un, "
                        "the Kremlin said.";
  CHECK(add(planned, "2018-07-18").meetings_new == 1);
  SUBCASE("five years later: another meeting") {
    auto later = add("Putin meets Kim\nRussian President Vladimir Putin met North Korean leader Kim Jong Un at the "
                     "Vostochny cosmodrome on September 13.", "2023-09-14");
    CHECK(later.meetings_new == 1);
    CHECK(kb.stats().meetings == 2);
  }
  SUBCASE("the next spring: the same one, now dated and held") {
    auto held = add("Putin meets Kim\nRussian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok "
                    "on April 25.", "2019-04-26");
    CHECK(held.meetings_merged == 1);
    auto s = kb.stats();
    CHECK(s.meetings == 1);
    CHECK(s.by_status.at(0).first == "occurred");
  }
}

TEST_CASE("knowledge base: an article that fails half-way leaves nothing behind and the batch goes on") {
  auto lex = lexicon::Lexicon::load(DIPLOGRAPH_LEXICON_DIR);
  REQUIRE(lex);
  extract::Extractor ex(*lex);
  store::KnowledgeBase kb(":memory:");
  kb.sync_lexicon(**lex);
  // The second article fails after its row, its sentences and a new actor are written.
  kb.db().exec("CREATE TEMP TRIGGER fail BEFORE INSERT ON mentions WHEN NEW.article_id > 1 AND NEW.date = '2018-07-16' "
               "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
  auto add = [&](const std::string& text) {
    read::Article a;
    a.id = text.substr(0, 8);
    a.text = text;
    a.date = *Date::parse("2018-07-18");
    store::IngestCounts c;
    kb.add_article(a, ex.extract(a), store::content_hash(text), c);
  };
  kb.begin_batch();
  add("Talks\nRussian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Ankara on Monday.");
  CHECK_THROWS_AS(add("Talks in Paris\nFrench President Emmanuel Macron met Estonian envoy Zorkan Beltovich in Paris on "
                      "Monday."),
                  store::DbError);
  add("Talks in Paris\nFrench President Emmanuel Macron met Estonian envoy Zorkan Beltovich in Paris on Tuesday.");
  kb.commit_batch();
  auto count = [&](const char* sql) {
    store::Statement st(kb.db(), sql);
    return st.step() ? st.int64(0) : -1;
  };
  CHECK(count("SELECT count(*) FROM articles") == 2);
  CHECK(count("SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)") == 0);
  CHECK(count("SELECT count(*) FROM mentions") == 2);
  // The envoy the failed article added was rolled back; the third article added him again, once.
  CHECK(count("SELECT count(*) FROM actors WHERE key = '?zorkan beltovich'") == 1);
  CHECK(count("SELECT count(*) FROM participants p JOIN actors a ON a.id = p.actor_id "
              "WHERE a.key = '?zorkan beltovich'") == 1);
}
