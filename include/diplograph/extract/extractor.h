// The extractor: article text in, meetings out. Stateless after
// construction and safe to share between threads.
#pragma once

#include <memory>

#include "diplograph/extract/meeting.h"
#include "diplograph/lexicon/lexicon.h"
#include "diplograph/read/article.h"

namespace diplograph::text {
class SentenceSplitter;
}

namespace diplograph::extract {

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const lexicon::Lexicon> lexicon);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Finds the meetings an article reports. The publication date is the
  // article's own; when it has none, the dateline or a "today, Wednesday
  // 18 July" in the text is used to infer it (date_source "dateline").
  ArticleExtraction extract(const read::Article& article) const;

  const lexicon::Lexicon& lexicon() const { return *lexicon_; }

 private:
  std::shared_ptr<const lexicon::Lexicon> lexicon_;
  std::unique_ptr<text::SentenceSplitter> splitter_;
  bool tracing_ = false;  // DIPLOGRAPH_TRACE set when the extractor was made
};

}  // namespace diplograph::extract
