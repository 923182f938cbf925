// The rendered files as other programs read them: Graphviz's `dot` binary,
// python's XML parser, networkx, pandas. These tools are test dependencies,
// not the product's: a check whose tool is missing is skipped.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "common/testing_scratch.h"
#include "graph/testing_corpus.h"
#include "render/gvc.h"
#include "tarikh/render.h"

namespace tarikh {
namespace {

namespace fs = std::filesystem;

struct Finished {
  int status = -1;
  std::string output;  // stdout and stderr
};

Finished Shell(const std::string& command) {
  Finished r;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return r;
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) r.output.append(buffer, n);
  int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// A python that has `module`: the one on PATH, else Debian's (where apt's
// python3-networkx and python3-pandas go when PATH holds a pyenv one); "" if none.
std::string PythonWith(const char* module) {
  for (const char* python : {"python3", "/usr/bin/python3"})
    if (Shell(std::string(python) + " -c 'import " + module + "'").status == 0) return python;
  return "";
}

class RenderE2eTest : public ScratchDirTest {
 protected:
  RenderE2eTest() : ScratchDirTest("tarikh-render-") {}
  void SetUp() override {
    ScratchDirTest::SetUp();
    testing::Corpus c = testing::SeedCorpus();
    Result<std::vector<OutputFile>> files = RenderOutputs(c.documents, c.actors, c.events, {});
    ASSERT_TRUE(files.ok()) << files.status().ToString();
    for (const OutputFile& f : files.value()) std::ofstream(dir_ / f.name, std::ios::binary) << f.content;
  }
  std::string Path(const char* name) const { return (dir_ / name).string(); }
};

TEST_F(RenderE2eTest, DotBinaryAcceptsTheDotFiles) {
  if (Shell("dot -V").status != 0) GTEST_SKIP() << "graphviz's dot is not installed";
  for (const char* name : {"timeline.dot", "network.dot"}) {
    Finished r = Shell("dot -Tsvg " + Path(name) + " -o " + Path("check.svg"));
    EXPECT_EQ(r.status, 0) << name << ": " << r.output;
    EXPECT_EQ(r.output.find("Error"), std::string::npos) << name << ": " << r.output;
  }
  Finished pinned = Shell("neato -n2 -Tsvg " + Path("timeline.dot") + " -o " + Path("check.svg"));
  EXPECT_EQ(pinned.status, 0) << pinned.output;
}

TEST_F(RenderE2eTest, SvgAndGraphmlAreWellFormedXml) {
  for (const char* name : {"timeline.svg", "network.svg", "network.graphml"}) {
    Finished r = Shell("python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' " + Path(name));
    EXPECT_EQ(r.status, 0) << name << ": " << r.output;
  }
}

TEST_F(RenderE2eTest, GraphmlLoadsInNetworkx) {
  std::string python = PythonWith("networkx");
  if (python.empty()) GTEST_SKIP() << "python3-networkx is not installed";
  const char* script = R"(
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
assert g.number_of_nodes() == 12, g.number_of_nodes()
assert not g.is_directed()
r = g.nodes['sergei-ryabkov']
assert r['name_ar'] == 'سيرغي ريابكوف' and r['type'] == 'person' and isinstance(r['degree'], int), r
assert abs(r['betweenness'] - nx.betweenness_centrality(nx.Graph(
    (a, b) for a, b, d in g.edges(data=True) if d['kind'] == 'contact'))['sergei-ryabkov']) < 1e-6
kinds = sorted({d['kind'] for _, _, d in g.edges(data=True)})
assert kinds == ['contact', 'rupture'], kinds
assert all(isinstance(d['weight'], int) for _, _, d in g.edges(data=True))
print('ok')
)";
  std::ofstream(Path("check.py")) << script;
  Finished r = Shell(python + " " + Path("check.py") + " " + Path("network.graphml"));
  EXPECT_EQ(r.status, 0) << r.output;
}

TEST_F(RenderE2eTest, CsvLoadsInPandas) {
  std::string python = PythonWith("pandas");
  if (python.empty()) GTEST_SKIP() << "python3-pandas is not installed";
  const char* script = R"(
import sys, pandas as pd
df = pd.read_csv(sys.argv[1])
assert len(df) == 7, len(df)
assert list(df.columns[:4]) == ['id', 'date', 'start', 'end'], list(df.columns)
assert df.loc[0, 'date'] == '2014-SP' and df.loc[0, 'class'] == 'rupture'
assert df.loc[3, 'actors_ar'].startswith('ألكسندر فومين')
assert pd.to_datetime(df['start']).is_monotonic_increasing
print('ok')
)";
  std::ofstream(Path("check.py")) << script;
  Finished r = Shell(python + " " + Path("check.py") + " " + Path("events.csv"));
  EXPECT_EQ(r.status, 0) << r.output;
}

// Without config6a (simulated by pointing GVBINDIR at an empty folder) the
// plugins are loaded explicitly and the diagrams come out the same. Graphviz
// allows one context per process, so this runs in a child process.
TEST_F(RenderE2eTest, ExplicitPluginsWhenConfig6aIsMissing) {
  std::string child = "GVBINDIR=" + dir_.string() + " TARIKH_GVC_CHILD_OUT=" + Path("child") + " " +
                      "/proc/" + std::to_string(getpid()) + "/exe --gtest_filter=RenderGvcChildTest.*";
  Finished r = Shell(child);
  ASSERT_EQ(r.status, 0) << r.output;
  ASSERT_NE(r.output.find("[  PASSED  ] 1 test"), std::string::npos) << r.output;
  for (const char* name : {"timeline.svg", "network.svg"}) {
    std::ifstream ours(Path(name)), theirs(Path("child") + "-" + name);
    std::string a((std::istreambuf_iterator<char>(ours)), {}), b((std::istreambuf_iterator<char>(theirs)), {});
    EXPECT_EQ(a, b) << name;
  }
}

TEST(RenderGvcChildTest, RendersWithExplicitPlugins) {
  const char* out = std::getenv("TARIKH_GVC_CHILD_OUT");
  if (!out) GTEST_SKIP() << "run by RenderE2eTest.ExplicitPluginsWhenConfig6aIsMissing";
  EXPECT_TRUE(render_internal::GraphvizUsesExplicitPlugins());
  testing::Corpus c = testing::SeedCorpus();
  Result<std::vector<OutputFile>> files = RenderOutputs(c.documents, c.actors, c.events, {});
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  for (const OutputFile& f : files.value())
    if (f.name.ends_with(".svg")) std::ofstream(std::string(out) + "-" + f.name, std::ios::binary) << f.content;
}

}  // namespace
}  // namespace tarikh
