// The timeline's geometry, computed by us so that Graphviz only draws it
// (pinned positions, `nop2`): no layout cost at any size, and the same input
// always gives the same picture.
//
// x: events in date order, one slot each; events of the same date share a
// column under one date box. Consecutive columns are spaced by a little more
// for longer intervals (log of the days), and a gap longer than
// kCompressGapDays is compressed to a fixed width and marked "≈ 3 years".
// Undated events come last, in their own column. y (Graphviz's y grows
// upward): the date axis at the bottom, the band of event cards above it, then
// one lane per leading actor, the most active at the top.
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

struct TimelineCard {
  const Event* event = nullptr;
  std::vector<std::string> lines;  // clean text, not yet escaped
  double x = 0, width = 0, height = 0;
  std::vector<size_t> lanes;  // lanes the event has a dot in, top to bottom
};

struct TimelineColumn {
  std::string date;                 // the TIMEX3 value ("" = undated)
  std::optional<DayRange> range;    // nullopt for undated and non-calendar values
  DatePrecision precision = DatePrecision::kOther;
  std::vector<std::string> label;   // date box lines
  double left = 0, right = 0;       // x extent of its slots
  std::vector<size_t> cards;        // indices into TimelineLayout::cards
  bool gap_before = false;          // a compressed gap separates it from the previous column
  int gap_days = 0;                 // its length (0 before the undated column)
  size_t span_to = 0;               // last column inside this column's dates (itself if none)
};

struct TimelineLane {
  size_t actor = 0;  // index into the actors given
  std::vector<std::string> label;
  double y = 0;
};

struct TimelineLayout {
  std::vector<TimelineCard> cards;  // in date order
  std::vector<TimelineColumn> columns;
  std::vector<TimelineLane> lanes;
  double header_width = 0;  // the left column holding the row headers
  double width = 0;         // right edge of the drawing
  double axis_y = 0, band_y = 0, band_height = 0, lanes_top = 0;
  double lane_height = 0;
};

// Estimated width in points of a line at `font_size` (measured for Noto Sans
// and Noto Sans Arabic: about 0.55 em a character, with margin).
double TextWidth(const std::string& line, double font_size);

TimelineLayout LayoutTimeline(const std::vector<Actor>& actors, const std::vector<Event>& events,
                              const RenderOptions& options);

}  // namespace tarikh::render_internal

#endif  // TARIKH_RENDER_TIMELINE_LAYOUT_H_
