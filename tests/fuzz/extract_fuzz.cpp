// Fuzzes the whole extractor on arbitrary bytes, invalid UTF-8 included (the
// readers reject such files, but the library entry point must not trust them).
// The first byte chooses the publication date: none, or one of a few days.
#include <cstddef>
#include <cstdint>
#include <string>

#include "diplograph/extract/extractor.h"
#include "fuzz_common.h"

using namespace diplograph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const extract::Extractor extractor(fuzz::shared_lexicon());
  if (size == 0) return 0;
  static const Date kDates[] = {{}, Date::ymd(2018, 7, 18), Date::ymd(2000, 2, 29), Date::ymd(2100, 12, 31)};
  read::Article a;
  a.id = "fuzz";
  a.date = kDates[data[0] % 4];
  a.lang = data[0] & 4 ? "ar" : "en";
  a.text.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto out = extractor.extract(a);
  for (const auto& s : out.sentences) {
    fuzz::check(s.begin < s.end && s.text.size() == s.end - s.begin, "sentence offsets match its text");
    fuzz::check(s.text.size() <= 20000, "sentence within the size limit (README, Limits)");
  }
  for (const auto& m : out.meetings) {
    for (int i : m.sentences) fuzz::check(i >= 0 && static_cast<size_t>(i) < out.sentences.size(), "evidence sentence exists");
    fuzz::check(m.date.empty() || is_valid_ymd(m.date.year, m.date.month ? m.date.month : 1, m.date.day ? m.date.day : 1),
                "meeting date is a real date");
    fuzz::check(!m.participants.empty(), "a meeting has participants");
  }
  return 0;
}
