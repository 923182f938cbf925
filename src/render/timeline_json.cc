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
#include "common/pieces.h"
#include "store/record.h"
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
  // TimelineJS would write the date from its parts ("January 2022", the
  // precision of its own choosing); the date in words says it honestly.
  w.Field("display_date", render_internal::DateLabel(e.date, options.labels));
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

// The actor names a slide shows, as one number per actor id, computed once
// per build rather than once per event that names the actor.
std::unordered_map<std::string_view, uint64_t> NameKeys(const std::vector<Actor>& actors, LabelLanguage labels) {
  std::unordered_map<std::string_view, uint64_t> keys;
  keys.reserve(actors.size());
  for (const Actor& a : actors) {
    keys.emplace(a.id, PieceKey("timeline.json actor").Add(render_internal::ActorName(a, labels)).Value());
  }
  return keys;
}

// The key of an event's slide as a piece: the event, the actor names shown
// and the label language (an unknown id shows as itself, which the digest
// covers).
uint64_t SlideKey(const Event& e, uint64_t digest, const std::unordered_map<std::string_view, uint64_t>& names,
                  LabelLanguage labels) {
  PieceKey key("timeline.json slide");
  key.Add(static_cast<uint64_t>(labels)).Add(digest);
  for (const std::string& id : e.participants) {
    auto it = names.find(id);
    key.Add(it == names.end() ? uint64_t{0} : it->second);
  }
  return key.Value();
}

}  // namespace

std::string TimelineJson(const std::vector<Actor>& actors, const std::vector<Event>& events,
                         const RenderOptions& options, PieceMemo* pieces) {
  std::unordered_map<std::string_view, const Actor*> by_id;
  for (const Actor& a : actors) by_id.emplace(a.id, &a);
  // Each event's dates, worked out once per distinct date value (events
  // share days); the title, which counts the slides, comes first.
  using Span = std::optional<render_internal::DateSpan>;
  std::unordered_map<std::string_view, Span> span_of;
  std::vector<const Span*> spans;
  spans.reserve(events.size());
  size_t shown = 0;
  for (const Event& e : events) {
    auto [it, inserted] = span_of.try_emplace(e.date);
    if (inserted) it->second = render_internal::TimelineDates(e.date);
    spans.push_back(&it->second);
    if (it->second) ++shown;
  }
  const size_t undated = events.size() - shown;
  std::string summary = std::to_string(shown) + " events";
  if (undated) summary += "; " + std::to_string(undated) + " without a calendar date are not shown";
  std::string out;
  if (pieces != nullptr && !pieces->splicing()) out.reserve(pieces->previous_size());
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("title");
  w.BeginObject();
  w.Key("text");
  w.BeginObject();
  w.Field("headline", XmlEscape(render_internal::TimelineTitle(options)));
  w.Field("text", XmlEscape(summary));
  w.EndObject();
  w.EndObject();
  w.Key("events");
  w.BeginArray();
  const auto name_keys = pieces != nullptr ? NameKeys(actors, options.labels)
                                           : std::unordered_map<std::string_view, uint64_t>();
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    const Span& span = *spans[i];
    if (!span) continue;
    if (pieces == nullptr) {
      WriteSlide(w, e, *span, by_id, options);
      continue;
    }
    const uint64_t digest = options.caches.event_digests != nullptr ? (*options.caches.event_digests)[i] : EventDigest(e);
    const uint64_t key = SlideKey(e, digest, name_keys, options.labels);
    const size_t start = pieces->Position(w.PieceStart());
    if (std::optional<std::string_view> old = pieces->Find(key)) {
      w.Raw({});
      pieces->Put(&out, *old);
    } else {
      WriteSlide(w, e, *span, by_id, options);
    }
    pieces->Add(key, start, pieces->Position(w.size()) - start);
  }
  w.EndArray();
  w.EndObject();
  out += "\n";
  return out;
}

}  // namespace tarikh
