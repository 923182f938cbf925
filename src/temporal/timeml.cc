// TimeML output: the text with inline <TIMEX3> tags, as HeidelTime writes it.
#include <string>

#include "tarikh/temporal.h"

namespace tarikh {
namespace {

void AppendEscaped(std::string_view s, std::string* out) {
  for (char c : s) {
    switch (c) {
      case '&': *out += "&amp;"; break;
      case '<': *out += "&lt;"; break;
      case '>': *out += "&gt;"; break;
      case '"': *out += "&quot;"; break;
      default: *out += c;
    }
  }
}

void AppendOpenTag(const Timex& t, size_t id, std::string* out) {
  *out += "<TIMEX3 tid=\"t" + std::to_string(id) + "\" type=\"" + TimexTypeName(t.type) + "\" value=\"";
  AppendEscaped(t.value, out);
  if (!t.mod.empty()) {
    *out += "\" mod=\"";
    AppendEscaped(t.mod, out);
  }
  *out += "\">";
}

}  // namespace

std::string ToTimeMLInline(std::string_view text, uint32_t base, const std::vector<Timex>& timexes) {
  CodePointIndex index(text);
  const uint32_t limit = base + static_cast<uint32_t>(index.size());
  std::string out;
  out.reserve(text.size() + timexes.size() * 64);
  uint32_t at = base;  // code points of the file copied so far
  size_t id = 0;
  for (const Timex& t : timexes) {
    if (t.begin < at || t.end > limit || t.begin >= t.end) continue;  // outside, or overlapping a previous one
    AppendEscaped(index.Slice(text, at - base, t.begin - base), &out);
    AppendOpenTag(t, ++id, &out);
    AppendEscaped(index.Slice(text, t.begin - base, t.end - base), &out);
    out += "</TIMEX3>";
    at = t.end;
  }
  AppendEscaped(index.Slice(text, at - base, limit - base), &out);
  return out;
}

std::string ToTimeML(std::string_view text, uint32_t base, const std::vector<Timex>& timexes,
                     std::string_view doc_date) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n";
  if (!doc_date.empty()) {
    out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"";
    AppendEscaped(doc_date, &out);
    out += "\" functionInDocument=\"CREATION_TIME\">";
    AppendEscaped(doc_date, &out);
    out += "</TIMEX3></DCT>\n";
  }
  out += "<TEXT>";
  out += ToTimeMLInline(text, base, timexes);
  out += "</TEXT>\n</TimeML>\n";
  return out;
}

}  // namespace tarikh
