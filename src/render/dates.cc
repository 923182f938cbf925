// Precision, labels and TimelineJS parts of TIMEX3 calendar values.
#include "render/dates.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace tarikh::render_internal {
namespace {

bool Digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

bool IsDay(std::string_view v) {
  return v.size() == 10 && Digits(v.substr(0, 4)) && v[4] == '-' && Digits(v.substr(5, 2)) && v[7] == '-' &&
         Digits(v.substr(8, 2));
}

DatePrecision ShapeOf(std::string_view v) {
  if (v.size() > 10 && v[10] == 'T' && IsDay(v.substr(0, 10))) return DatePrecision::kDay;
  if (IsDay(v)) return DatePrecision::kDay;
  if (Digits(v)) {
    if (v.size() == 4) return DatePrecision::kYear;
    if (v.size() == 3) return DatePrecision::kDecade;
    if (v.size() == 2) return DatePrecision::kCentury;
    return DatePrecision::kOther;
  }
  if (v.size() < 7 || !Digits(v.substr(0, 4)) || v[4] != '-') return DatePrecision::kOther;
  std::string_view rest = v.substr(5);
  if (Digits(rest) && rest.size() == 2) return DatePrecision::kMonth;
  if (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI") return DatePrecision::kSeason;
  if (rest.size() == 2 && rest[0] == 'Q') return DatePrecision::kQuarter;
  if (rest.size() == 3 && rest[0] == 'W') return DatePrecision::kWeek;
  return DatePrecision::kOther;
}

DateParts PartsOfDay(int32_t day) {
  std::string s = DayNumberToString(day);  // YYYY-MM-DD
  return {std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2))};
}

const char* SeasonName(std::string_view code, bool arabic) {
  if (code == "SP") return arabic ? "ربيع" : "spring";
  if (code == "SU") return arabic ? "صيف" : "summer";
  if (code == "FA") return arabic ? "خريف" : "autumn";
  return arabic ? "شتاء" : "winter";
}

std::string DaysLabel(std::string_view value) {
  size_t slash = value.find('/');
  std::string_view a = value.substr(0, slash), b = value.substr(slash + 1);
  if (a.substr(0, 7) == b.substr(0, 7)) return std::string(a) + " – " + std::string(b.substr(8, 2));
  if (a.substr(0, 4) == b.substr(0, 4)) return std::string(a) + " – " + std::string(b.substr(5));
  return std::string(a) + " – " + std::string(b);
}

// One line for one language; `value` is known to be a calendar value.
std::string LabelLine(std::string_view value, DatePrecision p, bool arabic) {
  switch (p) {
    case DatePrecision::kDay: return std::string(value.substr(0, 10));
    case DatePrecision::kDays: return DaysLabel(value);
    case DatePrecision::kSeason:
      return std::string(SeasonName(value.substr(5), arabic)) + " " + std::string(value.substr(0, 4));
    case DatePrecision::kDecade: return arabic ? std::string(value) + "0–" + std::string(value) + "9"
                                               : std::string(value) + "0s";
    case DatePrecision::kCentury: {
      std::string n = std::to_string(std::stoi(std::string(value)) + 1);
      return arabic ? "القرن " + n : n + (n == "21" ? "st" : "th") + " century";
    }
    default: return std::string(value);
  }
}

std::string Plural(long n, bool arabic, const char* one, const char* two, const char* few, const char* many,
                   const char* english) {
  if (!arabic) return "≈ " + std::to_string(n) + " " + english + (n == 1 ? "" : "s");
  // "نحو" rather than "≈": a line of Arabic words around the number reads the
  // same in every bidi algorithm.
  if (n == 1) return std::string("نحو ") + one;
  if (n == 2) return std::string("نحو ") + two;
  return "نحو " + std::to_string(n) + " " + (n <= 10 ? few : many);
}

}  // namespace

DatePrecision PrecisionOf(std::string_view value) {
  if (!CalendarRange(value)) return DatePrecision::kOther;
  size_t slash = value.find('/');
  if (slash == std::string_view::npos) return ShapeOf(value);
  bool days = ShapeOf(value.substr(0, slash)) == DatePrecision::kDay &&
              ShapeOf(value.substr(slash + 1)) == DatePrecision::kDay;
  return days ? DatePrecision::kDays : DatePrecision::kOther;
}

std::vector<std::string> DateLabelLines(std::string_view value, LabelLanguage labels) {
  if (value.empty()) return {};
  DatePrecision p = PrecisionOf(value);
  std::string ar = LabelLine(value, p, true), en = LabelLine(value, p, false);
  if (labels == LabelLanguage::kArabic) return {ar};
  if (labels == LabelLanguage::kEnglish || ar == en) return {en};
  return {ar, en};
}

std::optional<DateSpan> TimelineDates(std::string_view value) {
  std::optional<DayRange> range = CalendarRange(value);
  if (!range) return std::nullopt;
  DatePrecision p = PrecisionOf(value);
  DateSpan span;
  span.start = PartsOfDay(range->first);
  DateParts last = PartsOfDay(range->last);
  bool keep_days = p == DatePrecision::kDay || p == DatePrecision::kDays || p == DatePrecision::kWeek ||
                   p == DatePrecision::kOther;
  bool keep_months = keep_days || p == DatePrecision::kMonth || p == DatePrecision::kSeason ||
                     p == DatePrecision::kQuarter;
  if (!keep_days) span.start.day = last.day = 0;
  if (!keep_months) span.start.month = last.month = 0;
  bool single = p == DatePrecision::kDay || p == DatePrecision::kMonth || p == DatePrecision::kYear;
  if (!single) span.end = last;
  if (p == DatePrecision::kSeason || p == DatePrecision::kDecade || p == DatePrecision::kCentury)
    span.display = LabelLine(value, p, false);
  return span;
}

std::vector<std::string> GapLabelLines(int days, LabelLanguage labels) {
  auto line = [days](bool arabic) {
    double months = days / 30.44;
    if (months < 18) {
      long n = std::max(1L, std::lround(months));
      return Plural(n, arabic, "شهر", "شهرين", "أشهر", "شهرا", "month");
    }
    long years = std::lround(days / 365.25);
    return Plural(years, arabic, "سنة", "سنتين", "سنوات", "سنة", "year");
  };
  if (labels == LabelLanguage::kArabic) return {line(true)};
  if (labels == LabelLanguage::kEnglish) return {line(false)};
  return {line(true), line(false)};
}

}  // namespace tarikh::render_internal
