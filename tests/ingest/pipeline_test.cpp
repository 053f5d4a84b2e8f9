#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "diplograph/ingest/pipeline.h"
#include "diplograph/ingest/progress.h"
#include "diplograph/store/database.h"

using namespace diplograph;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  explicit TempDir(const char* name) : path(fs::temp_directory_path() / (std::string(name) + "-" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

// Every row that ingest decides, ids included, as text (not ingested_at: a clock).
std::string dump(store::KnowledgeBase& kb) {
  std::string out;
  for (const char* sql :
       {"SELECT id, content_hash, external_id, pub_date, date_source, lang, source_line FROM articles ORDER BY id",
        "SELECT id, article_id, seq, text FROM sentences ORDER BY id",
        "SELECT id, key, kind, name FROM actors ORDER BY id",
        "SELECT id, type, status, place_id, date, date_precision, label, status_date FROM meetings ORDER BY id",
        "SELECT meeting_id, actor_id, role, meeting_date FROM participants ORDER BY 1, 2",
        "SELECT id, meeting_id, article_id, type, status, place_id, date, participants, rule FROM mentions ORDER BY id",
        "SELECT mention_id, sentence_id FROM mention_sentences ORDER BY 1, 2"}) {
    store::Statement st(kb.db(), sql);
    while (st.step()) {
      for (int c = 0; c < 9; ++c) out += st.text(c) + "|";
      out += "\n";
    }
    out += "--\n";
  }
  return out;
}

// Articles about a handful of real people, with repeats, so that meetings merge.
void write_corpus(const fs::path& file, int n) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"Russian President Vladimir Putin", "Turkish President Recep Tayyip Erdogan"},
      {"U.S. President Donald Trump", "North Korean leader Kim Jong Un"},
      {"French President Emmanuel Macron", "German Chancellor Angela Merkel"},
      {"Russian Foreign Minister Sergey Lavrov", "Saudi Foreign Minister Adel al-Jubeir"}};
  const std::vector<std::string> places = {"Moscow", "Ankara", "Paris", "Riyadh", "Berlin"};
  std::ofstream out(file);
  for (int i = 0; i < n; ++i) {
    const auto& [a, b] = pairs[i % pairs.size()];
    const int day = 1 + (i / 7) % 27;
    out << R"({"id": "a)" << i << R"(", "date": "2018-03-)" << (day < 10 ? "0" : "") << day
        << R"(", "text": "Talks\n)" << a << " met " << b << " in " << places[(i / 3) % places.size()]
        << " on Monday" << (i % 5 == 0 ? " and discussed trade" : "") << R"(."})" << "\n";
  }
}

std::shared_ptr<const lexicon::Lexicon> load_lexicon(const std::string& dir = DIPLOGRAPH_LEXICON_DIR) {
  auto lex = lexicon::Lexicon::load(dir);
  REQUIRE(lex);
  return *lex;
}

}  // namespace

TEST_CASE("ingest pipeline: the database is the same (ids included) for 1 and 3 extractor threads") {
  TempDir tmp("diplograph-pipeline");
  write_corpus(tmp.path / "news.jsonl", 400);
  auto lex = load_lexicon();
  std::vector<std::string> dumps;
  for (unsigned jobs : {1u, 3u}) {
    std::string name = "j";
    name += std::to_string(jobs);
    store::KnowledgeBase kb((tmp.path / (name + ".db")).string());
    kb.sync_lexicon(*lex);
    ingest::Options o;
    o.jobs = jobs;
    o.batch = 37;       // several batches
    o.in_flight = 5;    // and a full queue most of the time
    std::vector<std::string> problems;
    auto sum = ingest::ingest({(tmp.path / "news.jsonl").string()}, o, lex, kb,
                              [&](const read::ReadProblem& p) { problems.push_back(p.where); });
    CHECK(problems.empty());
    CHECK(sum.counts.articles_new + sum.counts.articles_known == 400);
    CHECK(sum.counts.meetings_merged > 0);
    dumps.push_back(dump(kb));
  }
  CHECK(dumps[0] == dumps[1]);
}

TEST_CASE("ingest pipeline: a second ingest adds nothing and counts every article as known") {
  TempDir tmp("diplograph-again");
  write_corpus(tmp.path / "news.jsonl", 50);
  auto lex = load_lexicon();
  store::KnowledgeBase kb((tmp.path / "k.db").string());
  kb.sync_lexicon(*lex);
  ingest::Options o;
  o.jobs = 2;
  auto first = ingest::ingest({tmp.path.string()}, o, lex, kb, {});
  const std::string before = dump(kb);
  auto second = ingest::ingest({tmp.path.string()}, o, lex, kb, {});
  CHECK(second.counts.articles_new == 0);
  CHECK(second.counts.articles_known == first.counts.articles_new + first.counts.articles_known);
  CHECK(second.counts.meetings_new + second.counts.meetings_merged == 0);
  CHECK(dump(kb) == before);
  CHECK(ingest::format_summary(second).find("nothing new") != std::string::npos);
}

TEST_CASE("re-resolution: the same lexicon gives back the same meetings and a new lexicon entry applies without the files") {
  TempDir tmp("diplograph-reresolve");
  {
    std::ofstream(tmp.path / "a.txt") << "Talks in Paris\nFrench President Emmanuel Macron met Estonian envoy Zorkan "
                                         "Beltovich in Paris on Monday.\n";
  }
  write_corpus(tmp.path / "news.jsonl", 60);
  auto lex = load_lexicon();
  const std::string db_path = (tmp.path / "k.db").string();
  store::KnowledgeBase kb(db_path);
  kb.sync_lexicon(*lex);
  ingest::Options o;
  o.read.default_date = *Date::parse("2018-07-18");
  ingest::ingest({tmp.path.string()}, o, lex, kb, {});
  const std::string before = dump(kb);
  const int64_t articles = kb.article_count();
  fs::remove(tmp.path / "a.txt");  // re-resolution must not need the files
  fs::remove(tmp.path / "news.jsonl");

  SUBCASE("same lexicon") {
    for (unsigned jobs : {1u, 2u}) {
      o.jobs = jobs;
      auto sum = ingest::reresolve(o, lex, kb, {});
      CHECK(sum.progress.articles == static_cast<size_t>(kb.article_count()));
      CHECK(dump(kb) == before);
    }
  }
  SUBCASE("a lexicon that knows the envoy") {
    const fs::path copy = tmp.path / "lexicon";
    fs::copy(DIPLOGRAPH_LEXICON_DIR, copy, fs::copy_options::recursive);
    std::ofstream(copy / "actors" / "world.tsv", std::ios::app)
        << "zorkan_beltovich\tperson\tZorkan Beltovich\tEE\tBeltovich\tزوركان بيلتوفيتش\t\t\n";
    auto lex2 = load_lexicon(copy.string());
    CHECK(lex2->version() != lex->version());
    auto count = [&](const char* sql) {
      store::Statement st(kb.db(), sql);
      return st.step() ? st.int64(0) : -1;
    };
    CHECK(count("SELECT count(*) FROM actors WHERE key = '?zorkan beltovich'") == 1);
    ingest::reresolve(o, lex2, kb, {});
    CHECK(kb.lexicon_version() == lex2->version());
    CHECK(count("SELECT count(*) FROM participants p JOIN actors a ON a.id = p.actor_id "
                "WHERE a.key = 'zorkan_beltovich'") == 1);
    CHECK(count("SELECT count(*) FROM actors WHERE key = '?zorkan beltovich'") == 0);  // the orphan is gone
    CHECK(count("SELECT count(*) FROM articles") == articles);
    CHECK(count("SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)") == 0);
  }
}

TEST_CASE("progress: the bar shows articles and MB/s and meetings and an ETA and the summary the counts") {
  ingest::Progress p;
  p.articles = 12345;
  p.bytes = 5'000'000;
  p.total_bytes = 10'000'000;
  p.meetings = 678;
  p.seconds = 2;
  const std::string bar = ingest::format_progress(p);
  CHECK(bar.find(" 50%") != std::string::npos);
  CHECK(bar.find("12,345 articles") != std::string::npos);
  CHECK(bar.find("2.5 MB/s") != std::string::npos);
  CHECK(bar.find("678 meetings") != std::string::npos);
  CHECK(bar.find("ETA 0:02") != std::string::npos);
  ingest::Summary s;
  s.counts.articles_new = 3;
  s.counts.articles_known = 2;
  s.skipped = 1;
  s.counts.meetings_new = 4;
  s.counts.meetings_merged = 5;
  CHECK(ingest::format_summary(s).rfind("articles: 3 new, 2 already known, 1 skipped; meetings: 4 new, 5 merged", 0) == 0);
}

TEST_CASE("ingest pipeline: an article the database refuses is skipped with its line and the rest is stored") {
  TempDir tmp("diplograph-refused");
  write_corpus(tmp.path / "news.jsonl", 40);
  auto lex = load_lexicon();
  store::KnowledgeBase kb((tmp.path / "k.db").string());
  kb.sync_lexicon(*lex);
  kb.db().exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON sentences WHEN NEW.article_id IN "
               "(SELECT id FROM articles WHERE external_id = 'a6') BEGIN SELECT RAISE(ABORT, 'refused'); END");
  std::vector<read::ReadProblem> problems;
  ingest::Options o;
  o.jobs = 2;
  auto sum = ingest::ingest({(tmp.path / "news.jsonl").string()}, o, lex, kb,
                            [&](const read::ReadProblem& p) { problems.push_back(p); });
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].where == (tmp.path / "news.jsonl").string() + ":7");
  CHECK(problems[0].message.find("refused") != std::string::npos);
  CHECK(sum.skipped == 1);
  store::Statement st(kb.db(), "SELECT count(*) FROM articles WHERE external_id = 'a6'");
  REQUIRE(st.step());
  CHECK(st.int64(0) == 0);
  CHECK(sum.counts.articles_new + sum.counts.articles_known == 39);
}
