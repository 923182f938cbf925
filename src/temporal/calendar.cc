#include "temporal/calendar.h"

#include <cstdio>
#include <memory>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>

namespace tarikh::temporal {

std::optional<Date> MakeDate(int year, int month, int day) {
  if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  try {
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::optional<Date> AddDays(Date d, int days) {
  try {
    Date r = d + boost::gregorian::days(days);
    if (r.is_special()) return std::nullopt;
    return r;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::optional<Date> AddMonths(Date d, int months) {
  try {
    int total = d.year() * 12 + (d.month() - 1) + months;
    int y = total / 12, m = total % 12 + 1;
    int day = std::min<int>(d.day(), DaysInMonth(y, m));
    return MakeDate(y, m, day);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

int DaysInMonth(int year, int month) {
  try {
    return boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                                  static_cast<unsigned short>(month));
  } catch (const std::exception&) {
    return 31;
  }
}

int IsoWeekday(Date d) {
  int wd = d.day_of_week().as_number();  // 0 = Sunday
  return wd == 0 ? 7 : wd;
}

Date WeekdayOnOrBefore(Date d, int wd, bool inclusive) {
  int back = (IsoWeekday(d) - wd + 7) % 7;
  if (back == 0 && !inclusive) back = 7;
  return d - boost::gregorian::days(back);
}

Date WeekdayOnOrAfter(Date d, int wd, bool inclusive) {
  int ahead = (wd - IsoWeekday(d) + 7) % 7;
  if (ahead == 0 && !inclusive) ahead = 7;
  return d + boost::gregorian::days(ahead);
}

std::string FormatDay(Date d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(d.year()), static_cast<int>(d.month()),
                static_cast<int>(d.day()));
  return buf;
}

std::string FormatMonth(int year, int month) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string FormatYear(int year) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

std::string FormatWeek(Date d) {
  // The ISO year is the year of the week's Thursday.
  Date thursday = d + boost::gregorian::days(4 - IsoWeekday(d));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", static_cast<int>(thursday.year()), d.week_number());
  return buf;
}

namespace {

std::unique_ptr<icu::Calendar> IslamicCalendar() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> cal(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale("ar@calendar=islamic-umalqura"), status));
  if (U_FAILURE(status)) return nullptr;
  return cal;
}

std::unique_ptr<icu::Calendar> GregorianCalendar() {
  UErrorCode status = U_ZERO_ERROR;
  auto cal = std::make_unique<icu::GregorianCalendar>(icu::TimeZone::getGMT()->clone(), status);
  if (U_FAILURE(status)) return nullptr;
  // Proleptic Gregorian: no Julian switch-over.
  cal->setGregorianChange(-8.64e15, status);
  return cal;
}

}  // namespace

std::optional<Date> HijriToGregorian(int year, int month, int day) {
  if (year < 1 || year > 2000 || month < 1 || month > 12 || day < 1 || day > 30) return std::nullopt;
  std::unique_ptr<icu::Calendar> hijri = IslamicCalendar();
  std::unique_ptr<icu::Calendar> greg = GregorianCalendar();
  if (!hijri || !greg) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  hijri->clear();
  hijri->setLenient(false);
  hijri->set(year, month - 1, day);
  UDate when = hijri->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  greg->setTime(when, status);
  int y = greg->get(UCAL_EXTENDED_YEAR, status);
  int m = greg->get(UCAL_MONTH, status) + 1;
  int d = greg->get(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  return MakeDate(y, m, d);
}

std::optional<HijriDate> GregorianToHijri(Date d) {
  std::unique_ptr<icu::Calendar> hijri = IslamicCalendar();
  std::unique_ptr<icu::Calendar> greg = GregorianCalendar();
  if (!hijri || !greg) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  greg->clear();
  greg->set(d.year(), d.month() - 1, d.day());
  UDate when = greg->getTime(status);
  hijri->setTime(when, status);
  HijriDate h{hijri->get(UCAL_EXTENDED_YEAR, status), hijri->get(UCAL_MONTH, status) + 1,
              hijri->get(UCAL_DATE, status)};
  if (U_FAILURE(status)) return std::nullopt;
  return h;
}

}  // namespace tarikh::temporal
