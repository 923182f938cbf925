// The days a TIMEX3 calendar value covers (tarikh/timex.h), for comparing
// dates of different precision: the corpus merge, time windows, timelines.
#include <cstdio>
#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>

#include "tarikh/timex.h"
#include "temporal/calendar.h"

namespace tarikh {
namespace {

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return std::from_chars(s.data(), s.data() + s.size(), *out).ec == std::errc();
}

int32_t DayNumber(const temporal::Date& d) { return static_cast<int32_t>(d.day_number()); }

std::optional<DayRange> Days(int y1, int m1, int d1, int y2, int m2, int d2) {
  const std::optional<temporal::Date> a = temporal::MakeDate(y1, m1, d1);
  const std::optional<temporal::Date> b = temporal::MakeDate(y2, m2, d2);
  if (!a || !b) return std::nullopt;
  return DayRange{DayNumber(*a), DayNumber(*b)};
}

std::optional<DayRange> MonthSpan(int year, int first_month, int last_month) {
  if (first_month < 1 || last_month > 12 || first_month > last_month) return std::nullopt;
  return Days(year, first_month, 1, year, last_month, temporal::DaysInMonth(year, last_month));
}

std::optional<DayRange> IsoWeek(int year, int week) {
  const std::optional<temporal::Date> jan4 = temporal::MakeDate(year, 1, 4);  // always in ISO week 1
  if (week < 1 || week > 53 || !jan4) return std::nullopt;
  const int32_t monday = DayNumber(*jan4) - (temporal::IsoWeekday(*jan4) - 1);
  return DayRange{monday + (week - 1) * 7, monday + (week - 1) * 7 + 6};
}

// YYYY-SP / -SU / -FA / -WI, -Qn, -Hn, -Wnn, -MM.
std::optional<DayRange> YearPart(int year, std::string_view part) {
  int n = 0;
  if (part == "SP") return MonthSpan(year, 3, 5);
  if (part == "SU") return MonthSpan(year, 6, 8);
  if (part == "FA") return MonthSpan(year, 9, 11);
  if (part == "WI") {  // December and the next year's January-February
    auto dec = MonthSpan(year, 12, 12);
    auto feb = MonthSpan(year + 1, 2, 2);
    if (!dec || !feb) return std::nullopt;
    return DayRange{dec->first, feb->last};
  }
  if (part.size() == 2 && part[0] == 'Q' && ParseInt(part.substr(1), &n) && n >= 1 && n <= 4) {
    return MonthSpan(year, 3 * n - 2, 3 * n);
  }
  if (part.size() == 2 && part[0] == 'H' && ParseInt(part.substr(1), &n) && n >= 1 && n <= 2) {
    return MonthSpan(year, 6 * n - 5, 6 * n);
  }
  if (part.size() == 3 && part[0] == 'W' && ParseInt(part.substr(1), &n)) return IsoWeek(year, n);
  if (part.size() == 2 && ParseInt(part, &n)) return MonthSpan(year, n, n);
  return std::nullopt;
}

std::optional<DayRange> Single(std::string_view v) {
  if (const size_t t = v.find('T'); t != std::string_view::npos) v = v.substr(0, t);
  int year = 0, n = 0;
  if (v.size() == 2 && ParseInt(v, &n)) return Days(std::max(n * 100, 1400), 1, 1, n * 100 + 99, 12, 31);
  if (v.size() == 3 && ParseInt(v, &n)) return Days(std::max(n * 10, 1400), 1, 1, n * 10 + 9, 12, 31);
  if (v.size() < 4 || !ParseInt(v.substr(0, 4), &year)) return std::nullopt;
  if (v.size() == 4) return Days(year, 1, 1, year, 12, 31);
  if (v[4] != '-') return std::nullopt;
  if (v.size() == 10 && v[7] == '-') {
    int month = 0, day = 0;
    if (!ParseInt(v.substr(5, 2), &month) || !ParseInt(v.substr(8, 2), &day)) return std::nullopt;
    return Days(year, month, day, year, month, day);
  }
  return YearPart(year, v.substr(5));
}

}  // namespace

std::optional<DayRange> CalendarRange(std::string_view value) {
  const size_t slash = value.find('/');
  if (slash == std::string_view::npos) return Single(value);
  const auto a = Single(value.substr(0, slash));
  const auto b = Single(value.substr(slash + 1));
  if (!a || !b || b->last < a->first) return std::nullopt;
  return DayRange{a->first, b->last};
}

std::string DayNumberToString(int32_t day) {
  // Day numbers are Boost's (Julian day numbers); the civil date by the
  // Fliegel–Van Flandern arithmetic, which gives what
  // boost::gregorian::to_iso_extended_string gives (tested) without its
  // stream and locale: exports format hundreds of thousands of these.
  int64_t l = static_cast<int64_t>(day) + 68569;
  const int64_t n = 4 * l / 146097;
  l -= (146097 * n + 3) / 4;
  const int64_t i = 4000 * (l + 1) / 1461001;
  l = l - 1461 * i / 4 + 31;
  const int64_t j = 80 * l / 2447;
  const int64_t d = l - 2447 * j / 80;
  l = j / 11;
  const int64_t m = j + 2 - 12 * l;
  const int64_t y = 100 * (n - 49) + i + l;
  char out[64];  // room for any int64 in each field: GCC -Wformat-truncation (-Werror) checks it
  std::snprintf(out, sizeof out, "%04lld-%02lld-%02lld", static_cast<long long>(y), static_cast<long long>(m),
                static_cast<long long>(d));
  return out;
}

}  // namespace tarikh
