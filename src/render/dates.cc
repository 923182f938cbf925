// Precision, words and TimelineJS parts of TIMEX3 values.
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

int Number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// The month names of Arab media: Levantine and Iraqi paired with the
// Egyptian and Gulf ones, as news agencies write them; the short form keeps
// the second, which every reader knows.
struct MonthName {
  const char* levant;
  const char* common;
  const char* english;
};
constexpr MonthName kMonths[12] = {
    {"كانون الثاني", "يناير", "Jan"}, {"شباط", "فبراير", "Feb"},       {"آذار", "مارس", "Mar"},
    {"نيسان", "أبريل", "Apr"},        {"أيار", "مايو", "May"},          {"حزيران", "يونيو", "Jun"},
    {"تموز", "يوليو", "Jul"},         {"آب", "أغسطس", "Aug"},           {"أيلول", "سبتمبر", "Sep"},
    {"تشرين الأول", "أكتوبر", "Oct"}, {"تشرين الثاني", "نوفمبر", "Nov"}, {"كانون الأول", "ديسمبر", "Dec"},
};

// Definite masculine ordinals (القرن العشرون; genitive: ثمانينيات القرن العشرين).
struct Ordinal {
  const char* nominative;
  const char* genitive;
};
constexpr Ordinal kOrdinals[] = {
    {"", ""},
    {"الأول", "الأول"},           {"الثاني", "الثاني"},           {"الثالث", "الثالث"},
    {"الرابع", "الرابع"},         {"الخامس", "الخامس"},           {"السادس", "السادس"},
    {"السابع", "السابع"},         {"الثامن", "الثامن"},           {"التاسع", "التاسع"},
    {"العاشر", "العاشر"},         {"الحادي عشر", "الحادي عشر"},   {"الثاني عشر", "الثاني عشر"},
    {"الثالث عشر", "الثالث عشر"}, {"الرابع عشر", "الرابع عشر"},   {"الخامس عشر", "الخامس عشر"},
    {"السادس عشر", "السادس عشر"}, {"السابع عشر", "السابع عشر"},   {"الثامن عشر", "الثامن عشر"},
    {"التاسع عشر", "التاسع عشر"}, {"العشرون", "العشرين"},         {"الحادي والعشرون", "الحادي والعشرين"},
    {"الثاني والعشرون", "الثاني والعشرين"},
};
constexpr int kMaxOrdinal = sizeof kOrdinals / sizeof kOrdinals[0] - 1;

std::string EnglishOrdinal(int n) {
  const int tens = n % 100;
  const char* suffix = tens >= 11 && tens <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
  return std::to_string(n) + suffix;
}

std::string ArabicCentury(int n, bool genitive) {
  if (n < 1 || n > kMaxOrdinal) return "القرن " + std::to_string(n);
  return std::string("القرن ") + (genitive ? kOrdinals[n].genitive : kOrdinals[n].nominative);
}

std::string MonthWords(int month, bool arabic, DateForm form) {
  const MonthName& m = kMonths[month - 1];
  if (!arabic) return m.english;
  return form == DateForm::kShort ? m.common : std::string(m.levant) + "/" + m.common;
}

// Arabic counts: 1 and 2 by the noun alone, 3–10 with the plural, 11 and
// more with the singular accusative.
struct Noun {
  const char *one, *two, *few, *many, *english;
};

std::string Count(long n, bool arabic, const Noun& noun) {
  if (!arabic) return std::to_string(n) + " " + noun.english + (n == 1 ? "" : "s");
  if (n == 1) return noun.one;
  if (n == 2) return noun.two;
  return std::to_string(n) + " " + (n <= 10 ? noun.few : noun.many);
}

// A single (non-range) TIMEX3 value, taken apart.
struct Parsed {
  DatePrecision precision = DatePrecision::kOther;
  int year = 0, month = 0, day = 0;
  int number = 0;            // week, quarter or half
  bool half = false;         // YYYY-H1
  bool weekend = false;      // YYYY-Wnn-WE
  bool year_unknown = false; // XXXX-MM-DD
  std::string season;        // SP SU FA WI
  std::string time;          // what follows T
  bool ok = false;
};

Parsed Parse(std::string_view v) {
  Parsed p;
  if (Digits(v)) {
    if (v.size() == 4) p.precision = DatePrecision::kYear;
    else if (v.size() == 3) p.precision = DatePrecision::kDecade;
    else if (v.size() == 2) p.precision = DatePrecision::kCentury;
    else return p;
    p.year = Number(v);
    p.ok = true;
    return p;
  }
  if (v.size() < 6 || v[4] != '-') return p;
  std::string_view year = v.substr(0, 4), rest = v.substr(5);
  if (year == "XXXX") p.year_unknown = true;
  else if (!Digits(year)) return p;
  else p.year = Number(year);
  if (rest.size() >= 2 && Digits(rest.substr(0, 2))) {  // month, then maybe day and time
    p.month = Number(rest.substr(0, 2));
    if (p.month < 1 || p.month > 12) return p;
    p.precision = DatePrecision::kMonth;
    if (rest.size() == 2) return p.ok = true, p;
    if (rest.size() < 5 || rest[2] != '-' || !Digits(rest.substr(3, 2))) return p;
    p.day = Number(rest.substr(3, 2));
    p.precision = DatePrecision::kDay;
    if (rest.size() > 5) {
      if (rest[5] != 'T' || rest.size() == 6) return p;
      p.time = std::string(rest.substr(6));
    }
    p.ok = p.day >= 1 && p.day <= 31;
    return p;
  }
  if (p.year_unknown) return p;
  if (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI") {
    p.precision = DatePrecision::kSeason;
    p.season = std::string(rest);
    return p.ok = true, p;
  }
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'H') && Digits(rest.substr(1))) {
    p.precision = DatePrecision::kQuarter;
    p.half = rest[0] == 'H';
    p.number = rest[1] - '0';
    p.ok = p.number >= 1 && p.number <= (p.half ? 2 : 4);
    return p;
  }
  if (rest.size() >= 3 && rest[0] == 'W' && Digits(rest.substr(1, 2))) {
    p.precision = DatePrecision::kWeek;
    p.number = Number(rest.substr(1, 2));
    p.weekend = rest.substr(3) == "-WE";
    p.ok = rest.size() == 3 || p.weekend;
    return p;
  }
  return p;
}

const char* SeasonWords(std::string_view code, bool arabic) {
  if (code == "SP") return arabic ? "ربيع" : "spring";
  if (code == "SU") return arabic ? "صيف" : "summer";
  if (code == "FA") return arabic ? "خريف" : "autumn";
  return arabic ? "شتاء" : "winter";
}

// "مساءً" / "evening" for TIMEX3's parts of the day; "10:30" as is.
std::string TimeWords(std::string_view time, bool arabic) {
  static const char* const kParts[][3] = {{"MO", "صباحًا", "morning"}, {"MI", "ظهرًا", "midday"},
                                          {"AF", "بعد الظهر", "afternoon"}, {"EV", "مساءً", "evening"},
                                          {"NI", "ليلًا", "night"},        {"DT", "نهارًا", "daytime"}};
  for (const auto& part : kParts)
    if (time == part[0]) return arabic ? part[1] : part[2];
  if (time.size() >= 2 && Digits(time.substr(0, 2))) {
    std::string clock(time.substr(0, std::min<size_t>(time.size(), 5)));
    if (clock.size() == 2) clock += ":00";
    bool valid = clock.size() == 5 && clock[2] == ':' && Digits(clock.substr(3));
    if (valid) return (arabic ? "الساعة " : "") + clock;
  }
  return "";
}

std::string DecadeWords(int decade, bool arabic) {
  if (!arabic) return std::to_string(decade) + "0s";
  static const char* const kTens[] = {"", "", "عشرينيات", "ثلاثينيات", "أربعينيات",
                                      "خمسينيات", "ستينيات", "سبعينيات", "ثمانينيات", "تسعينيات"};
  const int century = decade / 10 + 1, tens = decade % 10;
  if (tens == 0) return "العقد الأول من " + ArabicCentury(century, true);
  if (tens == 1) return "العقد الثاني من " + ArabicCentury(century, true);
  return std::string(kTens[tens]) + " " + ArabicCentury(century, true);
}

// Words of one parsed value. `with_year` = false leaves the year out (the
// first end of a range in the same year).
std::string Words(const Parsed& p, bool arabic, DateForm form, bool with_year = true) {
  const std::string year = p.year_unknown || !with_year ? "" : " " + std::to_string(p.year);
  switch (p.precision) {
    case DatePrecision::kDay: {
      std::string out = std::to_string(p.day) + " " + MonthWords(p.month, arabic, form) + year;
      if (p.year_unknown) out += arabic ? "، سنة غير معروفة" : ", year unknown";
      std::string time = TimeWords(p.time, arabic);
      if (!time.empty()) out += (arabic ? "، " : ", ") + time;
      return out;
    }
    case DatePrecision::kMonth: {
      std::string out = MonthWords(p.month, arabic, form) + year;
      if (p.year_unknown) out += arabic ? "، سنة غير معروفة" : ", year unknown";
      return out;
    }
    case DatePrecision::kSeason: return SeasonWords(p.season, arabic) + year;
    case DatePrecision::kQuarter: {
      static const char* const kEnglishHalf[] = {"", "first", "second"};
      if (p.half) {
        return arabic ? std::string("النصف ") + kOrdinals[p.number].nominative + " من" + year
                      : std::string(kEnglishHalf[p.number]) + " half of" + year;
      }
      return arabic ? std::string("الربع ") + kOrdinals[p.number].nominative + " من" + year
                    : "Q" + std::to_string(p.number) + year;
    }
    case DatePrecision::kWeek: {
      const std::string n = std::to_string(p.number);
      if (p.weekend) return arabic ? "عطلة نهاية الأسبوع " + n + " من" + year : "weekend of week " + n + "," + year;
      return arabic ? "الأسبوع " + n + " من" + year : "week " + n + "," + year;
    }
    case DatePrecision::kYear: return std::to_string(p.year);
    case DatePrecision::kDecade: return DecadeWords(p.year, arabic);
    case DatePrecision::kCentury:
      return arabic ? ArabicCentury(p.year + 1, false) : EnglishOrdinal(p.year + 1) + " century";
    default: return "";
  }
}

// "9–10 Jan 2022", "30 Jan – 2 Feb 2022", "Jan – Mar 2022", "2014–2016",
// else both ends in full.
std::string RangeWords(const Parsed& a, const Parsed& b, bool arabic, DateForm form) {
  const bool days = a.precision == DatePrecision::kDay && b.precision == DatePrecision::kDay && a.time.empty() &&
                    b.time.empty() && !a.year_unknown && !b.year_unknown;
  const bool months = a.precision == DatePrecision::kMonth && b.precision == DatePrecision::kMonth &&
                      !a.year_unknown && !b.year_unknown;
  if (days && a.year == b.year && a.month == b.month) {
    return std::to_string(a.day) + "–" + std::to_string(b.day) + " " + MonthWords(a.month, arabic, form) + " " +
           std::to_string(a.year);
  }
  if ((days || months) && a.year == b.year) return Words(a, arabic, form, false) + " – " + Words(b, arabic, form);
  if (a.precision == DatePrecision::kYear && b.precision == DatePrecision::kYear)
    return std::to_string(a.year) + "–" + std::to_string(b.year);
  return Words(a, arabic, form) + " – " + Words(b, arabic, form);
}

// P3Y, P2M, P1W, P5D, PT3H, PT20M as a count in words; "" otherwise.
std::string DurationWords(std::string_view v, bool arabic) {
  if (v.size() < 3 || v[0] != 'P') return "";
  const bool time = v[1] == 'T';
  std::string_view amount = v.substr(time ? 2 : 1);
  const char unit = amount.back();
  amount.remove_suffix(1);
  if (!Digits(amount) || amount.size() > 6) return "";
  static const Noun kYear{"سنة", "سنتان", "سنوات", "سنة", "year"}, kMonth{"شهر", "شهران", "أشهر", "شهرا", "month"},
      kWeek{"أسبوع", "أسبوعان", "أسابيع", "أسبوعا", "week"}, kDay{"يوم", "يومان", "أيام", "يوما", "day"},
      kHour{"ساعة", "ساعتان", "ساعات", "ساعة", "hour"}, kMinute{"دقيقة", "دقيقتان", "دقائق", "دقيقة", "minute"};
  const Noun* noun = nullptr;
  if (!time) noun = unit == 'Y' ? &kYear : unit == 'M' ? &kMonth : unit == 'W' ? &kWeek : unit == 'D' ? &kDay : nullptr;
  else noun = unit == 'H' ? &kHour : unit == 'M' ? &kMinute : nullptr;
  return noun == nullptr ? "" : Count(Number(amount), arabic, *noun);
}

}  // namespace

DatePrecision PrecisionOf(std::string_view value) {
  if (!CalendarRange(value)) return DatePrecision::kOther;
  size_t slash = value.find('/');
  if (slash == std::string_view::npos) return Parse(value).precision;
  bool days = Parse(value.substr(0, slash)).precision == DatePrecision::kDay &&
              Parse(value.substr(slash + 1)).precision == DatePrecision::kDay;
  return days ? DatePrecision::kDays : DatePrecision::kOther;
}

std::string DateWords(std::string_view value, bool arabic, DateForm form) {
  if (value.empty()) return "";
  if (value == "PRESENT_REF") return arabic ? "الآن" : "now";
  if (value == "PAST_REF") return arabic ? "في الماضي" : "in the past";
  if (value == "FUTURE_REF") return arabic ? "في المستقبل" : "in the future";
  const std::string unclear = arabic ? "تاريخ غير محدد" : "date unclear";
  if (value[0] == 'P') {
    std::string d = DurationWords(value, arabic);
    return d.empty() ? unclear : d;
  }
  if (size_t slash = value.find('/'); slash != std::string_view::npos) {
    Parsed a = Parse(value.substr(0, slash)), b = Parse(value.substr(slash + 1));
    return a.ok && b.ok ? RangeWords(a, b, arabic, form) : unclear;
  }
  Parsed p = Parse(value);
  return p.ok ? Words(p, arabic, form) : unclear;
}

std::string DateSpanWords(std::string_view first, std::string_view last, bool arabic, DateForm form) {
  if (first == last || last.empty()) return DateWords(first, arabic, form);
  if (first.empty()) return DateWords(last, arabic, form);
  // From the start of the first to the end of the last, when they are ranges.
  first = first.substr(0, first.find('/'));
  if (size_t slash = last.find('/'); slash != std::string_view::npos) last = last.substr(slash + 1);
  if (first == last) return DateWords(first, arabic, form);
  Parsed a = Parse(first), b = Parse(last);
  if (a.ok && b.ok) return RangeWords(a, b, arabic, form);
  return DateWords(first, arabic, form) + " – " + DateWords(last, arabic, form);
}

std::vector<std::string> DateLabelLines(std::string_view value, LabelLanguage labels) {
  if (value.empty()) return {};
  std::string ar = DateWords(value, true), en = DateWords(value, false);
  if (labels == LabelLanguage::kArabic) return {ar};
  if (labels == LabelLanguage::kEnglish || ar == en) return {en};
  return {ar, en};
}

std::string DateLabel(std::string_view value, LabelLanguage labels) {
  std::string out;
  for (const std::string& line : DateLabelLines(value, labels)) out += (out.empty() ? "" : " · ") + line;
  return out;
}

std::optional<DateSpan> TimelineDates(std::string_view value) {
  std::optional<DayRange> range = CalendarRange(value);
  if (!range) return std::nullopt;
  DatePrecision p = PrecisionOf(value);
  auto parts = [](int32_t day) {
    std::string s = DayNumberToString(day);  // YYYY-MM-DD
    return DateParts{std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2))};
  };
  DateSpan span;
  span.start = parts(range->first);
  DateParts last = parts(range->last);
  bool keep_days = p == DatePrecision::kDay || p == DatePrecision::kDays || p == DatePrecision::kWeek ||
                   p == DatePrecision::kOther;
  bool keep_months = keep_days || p == DatePrecision::kMonth || p == DatePrecision::kSeason ||
                     p == DatePrecision::kQuarter;
  if (!keep_days) span.start.day = last.day = 0;
  if (!keep_months) span.start.month = last.month = 0;
  bool single = p == DatePrecision::kDay || p == DatePrecision::kMonth || p == DatePrecision::kYear;
  if (!single) span.end = last;
  return span;
}

std::vector<std::string> GapLabelLines(int days, LabelLanguage labels) {
  auto line = [days](bool arabic) {
    // "نحو" rather than "≈": a line of Arabic words around the number reads
    // the same in every bidi algorithm.
    const double months = days / 30.44;
    static const Noun kMonthAfterAbout{"شهر", "شهرين", "أشهر", "شهرا", "month"};
    static const Noun kYearAfterAbout{"سنة", "سنتين", "سنوات", "سنة", "year"};
    const long n = months < 18 ? std::max(1L, std::lround(months)) : std::lround(days / 365.25);
    const std::string count = Count(n, arabic, months < 18 ? kMonthAfterAbout : kYearAfterAbout);
    return arabic ? "نحو " + count + " بلا أحداث" : "≈ " + count + " without events";
  };
  if (labels == LabelLanguage::kArabic) return {line(true)};
  if (labels == LabelLanguage::kEnglish) return {line(false)};
  return {line(true), line(false)};
}

}  // namespace tarikh::render_internal
