// timeline.json for TimelineJS3 (https://timeline.knightlab.com/docs/json-format.html).
// TimelineJS inserts headline and text as HTML, so every text is escaped.
#include <map>
#include <optional>
#include <unordered_map>
#include <string>

#include "common/json_writer.h"
#include "render/dates.h"
#include "render/style.h"
#include "render/text.h"
#include "tarikh/pieces.h"
#include "tarikh/record.h"
#include "tarikh/render.h"

namespace tarikh {
namespace {

using internal::JsonWriter;
using render_internal::XmlEscape;

void WriteDate(JsonWriter& w, const char* key, const render_internal::DateParts& parts) {
  w.Key(key);
  w.BeginObject();
  w.Key("year");
  w.Int(parts.year);
  if (parts.month) w.Key("month"), w.Int(parts.month);
  if (parts.day) w.Key("day"), w.Int(parts.day);
  w.EndObject();
}

std::string Participants(const Event& e, const std::unordered_map<std::string_view, const Actor*>& actors,
                         LabelLanguage labels) {
  std::string out;
  for (const std::string& id : e.participants) {
    auto it = actors.find(id);
    std::string name = it == actors.end() ? render_internal::CleanText(id) : render_internal::ActorName(*it->second, labels);
    out += (out.empty() ? "" : labels == LabelLanguage::kEnglish ? ", " : "، ") + XmlEscape(name);
  }
  return out;
}

void WriteSlide(JsonWriter& w, const Event& e, const render_internal::DateSpan& span,
                const std::unordered_map<std::string_view, const Actor*>& actors, const RenderOptions& options) {
  w.BeginObject();
  w.Field("unique_id", render_internal::StableIds().Unique(e.id));
  WriteDate(w, "start_date", span.start);
  if (span.end) WriteDate(w, "end_date", *span.end);
  if (!span.display.empty()) w.Field("display_date", span.display);
  std::string headline;
  for (const std::string& line : render_internal::EventHeadline(e, options.labels))
    headline += (headline.empty() ? "" : " — ") + XmlEscape(line);
  std::string text = "<p>" + Participants(e, actors, options.labels) + "</p>";
  for (const EventSource& s : e.sources)
    for (const Evidence& ev : s.evidence)
      text += "<blockquote dir=\"rtl\">" + XmlEscape(render_internal::CleanText(ev.text)) + "</blockquote>";
  w.Key("text");
  w.BeginObject();
  w.Field("headline", headline);
  w.Field("text", text);
  w.EndObject();
  const bool arabic = options.labels != LabelLanguage::kEnglish;
  w.Field("group", render_internal::EventClassTitle(e.event_class, arabic));
  w.EndObject();
}

// The key of an event's slide as a piece: the event, the actor names shown
// and the label language.
uint64_t SlideKey(const Event& e, uint64_t digest, const std::unordered_map<std::string_view, const Actor*>& actors,
                  LabelLanguage labels) {
  PieceKey key("timeline.json slide");
  key.Add(static_cast<uint64_t>(labels)).Add(digest);
  for (const std::string& id : e.participants) {
    auto it = actors.find(id);
    key.Add(it == actors.end() ? render_internal::CleanText(id) : render_internal::ActorName(*it->second, labels));
  }
  return key.Value();
}

}  // namespace

std::string TimelineJson(const std::vector<Actor>& actors, const std::vector<Event>& events,
                         const RenderOptions& options, PieceMemo* pieces) {
  std::unordered_map<std::string_view, const Actor*> by_id;
  for (const Actor& a : actors) by_id.emplace(a.id, &a);
  // The title, which counts the slides, comes first: the slides are written
  // at their level into a string of their own.
  std::string slides;
  JsonWriter w(&slides);
  w.BeginObject();
  w.Key("events");
  w.BeginArray();
  size_t shown = 0, undated = 0;
  struct Slide {
    uint64_t key;
    size_t start, length;  // in `slides`
  };
  std::vector<Slide> slide_pieces;
  if (pieces != nullptr) slides.reserve(pieces->previous_size());
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    std::optional<render_internal::DateSpan> span = render_internal::TimelineDates(e.date);
    if (!span) {
      ++undated;
      continue;
    }
    ++shown;
    if (pieces == nullptr) {
      WriteSlide(w, e, *span, by_id, options);
      continue;
    }
    const uint64_t digest = options.event_digests != nullptr ? (*options.event_digests)[i] : EventDigest(e);
    const uint64_t key = SlideKey(e, digest, by_id, options.labels);
    const size_t start = w.PieceStart();
    if (std::optional<std::string_view> old = pieces->Find(key)) {
      w.Raw(*old);
    } else {
      WriteSlide(w, e, *span, by_id, options);
    }
    slide_pieces.push_back({key, start, w.size() - start});
  }
  w.EndArray();
  w.EndObject();
  std::string summary = std::to_string(shown) + " events";
  if (undated) summary += "; " + std::to_string(undated) + " without a calendar date are not shown";
  std::string out;
  JsonWriter title(&out);
  title.BeginObject();
  title.Key("title");
  title.BeginObject();
  title.Key("text");
  title.BeginObject();
  title.Field("headline", XmlEscape(render_internal::TimelineTitle(options)));
  title.Field("text", XmlEscape(summary));
  title.EndObject();
  title.EndObject();
  // {"events": [...]} without its opening brace continues the object.
  out += ",";
  const size_t shift = out.size() - 1;  // where slides[0] would be
  out.append(slides, 1);
  out += "\n";
  if (pieces != nullptr) {
    for (const Slide& p : slide_pieces) pieces->Add(p.key, shift + p.start, p.length);
  }
  return out;
}

}  // namespace tarikh
