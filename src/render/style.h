// How diagrams look: colours, shapes and fonts shared by the timeline and the
// network, stable element ids, row titles and the timeline legend.
#ifndef TARIKH_RENDER_STYLE_H_
#define TARIKH_RENDER_STYLE_H_

#include <set>
#include <string>
#include <vector>

#include "render/dates.h"
#include "render/gvc.h"
#include "tarikh/entities.h"
#include "tarikh/events.h"
#include "tarikh/render.h"

namespace tarikh::render_internal {

// Fonts that shape Arabic (joined, right to left) in Pango and in browsers.
inline constexpr const char* kFont = "Noto Sans Arabic,Noto Sans";
inline constexpr const char* kMonoFont = "DejaVu Sans Mono";

// SVG element ids from input ids: ASCII letters, digits, '-' and '_' only,
// made unique in order of request, so an inserted event does not renumber
// every element after it (as Graphviz's node1, node2… would).
class StableIds {
 public:
  std::string Unique(const std::string& base);

 private:
  std::set<std::string> used_;
};

const char* ClassColour(EventClass cls);

// Graph-wide attributes: fonts, title, layout (so `dot -Tsvg file.dot` uses
// the same engine), white background, UTF-8.
void SetCommonStyle(GvGraph& g, const char* layout, const std::vector<std::string>& title);

std::string TimelineTitle(const RenderOptions& options);
std::string NetworkTitle(const RenderOptions& options, NetworkView view);

// Dates by precision, on boxes and axis markers alike: a day dark and
// solid, a week, month or quarter grey and dashed, a season, year or longer
// white and dotted.
void StyleDateBox(GvGraph& g, Agnode_t* box, DatePrecision precision);
// Border colour by class (ruptures red, on a pink card), dashed when
// planned, a tooltip with the date in words.
void StyleEventCard(GvGraph& g, Agnode_t* card, const Event& event, LabelLanguage labels);
// The timeline's key, one row of boxes from `right` leftwards at height `y`.
void DrawTimelineLegend(GvGraph& g, double right, double y, LabelLanguage labels);

// Network nodes: persons ellipses, organisations boxes, countries hexagons.
void StyleActorNode(GvGraph& g, Agnode_t* node, ActorType type);

}  // namespace tarikh::render_internal

#endif  // TARIKH_RENDER_STYLE_H_
