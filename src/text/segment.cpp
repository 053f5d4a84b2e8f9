#include "diplograph/text/segment.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>
#include <mutex>
#include <stdexcept>

#include "diplograph/text/normalize.h"

namespace diplograph::text {

namespace {

// Sentence iterators cloned from one prototype. A BreakIterator holds its
// text, so each call needs its own; clones are kept here between calls, since
// cloning one costs about as much as splitting a short article. Guarded by a
// mutex: one splitter is used from many threads.
class IteratorPool {
 public:
  explicit IteratorPool(std::unique_ptr<icu::BreakIterator> prototype) : prototype_(std::move(prototype)) {}

  std::unique_ptr<icu::BreakIterator> take() {
    {
      std::lock_guard lock(mutex_);
      if (!idle_.empty()) {
        auto it = std::move(idle_.back());
        idle_.pop_back();
        return it;
      }
    }
    std::unique_ptr<icu::BreakIterator> it(prototype_->clone());
    if (!it) throw std::runtime_error("ICU sentence iterator: clone failed");
    return it;
  }

  void give_back(std::unique_ptr<icu::BreakIterator> it) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(it));
  }

 private:
  const std::unique_ptr<icu::BreakIterator> prototype_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<icu::BreakIterator>> idle_;
};

// An iterator of the pool for the length of one call.
class IteratorLease {
 public:
  explicit IteratorLease(IteratorPool& pool) : pool_(pool), it_(pool.take()) {}
  ~IteratorLease() { pool_.give_back(std::move(it_)); }
  IteratorLease(const IteratorLease&) = delete;
  IteratorLease& operator=(const IteratorLease&) = delete;
  icu::BreakIterator* operator->() const { return it_.get(); }

 private:
  IteratorPool& pool_;
  std::unique_ptr<icu::BreakIterator> it_;
};

// A UText over UTF-8 bytes: the iterator then reports boundaries as byte
// offsets, with no conversion of the line to UTF-16 and back.
class Utf8Text {
 public:
  explicit Utf8Text(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&text_, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU UText: ") + u_errorName(status));
  }
  ~Utf8Text() { utext_close(&text_); }
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;
  UText* get() { return &text_; }

 private:
  UText text_ = UTEXT_INITIALIZER;
};

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

bool has_letter(std::string_view s) {
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(b, i, n, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

// The last whitespace-separated word of `s`, folded.
std::string last_word(std::string_view s) {
  while (!s.empty() && is_space_byte(s.back())) s.remove_suffix(1);
  size_t p = s.find_last_of(" \t");
  return fold_string(p == std::string_view::npos ? s : s.substr(p + 1));
}

bool is_initial(const std::string& w) {
  // "J." or "ج." : one letter and a dot (possibly after an opening bracket).
  if (w.size() < 2 || w.back() != '.') return false;
  std::string_view core(w.data(), w.size() - 1);
  const auto* b = reinterpret_cast<const uint8_t*>(core.data());
  int32_t i = 0, n = static_cast<int32_t>(core.size());
  UChar32 c;
  U8_NEXT(b, i, n, c);
  return i == n && c >= 0 && u_isalpha(c);
}

}  // namespace

struct SentenceSplitter::Impl {
  std::unordered_set<std::string> abbreviations;
  size_t max_bytes;
  IteratorPool iterators;
};

namespace {

std::unique_ptr<icu::BreakIterator> sentence_iterator() {
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" enables ICU's list of English abbreviations that do not end a sentence.
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  }
  if (U_FAILURE(status) || !it) throw std::runtime_error(std::string("ICU sentence iterator: ") + u_errorName(status));
  return it;
}

}  // namespace

SentenceSplitter::SentenceSplitter(std::unordered_set<std::string> abbreviations, size_t max_bytes)
    : impl_(new Impl{std::move(abbreviations), max_bytes, IteratorPool(sentence_iterator())}) {}

SentenceSplitter::~SentenceSplitter() { delete impl_; }

std::vector<SentenceSpan> SentenceSplitter::split(std::string_view text) const {
  std::vector<SentenceSpan> out;
  if (!is_valid_utf8(text)) return out;  // callers sanitize first (offsets must stay exact)
  IteratorLease it(impl_->iterators);

  auto emit = [&](size_t b, size_t e) {
    while (b < e && is_space_byte(text[b])) ++b;
    while (e > b && is_space_byte(text[e - 1])) --e;
    if (b >= e || !has_letter(text.substr(b, e - b))) return;
    // Overlong sentences are cut at a space so that later stages stay bounded.
    while (e - b > impl_->max_bytes) {
      // Search this window only: rfind on the whole text would rescan everything
      // before `b` at every cut of a long unspaced line (quadratic).
      size_t cut = text.substr(b, impl_->max_bytes + 1).rfind(' ');
      cut = cut == std::string_view::npos || cut == 0 ? b + impl_->max_bytes : b + cut;
      while (cut > b && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      if (cut <= b) cut = b + impl_->max_bytes;
      out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(cut)});
      b = cut;
      while (b < e && is_space_byte(text[b])) ++b;
    }
    if (b < e) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  };

  size_t line_start = 0;
  while (line_start <= text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view line = text.substr(line_start, line_end - line_start);
    if (has_letter(line)) {
      Utf8Text u(line);
      UErrorCode status = U_ZERO_ERROR;
      it->setText(u.get(), status);
      if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU sentence iterator: ") + u_errorName(status));
      size_t sentence_start = 0;
      for (int32_t p = it->next(); p != icu::BreakIterator::DONE; p = it->next()) {
        size_t cut = std::min<size_t>(static_cast<size_t>(p), line.size());  // a byte offset in the line
        if (cut < line.size()) {
          std::string w = last_word(line.substr(sentence_start, cut - sentence_start));
          if (impl_->abbreviations.count(w) || is_initial(w)) continue;
        }
        emit(line_start + sentence_start, line_start + cut);
        sentence_start = cut;
      }
      if (sentence_start < line.size()) emit(line_start + sentence_start, line_end);
    }
    if (line_end == text.size()) break;
    line_start = line_end + 1;
  }
  return out;
}

}  // namespace diplograph::text
