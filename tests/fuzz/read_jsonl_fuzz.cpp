// Fuzzes the JSON Lines reader: every non-blank line gives an article or a
// problem naming its line; no input throws.
#include <cstddef>
#include <cstdint>
#include <string>

#include "diplograph/read/article.h"
#include "fuzz_common.h"

using namespace diplograph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  read::ReadOptions options;
  options.default_date = Date::ymd(2018, 7, 18);
  size_t seen = 0;
  const size_t problems = read::parse_articles(
      "fuzz.jsonl", bytes, /*jsonl=*/true, options,
      [&](read::Article&& a) {
        ++seen;
        fuzz::check(a.line > 0 && !a.id.empty(), "article knows its line and id");
        fuzz::check(a.text.find('\0') == std::string::npos, "no NUL in text");
        fuzz::check(a.lang == "ar" || a.lang == "en", "language decided");
        fuzz::check(!a.date.empty(), "date from metadata or option");
      },
      [&](const read::ReadProblem& p) {
        ++seen;
        fuzz::check(p.where.rfind("fuzz.jsonl:", 0) == 0, "problem names the line");
      });
  fuzz::check(problems <= seen, "problem count");
  return 0;
}
