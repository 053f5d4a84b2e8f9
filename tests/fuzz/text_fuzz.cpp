// Fuzzes the text layer: folding (with its offsets back to the source),
// UTF-8 validation and repair, sentence segmentation and tokenising.
#include <cstddef>
#include <cstdint>
#include <string>

#include "diplograph/text/normalize.h"
#include "diplograph/text/segment.h"
#include "diplograph/text/tokenize.h"
#include "fuzz_common.h"

using namespace diplograph;

namespace {
// A small limit so that the cutting of long sentences is exercised by short inputs.
constexpr size_t kMaxSentence = 200;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const text::SentenceSplitter splitter({"mr.", "dr.", "u.s."}, kMaxSentence);
  const std::string_view raw(reinterpret_cast<const char*>(data), size);

  const text::Folded f = text::fold(raw);
  fuzz::check(f.origin.size() == f.text.size() + 1, "one origin per folded byte");
  for (size_t i = 0; i < f.origin.size(); ++i)
    fuzz::check(f.origin[i] <= raw.size() && (i == 0 || f.origin[i - 1] <= f.origin[i]), "origins ascend in the source");
  auto r = f.source_range(0, f.text.size());
  fuzz::check(r.first <= r.second && r.second <= raw.size(), "source range inside the source");
  fuzz::check(text::is_valid_utf8(f.text), "folded text is valid UTF-8");

  const std::string clean = text::sanitize_utf8(raw);
  fuzz::check(text::is_valid_utf8(clean), "sanitized text is valid UTF-8");
  if (text::is_valid_utf8(raw)) fuzz::check(clean == raw, "valid text is left alone");

  uint32_t previous_end = 0;
  for (const auto& s : splitter.split(clean)) {
    fuzz::check(s.begin < s.end && s.end <= clean.size(), "sentence inside the text");
    fuzz::check(s.begin >= previous_end, "sentences in order, not overlapping");
    fuzz::check(s.end - s.begin <= kMaxSentence, "sentence within the size limit");
    previous_end = s.end;
  }

  for (const auto& t : text::tokenize(f.text)) {
    fuzz::check(t.begin <= t.end && t.end <= f.text.size(), "token inside the folded text");
    if (t.arabic) text::bare_forms(t.norm);
    text::key_form(t.norm);
  }
  return 0;
}
