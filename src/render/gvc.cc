// The Graphviz context, cgraph graphs from std::string, and layout + SVG in memory.
#include "render/gvc.h"

#include <dlfcn.h>
#include <graphviz/gvc.h>
#include <graphviz/types.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <xxhash.h>

namespace tarikh::render_internal {
namespace {

std::mutex g_graphviz_mutex;
std::string g_graphviz_errors;  // filled by CollectError while the lock is held
bool g_explicit_plugins = false;

int CollectError(char* message) {
  g_graphviz_errors += message;
  return 0;
}

// cgraph takes char*, though it does not write through it.
char* Mutable(const char* s) { return const_cast<char*>(s); }
char* Mutable(const std::string& s) { return const_cast<char*>(s.c_str()); }

// Where libgvc looks for its plugins: $GVBINDIR, else the folder "graphviz"
// beside libgvc itself (found with dladdr, as Graphviz does).
std::string LibgvcPluginDir() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&gvContext), &info) == 0 || info.dli_fname == nullptr) return "";
  std::string path = info.dli_fname;
  return path.substr(0, path.rfind('/') + 1) + "graphviz";
}

bool Exists(const std::string& path) {
  struct stat st {};
  return stat(path.c_str(), &st) == 0;
}

// The context from plugins loaded by hand: the route GRAPHVIZ.md measured to
// work when `dot -c` never ran and config6a is missing.
GVC_t* ContextFromExplicitPlugins(const std::string& dir) {
  static const char* const kPlugins[][2] = {
      {"libgvplugin_core.so.6", "gvplugin_core_LTX_library"},
      {"libgvplugin_dot_layout.so.6", "gvplugin_dot_layout_LTX_library"},
      {"libgvplugin_neato_layout.so.6", "gvplugin_neato_layout_LTX_library"},
      {"libgvplugin_pango.so.6", "gvplugin_pango_LTX_library"},
  };
  static std::vector<lt_symlist_t> symbols;
  for (const auto& [file, symbol] : kPlugins) {
    void* handle = dlopen((dir + "/" + file).c_str(), RTLD_NOW | RTLD_LOCAL);  // kept open for the process
    void* library = handle ? dlsym(handle, symbol) : nullptr;
    if (library) symbols.push_back({symbol, library});
  }
  symbols.push_back({nullptr, nullptr});
  g_explicit_plugins = true;
  return gvContextPlugins(symbols.data(), 0);
}

GVC_t* Context() {
  static GVC_t* context = [] {
    agseterrf(CollectError);
    const char* bindir = std::getenv("GVBINDIR");
    std::string plugin_dir = LibgvcPluginDir();
    std::string config_dir = bindir && *bindir ? bindir : plugin_dir;
    if (Exists(config_dir + "/config6a")) return gvContext();
    return ContextFromExplicitPlugins(plugin_dir);
  }();
  return context;
}

std::string WriteDot(Agraph_t* graph, const std::string& header) {
  char* buffer = nullptr;
  size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (stream == nullptr) return "";
  std::fputs(header.c_str(), stream);
  agwrite(graph, stream);
  std::fclose(stream);
  std::string dot(buffer, size);
  std::free(buffer);
  return dot;
}

// Attributes that change how a diagram looks, not where anything goes: a
// change in them keeps the layout (LayoutMemo). Pen widths do not size
// nodes in Graphviz.
bool StyleOnly(std::string_view name) {
  for (std::string_view style : {"tooltip", "penwidth", "color", "fillcolor", "fontcolor", "id", "URL", "href",
                                 "class", "target"}) {
    if (name == style) return true;
  }
  return false;
}

// A digest of everything the layout of `g` by `engine` depends on: its
// nodes, edges and their attributes in creation order, minus StyleOnly ones.
std::string LayoutKey(Agraph_t* g, const char* engine) {
  std::string text = std::string(engine) + "\n";
  auto attributes = [&](void* object, int kind) {
    // The label of a node of fixed size does not move anything: a label
    // that counts events or says a date may change and keep the layout.
    const char* fixed = kind == AGNODE ? agget(object, Mutable("fixedsize")) : nullptr;
    const bool fixed_size = fixed != nullptr && std::string_view(fixed) == "true";
    for (Agsym_t* sym = agnxtattr(g, kind, nullptr); sym != nullptr; sym = agnxtattr(g, kind, sym)) {
      if (StyleOnly(sym->name) || (fixed_size && std::string_view(sym->name) == "label")) continue;
      text += sym->name;
      text += '=';
      text += agxget(object, sym);
      text += '\x1f';
    }
    text += '\n';
  };
  attributes(g, AGRAPH);
  for (Agraph_t* sub = agfstsubg(g); sub != nullptr; sub = agnxtsubg(sub)) text += std::string("subgraph ") + agnameof(sub) + "\n";
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    text += agnameof(n);
    attributes(n, AGNODE);
  }
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    for (Agedge_t* e = agfstout(g, n); e != nullptr; e = agnxtout(g, e)) {
      text += std::string(agnameof(agtail(e))) + " -- " + agnameof(aghead(e));
      attributes(e, AGEDGE);
    }
  }
  char hex[40];
  const XXH128_hash_t h = XXH3_128bits(text.data(), text.size());
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return hex;
}

void AppendPoint(std::string& out, pointf p) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.17g,%.17g", p.x, p.y);  // exact: the drawing is the engine's own
  out += buffer;
}

// The positions a layout engine gave `g`: one line per node ("x,y"), then one
// per edge (its spline, as DOT's pos attribute writes it, and "|x,y" for its
// label), in the order LayoutKey walks them.
std::string ReadPositions(Agraph_t* g) {
  std::string out;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    AppendPoint(out, ND_coord(n));
    out += '\n';
  }
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    for (Agedge_t* e = agfstout(g, n); e != nullptr; e = agnxtout(g, e)) {
      if (const splines* spl = ED_spl(e)) {
        for (int i = 0; i < spl->size; ++i) {
          const bezier& bz = spl->list[i];
          if (i > 0) out += ';';
          if (bz.sflag) out += "s,", AppendPoint(out, bz.sp), out += ' ';
          if (bz.eflag) out += "e,", AppendPoint(out, bz.ep), out += ' ';
          for (int k = 0; k < bz.size; ++k) {
            if (k > 0) out += ' ';
            AppendPoint(out, bz.list[k]);
          }
        }
      }
      if (ED_label(e) != nullptr && ED_label(e)->set) out += '|', AppendPoint(out, ED_label(e)->pos);
      out += '\n';
    }
  }
  return out;
}

// Sets the pos (and edge lp) attributes ReadPositions read; false, with
// nothing set, when the text does not fit the graph.
bool ApplyPositions(Agraph_t* g, const std::string& positions) {
  if (std::count(positions.begin(), positions.end(), '\n') != agnnodes(g) + agnedges(g)) return false;
  size_t at = 0;
  auto next_line = [&](std::string* line) {
    const size_t end = positions.find('\n', at);
    if (end == std::string::npos) return false;
    line->assign(positions, at, end - at);
    at = end + 1;
    return true;
  };
  std::string line;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    if (!next_line(&line)) return false;
    agsafeset(n, Mutable("pos"), Mutable(line), Mutable(""));
  }
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    for (Agedge_t* e = agfstout(g, n); e != nullptr; e = agnxtout(g, e)) {
      if (!next_line(&line)) return false;
      const size_t bar = line.find('|');
      agsafeset(e, Mutable("pos"), Mutable(line.substr(0, bar)), Mutable(""));
      if (bar != std::string::npos) agsafeset(e, Mutable("lp"), Mutable(line.substr(bar + 1)), Mutable(""));
    }
  }
  return at == positions.size();
}

}  // namespace

}  // namespace tarikh::render_internal

namespace tarikh {

std::string GraphvizVersion() {
  std::unique_lock<std::mutex> lock = render_internal::GraphvizLock();
  const char* version = gvcVersion(render_internal::Context());
  return version != nullptr ? version : "";
}

}  // namespace tarikh

namespace tarikh::render_internal {

std::unique_lock<std::mutex> GraphvizLock() { return std::unique_lock<std::mutex>(g_graphviz_mutex); }

bool GraphvizUsesExplicitPlugins() {
  std::unique_lock<std::mutex> lock = GraphvizLock();
  Context();
  return g_explicit_plugins;
}

GvGraph::GvGraph(const std::string& name, bool directed) {
  Context();  // installs the error handler before cgraph can report anything
  graph_ = agopen(Mutable(name), directed ? Agdirected : Agundirected, nullptr);
  agattr(graph_, AGNODE, Mutable("label"), Mutable("\\N"));
}

GvGraph::~GvGraph() {
  if (graph_) agclose(graph_);
}

Agnode_t* GvGraph::Node(const std::string& name) { return agnode(graph_, Mutable(name), 1); }

Agnode_t* GvGraph::Node(Agraph_t* subgraph, const std::string& name) {
  return agnode(subgraph, Mutable(name), 1);
}

Agedge_t* GvGraph::Edge(Agnode_t* tail, Agnode_t* head) {
  return agedge(graph_, tail, head, nullptr, 1);
}

Agraph_t* GvGraph::Subgraph(const std::string& name) { return agsubg(graph_, Mutable(name), 1); }

void GvGraph::Set(void* object, const char* attribute, const std::string& value) {
  agsafeset(object, Mutable(attribute), Mutable(value), Mutable(""));
}

void GvGraph::SetHtml(void* object, const char* attribute, const std::string& html) {
  Agsym_t* sym = agattr(graph_, agobjkind(object), Mutable(attribute), nullptr);
  if (sym == nullptr) sym = agattr(graph_, agobjkind(object), Mutable(attribute), Mutable(""));
  char* value = agstrdup_html(graph_, Mutable(html));
  agxset(object, sym, value);
  agstrfree(graph_, value);
}

void GvGraph::Default(int kind, const char* attribute, const std::string& value) {
  agattr(graph_, kind, Mutable(attribute), Mutable(value));
}

Result<Diagram> LayoutAndRender(GvGraph& graph, const char* engine, const std::string& dot_header,
                                LayoutMemo* layouts) {
  GVC_t* gvc = Context();
  g_graphviz_errors.clear();
  Agraph_t* g = graph.root();
  Diagram out;
  out.dot = WriteDot(g, dot_header);
  const bool placed = std::string_view(engine) == "nop2" || std::string_view(engine) == "nop";
  if (!placed) {  // two steps: positions (computed or known), then the drawing from them
    // The engine places nodes and edges without the graph's own label (the
    // title and legend): nop2 makes room for it from the positions. So a
    // title that counts actors or events does not change the positions, and
    // the memo serves a build whose corpus grew without changing the drawing.
    Agsym_t* label = agattr(g, AGRAPH, Mutable("label"), nullptr);
    const char* original = label != nullptr ? agxget(g, label) : nullptr;
    const std::string title = original != nullptr ? original : "";
    const bool html = original != nullptr && aghtmlstr(const_cast<char*>(original));
    if (label != nullptr) agxset(g, label, Mutable(""));
    struct RestoreTitle {  // at the end of this block, and on every return from it
      Agraph_t* g;
      Agsym_t* label;
      const std::string& title;
      bool html;
      ~RestoreTitle() {
        if (label == nullptr) return;
        char* value = html ? agstrdup_html(g, Mutable(title)) : agstrdup(g, Mutable(title));
        agxset(g, label, value);
        agstrfree(g, value);
      }
    } restore_title{g, label, title, html};
    const std::string key = LayoutKey(g, engine);
    const std::string* known = nullptr;
    if (layouts != nullptr) {
      if (auto it = layouts->known.find(key); it != layouts->known.end()) known = &it->second;
    }
    std::string positions;
    if (known != nullptr && ApplyPositions(g, *known)) {
      ++layouts->reused;
    } else {  // no memo, or one that does not fit (ignored)
      if (gvLayout(gvc, g, engine) != 0)
        return Status::Internal(std::string("Graphviz layout \"") + engine + "\" failed: " + g_graphviz_errors);
      positions = ReadPositions(g);
      gvFreeLayout(gvc, g);
      known = &positions;
      if (!ApplyPositions(g, positions)) return Status::Internal("Graphviz: cannot read back a layout");
    }
    if (layouts != nullptr) layouts->used[key] = *known;
    engine = "nop2";
    agsafeset(g, Mutable("layout"), Mutable(engine), Mutable(""));  // gvLayout obeys the graph's layout attribute
  }
  if (gvLayout(gvc, g, engine) != 0)
    return Status::Internal(std::string("Graphviz layout \"") + engine + "\" failed: " + g_graphviz_errors);
  char* data = nullptr;
  unsigned int length = 0;
  int rendered = gvRenderData(gvc, g, "svg", &data, &length);
  if (rendered == 0 && data) out.svg = NormaliseSvg(std::string(data, length));
  gvFreeRenderData(data);
  gvFreeLayout(gvc, g);
  if (rendered != 0 || out.svg.empty())
    return Status::Internal("Graphviz could not render SVG: " + g_graphviz_errors);
  return out;
}

std::string NormaliseSvg(const std::string& svg) {
  std::string out = svg;
  size_t generated = out.find("<!-- Generated by graphviz");
  if (generated != std::string::npos) {
    size_t end = out.find("-->", generated);
    if (end != std::string::npos) out.erase(generated, end + 3 - generated + (out[end + 3] == '\n' ? 1 : 0));
  }
  size_t svg_tag = out.find("<svg");
  size_t tag_end = svg_tag == std::string::npos ? std::string::npos : out.find('>', svg_tag);
  if (tag_end != std::string::npos)
    out.insert(tag_end + 1, "\n<style>text{unicode-bidi:plaintext}</style>");
  return out;
}

}  // namespace tarikh::render_internal
