// The timeline's geometry, computed by us so that Graphviz only draws it
// (pinned positions, `nop2`): no layout cost at any size, and the same input
// always gives the same picture.
//
// Time flows down a page read right to left, so the drawing is as wide as a
// browser window whatever the number of events (kTimelineWidth) and only
// grows in height. On the right, each date in words, in a box whose border
// says its precision; beside it a marker on the vertical time axis; to the
// left, the cards of the events of that date, three to a row, nearest the
// axis first. A card names its type, place, date and parties, so it is
// understood alone. Consecutive dates are spaced a little more for longer
// intervals (log of the days); a period without events longer than
// kCompressGapDays is compressed to a fixed height and labelled in words
// ("≈ 3 years without events"). A value that covers later ones (a season
// over its months) gets a bracket down the axis over them. Undated events are
// not drawn (the page lists them): they are counted in `undated`.
//
// Coordinates are top-down here (y grows downward); the drawing flips them
// for Graphviz, whose y grows upward.
#ifndef TARIKH_RENDER_TIMELINE_LAYOUT_H_
#define TARIKH_RENDER_TIMELINE_LAYOUT_H_

#include <optional>
#include <string>
#include <vector>

#include "render/dates.h"
#include "tarikh/entities.h"
#include "tarikh/events.h"
#include "tarikh/render.h"

namespace tarikh::render_internal {

inline constexpr int kCompressGapDays = 45;
inline constexpr double kTimelineWidth = 1100;  // points: 1,467 px, inside a 1,600 px window
inline constexpr size_t kCardsPerRow = 3;

struct CardLine {
  enum class Kind { kHeadline, kDate, kNames, kNamesLatin };
  Kind kind = Kind::kNames;
  std::string text;  // clean text, not yet escaped
};

struct TimelineCard {
  const Event* event = nullptr;
  std::vector<CardLine> lines;
  double x = 0, y = 0;  // centre
  double width = 0, height = 0;
};

struct TimelineGroup {
  std::string date;  // the TIMEX3 value
  DayRange range;
  DatePrecision precision = DatePrecision::kOther;
  std::vector<std::string> label;  // the date in words, one line per language
  double top = 0, bottom = 0;      // the group's band
  double label_y = 0, label_height = 0;
  std::vector<size_t> cards;       // indices into TimelineLayout::cards
  bool gap_before = false;         // a compressed period without events comes before it
  int gap_days = 0;                // the days of that period (or of the interval before it)
  double gap_y = 0;                // the centre of the compressed period
  size_t span_to = 0;              // last later group inside this group's dates (itself if none)
};

struct TimelineLayout {
  std::vector<TimelineCard> cards;  // in date order
  std::vector<TimelineGroup> groups;
  size_t undated = 0;               // events left out: no calendar date
  double width = kTimelineWidth;
  double height = 0;
  double axis_x = 0, date_x = 0, date_width = 0;
  double legend_y = 0;
};

// Estimated width in points of a line at `font_size` (measured for Noto Sans
// and Noto Sans Arabic: at most 0.6 em a character, with margin).
double TextWidth(const std::string& line, double font_size);

// Height in points of one card line of `kind`.
double CardLineHeight(CardLine::Kind kind);
// Font size in points of a card line of `kind`.
double CardLineFont(CardLine::Kind kind);

TimelineLayout LayoutTimeline(const std::vector<Actor>& actors, const std::vector<Event>& events,
                              const RenderOptions& options);

}  // namespace tarikh::render_internal

#endif  // TARIKH_RENDER_TIMELINE_LAYOUT_H_
