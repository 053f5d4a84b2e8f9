// Calendar dates at the precision a text supports: a day, a month or a year.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace diplograph {

enum class DatePrecision { kNone = 0, kYear = 1, kMonth = 2, kDay = 3 };

// A proleptic Gregorian date whose unknown parts are 0 ("2018-05" has day 0).
// The empty Date (year 0) means "no date".
struct Date {
  int year = 0;
  int month = 0;  // 1..12, or 0 when only the year is known
  int day = 0;    // 1..31, or 0 when the day is not known

  static Date ymd(int y, int m, int d) { return Date{y, m, d}; }

  bool empty() const { return year == 0; }
  DatePrecision precision() const;

  // "YYYY-MM-DD", "YYYY-MM", "YYYY", or "" for the empty date.
  std::string iso() const;

  // Parses the three ISO forms above and rejects impossible dates
  // ("2018-02-30", "2018-13").
  static std::optional<Date> parse(std::string_view text);

  // Days since 1970-01-01 of the first and last day the date covers.
  int first_day() const;
  int last_day() const;

  // Whether the two dates can denote the same day ("2018-06" and "2018-06-12").
  bool compatible(const Date& other) const;

  auto operator<=>(const Date&) const = default;
};

bool is_valid_ymd(int y, int m, int d);
int days_in_month(int y, int m);
int days_from_civil(int y, int m, int d);
Date civil_from_days(int days);
// 0 = Monday ... 6 = Sunday.
int weekday(int y, int m, int d);
// Today's date from the system clock (UTC).
Date today();

}  // namespace diplograph
