#include <doctest/doctest.h>

#include <algorithm>

#include "diplograph/extract/extractor.h"
#include "support/extract_text.h"

using namespace diplograph;

namespace {
extract::ArticleExtraction run(const std::string& text, const char* date) { return testing::extract_text(text, date); }
}  // namespace

TEST_CASE("extractor: 'أيار الماضي' in July 2018 dates a meeting that happened to 2018-05") {
  auto ex = run("عنوان\nالتقى وزير الخارجية الروسي سيرغي لافروف مع الزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ في أيار الماضي.", "2018-07-18");
  REQUIRE(ex.meetings.size() == 1);
  const auto& m = ex.meetings[0];
  CHECK(m.status == extract::Status::kOccurred);
  CHECK(m.date.iso() == "2018-05");
  REQUIRE(m.location);
  CHECK(m.location->name == "Pyongyang");
  CHECK(m.participants.size() == 2);
}

TEST_CASE("extractor: a summit that is only agreed is planned, not occurred") {
  auto ex = run("Title\nVladimir Putin and Kim Jong Un agreed to hold a summit, the Kremlin said.", "2018-07-18");
  REQUIRE(ex.meetings.size() == 1);
  CHECK(ex.meetings[0].status == extract::Status::kPlanned);
  CHECK(ex.meetings[0].type == extract::MeetingType::kSummit);
}

TEST_CASE("extractor: text with no meeting yields none, and invalid UTF-8 never crashes") {
  CHECK(run("Oil prices rose on Monday as markets reopened.", "2018-07-18").meetings.empty());
  CHECK_NOTHROW(run(std::string("\xff\xfe met \xc0\xaf summit"), "2018-07-18"));
}

TEST_CASE("extractor: a weekday before a day and month tells their year ('on Sunday, Nov. 25' is 2018 before 30 Nov 2018)") {
  // 25 November 2018 was a Sunday, 25 November 2019 a Monday: a planned
  // meeting would otherwise be read a year ahead.
  auto ex = run("Title\nTrump will meet Putin on Sunday, Nov. 25, officials said.", "2018-11-30");
  REQUIRE(ex.meetings.size() == 1);
  CHECK(ex.meetings[0].date.iso() == "2018-11-25");
  auto ar = run("عنوان\nوسيلتقي ترامب بوتين يوم الأحد 25 نوفمبر.", "2018-11-30");
  REQUIRE(ar.meetings.size() == 1);
  CHECK(ar.meetings[0].date.iso() == "2018-11-25");
  // Without the weekday the planned meeting is the next 25 November.
  auto bare = run("Title\nTrump will meet Putin on Nov. 25, officials said.", "2018-11-30");
  REQUIRE(bare.meetings.size() == 1);
  CHECK(bare.meetings[0].date.iso() == "2019-11-25");
}

TEST_CASE("extractor: 'January last year' and 'يناير العام الماضي' are January of the year before, not the last January") {
  for (const char* text : {"Title\nSergey Lavrov met Kim Jong Un in Pyongyang in January last year.",
                           "عنوان\nالتقى وزير الخارجية الروسي سيرغي لافروف الزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ في يناير العام الماضي."}) {
    auto ex = run(text, "2019-02-26");
    REQUIRE(ex.meetings.size() == 1);
    CHECK(ex.meetings[0].date.iso() == "2018-01");
  }
}

TEST_CASE("extractor: a cue in ', who ...' after the subject says nothing of the meeting ('X, who extended the invitation, met Y')") {
  auto ex = run("Title\nU.S. President Donald Trump said Kim Jong Un would come.\n"
                "The U.S. president, who first extended the invitation, met Kim in Singapore in June last year.",
                "2019-02-26");
  REQUIRE(ex.meetings.size() >= 1);
  const auto& m = ex.meetings.back();
  CHECK(m.status == extract::Status::kOccurred);
  CHECK(m.date.iso() == "2018-06");
}

TEST_CASE("extractor: a meeting inside one government is left out; rival sides of one country stay") {
  CHECK(run("Title\nVladimir Putin met Sergey Lavrov and Sergei Shoigu in the Kremlin on Monday.", "2019-06-10").meetings.empty());
  auto ex = run("Title\nKhalifa Haftar met Fayez al-Sarraj near Paris on Tuesday.", "2017-07-26");
  REQUIRE(ex.meetings.size() == 1);
  CHECK(ex.meetings[0].participants.size() == 2);
}

TEST_CASE("extractor: one person alone is no meeting ('X welcomed the agreement')") {
  CHECK(run("Title\nASMARA (Reuters) - African Union Commission chairman Moussa Faki Mahamat welcomed the agreement on Monday "
            "as a shining example.",
            "2018-07-09")
            .meetings.empty());
}
