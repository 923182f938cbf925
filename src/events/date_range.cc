#include "events/date_range.h"

#include <optional>

namespace tarikh::events {

bool CompatibleDates(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return true;
  const std::optional<DayRange> ra = CalendarRange(a), rb = CalendarRange(b);
  return ra && rb && ra->Overlaps(*rb);
}

std::string_view NarrowerDate(std::string_view a, std::string_view b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  const std::optional<DayRange> ra = CalendarRange(a), rb = CalendarRange(b);
  if (!ra) return b;
  if (!rb) return a;
  return ra->days() < rb->days() ? a : b;
}

bool AfterDocumentDate(std::string_view date, std::string_view doc_date) {
  const std::optional<DayRange> when = CalendarRange(date), written = CalendarRange(doc_date);
  return when && written && when->first > written->last;
}

}  // namespace tarikh::events
