// The Graphviz context, cgraph graphs from std::string, and layout + SVG in memory.
#include "render/gvc.h"

#include <dlfcn.h>
#include <graphviz/gvc.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

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

}  // namespace

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

void GvGraph::Default(int kind, const char* attribute, const std::string& value) {
  agattr(graph_, kind, Mutable(attribute), Mutable(value));
}

Result<Diagram> LayoutAndRender(GvGraph& graph, const char* engine, const std::string& dot_header) {
  GVC_t* gvc = Context();
  g_graphviz_errors.clear();
  Diagram out;
  out.dot = WriteDot(graph.root(), dot_header);
  if (gvLayout(gvc, graph.root(), engine) != 0)
    return Status::Internal(std::string("Graphviz layout \"") + engine + "\" failed: " + g_graphviz_errors);
  char* data = nullptr;
  unsigned int length = 0;
  int rendered = gvRenderData(gvc, graph.root(), "svg", &data, &length);
  if (rendered == 0 && data) out.svg = NormaliseSvg(std::string(data, length));
  gvFreeRenderData(data);
  gvFreeLayout(gvc, graph.root());
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
