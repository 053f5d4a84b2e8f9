// Fuzzes the query language: parse, and evaluate against a small knowledge
// base built once in memory from a few meetings in both languages.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "diplograph/extract/extractor.h"
#include "diplograph/query/evaluator.h"
#include "diplograph/store/knowledge_base.h"
#include "fuzz_common.h"

using namespace diplograph;

namespace {

struct Fixture {
  store::KnowledgeBase kb{":memory:"};
  std::unique_ptr<query::Evaluator> evaluator;

  Fixture() {
    auto lex = fuzz::shared_lexicon();
    kb.sync_lexicon(*lex);
    extract::Extractor ex(lex);
    const char* articles[] = {
        "Putin meets Trump\nVladimir Putin and Donald Trump held a summit in Helsinki on Monday.",
        "Singapore\nDonald Trump and Kim Jong Un met in Singapore on June 12, 2018.",
        "Lavrov\nSergey Lavrov met Kim Jong Un in Pyongyang last month. Putin invited Kim to visit Russia.",
        "قمة\nالتقى الرئيس الصيني شي جين بينغ مع الزعيم الكوري الشمالي كيم جونغ أون في بكين في آذار الماضي.",
        "Moon\nMoon Jae-in and Kim Jong Un held talks at Panmunjom on April 27, 2018.",
    };
    for (const char* text : articles) {
      read::Article a;
      a.id = "seed";
      a.text = text;
      a.date = Date::ymd(2018, 7, 18);
      store::IngestCounts counts;
      kb.add_article(a, ex.extract(a), store::content_hash(a.text), counts);
    }
    evaluator = std::make_unique<query::Evaluator>(kb);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Fixture fixture;
  const std::string q(reinterpret_cast<const char*>(data), size);
  auto parsed = query::parse(q);
  auto answer = fixture.evaluator->run(q);
  fuzz::check(parsed.ok() || !answer.ok(), "a query that does not parse is not answered");
  if (!parsed) fuzz::check(!parsed.error().empty(), "a parse error says why");
  if (answer) fuzz::check(!answer->json.empty(), "an answer has JSON");
  return 0;
}
