// Sentence segmentation of news text in Arabic and English.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace diplograph::text {

struct SentenceSpan {
  uint32_t begin = 0;  // byte range in the article text, trimmed of spaces
  uint32_t end = 0;
};

// Splits an article into sentences. A line break always ends a sentence (a
// headline or a dateline has no full stop); inside a line ICU's sentence
// rules split, except after a word listed in `abbreviations` (folded, with
// its final dot: "mr.", "د.") or a single-letter initial. Lines holding no
// letter are dropped. `text` must be valid UTF-8 (see sanitize_utf8); other
// input yields no sentence. Sentences longer than `max_bytes` are cut at a space.
class SentenceSplitter {
 public:
  explicit SentenceSplitter(std::unordered_set<std::string> abbreviations = {},
                            size_t max_bytes = 20000);
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  std::vector<SentenceSpan> split(std::string_view text) const;
  // The same for text the caller has already checked or sanitized: checking
  // it again costs a pass over every article.
  std::vector<SentenceSpan> split_valid(std::string_view text) const;

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace diplograph::text
