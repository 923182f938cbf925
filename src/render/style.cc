// Colours, shapes, fonts, ids, titles and the legend of the diagrams.
#include "render/style.h"

#include <algorithm>
#include <cstdio>

#include "render/text.h"
#include "render/timeline_layout.h"

namespace tarikh::render_internal {
namespace {

std::string Position(double x, double y) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.1f,%.1f", x, y);
  return buffer;
}

std::string Inches(double points) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%.3f", points / 72.0);
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

std::string NetworkTitle(const RenderOptions& options, NetworkView view) {
  const bool people = view == NetworkView::kPeople;
  if (!options.title.empty()) return CleanText(options.title) + (people ? "" : " · countries and organisations");
  const char* ar = people ? "من التقى بمن: الأشخاص" : "من التقى بمن: الدول والمنظمات";
  const char* en = people ? "Who met whom: people" : "Who met whom: countries and organisations";
  if (options.labels == LabelLanguage::kArabic) return ar;
  if (options.labels == LabelLanguage::kEnglish) return en;
  return std::string(ar) + " — " + en;
}

void StyleDateBox(GvGraph& g, Agnode_t* box, DatePrecision precision) {
  g.Set(box, "fontname", kFont);
  g.Set(box, "fontsize", "10");
  g.Set(box, "color", "#404040");
  const bool day = precision == DatePrecision::kDay || precision == DatePrecision::kDays;
  const bool month = precision == DatePrecision::kMonth || precision == DatePrecision::kWeek ||
                     precision == DatePrecision::kQuarter;
  if (day) {
    g.Set(box, "style", "filled");
    g.Set(box, "fillcolor", "#404040");
    g.Set(box, "fontcolor", "white");
  } else {
    g.Set(box, "style", month ? "filled,dashed" : "filled,dotted");
    g.Set(box, "fillcolor", month ? "#d9d9d9" : "white");
    g.Set(box, "penwidth", "1.5");
  }
}

void StyleEventCard(GvGraph& g, Agnode_t* card, const Event& event, LabelLanguage labels) {
  g.Set(card, "shape", "box");
  g.Set(card, "color", ClassColour(event.event_class));
  g.Set(card, "penwidth", event.event_class == EventClass::kRupture ? "2" : "1.4");
  g.Set(card, "style", event.planned ? "rounded,filled,dashed" : "rounded,filled");
  g.Set(card, "fillcolor", event.event_class == EventClass::kRupture ? "#fdecea" : "white");
  const bool arabic = labels != LabelLanguage::kEnglish;
  g.Set(card, "tooltip", DotLabel({DateLabel(event.date, labels) + " · " + EventClassTitle(event.event_class, arabic)}));
}

void DrawTimelineLegend(GvGraph& g, double right, double y, LabelLanguage labels) {
  struct Item {
    const char* ar;
    const char* en;
    int kind;  // 0..2 date boxes by precision, 3 planned card, 4.. cards by class
  };
  const Item items[] = {{"يوم", "day", 0},          {"شهر، أسبوع", "month, week", 1}, {"فصل، سنة", "season, year", 2},
                        {"مقرر", "planned", 3},     {"تواصل", "contact", 4},          {"قطيعة", "rupture", 5},
                        {"تصريح", "statement", 6},  {"أخرى", "other", 7}};
  const DatePrecision precisions[] = {DatePrecision::kDay, DatePrecision::kMonth, DatePrecision::kYear};
  const EventClass classes[] = {EventClass::kContact, EventClass::kRupture, EventClass::kStatement, EventClass::kOther};
  for (const Item& item : items) {
    std::string text = labels == LabelLanguage::kArabic    ? item.ar
                       : labels == LabelLanguage::kEnglish ? item.en
                                                           : std::string(item.ar) + " · " + item.en;
    const double width = std::max(TextWidth(text, 9) + 14, 40.0);
    Agnode_t* n = g.Node(std::string("legend-") + item.en);
    g.Set(n, "pos", Position(right - width / 2, y));
    g.Set(n, "width", Inches(width));
    g.Set(n, "height", Inches(18));
    g.Set(n, "fixedsize", "true");
    g.Set(n, "label", DotLabel({text}));
    if (item.kind < 3) {
      StyleDateBox(g, n, precisions[item.kind]);
    } else if (item.kind == 3) {
      g.Set(n, "style", "rounded,filled,dashed");
      g.Set(n, "color", ClassColour(EventClass::kContact));
    } else {
      const EventClass cls = classes[item.kind - 4];
      g.Set(n, "style", "rounded,filled");
      g.Set(n, "color", ClassColour(cls));
      g.Set(n, "fillcolor", cls == EventClass::kRupture ? "#fdecea" : "white");
      g.Set(n, "penwidth", "2");
    }
    g.Set(n, "fontsize", "9");
    right -= width + 10;
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
