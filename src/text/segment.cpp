#include "diplograph/text/segment.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <stdexcept>

#include "diplograph/text/normalize.h"

namespace diplograph::text {

struct SentenceSplitter::Impl {
  std::unordered_set<std::string> abbreviations;
  size_t max_bytes;
  // The iterator is cloned per call so that one splitter is usable from many threads.
  std::unique_ptr<icu::BreakIterator> prototype;
};

namespace {

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

SentenceSplitter::SentenceSplitter(std::unordered_set<std::string> abbreviations, size_t max_bytes)
    : impl_(new Impl{std::move(abbreviations), max_bytes, nullptr}) {
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" enables ICU's list of English abbreviations that do not end a sentence.
  impl_->prototype.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    impl_->prototype.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  }
  if (U_FAILURE(status) || !impl_->prototype) {
    delete impl_;
    throw std::runtime_error(std::string("ICU sentence iterator: ") + u_errorName(status));
  }
}

SentenceSplitter::~SentenceSplitter() { delete impl_; }

std::vector<SentenceSpan> SentenceSplitter::split(std::string_view text) const {
  std::vector<SentenceSpan> out;
  if (!is_valid_utf8(text)) return out;  // callers sanitize first (offsets must stay exact)
  std::unique_ptr<icu::BreakIterator> it(impl_->prototype->clone());

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
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(
          icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
      it->setText(u);
      // Map UTF-16 indices back to UTF-8 byte offsets of the line.
      std::vector<uint32_t> byte_at(static_cast<size_t>(u.length()) + 1, 0);
      {
        uint32_t byte = 0;
        for (int32_t k = 0; k < u.length();) {
          UChar32 c = u.char32At(k);
          int32_t n16 = U16_LENGTH(c);
          int32_t n8 = U8_LENGTH(c);  // exact: the input is valid UTF-8 (see split())
          for (int32_t j = 0; j < n16; ++j) byte_at[k + j] = byte;
          byte += static_cast<uint32_t>(n8);
          k += n16;
        }
        byte_at[u.length()] = static_cast<uint32_t>(line.size());
      }
      size_t sentence_start = 0;
      for (int32_t p = it->next(); p != icu::BreakIterator::DONE; p = it->next()) {
        size_t cut = std::min<size_t>(byte_at[p], line.size());
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
