#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "diplograph/extract/extractor.h"
#include "support/extract_text.h"

using namespace diplograph;

namespace {
extract::ArticleExtraction run(const std::string& text) { return testing::extract_text(text, "2018-07-18"); }
// Generous bounds (sanitizer builds, shared machines); the point is linear, not fast.
double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
bool has(const extract::Meeting& m, const std::string& name) { return testing::has_participant(m, name.c_str()); }
}  // namespace

TEST_CASE("extract hostile: a long line without a full stop is cut into bounded sentences, Latin and Arabic") {
  auto start = std::chrono::steady_clock::now();
  std::string latin = "Vladimir Putin and Donald Trump held a summit in Helsinki on Monday ";
  while (latin.size() < (1u << 20)) latin += "and the talks went on ";
  auto ex = run(latin);
  CHECK(ex.sentences.size() >= (1u << 20) / 20000);
  for (const auto& s : ex.sentences) CHECK(s.text.size() <= 20000);
  REQUIRE(ex.meetings.size() == 1);
  CHECK(has(ex.meetings[0], "Vladimir Putin"));
  std::string arabic = "عقد الرئيس الروسي فلاديمير بوتين قمة مع الرئيس الأمريكي دونالد ترامب في هلسنكي ";
  while (arabic.size() < (1u << 20)) arabic += "واستمرت المحادثات ";
  ex = run(arabic);
  for (const auto& s : ex.sentences) CHECK(s.text.size() <= 20000);
  CHECK(ex.meetings.size() == 1);
  CHECK(seconds_since(start) < 60);
}

TEST_CASE("extract hostile: 10,000 repeated triggers make one meeting, not 10,000") {
  auto start = std::chrono::steady_clock::now();
  std::string text = "Vladimir Putin met Donald Trump";
  for (int i = 0; i < 10000; ++i) text += " met";
  text += " in Helsinki.";
  auto ex = run(text);
  CHECK(ex.meetings.size() <= 1);
  std::string arabic = "التقى بوتين ترامب";
  for (int i = 0; i < 10000; ++i) arabic += " قمة";
  ex = run(arabic + ".");
  CHECK(ex.meetings.size() <= 2);
  CHECK(seconds_since(start) < 30);
}

TEST_CASE("extract hostile: thousands of actors in one sentence stay bounded") {
  auto start = std::chrono::steady_clock::now();
  const char* names[] = {"Vladimir Putin", "Donald Trump", "Kim Jong Un", "Moon Jae-in", "Xi Jinping", "Sergey Lavrov"};
  std::string text;
  for (int i = 0; i < 3000; ++i) text += std::string(names[i % 6]) + ", ";
  text += "and Shinzo Abe met in Helsinki on Monday.";
  auto ex = run(text);
  for (const auto& m : ex.meetings) CHECK(m.participants.size() <= 7);  // each actor once
  CHECK(seconds_since(start) < 30);
}

TEST_CASE("extract hostile: control and bidi characters inside names do not hide the actors") {
  auto ex = run("Title\nVladimir\xE2\x80\xAE Putin met \x07" "Donald\xE2\x81\xA7 Trump in Helsinki on Monday.");
  REQUIRE(ex.meetings.size() == 1);
  CHECK(has(ex.meetings[0], "Vladimir Putin"));
  CHECK(has(ex.meetings[0], "Donald Trump"));
}

TEST_CASE("extract hostile: NUL bytes, overlong UTF-8 and surrogate halves never crash and never leak into output") {
  static const char kText[] = "Vladimir Putin met\0Donald Trump in Helsinki \xC0\xAF\xED\xA0\x80 on Monday.";
  auto ex = run(std::string(kText, sizeof kText - 1));  // sizeof: the NUL inside counts
  for (const auto& m : ex.meetings)
    for (const auto& e : m.participants) CHECK(e.text.find("\xC0\xAF") == std::string::npos);
  for (const auto& s : ex.sentences) {
    CHECK(s.text.find("\xC0\xAF") == std::string::npos);
    CHECK(s.text.find("\xED\xA0\x80") == std::string::npos);
  }
}

TEST_CASE("extract hostile: thousands of unknown titled names stay linear (the fuzzy-match budget and the mention cap)") {
  auto start = std::chrono::steady_clock::now();
  std::string one;
  for (int i = 0; i < 500; ++i) one += "French Foreign Minister Xav" + std::to_string(i) + " Yol, ";
  auto ex = run("Title\n" + one + "and Vladimir Putin met in Helsinki on Monday.");
  REQUIRE(ex.meetings.size() == 1);
  CHECK(has(ex.meetings[0], "Vladimir Putin"));
  CHECK(ex.meetings[0].participants.size() > 400);  // under 20,000 bytes; names beyond the budget are kept as written
  std::string many = "Title\n";
  for (int i = 0; i < 5000; ++i) many += "French Foreign Minister Xav" + std::to_string(i) + " Yol met Vladimir Putin. ";
  ex = run(many);
  CHECK(ex.meetings.size() == 1000);  // at most 1000 mentions per article are merged (README, Limits)
  CHECK(seconds_since(start) < 60);
}
