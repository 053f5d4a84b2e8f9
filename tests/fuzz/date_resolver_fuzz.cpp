// Fuzzes the date resolver on one sentence: the first four bytes choose the
// reference date (any day of years 1..9999, or none), the rest is the
// sentence. Every date it resolves must be a real calendar date.
#include <cstddef>
#include <cstdint>
#include <string>

#include "../../src/extract/analyse.h"
#include "../../src/extract/date_resolver.h"
#include "diplograph/text/normalize.h"
#include "fuzz_common.h"

using namespace diplograph;

namespace {
bool real(const Date& d) {
  return d.empty() || is_valid_ymd(d.year, d.month ? d.month : 1, d.day ? d.day : 1);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto lex = fuzz::shared_lexicon();
  if (size < 4) return 0;
  const uint32_t seed = data[0] | data[1] << 8 | data[2] << 16 | static_cast<uint32_t>(data[3]) << 24;
  Date reference;
  if (seed % 8 != 0) reference = civil_from_days(static_cast<int>(seed % 3652059) - 719162);  // 0001-01-01 .. 9999-12-31
  const std::string sentence = text::sanitize_utf8(std::string_view(reinterpret_cast<const char*>(data + 4), size - 4));

  extract::ArticleContext context{*lex, reference, {}, {}};
  const auto s = extract::analyse(sentence, context);
  for (const auto& d : extract::find_dates(s, reference)) {
    fuzz::check(real(d.past) && real(d.future), "resolved dates are real dates");
    fuzz::check(d.first_chunk <= d.last_chunk && d.last_chunk < s.chunks.size(), "date chunks inside the sentence");
  }
  if (auto d = extract::infer_publication_date(extract::chunk_only(sentence, *lex), reference.empty() ? Date::ymd(2018, 7, 18) : reference))
    fuzz::check(real(*d), "inferred publication date is real");
  const Date h = extract::hijri_to_gregorian(static_cast<int>(seed % 3000), data[1] % 14, data[2] % 32);
  fuzz::check(real(h), "hijri conversion gives a real date");
  return 0;
}
