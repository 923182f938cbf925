// network.dot / network.svg (people who met) and network-countries.dot/.svg
// (countries and organisations): actors as nodes, their links labelled with
// how many times and when, meetings of many parties as small nodes of their
// own; laid out by the engine the graph's size allows.
//
// Edge labels are nodes of their own, half-way along their link: the
// engines' overlap removal then keeps every label clear of every other label
// and of every actor, which edge labels placed by neato or fdp are not.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <tuple>

#include "render/dates.h"
#include "render/gvc.h"
#include "render/style.h"
#include "render/text.h"
#include "render/timeline_layout.h"

namespace tarikh {
namespace {

using render_internal::DotLabel;
using render_internal::GvGraph;
using render_internal::XmlEscape;

constexpr size_t kMaxLabelledEdges = 60;  // beyond this, the weakest links say their dates in tooltips only
constexpr size_t kMaxMeetings = 60;       // the latest meetings of many parties
constexpr size_t kMaxSizedNodes = 300;    // larger networks use one small font
constexpr double kLabelFont = 9;

std::string Number(double value, const char* format = "%.2f") {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

std::string Inches(double points) { return Number(points / 72.0, "%.3f"); }

bool Drawn(const std::vector<size_t>& drawn, size_t actor) {
  return std::binary_search(drawn.begin(), drawn.end(), actor);
}

// The actors drawn: the view's, at most `limit`, the best-ranked first;
// returned in index (id) order.
std::vector<size_t> DrawnActors(const ActorGraph& graph, const ContactView& view, size_t limit) {
  std::vector<size_t> drawn;
  for (size_t i : RankActors(graph))
    if (std::binary_search(view.actors.begin(), view.actors.end(), i)) drawn.push_back(i);
  if (drawn.size() > limit) drawn.resize(limit);
  std::sort(drawn.begin(), drawn.end());
  return drawn;
}

bool Stronger(const ActorEdge* x, const ActorEdge* y) {
  const bool xr = x->kind == EdgeKind::kRupture, yr = y->kind == EdgeKind::kRupture;
  if (xr != yr) return xr;
  if (x->count() != y->count()) return x->count() > y->count();
  return std::tie(x->a, x->b, x->kind) < std::tie(y->a, y->b, y->kind);
}

// The edges drawn between the `drawn` actors, in view order: all of them,
// or when there are more than `limit` (0 = no limit), the ruptures and then
// the links with most events (ties by actor index, so the choice is the
// corpus's alone). `*among`: how many there are between them.
std::vector<const ActorEdge*> DrawnEdges(const ContactView& view, const std::vector<size_t>& drawn, size_t limit,
                                         size_t* among_count) {
  std::vector<const ActorEdge*> among;
  for (const ActorEdge& e : view.edges)
    if (Drawn(drawn, e.a) && Drawn(drawn, e.b)) among.push_back(&e);
  *among_count = among.size();
  if (limit == 0 || among.size() <= limit) return among;
  std::vector<const ActorEdge*> kept = among;
  std::nth_element(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(limit), kept.end(), Stronger);
  kept.resize(limit);
  std::sort(kept.begin(), kept.end());  // back in view order (edges are one vector)
  return kept;
}

// The latest meetings with at least two drawn parties, in date order.
std::vector<const GroupMeeting*> DrawnMeetings(const ContactView& view, const std::vector<size_t>& drawn) {
  std::vector<const GroupMeeting*> out;
  for (const GroupMeeting& m : view.meetings) {
    size_t inside = 0;
    for (size_t p : m.parties) inside += Drawn(drawn, p);
    if (inside >= 2) out.push_back(&m);
  }
  if (out.size() > kMaxMeetings) out.erase(out.begin(), out.end() - static_cast<std::ptrdiff_t>(kMaxMeetings));
  return out;
}

void SetLayoutAttributes(GvGraph& g, const std::string& layout) {
  Agraph_t* r = g.root();
  g.Set(r, "outputorder", "edgesfirst");  // edges under the nodes and labels they join
  g.Set(r, "size", "15,200");             // at most 1,080 pt wide: inside a 1,600 px window
  if (layout == "dot") {
    g.Set(r, "rankdir", "LR");
    g.Set(r, "nodesep", "0.3");
    g.Set(r, "ranksep", "0.4");
  } else {
    g.Set(r, "overlap", layout == "sfdp" ? "prism" : "false");
    // Straight lines: each labelled link bends at its label anyway, and
    // spline routing costs a second at 50 nodes.
    g.Set(r, "splines", "line");
    g.Set(r, "sep", "+8");
  }
  if (layout == "neato") g.Set(r, "start", "1");  // fixed seed: same drawing every run
}

// What the engine is told of an edge's count (weights 1, 2, 3, … for counts
// 1, 2–3, 4–7, …), and label widths in steps of 30 pt: so that one more
// article about two actors who met often leaves the layout — most of an
// incremental build's rendering time — as it was (LayoutMemo).
int LayoutWeight(size_t count) {
  int weight = 1;
  while (count > 1) {
    count /= 2;
    ++weight;
  }
  return weight;
}

std::string TimesWords(size_t n, bool arabic) {
  if (!arabic) return n == 1 ? "once" : n == 2 ? "twice" : std::to_string(n) + " times";
  if (n == 1) return "مرة";
  if (n == 2) return "مرتان";
  return std::to_string(n) + (n <= 10 ? " مرات" : " مرة");
}

// "3 مرات · 9 يناير – 2 مارس 2022" / "3 times · 9 Jan – 2 Mar 2022": how
// many times and when, first to last.
std::string EdgeWords(const ActorEdge& e, bool arabic, size_t count) {
  std::string first, last;
  for (const std::string& d : e.dates) {
    if (d.empty()) continue;
    if (first.empty()) first = d;
    last = d;
  }
  const std::string when = first.empty() ? (arabic ? "بلا تاريخ" : "undated")
                                         : render_internal::DateSpanWords(first, last, arabic,
                                                                          render_internal::DateForm::kShort);
  return TimesWords(count, arabic) + " · " + when;
}

std::vector<std::string> InLanguages(LabelLanguage labels, const std::function<std::string(bool)>& text) {
  if (labels == LabelLanguage::kArabic) return {text(true)};
  if (labels == LabelLanguage::kEnglish) return {text(false)};
  return {text(true), text(false)};
}

// A small node of fixed size holding `lines`, as wide as `measure` (lines
// of the same shape) asks.
Agnode_t* TextNode(GvGraph& g, const std::string& id, const std::vector<std::string>& lines,
                   const std::vector<std::string>& measure) {
  Agnode_t* n = g.Node(id);
  g.Set(n, "id", id);
  double width = 0;
  for (const std::string& l : measure) width = std::max(width, render_internal::TextWidth(l, kLabelFont) + 8);
  width = 30 * std::ceil(width / 30);
  g.Set(n, "label", DotLabel(lines));
  g.Set(n, "shape", "box");
  g.Set(n, "fontsize", Number(kLabelFont, "%.0f"));
  g.Set(n, "fixedsize", "true");
  g.Set(n, "width", Inches(width));
  g.Set(n, "height", Inches(static_cast<double>(lines.size()) * (kLabelFont + 3) + 6));
  g.Set(n, "margin", "0.02,0.01");
  return n;
}

struct Drawing {
  GvGraph& g;
  const ActorGraph& graph;
  const RenderOptions& options;
  render_internal::StableIds& ids;
  std::vector<Agnode_t*> nodes;  // by actor index
};

Agedge_t* Link(Drawing& d, Agnode_t* a, Agnode_t* b, const ActorEdge& e, const std::string& tooltip) {
  Agedge_t* edge = d.g.Edge(a, b);
  const bool rupture = e.kind == EdgeKind::kRupture;
  d.g.Set(edge, "color", rupture ? "#c0392b" : "#2e6da4b0");
  if (rupture) d.g.Set(edge, "style", "dashed");
  d.g.Set(edge, "penwidth", Number(1 + 1.5 * std::log2(static_cast<double>(e.count()))));
  d.g.Set(edge, "weight", std::to_string(LayoutWeight(e.count())));
  d.g.Set(edge, "tooltip", tooltip);
  return edge;
}

void DrawEdge(Drawing& d, const ActorEdge& e, bool labelled) {
  const std::string id = d.ids.Unique(std::string(EdgeKindName(e.kind)) + "-" + d.graph.actors[e.a].id + "-" +
                                      d.graph.actors[e.b].id);
  const bool arabic = d.options.labels != LabelLanguage::kEnglish;
  const std::string tooltip =
      DotLabel({render_internal::ActorName(d.graph.actors[e.a], d.options.labels) + " — " +
                render_internal::ActorName(d.graph.actors[e.b], d.options.labels) + ": " + EdgeWords(e, arabic, e.count())});
  Agnode_t* a = d.nodes[e.a];
  Agnode_t* b = d.nodes[e.b];
  if (!labelled) {
    d.g.Set(Link(d, a, b, e, tooltip), "id", id);
    return;
  }
  // Measured with the longest count word, so that one more meeting leaves
  // the label's size, and so the layout, as it was.
  Agnode_t* label = TextNode(d.g, id, InLanguages(d.options.labels, [&](bool ar) { return EdgeWords(e, ar, e.count()); }),
                             InLanguages(d.options.labels, [&](bool ar) { return EdgeWords(e, ar, 999); }));
  const bool rupture = e.kind == EdgeKind::kRupture;
  d.g.Set(label, "style", "rounded,filled");
  d.g.Set(label, "fillcolor", "white");
  d.g.Set(label, "color", rupture ? "#e6a59e" : "#c6d6ea");
  d.g.Set(label, "fontcolor", rupture ? "#c0392b" : "#1f4e79");
  d.g.Set(label, "tooltip", tooltip);
  Link(d, a, label, e, tooltip);
  Link(d, label, b, e, tooltip);
}

std::string MeetingWords(const GraphEvent& e, bool arabic) {
  const std::string when = e.date.empty() ? (arabic ? "بلا تاريخ" : "undated")
                                          : render_internal::DateWords(e.date, arabic, render_internal::DateForm::kShort);
  return render_internal::EventTypeName(e.type, arabic) + " · " + when;
}

void DrawMeeting(Drawing& d, const GroupMeeting& m) {
  const GraphEvent& e = *m.event;
  const std::vector<std::string> lines = InLanguages(d.options.labels, [&](bool ar) { return MeetingWords(e, ar); });
  Agnode_t* n = TextNode(d.g, d.ids.Unique("meeting-" + e.id), lines, lines);
  const bool rupture = e.event_class == EventClass::kRupture;
  d.g.Set(n, "style", "filled");
  d.g.Set(n, "fillcolor", rupture ? "#fdecea" : "#eeeeee");
  d.g.Set(n, "color", rupture ? "#c0392b" : "#888888");
  d.g.Set(n, "tooltip", DotLabel({std::to_string(m.parties.size()) +
                                  (d.options.labels == LabelLanguage::kEnglish ? " parties" : " طرفا · parties")}));
  for (size_t p : m.parties) {
    if (d.nodes[p] == nullptr) continue;
    Agedge_t* link = d.g.Edge(n, d.nodes[p]);
    d.g.Set(link, "color", rupture ? "#c0392b" : "#9a9a9a");
    d.g.Set(link, "penwidth", "0.8");
    if (rupture) d.g.Set(link, "style", "dashed");
  }
}

// The legend under the title, as an HTML-like table: the shapes of this
// view, a meeting of many parties, the two kinds of link and how a link's
// label reads. Cells run right to left when the labels are Arabic.
std::string LegendCell(const std::string& text, const char* fill, const char* border, const char* font = "#222222") {
  return std::string("<TD BORDER=\"1\" COLOR=\"") + border + "\" BGCOLOR=\"" + fill + "\" CELLPADDING=\"3\"><FONT COLOR=\"" +
         font + "\" POINT-SIZE=\"9\">" + XmlEscape(text) + "</FONT></TD>";
}

std::string TitleHtml(const std::vector<std::string>& title, NetworkView view, const RenderOptions& options) {
  auto words = [&](const char* ar, const char* en) {
    if (options.labels == LabelLanguage::kArabic) return std::string(ar);
    if (options.labels == LabelLanguage::kEnglish) return std::string(en);
    return std::string(ar) + " · " + en;
  };
  std::vector<std::string> cells;
  if (view == NetworkView::kPeople) {
    cells.push_back(LegendCell(words("شخص", "person"), "#fff2cc", "#b58b00"));
  } else {
    cells.push_back(LegendCell(words("دولة (سداسي)", "country (hexagon)"), "#e2f5e1", "#2d7d32"));
    cells.push_back(LegendCell(words("منظمة (مستطيل)", "organisation (box)"), "#dbe9ff", "#2e6da4"));
  }
  cells.push_back(LegendCell(words("لقاء لأكثر من 4 أطراف", "meeting of more than 4 parties"), "#eeeeee", "#888888"));
  cells.push_back(LegendCell(words("تواصل: كم مرة · من متى إلى متى", "contact: how many times · first – last"),
                             "white", "#c6d6ea", "#1f4e79"));
  cells.push_back(LegendCell(words("قطيعة (أحمر متقطع)", "rupture (red, dashed)"), "#fdecea", "#c0392b", "#c0392b"));
  if (options.labels != LabelLanguage::kEnglish) std::reverse(cells.begin(), cells.end());
  std::string html = "<TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"0\">";
  const std::string span = std::to_string(cells.size());
  for (size_t i = 0; i < title.size(); ++i) {
    html += "<TR><TD COLSPAN=\"" + span + "\"><FONT POINT-SIZE=\"" + (i == 0 ? "14" : "10") + "\">" +
            XmlEscape(render_internal::CleanText(title[i])) + "</FONT></TD></TR>";
  }
  html += "<TR>";
  for (const std::string& c : cells) html += c;
  return html + "</TR></TABLE>";
}

void DrawActors(Drawing& d, const std::vector<size_t>& drawn, const ContactView& view, size_t focus) {
  std::vector<size_t> degree(d.graph.actors.size(), 0);
  for (const ActorEdge& e : view.edges) ++degree[e.a], ++degree[e.b];
  for (const GroupMeeting& m : view.meetings)
    for (size_t p : m.parties) ++degree[p];
  size_t max_degree = 1;
  for (size_t i : drawn) max_degree = std::max(max_degree, degree[i]);
  for (size_t i : drawn) {
    const Actor& actor = d.graph.actors[i];
    const std::string id = d.ids.Unique(actor.id);
    Agnode_t* n = d.nodes[i] = d.g.Node(id);
    d.g.Set(n, "id", id);
    d.g.Set(n, "label", DotLabel(render_internal::ActorNameLines(actor, d.options.labels)));
    render_internal::StyleActorNode(d.g, n, actor.type);
    const double share = std::sqrt(static_cast<double>(degree[i]) / static_cast<double>(max_degree));
    d.g.Set(n, "fontsize", Number(drawn.size() <= kMaxSizedNodes ? 10 + 6 * share : 8, "%.0f"));
    d.g.Set(n, "penwidth", Number(i == focus ? 3 : 1 + 3 * d.graph.stats[i].betweenness));
    if (i == focus) d.g.Set(n, "peripheries", "2");
    d.g.Set(n, "tooltip", DotLabel({render_internal::CleanText(actor.role), "degree " +
                                    std::to_string(d.graph.stats[i].degree) + ", betweenness " +
                                    Number(d.graph.stats[i].betweenness, "%.3f")}));
  }
}

std::vector<std::string> Title(const ActorGraph& graph, NetworkView view, size_t drawn, size_t view_actors,
                               size_t drawn_edges, size_t among, const RenderOptions& options) {
  std::string title = render_internal::NetworkTitle(options, view);
  if (drawn < view_actors) title += " (" + std::to_string(drawn) + " / " + std::to_string(view_actors) + ")";
  if (drawn_edges < among) {
    title += options.labels == LabelLanguage::kArabic
                 ? " · أقوى " + std::to_string(drawn_edges) + " من " + std::to_string(among) + " صلة"
                 : " · strongest " + std::to_string(drawn_edges) + " of " + std::to_string(among) + " links";
  }
  std::vector<std::string> lines = {title};
  if (drawn == 0) {
    const bool people = view == NetworkView::kPeople;
    const char* ar = people ? "لا لقاء بين شخصين في هذه الأحداث" : "لا لقاء بين دولتين أو منظمتين في هذه الأحداث";
    const char* en = people ? "No two people met in these events" : "No two countries or organisations met in these events";
    for (const std::string& l : InLanguages(options.labels, [&](bool arabic) { return std::string(arabic ? ar : en); }))
      lines.push_back(l);
  }
  (void)graph;
  return lines;
}

}  // namespace

const char* NetworkLayoutFor(size_t nodes, size_t /*edges*/) {
  if (nodes <= 300) return "neato";
  if (nodes <= 1500) return "fdp";
  return "sfdp";
}

Result<Diagram> RenderNetwork(const ActorGraph& graph, const RenderOptions& options) {
  const NetworkView view_kind = options.network_view;
  const ContactView view = BuildContactView(graph, view_kind);
  std::vector<size_t> drawn = DrawnActors(graph, view, options.max_network_nodes);
  size_t among = 0;  // edges between drawn actors, drawn or not
  std::vector<const ActorEdge*> edges = DrawnEdges(view, drawn, options.max_network_edges, &among);
  std::vector<const GroupMeeting*> meetings = DrawnMeetings(view, drawn);
  std::vector<const ActorEdge*> labelled = edges;  // the strongest get a label node
  if (labelled.size() > kMaxLabelledEdges) {
    std::nth_element(labelled.begin(), labelled.begin() + kMaxLabelledEdges, labelled.end(), Stronger);
    labelled.resize(kMaxLabelledEdges);
    std::sort(labelled.begin(), labelled.end());
  }
  const size_t nodes = drawn.size() + labelled.size() + meetings.size();
  std::string layout = options.network_layout.empty() ? NetworkLayoutFor(nodes, edges.size()) : options.network_layout;
  if (layout != "dot" && layout != "neato" && layout != "fdp" && layout != "sfdp")
    return Status::InvalidInput("unknown network layout \"" + layout + "\" (dot, neato, fdp or sfdp)");
  const size_t focus = options.focus_actor.empty() ? ActorGraph::npos : [&] {
    Result<size_t> found = FindActor(graph, options.focus_actor);
    return found.ok() ? found.value() : ActorGraph::npos;
  }();

  std::unique_lock<std::mutex> lock = render_internal::GraphvizLock();
  GvGraph g("network", false);
  render_internal::SetCommonStyle(g, layout.c_str(), {});
  g.SetHtml(g.root(), "label",
            TitleHtml(Title(graph, view_kind, drawn.size(), view.actors.size(), edges.size(), among, options), view_kind,
                      options));
  SetLayoutAttributes(g, layout);
  render_internal::StableIds ids;
  Drawing d{g, graph, options, ids, std::vector<Agnode_t*>(graph.actors.size(), nullptr)};
  DrawActors(d, drawn, view, focus);
  for (const ActorEdge* e : edges) DrawEdge(d, *e, std::binary_search(labelled.begin(), labelled.end(), e));
  for (const GroupMeeting* m : meetings) DrawMeeting(d, *m);
  const char* header = view_kind == NetworkView::kPeople
                           ? "// tarikh network: the people who met; layout chosen by size.\n"
                           : "// tarikh network: the countries and organisations that met; layout chosen by size.\n";
  return render_internal::LayoutAndRender(g, layout.c_str(), header, options.caches.layouts);
}

}  // namespace tarikh
