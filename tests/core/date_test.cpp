#include <doctest/doctest.h>

#include "diplograph/core/date.h"

using diplograph::Date;

TEST_CASE("date: ISO forms parse at their precision and impossible dates are refused") {
  CHECK(Date::parse("2018-07-18")->iso() == "2018-07-18");
  CHECK(Date::parse("2018-05")->iso() == "2018-05");
  CHECK(Date::parse("2018")->iso() == "2018");
  CHECK_FALSE(Date::parse("2018-02-30"));
  CHECK_FALSE(Date::parse("2018-13"));
  CHECK_FALSE(Date::parse("18-07-2018"));
}

TEST_CASE("date: 18 July 2018 was a Wednesday, and May 2018 lies before June 2018") {
  CHECK(diplograph::weekday(2018, 7, 18) == 2);
  CHECK(Date::parse("2018-05")->last_day() < Date::parse("2018-06")->first_day());
  CHECK(Date::parse("2018-06")->compatible(*Date::parse("2018-06-12")));
  CHECK_FALSE(Date::parse("2018-06")->compatible(*Date::parse("2018-07-01")));
}
