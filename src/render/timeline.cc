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

using render_internal::CardLine;
using render_internal::DatePrecision;
using render_internal::DotLabel;
using render_internal::GvGraph;
using render_internal::StableIds;
using render_internal::TimelineGroup;
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

// Graphviz's y grows upward; the layout's grows downward.
struct Flip {
  double height;
  double operator()(double y) const { return height - y; }
};

// A node of fixed size at a fixed place.
Agnode_t* Place(GvGraph& g, const std::string& name, double x, double y, double w, double h) {
  Agnode_t* n = g.Node(name);
  g.Set(n, "id", name);
  g.Set(n, "pos", Pos(x, y));
  g.Set(n, "width", Inches(w));
  g.Set(n, "height", Inches(h));
  g.Set(n, "fixedsize", "true");
  return n;
}

Agnode_t* Point(GvGraph& g, const std::string& name, double x, double y) {
  Agnode_t* n = Place(g, name, x, y, 1, 1);
  g.Set(n, "shape", "point");
  g.Set(n, "style", "invis");
  g.Set(n, "label", "");
  return n;
}

const char* LineColour(CardLine::Kind kind) {
  switch (kind) {
    case CardLine::Kind::kHeadline: return "#111111";
    case CardLine::Kind::kDate: return "#555555";
    case CardLine::Kind::kNames: return "#222222";
    case CardLine::Kind::kNamesLatin: return "#444444";
  }
  return "#222222";
}

// A card's HTML-like label: its headline bold, its date grey, its parties.
std::string CardLabel(const render_internal::TimelineCard& card) {
  std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">";
  for (const CardLine& line : card.lines) {
    char font[96];
    std::snprintf(font, sizeof font, "<FONT POINT-SIZE=\"%.0f\" COLOR=\"%s\">",
                  render_internal::CardLineFont(line.kind), LineColour(line.kind));
    const std::string text = render_internal::XmlEscape(render_internal::CleanText(line.text));
    const bool bold = line.kind == CardLine::Kind::kHeadline;
    html += std::string("<TR><TD>") + font + (bold ? "<B>" + text + "</B>" : text) + "</FONT></TD></TR>";
  }
  return html + "</TABLE>";
}

void DrawCards(GvGraph& g, const TimelineLayout& t, StableIds& ids, LabelLanguage labels, Flip flip) {
  for (const auto& card : t.cards) {
    const Event& e = *card.event;
    Agnode_t* n = Place(g, ids.Unique("event-" + e.id), card.x, flip(card.y), card.width, card.height);
    g.SetHtml(n, "label", CardLabel(card));
    render_internal::StyleEventCard(g, n, e, labels);
  }
}

void DrawBand(GvGraph& g, const std::string& name, const TimelineLayout& t, const TimelineGroup& group, bool shaded,
              Flip flip) {
  const double left = 6, right = t.axis_x - 8;
  Agnode_t* n = Place(g, name, (left + right) / 2, flip((group.top + group.bottom) / 2), right - left,
                      group.bottom - group.top);
  g.Set(n, "label", "");
  g.Set(n, "shape", "box");
  g.Set(n, "style", "filled");
  g.Set(n, "color", shaded ? "#f3f6fa" : "#ffffff");
  g.Set(n, "fillcolor", shaded ? "#f3f6fa" : "#ffffff");
}

std::vector<std::string> WrappedLabel(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const std::string& line : lines)
    for (std::string& l : render_internal::WrapWords(line, 26)) out.push_back(std::move(l));
  return out;
}

void DrawDate(GvGraph& g, const std::string& id, const TimelineLayout& t, const TimelineGroup& group, Flip flip) {
  Agnode_t* box = Place(g, id, t.date_x, flip(group.label_y), t.date_width, group.label_height);
  render_internal::StyleDateBox(g, box, group.precision);
  g.Set(box, "label", DotLabel(group.label));
  g.Set(box, "tooltip", DotLabel({render_internal::DateLabel(group.date, LabelLanguage::kBoth)}));
}

// The marker of a date on the axis; its look says the precision, like the box.
Agnode_t* DrawMarker(GvGraph& g, const std::string& id, const TimelineLayout& t, const TimelineGroup& group,
                     Flip flip) {
  Agnode_t* m = Place(g, id + "-axis", t.axis_x, flip(group.label_y), 11, 11);
  g.Set(m, "label", "");
  g.Set(m, "shape", "circle");
  render_internal::StyleDateBox(g, m, group.precision);
  return m;
}

void DrawGap(GvGraph& g, const std::string& id, const TimelineLayout& t, const TimelineGroup& group,
             const RenderOptions& options, Flip flip) {
  Agnode_t* label = Place(g, id + "-gap", t.date_x, flip(group.gap_y), t.date_width, 30);
  g.Set(label, "shape", "plaintext");
  g.Set(label, "style", "");
  g.Set(label, "fontsize", "9");
  g.Set(label, "fontcolor", "#666666");
  g.Set(label, "label", DotLabel(render_internal::GapLabelLines(group.gap_days, options.labels)));
}

// A bracket beside the axis from a value that covers later ones (a season,
// a year) down to the last of them.
void DrawSpan(GvGraph& g, const std::string& id, const TimelineLayout& t, size_t from, Flip flip) {
  const TimelineGroup& group = t.groups[from];
  const double x = t.axis_x + 12;
  Agnode_t* top = Point(g, id + "-span0", x, flip(group.top + 4));
  Agnode_t* bottom = Point(g, id + "-span1", x, flip(t.groups[group.span_to].bottom - 4));
  Agedge_t* e = g.Edge(top, bottom);
  g.Set(e, "color", "#909090");
  g.Set(e, "dir", "both");
  g.Set(e, "arrowhead", "tee");
  g.Set(e, "arrowtail", "tee");
  g.Set(e, "style", group.precision == DatePrecision::kMonth ? "dashed" : "dotted");
}

void DrawAxis(GvGraph& g, const TimelineLayout& t, StableIds& ids, const RenderOptions& options, Flip flip) {
  Agnode_t* previous = nullptr;
  for (size_t k = 0; k < t.groups.size(); ++k) {
    const TimelineGroup& group = t.groups[k];
    const std::string id = ids.Unique("date-" + group.date);
    DrawBand(g, id + "-band", t, group, k % 2 == 0, flip);
    DrawDate(g, id, t, group, flip);
    Agnode_t* marker = DrawMarker(g, id, t, group, flip);
    if (previous != nullptr) {
      Agedge_t* e = g.Edge(previous, marker);
      g.Set(e, "penwidth", "2");
      g.Set(e, "color", "#404040");
      if (group.gap_before) g.Set(e, "style", "dashed");
    }
    if (group.gap_before) DrawGap(g, id, t, group, options, flip);
    if (group.span_to > k) DrawSpan(g, id, t, k, flip);
    previous = marker;
  }
}

std::vector<std::string> Title(const TimelineLayout& t, const RenderOptions& options) {
  std::vector<std::string> lines = {render_internal::TimelineTitle(options)};
  if (t.undated > 0) {
    const std::string n = std::to_string(t.undated);
    const std::string ar = n + " من الأحداث بلا تاريخ لا تظهر هنا (في صفحة index.html)";
    const std::string en = n + " undated events are not drawn (listed in index.html)";
    if (options.labels != LabelLanguage::kEnglish) lines.push_back(ar);
    if (options.labels != LabelLanguage::kArabic) lines.push_back(en);
  }
  if (t.groups.empty()) {
    lines.push_back(options.labels == LabelLanguage::kEnglish ? "No dated events" : "لا أحداث مؤرخة · No dated events");
  }
  return lines;
}

}  // namespace

Result<Diagram> RenderTimeline(const std::vector<Actor>& actors, const std::vector<Event>& events,
                               const RenderOptions& options) {
  TimelineLayout t = render_internal::LayoutTimeline(actors, events, options);
  for (TimelineGroup& group : t.groups) group.label = WrappedLabel(group.label);
  std::unique_lock<std::mutex> lock = render_internal::GraphvizLock();
  GvGraph g("timeline", true);
  render_internal::SetCommonStyle(g, "nop2", Title(t, options));
  g.Set(g.root(), "splines", "line");
  g.Set(g.root(), "outputorder", "nodesfirst");
  g.Default(AGEDGE, "dir", "none");
  const Flip flip{t.height};
  StableIds ids;
  // A frame as wide as the page, so the drawing's width never depends on its content.
  Point(g, "frame-left", 0, flip(0));
  Point(g, "frame-right", t.width, flip(t.height));
  render_internal::DrawTimelineLegend(g, t.width - 8, flip(t.legend_y), options.labels);
  DrawAxis(g, t, ids, options, flip);
  DrawCards(g, t, ids, options.labels, flip);
  return render_internal::LayoutAndRender(g, "nop2", kHeader, options.caches.layouts);
}

}  // namespace tarikh
