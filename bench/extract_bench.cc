// The whole per-article extraction (decoding, text analysis, time
// expressions, actors, events) on real article files, one core: the figure
// issue 8 sets a target for (>= 10 MB/s per core). The articles are the files
// under $TARIKH_BENCH_ARTICLES (scripts/bench-throughput points it at a
// gen-corpus folder), else the seed articles in samples/. Merging, the store
// and rendering are not part of it: `tarikh build --timing` shows those.
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "tarikh/extraction.h"
#include "tarikh/ingest.h"

namespace {

struct Article {
  std::string path;
  std::string bytes;
};

const std::vector<Article>& Articles() {
  static const std::vector<Article> articles = [] {
    const char* dir = std::getenv("TARIKH_BENCH_ARTICLES");
    std::vector<std::string> files;
    (void)tarikh::CollectInputs({dir != nullptr && *dir ? dir : TARIKH_SOURCE_DIR "/samples"}, &files);
    std::vector<Article> out;
    for (const std::string& f : files) {
      std::ifstream in(f, std::ios::binary);
      out.push_back({f, std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>())});
    }
    return out;
  }();
  return articles;
}

const tarikh::Extractor& SharedExtractor() {
  static const tarikh::Extractor* extractor =
      new tarikh::Extractor(std::move(tarikh::Extractor::Load({})).value());
  return *extractor;
}

void BM_ExtractArticles(benchmark::State& state) {
  const tarikh::IngestOptions ingest;
  int64_t bytes = 0;
  for (const Article& a : Articles()) bytes += static_cast<int64_t>(a.bytes.size());
  size_t timexes = 0, events = 0;
  for (auto _ : state) {
    timexes = events = 0;
    for (const Article& a : Articles()) {
      tarikh::Result<tarikh::Document> doc = tarikh::DecodeDocument(a.bytes, a.path, ingest);
      if (!doc.ok()) continue;
      const tarikh::Extraction e = SharedExtractor().Extract(std::move(doc).value());
      timexes += e.timexes.size();
      events += e.events.size();
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["articles"] = static_cast<double>(Articles().size());
  state.counters["timexes"] = static_cast<double>(timexes);
  state.counters["events"] = static_cast<double>(events);
}
BENCHMARK(BM_ExtractArticles)->Unit(benchmark::kMillisecond);

}  // namespace
