// Colours, shapes, fonts, ids, titles and the legend of the diagrams.
#include "render/style.h"

#include <algorithm>
#include <cstdio>

#include "render/text.h"
#include "render/timeline_layout.h"

namespace tarikh::render_internal {
namespace {

std::vector<std::string> Lines(const char* ar, const char* en, LabelLanguage labels) {
  if (labels == LabelLanguage::kArabic) return {ar};
  if (labels == LabelLanguage::kEnglish) return {en};
  return {ar, en};
}

std::string Position(double x, double y) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.1f,%.1f", x, y);
  return buffer;
}

}  // namespace

std::string StableIds::Unique(const std::string& base) {
  std::string id;
  for (char c : base) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    id += keep ? c : '_';
  }
  std::string candidate = id;
  for (int n = 2; !used_.insert(candidate).second; ++n) candidate = id + "-" + std::to_string(n);
  return candidate;
}

const char* ClassColour(EventClass cls) {
  switch (cls) {
    case EventClass::kContact: return "#2e6da4";
    case EventClass::kRupture: return "#c0392b";
    case EventClass::kStatement: return "#7f8c8d";
    case EventClass::kOther: break;
  }
  return "#8e44ad";
}

const char* LaneColour(size_t lane) {
  static const char* const kColours[] = {"#dbe9ff", "#ffe1e1", "#e2f5e1", "#fff2cc",
                                         "#ede1ff", "#ffe9d6", "#dff4f4", "#f4e1ee"};
  return kColours[lane % (sizeof kColours / sizeof kColours[0])];
}

void SetCommonStyle(GvGraph& g, const char* layout, const std::vector<std::string>& title) {
  g.Set(g.root(), "layout", layout);
  g.Set(g.root(), "charset", "UTF-8");
  g.Set(g.root(), "fontname", kFont);
  g.Set(g.root(), "fontsize", "14");
  g.Set(g.root(), "labelloc", "t");
  g.Set(g.root(), "label", DotLabel(title));
  g.Set(g.root(), "bgcolor", "white");
  g.Set(g.root(), "pad", "0.2");
  g.Default(AGNODE, "fontname", kFont);
  g.Default(AGNODE, "fontsize", "11");
  g.Default(AGNODE, "shape", "box");
  g.Default(AGNODE, "style", "rounded,filled");
  g.Default(AGNODE, "fillcolor", "white");
  g.Default(AGNODE, "penwidth", "0.8");
  g.Default(AGNODE, "margin", "0.08,0.04");
  g.Default(AGEDGE, "fontname", kFont);
  g.Default(AGEDGE, "fontsize", "9");
}

std::string TimelineTitle(const RenderOptions& options) {
  if (!options.title.empty()) return CleanText(options.title);
  if (options.labels == LabelLanguage::kArabic) return "الجدول الزمني";
  if (options.labels == LabelLanguage::kEnglish) return "Timeline";
  return "الجدول الزمني — Timeline";
}

std::string NetworkTitle(const RenderOptions& options) {
  if (!options.title.empty()) return CleanText(options.title);
  if (options.labels == LabelLanguage::kArabic) return "من التقى بمن";
  if (options.labels == LabelLanguage::kEnglish) return "Who met whom";
  return "من التقى بمن — Who met whom";
}

std::vector<std::string> RowTitle(const std::string& row, LabelLanguage labels) {
  if (row == "axis") return Lines("التاريخ", "Date", labels);
  return Lines("الحدث", "Event", labels);
}

void StyleDateBox(GvGraph& g, Agnode_t* box, DatePrecision precision, bool undated, bool words) {
  // Digits line up in a monospaced font; words (seasons, Arabic) need one that shapes them.
  g.Set(box, "fontname", words || undated ? kFont : kMonoFont);
  g.Set(box, "fontsize", "10");
  g.Set(box, "color", "#404040");
  bool day = precision == DatePrecision::kDay || precision == DatePrecision::kDays;
  bool month = precision == DatePrecision::kMonth || precision == DatePrecision::kWeek ||
               precision == DatePrecision::kQuarter;
  if (day && !undated) {
    g.Set(box, "style", "filled");
    g.Set(box, "fillcolor", "#404040");
    g.Set(box, "fontcolor", "white");
  } else {
    g.Set(box, "style", month ? "filled,dashed" : "filled,dotted");
    g.Set(box, "fillcolor", month ? "#d9d9d9" : "white");
    g.Set(box, "penwidth", "1.5");
  }
}

void StyleEventCard(GvGraph& g, Agnode_t* card, const Event& event) {
  g.Set(card, "color", ClassColour(event.event_class));
  g.Set(card, "penwidth", "1.4");
  g.Set(card, "style", event.planned ? "rounded,filled,dashed" : "rounded,filled");
  if (event.event_class == EventClass::kRupture) g.Set(card, "fillcolor", "#fdecea");
  g.Set(card, "tooltip", DotLabel({CleanText(event.date) + " · " + CleanText(event.type)}));
}

void StyleLaneDot(GvGraph& g, Agnode_t* dot, const Event& event) {
  const char* colour = ClassColour(event.event_class);
  g.Set(dot, "label", "");
  g.Set(dot, "shape", "circle");
  g.Set(dot, "width", "0.16");
  g.Set(dot, "fixedsize", "true");
  g.Set(dot, "style", event.planned ? "filled,dashed" : "filled");
  g.Set(dot, "color", colour);
  g.Set(dot, "fillcolor", event.planned ? "white" : colour);
  g.Set(dot, "penwidth", "1.5");
}

void DrawTimelineLegend(GvGraph& g, double x, double y, LabelLanguage labels) {
  struct Item {
    const char* ar;
    const char* en;
    int kind;  // 0..2 date boxes by precision, 3 planned card, 4.. dots by class
  };
  const Item items[] = {{"يوم", "day", 0},         {"شهر", "month", 1},       {"فصل، سنة", "season, year", 2},
                        {"مقرر", "planned", 3},    {"تواصل", "contact", 4},   {"قطيعة", "rupture", 5},
                        {"تصريح", "statement", 6}};
  const DatePrecision precisions[] = {DatePrecision::kDay, DatePrecision::kMonth, DatePrecision::kYear};
  const EventClass classes[] = {EventClass::kContact, EventClass::kRupture, EventClass::kStatement};
  for (const Item& item : items) {
    std::vector<std::string> lines = Lines(item.ar, item.en, labels);
    double width = 0;
    for (const std::string& l : lines) width = std::max(width, TextWidth(l, 9) + 18);
    width = std::max(width, 56.0);  // Graphviz never draws a box narrower than 0.75 in
    Agnode_t* n = g.Node(std::string("legend-") + item.en);
    g.Set(n, "pos", Position(x + width / 2, y));
    g.Set(n, "label", DotLabel(lines));
    if (item.kind < 3) StyleDateBox(g, n, precisions[item.kind], false, true);
    g.Set(n, "fontsize", "9");
    if (item.kind == 3) {
      g.Set(n, "style", "rounded,filled,dashed");
      g.Set(n, "color", ClassColour(EventClass::kContact));
    } else if (item.kind > 3) {
      g.Set(n, "style", "rounded");
      g.Set(n, "color", ClassColour(classes[item.kind - 4]));
      g.Set(n, "fontcolor", ClassColour(classes[item.kind - 4]));
      g.Set(n, "penwidth", "2");
    }
    x += width + 14;
  }
}

void StyleActorNode(GvGraph& g, Agnode_t* node, ActorType type) {
  struct Look {
    const char *shape, *style, *fill, *color;  // nullptr: not set
  };
  // Indexed by ActorType: person, organisation (boxes keep the graph's default style), country, place.
  static constexpr Look kLooks[] = {
      {"ellipse", "filled", "#fff2cc", "#b58b00"},
      {"box", nullptr, "#dbe9ff", "#2e6da4"},
      {"hexagon", "filled", "#e2f5e1", "#2d7d32"},
      {"note", "filled", "#eeeeee", nullptr},
  };
  const Look& look = kLooks[static_cast<size_t>(type)];
  g.Set(node, "shape", look.shape);
  if (look.style != nullptr) g.Set(node, "style", look.style);
  g.Set(node, "fillcolor", look.fill);
  if (look.color != nullptr) g.Set(node, "color", look.color);
}

}  // namespace tarikh::render_internal
