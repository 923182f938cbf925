// Calendar extent of a TIMEX3 value: the first and last day it covers, so
// that the dates of two reports of one event can be compared (`2022-01` and
// `2022-01-12` are compatible, `2022-01-10` and `2022-01-12` are not).
#ifndef TARIKH_EVENTS_DATE_RANGE_H_
#define TARIKH_EVENTS_DATE_RANGE_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace tarikh::events {

struct DateRange {
  int64_t first = 0, last = 0;  // days since 1970-01-01, inclusive
  bool Overlaps(const DateRange& o) const { return first <= o.last && o.first <= last; }
  int64_t Days() const { return last - first + 1; }
};

// The days a calendar value covers (day, month, year, season, ISO week,
// quarter, half, decade, century, or a range of these); nullopt for
// durations, references (PRESENT_REF) and values with unknown parts (XXXX-01-12).
std::optional<DateRange> ParseDateRange(std::string_view value);

// Both values are calendar values and cover overlapping days; or one is empty.
bool CompatibleDates(std::string_view a, std::string_view b);

// The narrower of two compatible values (the later report's when equal).
std::string_view NarrowerDate(std::string_view a, std::string_view b);

}  // namespace tarikh::events

#endif  // TARIKH_EVENTS_DATE_RANGE_H_
