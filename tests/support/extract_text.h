// The real extractor and lexicon, loaded once per test binary, run on text
// written in a test.
#pragma once

#include <algorithm>
#include <string>

#include "diplograph/extract/extractor.h"

namespace diplograph::testing {

inline const extract::Extractor& shared_extractor() {
  static auto lex = lexicon::Lexicon::load(DIPLOGRAPH_LEXICON_DIR);
  static extract::Extractor ex(*lex);
  return ex;
}

// Extracts one article published on `date` (YYYY-MM-DD).
inline extract::ArticleExtraction extract_text(const std::string& text, const char* date) {
  read::Article a;
  a.id = "t";
  a.text = text;
  a.date = *Date::parse(date);
  return shared_extractor().extract(a);
}

// Whether `name` (canonical English) takes part in `m`.
inline bool has_participant(const extract::Meeting& m, const char* name) {
  return std::any_of(m.participants.begin(), m.participants.end(), [&](const auto& p) { return p.name == name; });
}

}  // namespace diplograph::testing
