#include "diplograph/text/segment.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <memory>
#include <mutex>
#include <stdexcept>

#include "diplograph/text/normalize.h"

namespace diplograph::text {

namespace {

// A sentence iterator and the UTF-16 copy of the line it reads (ICU breaks
// UTF-16 text fastest), both kept from line to line and call to call.
class LineBreaker {
 public:
  explicit LineBreaker(std::unique_ptr<icu::BreakIterator> it) : it_(std::move(it)) {}

  // Points the iterator at `utf8`, which must be valid UTF-8.
  void set_line(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    // A line has no more UTF-16 units than UTF-8 bytes.
    const int32_t capacity = static_cast<int32_t>(utf8.size()) + 1;
    int32_t length = 0;
    u_strFromUTF8(line_.getBuffer(capacity), capacity, &length, utf8.data(), static_cast<int32_t>(utf8.size()), &status);
    line_.releaseBuffer(U_SUCCESS(status) ? length : 0);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU UTF-8 conversion: ") + u_errorName(status));
    it_->setText(line_);
    u16_ = 0;
    byte_ = 0;
  }

  // The next boundary as a byte offset in the line, or -1 past the last.
  // Boundaries come in increasing order, so the UTF-16 offset is converted
  // by walking on from the previous one.
  int64_t next() {
    const int32_t p = it_->next();
    if (p == icu::BreakIterator::DONE) return -1;
    const UChar* units = line_.getBuffer();
    while (u16_ < p) {
      UChar32 c;
      U16_NEXT(units, u16_, line_.length(), c);
      byte_ += U8_LENGTH(c);  // exact: the line is valid UTF-8
    }
    return static_cast<int64_t>(byte_);
  }

 private:
  std::unique_ptr<icu::BreakIterator> it_;
  icu::UnicodeString line_;
  int32_t u16_ = 0;   // UTF-16 offset of the last boundary
  size_t byte_ = 0;   // its byte offset
};

// Line breakers over clones of one prototype iterator. A BreakIterator holds
// its text, so each call needs its own; they are kept here between calls,
// since cloning one costs about as much as splitting a short article.
// Guarded by a mutex: one splitter is used from many threads.
class BreakerPool {
 public:
  explicit BreakerPool(std::unique_ptr<icu::BreakIterator> prototype) : prototype_(std::move(prototype)) {}

  std::unique_ptr<LineBreaker> take() {
    {
      std::lock_guard lock(mutex_);
      if (!idle_.empty()) {
        auto breaker = std::move(idle_.back());
        idle_.pop_back();
        return breaker;
      }
    }
    std::unique_ptr<icu::BreakIterator> it(prototype_->clone());
    if (!it) throw std::runtime_error("ICU sentence iterator: clone failed");
    return std::make_unique<LineBreaker>(std::move(it));
  }

  void give_back(std::unique_ptr<LineBreaker> breaker) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(breaker));
  }

 private:
  const std::unique_ptr<icu::BreakIterator> prototype_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<LineBreaker>> idle_;
};

// A breaker of the pool for the length of one call.
class BreakerLease {
 public:
  explicit BreakerLease(BreakerPool& pool) : pool_(pool), breaker_(pool.take()) {}
  ~BreakerLease() { pool_.give_back(std::move(breaker_)); }
  BreakerLease(const BreakerLease&) = delete;
  BreakerLease& operator=(const BreakerLease&) = delete;
  LineBreaker* operator->() const { return breaker_.get(); }

 private:
  BreakerPool& pool_;
  std::unique_ptr<LineBreaker> breaker_;
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
  BreakerPool breakers;
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
    : impl_(new Impl{std::move(abbreviations), max_bytes, BreakerPool(sentence_iterator())}) {}

SentenceSplitter::~SentenceSplitter() { delete impl_; }

std::vector<SentenceSpan> SentenceSplitter::split(std::string_view text) const {
  std::vector<SentenceSpan> out;
  if (!is_valid_utf8(text)) return out;  // callers sanitize first (offsets must stay exact)
  BreakerLease breaker(impl_->breakers);

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
      breaker->set_line(line);
      size_t sentence_start = 0;
      for (int64_t p = breaker->next(); p >= 0; p = breaker->next()) {
        size_t cut = std::min<size_t>(static_cast<size_t>(p), line.size());
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
