// Graphviz through its C library: the process's one context, a thin owner of
// cgraph graphs that takes std::string, and layout + SVG in memory.
//
// Rules measured on Graphviz 2.42 (docs GRAPHVIZ.md): one GVC_t per process
// (freeing it and making another breaks the Pango plugin); gvLayout →
// gvRenderData → gvFreeRenderData → gvFreeLayout → agclose; nothing is
// thread-safe, so every use holds GraphvizLock(). When the plugin
// configuration (config6a) is missing the plugins are loaded explicitly.
#ifndef TARIKH_RENDER_GVC_H_
#define TARIKH_RENDER_GVC_H_

#include <graphviz/cgraph.h>

#include <mutex>
#include <string>

#include "tarikh/render.h"
#include "tarikh/status.h"

namespace tarikh::render_internal {

// Held for the whole time a cgraph graph is built, laid out and rendered.
std::unique_lock<std::mutex> GraphvizLock();

// True when the context was made from explicitly loaded plugins because
// config6a was missing (for the test of that path).
bool GraphvizUsesExplicitPlugins();

// One cgraph graph. Attribute values are copied by cgraph, so temporaries are
// fine; names must be unique per kind (nodes by id, subgraphs by id).
class GvGraph {
 public:
  GvGraph(const std::string& name, bool directed);
  ~GvGraph();
  GvGraph(const GvGraph&) = delete;
  GvGraph& operator=(const GvGraph&) = delete;

  Agraph_t* root() const { return graph_; }
  Agnode_t* Node(const std::string& name);
  Agnode_t* Node(Agraph_t* subgraph, const std::string& name);
  Agedge_t* Edge(Agnode_t* tail, Agnode_t* head);
  Agraph_t* Subgraph(const std::string& name);
  // A graph, node or edge attribute; declared with default "" on first use.
  void Set(void* object, const char* attribute, const std::string& value);
  // The same with an HTML-like value (Graphviz's `label=<...>`): `html` must
  // be well-formed and every text in it escaped (XmlEscape).
  void SetHtml(void* object, const char* attribute, const std::string& html);
  // Defaults for every node (AGNODE), edge (AGEDGE) or the graph (AGRAPH).
  void Default(int kind, const char* attribute, const std::string& value);

 private:
  Agraph_t* graph_ = nullptr;
  int edges_ = 0;
};

// Writes the graph as DOT (before layout: what a user can re-render), lays it
// out with `engine` — or takes the positions `layouts` knows for it — and
// renders normalised SVG from those positions (LayoutMemo). "nop2" means the
// graph has its positions already. Call with GraphvizLock held.
Result<Diagram> LayoutAndRender(GvGraph& graph, const char* engine, const std::string& dot_header,
                                LayoutMemo* layouts);

// Drops Graphviz's version comment (it changes across versions) and adds the
// style that makes browsers order bidi text the way Pango measured it.
std::string NormaliseSvg(const std::string& svg);

}  // namespace tarikh::render_internal

#endif  // TARIKH_RENDER_GVC_H_
