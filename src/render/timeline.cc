// timeline.dot / timeline.svg: the computed geometry drawn through cgraph
// with pinned positions (layout "nop2", i.e. `neato -n2`).
#include <cstdio>
#include <string>

#include "render/gvc.h"
#include "render/style.h"
#include "render/text.h"
#include "render/timeline_layout.h"

namespace tarikh {
namespace {

using render_internal::DatePrecision;
using render_internal::DotLabel;
using render_internal::GvGraph;
using render_internal::StableIds;
using render_internal::TimelineLayout;

constexpr const char* kHeader =
    "// tarikh timeline: positions are computed by tarikh and pinned; layout=nop2 is `neato -n2`.\n";

std::string Pos(double x, double y) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.1f,%.1f", x, y);
  return buffer;
}

std::string Inches(double points) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%.3f", points / 72.0);
  return buffer;
}

// A node at a fixed place: position and, when given, a minimum size.
Agnode_t* Place(GvGraph& g, const std::string& name, double x, double y, double w = 0, double h = 0) {
  Agnode_t* n = g.Node(name);
  g.Set(n, "pos", Pos(x, y));
  if (w > 0) g.Set(n, "width", Inches(w));
  if (h > 0) g.Set(n, "height", Inches(h));
  return n;
}

void DrawBand(GvGraph& g, const std::string& name, const TimelineLayout& t, double y, double h,
              const char* colour) {
  Agnode_t* n = Place(g, name, t.width / 2, y, t.width - 8, h);
  g.Set(n, "label", "");
  g.Set(n, "style", "filled");
  g.Set(n, "fixedsize", "true");
  g.Set(n, "color", colour);
  g.Set(n, "fillcolor", colour);
}

void DrawRowHeader(GvGraph& g, const std::string& name, const TimelineLayout& t, double y,
                   const std::vector<std::string>& lines, const char* fill) {
  Agnode_t* n = Place(g, name, t.header_width / 2 + 8, y);
  g.Set(n, "label", DotLabel(lines));
  if (fill) {
    g.Set(n, "style", "filled,bold");
    g.Set(n, "fillcolor", fill);
    g.Set(n, "color", "#888888");
  } else {
    g.Set(n, "shape", "plaintext");
    g.Set(n, "style", "");
    g.Set(n, "fontsize", "10");
  }
}

void DrawLanes(GvGraph& g, const TimelineLayout& t, const std::vector<Actor>& actors,
               StableIds& ids) {
  for (size_t i = 0; i < t.lanes.size(); ++i) {
    const auto& lane = t.lanes[i];
    const char* colour = render_internal::LaneColour(i);
    std::string id = ids.Unique("lane-" + actors[lane.actor].id);
    DrawBand(g, id + "-band", t, lane.y, t.lane_height - 8, colour);
    DrawRowHeader(g, id, t, lane.y, lane.label, colour);
    g.Set(g.Node(id), "height", Inches(t.lane_height - 12));  // inside its band (Graphviz's default is 36 pt)
    Agnode_t* end = Place(g, id + "-end", t.width - 8, lane.y, 1, 1);
    g.Set(end, "shape", "point");
    g.Set(end, "style", "invis");
    Agedge_t* line = g.Edge(g.Node(id), end);
    g.Set(line, "color", "#88888880");
    g.Set(line, "penwidth", "3");
  }
}

void DrawAxis(GvGraph& g, const TimelineLayout& t, StableIds& ids, const RenderOptions& options) {
  Agnode_t* previous = nullptr;
  for (size_t c = 0; c < t.columns.size(); ++c) {
    const auto& col = t.columns[c];
    std::string id = ids.Unique("date-" + (col.date.empty() ? std::string("undated") : col.date));
    Agnode_t* box = Place(g, id, (col.left + col.right) / 2, t.axis_y, col.right - col.left, 0);
    bool words = false;
    for (const std::string& line : col.label) words = words || render_internal::HasArabic(line) || line.find(' ') != std::string::npos;
    render_internal::StyleDateBox(g, box, col.precision, col.date.empty(), words);
    g.Set(box, "label", DotLabel(col.label));
    if (previous) {
      Agedge_t* e = g.Edge(previous, box);
      g.Set(e, "penwidth", "2");
      g.Set(e, "color", "#404040");
      if (col.gap_before) g.Set(e, "style", "dashed");
    }
    if (col.gap_before && col.gap_days > 0) {
      double x = (t.columns[c - 1].right + col.left) / 2;
      Agnode_t* label = Place(g, id + "-gap", x, t.axis_y - 26);
      g.Set(label, "shape", "plaintext");
      g.Set(label, "style", "");
      g.Set(label, "fontsize", "9");
      g.Set(label, "label", DotLabel(render_internal::GapLabelLines(col.gap_days, options.labels)));
    }
    if (col.span_to > c) {
      Agnode_t* from = Place(g, id + "-span0", col.left + 2, t.axis_y - 20, 1, 1);
      Agnode_t* to = Place(g, id + "-span1", t.columns[col.span_to].right - 2, t.axis_y - 20, 1, 1);
      for (Agnode_t* n : {from, to}) {
        g.Set(n, "shape", "point");
        g.Set(n, "style", "invis");
      }
      Agedge_t* e = g.Edge(from, to);
      g.Set(e, "color", "#909090");
      g.Set(e, "dir", "both");
      g.Set(e, "arrowhead", "tee");
      g.Set(e, "arrowtail", "tee");
    }
    previous = box;
  }
}

void DrawCards(GvGraph& g, const TimelineLayout& t, StableIds& ids) {
  for (const auto& card : t.cards) {
    const Event& e = *card.event;
    std::string id = ids.Unique("event-" + e.id);
    Agnode_t* n = Place(g, id, card.x, t.band_y, card.width, card.height);
    g.Set(n, "label", DotLabel(card.lines));
    render_internal::StyleEventCard(g, n, e);
    Agnode_t* below = n;
    for (size_t k = card.lanes.size(); k-- > 0;) {
      const auto& lane = t.lanes[card.lanes[k]];
      Agnode_t* dot = Place(g, id + "-" + std::to_string(card.lanes[k]), card.x, lane.y);
      render_internal::StyleLaneDot(g, dot, e);
      Agedge_t* link = g.Edge(below, dot);
      g.Set(link, "style", "dashed");
      g.Set(link, "color", render_internal::ClassColour(e.event_class));
      below = dot;
    }
  }
}

}  // namespace

Result<Diagram> RenderTimeline(const std::vector<Actor>& actors, const std::vector<Event>& events,
                               const RenderOptions& options) {
  TimelineLayout t = render_internal::LayoutTimeline(actors, events, options);
  std::unique_lock<std::mutex> lock = render_internal::GraphvizLock();
  GvGraph g("timeline", true);
  render_internal::SetCommonStyle(g, "nop2", {render_internal::TimelineTitle(options)});
  g.Set(g.root(), "splines", "line");
  g.Default(AGEDGE, "dir", "none");
  StableIds ids;
  DrawBand(g, "axis-band", t, t.axis_y, 40, "#f0f0f0");
  DrawRowHeader(g, "axis", t, t.axis_y, render_internal::RowTitle("axis", options.labels), nullptr);
  DrawBand(g, "event-band", t, t.band_y, t.band_height, "#fafafa");
  DrawRowHeader(g, "events", t, t.band_y, render_internal::RowTitle("events", options.labels), nullptr);
  DrawLanes(g, t, actors, ids);
  render_internal::DrawTimelineLegend(g, t.header_width + 24, t.lanes.empty() ? t.band_y + t.band_height / 2 + 24
                                                                              : t.lanes_top + 20,
                                      options.labels);
  DrawAxis(g, t, ids, options);
  DrawCards(g, t, ids);
  return render_internal::LayoutAndRender(g, "nop2", kHeader, options.layouts);
}

}  // namespace tarikh
