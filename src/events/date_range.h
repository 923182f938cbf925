// Comparing the dates two reports give one event (`2022-01` and `2022-01-12`
// are compatible, `2022-01-10` and `2022-01-12` are not), on top of
// CalendarRange (tarikh/timex.h).
#ifndef TARIKH_EVENTS_DATE_RANGE_H_
#define TARIKH_EVENTS_DATE_RANGE_H_

#include <string_view>

#include "tarikh/timex.h"

namespace tarikh::events {

// Both values are calendar values and cover overlapping days; or one is empty.
bool CompatibleDates(std::string_view a, std::string_view b);

// The narrower of two compatible values (the second when equal).
std::string_view NarrowerDate(std::string_view a, std::string_view b);

// `date` lies wholly after the document date (an announced event).
bool AfterDocumentDate(std::string_view date, std::string_view doc_date);

}  // namespace tarikh::events

#endif  // TARIKH_EVENTS_DATE_RANGE_H_
