#include <doctest/doctest.h>

#include "diplograph/extract/extractor.h"
#include "diplograph/store/database.h"
#include "diplograph/store/knowledge_base.h"

using namespace diplograph;

TEST_CASE("knowledge base: the same article twice is stored once; an English and an Arabic report merge") {
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
  auto arabic = add("قمة هلسنكي\nعقد الرئيس الروسي فلاديمير بوتين قمة مع الرئيس الأمريكي دونالد ترامب في هلسنكي يوم الاثنين.");
  CHECK(arabic.meetings_merged == 1);
  auto s = kb.stats();
  CHECK(s.meetings == 1);
  CHECK(s.mentions == 2);
}

TEST_CASE("knowledge base: a database from a newer diplograph is refused") {
  {
    store::Database db("/tmp/diplograph-newer-test.db", true);
    db.exec("PRAGMA user_version = 999");
  }
  CHECK_THROWS_AS(store::KnowledgeBase("/tmp/diplograph-newer-test.db"), store::DbError);
  std::remove("/tmp/diplograph-newer-test.db");
}
