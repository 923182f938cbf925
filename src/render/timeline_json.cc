// timeline.json for TimelineJS3 (https://timeline.knightlab.com/docs/json-format.html).
// TimelineJS inserts headline and text as HTML, so every text is escaped.
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "render/dates.h"
#include "render/style.h"
#include "render/text.h"
#include "tarikh/render.h"

namespace tarikh {
namespace {

using Json = nlohmann::ordered_json;
using render_internal::XmlEscape;

Json DateJson(const render_internal::DateParts& parts) {
  Json j;
  j["year"] = parts.year;
  if (parts.month) j["month"] = parts.month;
  if (parts.day) j["day"] = parts.day;
  return j;
}

std::string Participants(const Event& e, const std::map<std::string_view, const Actor*>& actors,
                         LabelLanguage labels) {
  std::string out;
  for (const std::string& id : e.participants) {
    auto it = actors.find(id);
    std::string name = it == actors.end() ? render_internal::CleanText(id) : render_internal::ActorName(*it->second, labels);
    out += (out.empty() ? "" : labels == LabelLanguage::kEnglish ? ", " : "، ") + XmlEscape(name);
  }
  return out;
}

Json Slide(const Event& e, const render_internal::DateSpan& span,
           const std::map<std::string_view, const Actor*>& actors, const RenderOptions& options) {
  Json slide;
  slide["unique_id"] = render_internal::StableIds().Unique(e.id);
  slide["start_date"] = DateJson(span.start);
  if (span.end) slide["end_date"] = DateJson(*span.end);
  if (!span.display.empty()) slide["display_date"] = span.display;
  std::string headline;
  for (const std::string& line : render_internal::EventHeadline(e, options.labels))
    headline += (headline.empty() ? "" : " — ") + XmlEscape(line);
  std::string text = "<p>" + Participants(e, actors, options.labels) + "</p>";
  for (const EventSource& s : e.sources)
    for (const Evidence& ev : s.evidence)
      text += "<blockquote dir=\"rtl\">" + XmlEscape(render_internal::CleanText(ev.text)) + "</blockquote>";
  slide["text"] = {{"headline", headline}, {"text", text}};
  bool arabic = options.labels != LabelLanguage::kEnglish;
  slide["group"] = render_internal::EventClassTitle(e.event_class, arabic);
  return slide;
}

}  // namespace

std::string TimelineJson(const std::vector<Actor>& actors, const std::vector<Event>& events,
                         const RenderOptions& options) {
  std::map<std::string_view, const Actor*> by_id;
  for (const Actor& a : actors) by_id.emplace(a.id, &a);
  Json slides = Json::array();
  size_t undated = 0;
  for (const Event& e : events) {
    std::optional<render_internal::DateSpan> span = render_internal::TimelineDates(e.date);
    if (!span) {
      ++undated;
      continue;
    }
    slides.push_back(Slide(e, *span, by_id, options));
  }
  std::string summary = std::to_string(slides.size()) + " events";
  if (undated) summary += "; " + std::to_string(undated) + " without a calendar date are not shown";
  Json root;
  root["title"] = {{"text", {{"headline", XmlEscape(render_internal::TimelineTitle(options))},
                             {"text", XmlEscape(summary)}}}};
  root["events"] = std::move(slides);
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace tarikh
