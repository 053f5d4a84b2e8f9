// The dated roles must name an office holder for every day since 2000 of the
// offices the extractor resolves titles through ("the Saudi foreign minister"
// in 2009): heads of state and of government and foreign ministers of the G20,
// the permanent Security Council members, every Arab League state, both
// Koreas, Iran, Israel and Turkey; and the chiefs of the main organisations.
// A gap here silently turns a title into an unknown person, so each gap the
// data keeps is listed below with its reason.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "diplograph/lexicon/lexicon.h"

namespace {

using diplograph::Date;
using diplograph::lexicon::Lexicon;

struct Gap {
  std::string_view office, of, from, to, why;
};

// Periods with no holder on record: vacancies and offices that did not exist
// are true gaps; "not recorded" ones are missing facts, to be filled.
constexpr Gap kKnownGaps[] = {
    {"head_of_state", "IQ", "2003-04-10", "2004-06-28", "Coalition Provisional Authority, no Iraqi head of state"},
    {"head_of_government", "IQ", "2003-04-10", "2004-06-28", "Coalition Provisional Authority"},
    {"foreign_minister", "IQ", "2003-04-10", "2003-09-12", "Coalition Provisional Authority"},
    {"head_of_state", "LB", "2007-11-24", "2008-05-25", "presidential vacancy"},
    {"head_of_state", "LB", "2014-05-25", "2016-10-31", "presidential vacancy"},
    {"head_of_state", "LB", "2022-10-31", "2025-01-09", "presidential vacancy"},
    {"head_of_state", "SO", "2000-01-01", "2000-08-27", "no national government before the Arta conference"},
    {"head_of_government", "SO", "2000-01-01", "2000-10-16", "no national government before the Arta conference"},
    {"head_of_government", "SO", "2020-07-25", "2020-09-23", "after a no-confidence vote; acting premier not recorded"},
    {"head_of_government", "PS", "2000-01-01", "2003-03-19", "the office of prime minister was created in 2003"},
    {"foreign_minister", "PS", "2000-01-01", "2003-05-04", "no foreign ministry before the 2003 cabinet"},
    {"head_of_government", "TN", "2021-07-25", "2021-10-11", "the prime minister dismissed, no successor for eleven weeks"},
    {"head_of_government", "SD", "2019-04-11", "2019-08-21", "military council, no prime minister"},
    {"head_of_government", "SD", "2022-01-02", "2025-05-19", "acting premiers after Hamdok not recorded"},
    {"foreign_minister", "SD", "2019-04-11", "2019-09-08", "military council; acting minister not recorded"},
    {"foreign_minister", "SD", "2021-10-26", "2026-12-31", "acting ministers since the 2021 coup not recorded"},
    {"foreign_minister", "KP", "2007-01-02", "2007-05-18", "vacancy between Paek Nam Sun's death and Pak Ui Chun"},
    {"foreign_minister", "LY", "2011-08-23", "2011-11-22", "fall of Tripoli to the new cabinet"},
    {"foreign_minister", "LY", "2014-10-01", "2015-12-31", "ministers of the rival governments not recorded"},
    {"foreign_minister", "LY", "2023-08-27", "2026-12-31", "acting ministers after Mangoush not recorded"},
    {"foreign_minister", "KM", "2000-01-01", "2016-05-26", "ministers before 2016 not recorded"},
    {"foreign_minister", "MR", "2000-01-01", "2009-08-11", "ministers before 2009 not recorded"},
    {"foreign_minister", "SO", "2000-01-01", "2012-11-04", "ministers before 2012 not recorded"},
    {"foreign_minister", "DJ", "2025-03-01", "2026-12-31", "Youssouf's successor not recorded"},
    {"eu_council_president", "eu", "2000-01-01", "2009-11-30", "the office was created by the Lisbon Treaty"},
    {"head", "african_union", "2000-01-01", "2002-07-09", "the African Union was founded in 2002"},
};

bool known_gap(std::string_view office, std::string_view of, const Date& day) {
  for (const auto& gap : kKnownGaps)
    if (gap.office == office && gap.of == of && *Date::parse(gap.from) <= day && day <= *Date::parse(gap.to))
      return true;
  return false;
}

// Every 1st and 16th from 2000 to the lexicon's "as of" date: days with no
// holder and no listed gap. A hole of up to two months between two holders is
// a hand-over (an acting holder, an interim cabinet) and is not counted.
std::vector<std::string> uncovered(const Lexicon& lex, std::string_view office, std::string_view of) {
  constexpr int kHandOverDays = 4;  // checked days, about two months
  std::vector<std::string> missing, run;
  bool held_before = false;
  for (int year = 2000; year <= 2025; ++year)
    for (int month = 1; month <= 12 && !(year == 2025 && month > 9); ++month)
      for (int day : {1, 16}) {
        Date d = Date::ymd(year, month, day);
        if (!lex.holders(office, of, d).empty()) {
          if (!held_before || run.size() > kHandOverDays) missing.insert(missing.end(), run.begin(), run.end());
          run.clear();
          held_before = true;
        } else if (!known_gap(office, of, d)) {
          run.push_back(d.iso());
        }
      }
  missing.insert(missing.end(), run.begin(), run.end());
  return missing;
}

const Lexicon& lexicon() {
  static auto lex = Lexicon::load(DIPLOGRAPH_LEXICON_DIR);
  REQUIRE_MESSAGE(lex.ok(), (lex.ok() ? "" : lex.error()));
  return **lex;
}

void check_covered(std::string_view office, std::string_view of) {
  auto missing = uncovered(lexicon(), office, of);
  INFO(office, " of ", of, ": no holder on ", missing.size(), " checked days from ",
       (missing.empty() ? std::string() : missing.front()), " to ", (missing.empty() ? std::string() : missing.back()));
  CHECK(missing.empty());
}

}  // namespace

TEST_CASE("state offices have a holder on every day since 2000") {
  constexpr std::string_view kStates[] = {
      // G20 members and the permanent Security Council members
      "AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU", "SA", "ZA", "TR", "GB", "US",
      // the Arab League
      "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SO", "SD", "SY", "TN",
      "AE", "YE",
      // and the other states the issue names
      "KP", "IR", "IL"};
  for (auto state : kStates)
    for (auto office : {"head_of_state", "head_of_government", "foreign_minister"}) check_covered(office, state);
}

TEST_CASE("organisation chiefs have a holder on every day since 2000") {
  for (auto org : {"un", "nato", "arab_league", "african_union", "gcc", "asean"}) check_covered("head", org);
  for (auto office : {"eu_commission_president", "eu_council_president", "eu_high_representative"})
    check_covered(office, "eu");
}

TEST_CASE("a listed gap is a real hole, not a stale exception") {
  // An exception that the data now fills would hide a later regression in it.
  const auto& lex = lexicon();
  for (const auto& gap : kKnownGaps) {
    Date middle = diplograph::civil_from_days((Date::parse(gap.from)->first_day() + Date::parse(gap.to)->last_day()) / 2);
    INFO(gap.office, " of ", gap.of, " on ", middle.iso(), ": ", gap.why);
    CHECK(lex.holders(gap.office, gap.of, middle).empty());
  }
}
