// TIMEX3 calendar values as day ranges (see date_range.h).
#include "events/date_range.h"

#include <charconv>

namespace tarikh::events {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
int64_t DaysFromCivil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int64_t LastOfMonth(int64_t y, int64_t m) {
  return m == 12 ? DaysFromCivil(y + 1, 1, 1) - 1 : DaysFromCivil(y, m + 1, 1) - 1;
}

bool Number(std::string_view s, int64_t* out) {
  if (s.empty()) return false;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

DateRange Months(int64_t y, int64_t first_month, int64_t last_month) {
  int64_t last_year = y + (last_month - 1) / 12;
  last_month = (last_month - 1) % 12 + 1;
  return {DaysFromCivil(y, first_month, 1), LastOfMonth(last_year, last_month)};
}

std::optional<DateRange> ParseSingle(std::string_view v) {
  if (const size_t t = v.find('T'); t != std::string_view::npos) v = v.substr(0, t);
  int64_t y = 0, n = 0, d = 0;
  if (v.size() == 2 && Number(v, &y)) return DateRange{DaysFromCivil(y * 100, 1, 1), DaysFromCivil(y * 100 + 99, 12, 31)};
  if (v.size() == 3 && Number(v, &y)) return DateRange{DaysFromCivil(y * 10, 1, 1), DaysFromCivil(y * 10 + 9, 12, 31)};
  if (v.size() < 4 || !Number(v.substr(0, 4), &y)) return std::nullopt;
  if (v.size() == 4) return DateRange{DaysFromCivil(y, 1, 1), DaysFromCivil(y, 12, 31)};
  if (v[4] != '-') return std::nullopt;
  const std::string_view rest = v.substr(5);
  if (rest.size() == 2 && Number(rest, &n) && n >= 1 && n <= 12) return Months(y, n, n);
  if (rest.size() == 5 && rest[2] == '-' && Number(rest.substr(0, 2), &n) && Number(rest.substr(3), &d) &&
      n >= 1 && n <= 12 && d >= 1 && d <= 31) {
    const int64_t day = DaysFromCivil(y, n, d);
    return DateRange{day, day};
  }
  if (rest.size() == 3 && rest[0] == 'W' && Number(rest.substr(1), &n) && n >= 1 && n <= 53) {
    // ISO week 1 holds the year's first Thursday; 1970-01-01 was a Thursday.
    const int64_t jan4 = DaysFromCivil(y, 1, 4);
    const int64_t weekday = ((jan4 + 3) % 7 + 7) % 7;  // 0 = Monday
    const int64_t monday = jan4 - weekday + (n - 1) * 7;
    return DateRange{monday, monday + 6};
  }
  if (rest.size() == 2 && rest[0] == 'Q' && Number(rest.substr(1), &n) && n >= 1 && n <= 4) {
    return Months(y, 3 * n - 2, 3 * n);
  }
  if (rest.size() == 2 && rest[0] == 'H' && Number(rest.substr(1), &n) && n >= 1 && n <= 2) {
    return Months(y, 6 * n - 5, 6 * n);
  }
  static constexpr std::pair<std::string_view, int> kSeasons[] = {{"SP", 3}, {"SU", 6}, {"FA", 9}, {"WI", 12}};
  for (const auto& [code, month] : kSeasons) {
    if (rest == code) return Months(y, month, month + 2);
  }
  return std::nullopt;
}

}  // namespace

std::optional<DateRange> ParseDateRange(std::string_view value) {
  if (const size_t slash = value.find('/'); slash != std::string_view::npos) {
    std::optional<DateRange> a = ParseSingle(value.substr(0, slash));
    std::optional<DateRange> b = ParseSingle(value.substr(slash + 1));
    if (!a || !b || b->last < a->first) return std::nullopt;
    return DateRange{a->first, b->last};
  }
  return ParseSingle(value);
}

bool CompatibleDates(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return true;
  std::optional<DateRange> ra = ParseDateRange(a), rb = ParseDateRange(b);
  return ra && rb && ra->Overlaps(*rb);
}

std::string_view NarrowerDate(std::string_view a, std::string_view b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  std::optional<DateRange> ra = ParseDateRange(a), rb = ParseDateRange(b);
  if (!ra) return b;
  if (!rb) return a;
  return ra->Days() < rb->Days() ? a : b;
}

}  // namespace tarikh::events
