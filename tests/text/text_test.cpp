#include <doctest/doctest.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <thread>
#include <vector>

#include "diplograph/text/normalize.h"
#include "diplograph/text/plain_fold.h"
#include "diplograph/text/segment.h"
#include "diplograph/text/token_scan.h"
#include "diplograph/text/tokenize.h"

using namespace diplograph::text;

TEST_CASE("normalize: Arabic letter forms, diacritics, digits and Latin case fold to one spelling") {
  CHECK(fold_string("أَحْمَد") == fold_string("احمد"));
  CHECK(fold_string("مدرسة") == fold_string("مدرسه"));
  CHECK(fold_string("مستشفى") == fold_string("مستشفي"));
  CHECK(fold_string("١٨") == "18");
  CHECK(fold_string("Erdoğan") == "erdogan");
  CHECK(fold_string("كـــيم") == fold_string("كيم"));
}

TEST_CASE("normalize: offsets point back into the original text") {
  Folded f = fold("قِمّة Helsinki");
  auto [b, e] = f.source_range(f.text.find("helsinki"), f.text.size());
  CHECK(std::string("قِمّة Helsinki").substr(b, e - b) == "Helsinki");
}

TEST_CASE("tokenize: proclitics and the article come off Arabic words") {
  auto forms = bare_forms(fold_string("وبالرئيس"));
  CHECK(std::find(forms.begin(), forms.end(), fold_string("رئيس")) != forms.end());
  forms = bare_forms(fold_string("لبوتين"));
  CHECK(std::find(forms.begin(), forms.end(), fold_string("بوتين")) != forms.end());
  CHECK(key_form(fold_string("الجزائر")) == fold_string("جزائر"));
  // A three-letter word loses its conjunction too: "وفي" is "و" + "في".
  forms = bare_forms(fold_string("وفي"));
  CHECK(std::find(forms.begin(), forms.end(), fold_string("في")) != forms.end());
}

TEST_CASE("tokenize: U.S. is one word and a possessive stays with its name") {
  auto t = tokenize(fold_string("U.S. President Trump's visit"));
  REQUIRE(t.size() >= 4);
  CHECK(t[0].norm == "us");
  CHECK(t[2].norm == "trump");
}

TEST_CASE("segment: a line break ends a headline, and an abbreviation does not end a sentence") {
  SentenceSplitter splitter({"mr."});
  std::string text = "Summit agreed\nMr. Lavrov met Kim. They talked.";
  auto spans = splitter.split(text);
  REQUIRE(spans.size() == 3);
  CHECK(text.substr(spans[1].begin, spans[1].end - spans[1].begin) == "Mr. Lavrov met Kim.");
}

namespace {
// The texts of the sentences `splitter` finds in `text`.
std::vector<std::string> sentence_texts(const SentenceSplitter& splitter, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& span : splitter.split(text)) out.push_back(text.substr(span.begin, span.end - span.begin));
  return out;
}
}  // namespace

TEST_CASE("segment: ICU's rules still decide around each terminator, which is all the splitter shows them") {
  // Each case needs context a narrow window would miss: a full stop followed
  // by digits and then a small letter, a question mark inside quotes, a full
  // stop inside brackets, an abbreviation, the Arabic question mark.
  SentenceSplitter splitter;
  auto sentences = [&](const std::string& text) { return sentence_texts(splitter, text); };
  using V = std::vector<std::string>;
  CHECK(sentences("Talks ended etc. 2 more rounds followed. Then he left.") ==
        V{"Talks ended etc. 2 more rounds followed.", "Then he left."});
  CHECK(sentences("He asked: \"Is it over?\" She said no.") == V{"He asked: \"Is it over?\"", "She said no."});
  CHECK(sentences("The talks (in Geneva.) ended. Next came lunch.") == V{"The talks (in Geneva.) ended.", "Next came lunch."});
  CHECK(sentences("He met Mr. Smith at 5 p.m. in Paris. They agreed.") ==
        V{"He met Mr. Smith at 5 p.m. in Paris.", "They agreed."});
  CHECK(sentences("Officials from the U.S. and the E.U. met... Nothing followed!") ==
        V{"Officials from the U.S. and the E.U. met...", "Nothing followed!"});
  CHECK(sentences("\u0647\u0644 \u0627\u0646\u062A\u0647\u062A \u0627\u0644\u0642\u0645\u0629\u061F \u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u0646\u0639\u0645.") ==
        V{"\u0647\u0644 \u0627\u0646\u062A\u0647\u062A \u0627\u0644\u0642\u0645\u0629\u061F", "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u0646\u0639\u0645."});
}

TEST_CASE("segment: before a capital, a sentence ends unless ICU's filter keeps the abbreviation before it") {
  // Most English windows are decided without ICU (plain_boundary); those
  // ending in one of the filter's abbreviations, or their beginnings, are
  // ICU's: these are what it says.
  SentenceSplitter splitter;
  auto sentences = [&](const std::string& text) { return sentence_texts(splitter, text); };
  using V = std::vector<std::string>;
  CHECK(sentences("He met Mr. Smith. They agreed.") == V{"He met Mr. Smith.", "They agreed."});
  CHECK(sentences("Talks went on until 5 p.m. The leaders then left.") ==
        V{"Talks went on until 5 p.m.", "The leaders then left."});
  CHECK(sentences("She visited the U.S. Trade was discussed.") == V{"She visited the U.S.", "Trade was discussed."});
  CHECK(sentences("They talked. Nothing followed!  Then Putin left? Xi did.") ==
        V{"They talked.", "Nothing followed!", "Then Putin left?", "Xi did."});
  CHECK(sentences("A deal was struck vs. Iran. Officials said so.") ==
        V{"A deal was struck vs. Iran.", "Officials said so."});
  CHECK(sentences("He met the PC. Smith said so.") == V{"He met the PC. Smith said so."});
  // "a." begins "a.m.": checked forwards, it fails at the space. The filter
  // reads back over one space only: "Mr." then ends a sentence.
  CHECK(sentences("He flew to India. Modi met him.") == V{"He flew to India.", "Modi met him."});
  CHECK(sentences("They met in Korea.  Mr.  Moon spoke.") == V{"They met in Korea.", "Mr.", "Moon spoke."});
  // Closing quotes and brackets between the terminator and the spaces.
  CHECK(sentences("He said \"we agreed.\" The talks ended.") == V{"He said \"we agreed.\"", "The talks ended."});
  CHECK(sentences("They met (in Geneva.) Then they left.") == V{"They met (in Geneva.)", "Then they left."});
}

TEST_CASE("segment: invalid UTF-8 yields no sentence instead of wrong offsets") {
  SentenceSplitter splitter;
  CHECK(splitter.split(std::string("abc\xff\xfe def.")).empty());
  CHECK(!is_valid_utf8("\xed\xa0\x80"));  // a surrogate half
}

TEST_CASE("segment: offsets are bytes past two-, three- and four-byte characters") {
  SentenceSplitter splitter;
  // "é" (2 bytes), "€" (3 bytes) and an emoji (4 bytes, a surrogate pair in UTF-16) before the break.
  std::string text = "Caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 met. \xD9\x82\xD9\x85\xD8\xA9 talks.";
  auto spans = splitter.split(text);
  REQUIRE(spans.size() == 2);
  CHECK(text.substr(spans[0].begin, spans[0].end - spans[0].begin) == "Caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 met.");
  CHECK(text.substr(spans[1].begin, spans[1].end - spans[1].begin) == "\xD9\x82\xD9\x85\xD8\xA9 talks.");
}

TEST_CASE("segment: one splitter used from several threads at once splits as from one") {
  // Each call leases its own break iterator (segment.cpp): none may see another's text.
  const SentenceSplitter splitter({"mr."});
  std::string text;
  for (int i = 0; i < 50; ++i) text += "Mr. Lavrov met Kim in Pyongyang. \xD9\x88\xD8\xB5\xD9\x84 \xD9\x84\xD8\xA7\xD9\x81\xD8\xB1\xD9\x88\xD9\x81.\n";
  const auto expected = splitter.split(text);
  REQUIRE(expected.size() == 100);
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      bool all = true;
      for (int round = 0; round < 20; ++round) {
        const auto spans = splitter.split(text);
        all = all && spans.size() == expected.size() &&
              std::equal(spans.begin(), spans.end(), expected.begin(),
                         [](const SentenceSpan& a, const SentenceSpan& b) { return a.begin == b.begin && a.end == b.end; });
      }
      same[t] = all;
    });
  for (auto& th : threads) th.join();
  CHECK(same == std::vector<int>(4, 1));
}

TEST_CASE("tokenize: bare form offsets list the forms of bare_forms, in order") {
  const std::string word = fold_string("وبالرئيس");
  const BareForms starts = bare_form_starts(word);
  const auto forms = bare_forms(word);
  REQUIRE(forms.size() == starts.count);
  for (size_t k = 0; k < forms.size(); ++k) CHECK(word.substr(starts.start[k]) == forms[k]);
  CHECK(bare_form_starts("putin").count == 1);
}

TEST_CASE("tokenize: the Arabic letters the scan passes without the table are those ICU classes alike") {
  using namespace diplograph::text::detail;
  for (int c = 0x0600; c < 0x0700; ++c) {
    const uint8_t lead = static_cast<uint8_t>(0xC0 | (c >> 6)), next = static_cast<uint8_t>(0x80 | (c & 0x3F));
    if (arabic_letter(lead, next)) CHECK(kCharClasses[c] == kArabicLetter);
  }
  CHECK(arabic_letter(0xD8, 0xA7));   // ا
  CHECK(arabic_letter(0xD9, 0x8A));   // ي
  CHECK(!arabic_letter(0xD8, 0x8C));  // ، a comma
  CHECK(!arabic_letter(0xD9, 0xA0));  // ٠ a digit
}

namespace {

// fold_plain_into agrees with fold(): the same text, and the same source
// offset at every character start and at the end.
bool same_as_fold(const std::string& source) {
  PlainFolded plain;
  if (!fold_plain_into(source, plain)) return false;
  const Folded full = fold(source);
  CHECK(plain.text == full.text);
  PlainFolded::Cursor cursor(plain);
  for (size_t b = 0; b <= full.text.size(); ++b) {
    const bool starts_char = b == full.text.size() || (static_cast<unsigned char>(full.text[b]) & 0xC0) != 0x80;
    if (starts_char) CHECK(cursor.source(static_cast<uint32_t>(b)) == full.origin[b]);
  }
  return true;
}

}  // namespace

TEST_CASE("plain fold: ASCII and Arabic text folds as fold() does, with its offsets at character starts") {
  CHECK(same_as_fold(""));
  CHECK(same_as_fold("U.S. President Trump's visit to Helsinki, `quoted`\tand\x01 done."));
  CHECK(same_as_fold("Kim Jong-un met Moon Jae-in at the DMZ on 27 April 2018 -- a first"));
  CHECK(same_as_fold("قِمّة هلسنكي"));                            // diacritics dropped
  CHECK(same_as_fold("كـــيم جونغ أون"));                         // tatweel dropped, hamza alef folded
  CHECK(same_as_fold("إلى آسيا مؤتمر رئيس مدرسة مستشفى"));        // alef forms, waw and ya hamza, ta marbuta, alef maqsura
  CHECK(same_as_fold("في ١٨ تموز ۲۰۱۸، التقى؛ هل؟ ٣٫٥"));          // Arabic-Indic digits and punctuation to ASCII
  CHECK(same_as_fold("التقى ترامب (Trump) بوتين في Helsinki-2018، و U.N."));  // mixed scripts
  CHECK(same_as_fold("ًٌٍَُِّْ"));                                       // marks alone: nothing left
  CHECK(same_as_fold("مرحباً"));                                   // a mark at the end
}

TEST_CASE("plain fold: anything past ASCII and the Arabic block is left to fold()") {
  PlainFolded plain;
  CHECK(!fold_plain_into("Erdoğan", plain));
  CHECK(!fold_plain_into("it\xE2\x80\x99s", plain));       // a curly apostrophe
  CHECK(!fold_plain_into("no\xC2\xA0" "break", plain));       // a no-break space
  CHECK(!fold_plain_into("\xD8", plain));                  // a lead byte cut short
  CHECK(!fold_plain_into("\xD8\x41", plain));              // a lead byte without its continuation
  CHECK(!fold_plain_into("\xE2\x80\x8E" "joiner", plain));    // a bidi mark
}

TEST_CASE("plain fold: every ASCII and Arabic-block character, at every place in a sixteen-byte window") {
  // Long enough runs that the sixteen-byte path takes them, each character
  // put at every offset of the window (by the ASCII padding before it).
  const std::string words = "الرئيس أحمد في مؤتمر القمة ";
  int checked = 0;
  for (int c = 0; c < 0x700; ++c) {
    if (c >= 0x80 && c < 0x600) continue;
    std::string ch;
    if (c < 0x80) ch = std::string(1, static_cast<char>(c));
    else ch = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    for (int pad = 0; pad < 17; ++pad) {
      const std::string source = std::string(static_cast<size_t>(pad), 'a') + ch + words + ch + ch + words + "Z" + ch;
      checked += same_as_fold(source);
    }
  }
  CHECK(checked == (0x80 + 0x100) * 17);
}

TEST_CASE("tokenize: the sixteen-byte Arabic letter run ends where the letter-by-letter test does") {
  using namespace diplograph::text::detail;
  // Letters, then one other character (every two-byte one, and a space) at each even place.
  const std::string letters = fold_string("الرئيسبوتينمؤتمرقمة");
  for (int c = 0x20; c < 0x800; ++c) {
    std::string other;
    if (c < 0x80) other = std::string(1, static_cast<char>(c));
    else other = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    for (size_t at = 0; at <= 16; at += 2) {
      const std::string text = letters.substr(0, at) + other + letters;
      const auto* p = reinterpret_cast<const uint8_t*>(text.data());
      int32_t expected = 0;
      while (expected < 16 && arabic_letter(p[expected], p[expected + 1])) expected += 2;
      CHECK(arabic_letter_run16(p) == expected);
    }
  }
}

namespace {
// is_valid_utf8 the slow way, a character at a time (ICU's decoder).
bool valid_by_characters(std::string_view s) {
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(b, i, n, c);
    if (c < 0) return false;
  }
  return true;
}
}  // namespace

TEST_CASE("normalize: is_valid_utf8 judges blocks of ASCII and pairs as a character decoder does, at every offset") {
  // Runs of ASCII and Arabic letters (the vector paths' text) with one byte
  // replaced at each position by a byte that breaks, shortens or lengthens
  // a sequence, so that every lane of a 16- and 32-byte block is tried.
  const std::string base = "summit \xD9\x82\xD9\x85\xD8\xA9 talks \xD8\xA7\xD9\x84\xD8\xB1\xD9\x8A\xD8\xA7\xD8\xB6 2018 "
                           "\xC3\xA9t\xC3\xA9 \xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 met \xE2\x80\x9C" "done\xE2\x80\x9D.";
  const uint8_t breakers[] = {0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xD8, 0xDF, 0xE0, 0xED, 0xF0, 0xF4, 0xF8, 0xFF, 'a', ' '};
  int checked = 0;
  for (size_t shift = 0; shift < 3; ++shift) {
    const std::string text = std::string(shift, 'x') + base + base;
    CHECK(is_valid_utf8(text));
    for (size_t at = 0; at < text.size(); ++at)
      for (uint8_t b : breakers) {
        std::string bad = text;
        bad[at] = static_cast<char>(b);
        CHECK(is_valid_utf8(bad) == valid_by_characters(bad));
        ++checked;
      }
  }
  CHECK(checked > 1000);
}
