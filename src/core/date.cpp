#include "diplograph/core/date.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace diplograph {

bool is_valid_ymd(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[(m - 1) % 12];
}

// Howard Hinnant's civil-days algorithm (public-domain formulation of the calendar arithmetic).
int days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

Date civil_from_days(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{y + (m <= 2), m, d};
}

int weekday(int y, int m, int d) {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  const int z = days_from_civil(y, m, d);
  return ((z % 7) + 7 + 3) % 7;
}

Date today() {
  const auto now = std::chrono::system_clock::now();
  const auto days = std::chrono::duration_cast<std::chrono::hours>(now.time_since_epoch()).count() / 24;
  return civil_from_days(static_cast<int>(days));
}

DatePrecision Date::precision() const {
  if (year == 0) return DatePrecision::kNone;
  if (month == 0) return DatePrecision::kYear;
  if (day == 0) return DatePrecision::kMonth;
  return DatePrecision::kDay;
}

std::string Date::iso() const {
  char buf[16];
  switch (precision()) {
    case DatePrecision::kNone: return {};
    case DatePrecision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case DatePrecision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case DatePrecision::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
  }
  return buf;
}

static bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return std::from_chars(s.data(), s.data() + s.size(), out).ec == std::errc{};
}

std::optional<Date> Date::parse(std::string_view t) {
  int y = 0, m = 0, d = 0;
  if (t.size() == 4 && parse_int(t, y) && y >= 1) return Date{y, 0, 0};
  if (t.size() == 7 && t[4] == '-' && parse_int(t.substr(0, 4), y) && parse_int(t.substr(5, 2), m) &&
      y >= 1 && m >= 1 && m <= 12)
    return Date{y, m, 0};
  if (t.size() == 10 && t[4] == '-' && t[7] == '-' && parse_int(t.substr(0, 4), y) &&
      parse_int(t.substr(5, 2), m) && parse_int(t.substr(8, 2), d) && is_valid_ymd(y, m, d))
    return Date{y, m, d};
  return std::nullopt;
}

int Date::first_day() const {
  return days_from_civil(year, month ? month : 1, day ? day : 1);
}

int Date::last_day() const {
  if (day) return days_from_civil(year, month, day);
  if (month) return days_from_civil(year, month, days_in_month(year, month));
  return days_from_civil(year, 12, 31);
}

bool Date::compatible(const Date& other) const {
  if (empty() || other.empty()) return true;
  return first_day() <= other.last_day() && other.first_day() <= last_day();
}

}  // namespace diplograph
