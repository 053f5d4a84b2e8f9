#include <doctest/doctest.h>

#include <algorithm>

#include "diplograph/text/normalize.h"
#include "diplograph/text/segment.h"
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

TEST_CASE("segment: invalid UTF-8 yields no sentence instead of wrong offsets") {
  SentenceSplitter splitter;
  CHECK(splitter.split(std::string("abc\xff\xfe def.")).empty());
  CHECK(!is_valid_utf8("\xed\xa0\x80"));  // a surrogate half
}
