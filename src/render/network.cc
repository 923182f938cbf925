// network.dot / network.svg: actors as nodes, contacts and ruptures as edges,
// laid out by the engine the graph's size allows.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <tuple>

#include "render/gvc.h"
#include "render/style.h"
#include "render/text.h"

namespace tarikh {
namespace {

using render_internal::DotLabel;
using render_internal::GvGraph;

constexpr size_t kMaxLabelledEdges = 20;  // beyond this, dates go to tooltips only
constexpr size_t kMaxDatesOnEdge = 3;
constexpr size_t kMaxSizedNodes = 300;    // larger networks use one small font

std::string Number(double value, const char* format = "%.2f") {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

// The actors drawn: those with an edge (all of them when nobody has one),
// at most `limit`, the best-ranked first; returned in index (id) order.
std::vector<size_t> DrawnActors(const ActorGraph& graph, size_t limit) {
  std::vector<size_t> drawn;
  for (size_t i : RankActors(graph))
    if (graph.stats[i].degree > 0) drawn.push_back(i);
  if (drawn.empty()) drawn = RankActors(graph);
  if (drawn.size() > limit) drawn.resize(limit);
  std::sort(drawn.begin(), drawn.end());
  return drawn;
}

bool Drawn(const std::vector<size_t>& drawn, size_t actor) {
  return std::binary_search(drawn.begin(), drawn.end(), actor);
}

// The edges drawn between the `drawn` actors, in graph order: all of them,
// or when there are more than `limit` (0 = no limit), the ruptures and then
// the contacts with most events (ties by actor index, so the choice is the
// corpus's alone). `*among`: how many there are between them.
std::vector<const ActorEdge*> DrawnEdges(const ActorGraph& graph, const std::vector<size_t>& drawn, size_t limit,
                                         size_t* among_count) {
  std::vector<const ActorEdge*> among;
  for (const ActorEdge& e : graph.edges)
    if (Drawn(drawn, e.a) && Drawn(drawn, e.b)) among.push_back(&e);
  *among_count = among.size();
  if (limit == 0 || among.size() <= limit) return among;
  auto stronger = [](const ActorEdge* x, const ActorEdge* y) {
    const bool xr = x->kind == EdgeKind::kRupture, yr = y->kind == EdgeKind::kRupture;
    if (xr != yr) return xr;
    if (x->count() != y->count()) return x->count() > y->count();
    return std::tie(x->a, x->b, x->kind) < std::tie(y->a, y->b, y->kind);
  };
  std::vector<const ActorEdge*> kept = among;
  std::nth_element(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(limit), kept.end(), stronger);
  kept.resize(limit);
  std::sort(kept.begin(), kept.end());  // back in graph order (edges are one vector)
  return kept;
}

void SetLayoutAttributes(GvGraph& g, const std::string& layout, size_t nodes) {
  Agraph_t* r = g.root();
  g.Set(r, "outputorder", "edgesfirst");  // edges under the nodes they join
  if (layout == "dot") {
    g.Set(r, "rankdir", "LR");
    g.Set(r, "nodesep", "0.3");
    g.Set(r, "ranksep", "0.6");
  } else {
    g.Set(r, "overlap", layout == "sfdp" ? "prism" : "false");
    g.Set(r, "splines", layout == "neato" && nodes <= 40 ? "true" : "line");  // spline routing: 2.4 s at 100 nodes
    g.Set(r, "sep", "+6");
  }
  if (layout == "neato") g.Set(r, "start", "1");  // fixed seed: same drawing every run
}

// What the engine is told of an edge's count, and a node's font size (which
// sizes it): in steps, so that one more article about two actors who met
// often leaves the layout — most of an incremental build's rendering time —
// as it was (LayoutMemo), and the drawing is still a function of the corpus
// alone. Weights: 1, 2, 3, … for counts 1, 2–3, 4–7, …; sizes: whole points.
int LayoutWeight(size_t count) {
  int weight = 1;
  while (count > 1) {
    count /= 2;
    ++weight;
  }
  return weight;
}

std::string EdgeDates(const ActorEdge& e) {
  std::string out;
  for (size_t i = 0; i < e.dates.size() && i < kMaxDatesOnEdge; ++i)
    out += (i ? ", " : "") + (e.dates[i].empty() ? std::string("?") : e.dates[i]);
  if (e.dates.size() > kMaxDatesOnEdge) out += " +" + std::to_string(e.dates.size() - kMaxDatesOnEdge);
  return out;
}

void DrawEdge(GvGraph& g, Agnode_t* a, Agnode_t* b, const ActorEdge& e, bool labelled,
              render_internal::StableIds& ids, const ActorGraph& graph) {
  Agedge_t* edge = g.Edge(a, b);
  g.Set(edge, "id", ids.Unique(std::string(EdgeKindName(e.kind)) + "-" + graph.actors[e.a].id + "-" +
                               graph.actors[e.b].id));
  bool rupture = e.kind == EdgeKind::kRupture;
  g.Set(edge, "color", rupture ? "#c0392b" : "#2e6da4b0");
  if (rupture) g.Set(edge, "style", "dashed");
  g.Set(edge, "penwidth", Number(1 + 1.5 * std::log2(static_cast<double>(e.count()))));
  g.Set(edge, "weight", std::to_string(LayoutWeight(e.count())));
  std::string dates = EdgeDates(e);
  if (labelled) {
    g.Set(edge, "label", DotLabel({dates}));
    g.Set(edge, "fontcolor", rupture ? "#c0392b" : "#1f4e79");
  }
  g.Set(edge, "tooltip", DotLabel({std::to_string(e.count()) + " × " + EdgeKindName(e.kind) + ": " + dates}));
}

std::vector<std::string> Legend(const RenderOptions& options) {
  const char* ar = "بيضوي: شخص · مستطيل: منظمة · سداسي: دولة · أحمر متقطع: قطيعة";
  const char* en = "ellipse: person · box: organisation · hexagon: country · red dashed: rupture";
  if (options.labels == LabelLanguage::kEnglish) return {en};
  if (options.labels == LabelLanguage::kArabic) return {ar};
  return {ar, en};
}

}  // namespace

const char* NetworkLayoutFor(size_t nodes, size_t edges) {
  if (nodes <= 15 && edges <= kMaxLabelledEdges) return "dot";  // few edges: dot places their date labels cleanly
  if (nodes <= 300) return "neato";
  if (nodes <= 1500) return "fdp";
  return "sfdp";
}

Result<Diagram> RenderNetwork(const ActorGraph& graph, const RenderOptions& options) {
  std::vector<size_t> drawn = DrawnActors(graph, options.max_network_nodes);
  size_t among = 0;  // edges between drawn actors, drawn or not
  std::vector<const ActorEdge*> edges = DrawnEdges(graph, drawn, options.max_network_edges, &among);
  const size_t drawn_edges = edges.size();
  std::string layout =
      options.network_layout.empty() ? NetworkLayoutFor(drawn.size(), drawn_edges) : options.network_layout;
  if (layout != "dot" && layout != "neato" && layout != "fdp" && layout != "sfdp")
    return Status::InvalidInput("unknown network layout \"" + layout + "\" (dot, neato, fdp or sfdp)");
  std::string title = render_internal::NetworkTitle(options);
  if (drawn.size() == options.max_network_nodes && drawn.size() < graph.actors.size())  // say what was left out
    title += " (" + std::to_string(drawn.size()) + " / " + std::to_string(graph.actors.size()) + ")";
  if (drawn_edges < among) {
    title += options.labels == LabelLanguage::kArabic
                 ? " · أقوى " + std::to_string(drawn_edges) + " من " + std::to_string(among) + " صلة"
                 : " · strongest " + std::to_string(drawn_edges) + " of " + std::to_string(among) + " links";
  }

  std::unique_lock<std::mutex> lock = render_internal::GraphvizLock();
  GvGraph g("network", false);
  std::vector<std::string> title_lines = Legend(options);
  title_lines.insert(title_lines.begin(), title);
  render_internal::SetCommonStyle(g, layout.c_str(), title_lines);
  SetLayoutAttributes(g, layout, drawn.size());
  render_internal::StableIds ids;
  std::vector<Agnode_t*> nodes(graph.actors.size(), nullptr);
  size_t max_degree = 1;
  for (size_t i : drawn) max_degree = std::max(max_degree, graph.stats[i].degree);
  for (size_t i : drawn) {
    const Actor& actor = graph.actors[i];
    Agnode_t* n = nodes[i] = g.Node(ids.Unique(actor.id));
    g.Set(n, "label", DotLabel(render_internal::ActorNameLines(actor, options.labels)));
    render_internal::StyleActorNode(g, n, actor.type);
    double share = std::sqrt(static_cast<double>(graph.stats[i].degree) / static_cast<double>(max_degree));
    g.Set(n, "fontsize", Number(drawn.size() <= kMaxSizedNodes ? 10 + 8 * share : 8, "%.0f"));
    g.Set(n, "penwidth", Number(1 + 4 * graph.stats[i].betweenness));
    g.Set(n, "tooltip", DotLabel({render_internal::CleanText(actor.role), "degree " +
                                  std::to_string(graph.stats[i].degree) + ", betweenness " +
                                  Number(graph.stats[i].betweenness, "%.3f")}));
  }
  bool labelled = drawn_edges <= kMaxLabelledEdges;
  for (const ActorEdge* e : edges) DrawEdge(g, nodes[e->a], nodes[e->b], *e, labelled, ids, graph);
  return render_internal::LayoutAndRender(
      g, layout.c_str(), "// tarikh network: actors and their contacts; layout chosen by size.\n",
      options.layouts);
}

}  // namespace tarikh
