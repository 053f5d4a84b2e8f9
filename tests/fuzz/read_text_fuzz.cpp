// Fuzzes the plain-text article reader: any bytes give either one article
// that is valid UTF-8 or one problem naming the file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "diplograph/read/article.h"
#include "diplograph/text/normalize.h"
#include "fuzz_common.h"

using namespace diplograph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  size_t articles = 0, problems = 0;
  read::ReadOptions options;
  read::parse_articles(
      "fuzz.txt", bytes, /*jsonl=*/false, options,
      [&](read::Article&& a) {
        ++articles;
        fuzz::check(text::is_valid_utf8(a.text), "article text is valid UTF-8");
        fuzz::check(a.lang == "ar" || a.lang == "en", "language decided");
      },
      [&](const read::ReadProblem& p) {
        ++problems;
        fuzz::check(!p.message.empty() && p.where == "fuzz.txt", "problem names the file");
      });
  fuzz::check(articles + problems == 1, "one article or one problem per plain-text file");
  return 0;
}
