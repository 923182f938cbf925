// Rendering at scale: the network diagram for 100, 1,000 and 5,000 actors
// (and 300 and 1,500, where the engine changes; about three edges an actor, the layout engine NetworkLayoutFor picks), the
// timeline for 100 and 2,000 events (pinned positions: no layout), and the
// graph analyses behind the network (Brandes betweenness dominates).
#include <string>

#include <benchmark/benchmark.h>

#include "graph/testing_corpus.h"
#include "tarikh/graph.h"
#include "tarikh/render.h"

namespace {

using tarikh::testing::Corpus;
using tarikh::testing::SyntheticCorpus;

// ~1.5 two- or three-party events per actor: about three distinct neighbours each.
Corpus NetworkCorpus(size_t actors) { return SyntheticCorpus(actors, actors * 3 / 2, 10, 7); }

void BM_Network(benchmark::State& state) {
  Corpus c = NetworkCorpus(static_cast<size_t>(state.range(0)));
  tarikh::ActorGraph graph = tarikh::BuildActorGraph(c.actors, c.events);
  size_t svg_bytes = 0;
  for (auto _ : state) {
    tarikh::Result<tarikh::Diagram> d = tarikh::RenderNetwork(graph, {});
    if (!d.ok()) state.SkipWithError(d.status().message().c_str());
    else svg_bytes = d->svg.size();
  }
  state.SetLabel(std::string(tarikh::NetworkLayoutFor(graph.actors.size(), graph.edges.size())) + ", " +
                 std::to_string(graph.edges.size()) + " edges");
  state.counters["svg_kB"] = static_cast<double>(svg_bytes) / 1024;
}
BENCHMARK(BM_Network)->Arg(100)->Arg(300)->Arg(1000)->Arg(1500)->Arg(5000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_Timeline(benchmark::State& state) {
  Corpus c = SyntheticCorpus(60, static_cast<size_t>(state.range(0)), 10, 11);
  size_t svg_bytes = 0;
  for (auto _ : state) {
    tarikh::Result<tarikh::Diagram> d = tarikh::RenderTimeline(c.actors, c.events, {});
    if (!d.ok()) state.SkipWithError(d.status().message().c_str());
    else svg_bytes = d->svg.size();
  }
  state.SetLabel("nop2 (pinned), 8 lanes");
  state.counters["svg_kB"] = static_cast<double>(svg_bytes) / 1024;
}
BENCHMARK(BM_Timeline)->Arg(100)->Arg(2000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_BuildActorGraph(benchmark::State& state) {
  Corpus c = NetworkCorpus(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(tarikh::BuildActorGraph(c.actors, c.events));
}
BENCHMARK(BM_BuildActorGraph)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond);

void BM_RenderOutputs(benchmark::State& state) {
  Corpus c = NetworkCorpus(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    auto files = tarikh::RenderOutputs(c.documents, c.actors, c.events, {});
    if (!files.ok()) state.SkipWithError(files.status().message().c_str());
  }
  state.SetLabel(std::to_string(c.events.size()) + " events, all files");
}
BENCHMARK(BM_RenderOutputs)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

// BENCHMARK_MAIN is in temporal_bench.cc: all of bench/ is one program.
