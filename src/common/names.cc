// Names of enum values as they appear in the JSON output (SPEC §3).
#include "tarikh/document.h"
#include "tarikh/events.h"
#include "tarikh/timex.h"

namespace tarikh {

const char* DocDateSourceName(DocDateSource source) {
  switch (source) {
    case DocDateSource::kCli: return "cli";
    case DocDateSource::kFrontMatter: return "front-matter";
    case DocDateSource::kDateline: return "dateline";
    case DocDateSource::kTimestamp: return "timestamp";
    case DocDateSource::kUrl: return "url";
    case DocDateSource::kText: return "text";
    case DocDateSource::kNone: break;
  }
  return "none";
}

const char* DateSourceName(DateSource source) {
  switch (source) {
    case DateSource::kText: return "text";
    case DateSource::kDocument: return "document";
    case DateSource::kNone: break;
  }
  return "";
}

const char* TimexTypeName(TimexType type) {
  switch (type) {
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
    case TimexType::kDate: break;
  }
  return "DATE";
}

const char* EventClassName(EventClass c) {
  switch (c) {
    case EventClass::kStatement: return "statement";
    case EventClass::kRupture: return "rupture";
    case EventClass::kOther: return "other";
    case EventClass::kContact: break;
  }
  return "contact";
}

}  // namespace tarikh
