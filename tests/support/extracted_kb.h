// A knowledge base in memory fed by the real extractor and lexicon, for tests
// that state their input as article text.
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "diplograph/extract/extractor.h"
#include "diplograph/store/knowledge_base.h"

namespace diplograph::testing {

struct ExtractedKb {
  std::shared_ptr<const lexicon::Lexicon> lex = lexicon::Lexicon::load(DIPLOGRAPH_LEXICON_DIR).value();
  extract::Extractor ex{lex};
  store::KnowledgeBase kb{":memory:"};

  ExtractedKb() { kb.sync_lexicon(*lex); }

  // Extracts and stores one article published on `date`; returns what the store counted.
  store::IngestCounts add(const std::string& text, const char* date) {
    read::Article a;
    a.id = date;
    a.text = text;
    a.date = *Date::parse(date);
    store::IngestCounts c;
    kb.add_article(a, ex.extract(a), store::content_hash(text), c);
    return c;
  }
};

}  // namespace diplograph::testing
