#include "build/render_step.h"

#include <filesystem>
#include <optional>

#include "build/hashing.h"
#include "build/up_to_date.h"
#include "tarikh/data_dir.h"
#include "common/files.h"

namespace tarikh::build {

std::string RenderOptionsKey(const BuildOptions& o) {
  return "--labels " + o.labels + " --from " + o.from + " --to " + o.to + " --actor " + o.actor + " --hops " +
         std::to_string(o.hops) + (o.layout == "auto" ? "" : " --layout " + o.layout);
}

std::string LayoutsComputedWith() { return RenderCode() + ", graphviz " + GraphvizVersion(); }

LayoutMemo KnownLayouts(const BuildState& state) {
  LayoutMemo memo;
  if (state.layouts_computed_with == LayoutsComputedWith()) memo.known = state.layouts;
  return memo;
}

BetweennessMemo KnownBetweenness(const BuildState& state) {
  if (state.betweenness_computed_with != RenderCode()) return {};
  return BetweennessMemo::Parse(state.betweenness);
}

std::future<ExportPieces> PreviousPieces(const Store& store, const BuildState& state, const std::string& output_dir) {
  struct Known {
    const PiecedExport* output;
    std::string hash, index;
  };
  std::vector<Known> known;
  Result<std::map<std::string, std::string>> written = store.Outputs();
  if (state.pieces_written_with == RenderCode() && written.ok()) {
    for (const PiecedExport& output : kPiecedExports) {
      auto hash = written->find(output.name);
      Result<std::string> index = store.Pieces(output.name);
      if (hash != written->end() && index.ok() && !index->empty()) {
        known.push_back({&output, hash->second, index.value()});
      }
    }
  }
  return std::async(std::launch::async, [known = std::move(known), output_dir] {
    ExportPieces pieces;
    for (const Known& k : known) {
      std::optional<MappedFile> bytes =
          MappedFile::Open((std::filesystem::path(output_dir) / k.output->name).string());
      if (!bytes || HashHex(bytes->bytes()) != k.hash) continue;
      PieceMemo memo(std::move(*bytes), k.index);
      memo.set_splicing(true);  // the exports are written as views of the previous files, not copied into memory
      pieces.*(k.output->memo) = std::move(memo);
    }
    return pieces;
  });
}

std::vector<Document> CorpusDocuments(const Corpus& corpus) {
  std::vector<Document> documents;
  documents.reserve(corpus.extractions.size());
  for (const Extraction& e : corpus.extractions) documents.push_back(e.document);
  return documents;
}

Result<std::vector<OutputFile>> Render(const Corpus& corpus, const BuildOptions& options, Reused* caches,
                                       const std::vector<uint64_t>& event_digests,
                                       const std::vector<std::string>& new_events, bool monthly) {
  Result<LabelLanguage> labels = ParseLabelLanguage(options.labels);
  if (!labels.ok()) return labels.status();
  const GraphFilter filter{options.from, options.to, options.actor, options.hops};
  std::optional<std::vector<Event>> filtered;  // left empty when nothing is filtered: no copy of every event
  if (!filter.from.empty() || !filter.to.empty() || !filter.actor.empty() || filter.hops < 0) {
    Result<std::vector<Event>> events = FilterEvents(corpus.actors, corpus.events, filter);
    if (!events.ok()) return events.status();
    filtered = std::move(events).value();
  }
  const std::vector<Document> documents = CorpusDocuments(corpus);
  RenderOptions render;
  render.labels = labels.value();
  render.caches.layouts = &caches->layouts;
  render.caches.betweenness = &caches->betweenness;
  render.caches.csv_pieces = &caches->pieces.events_csv;
  render.caches.timeline_json_pieces = &caches->pieces.timeline_json;
  render.caches.event_digests = filtered ? nullptr : &event_digests;
  render.focus_actor = options.actor;
  render.new_events = &new_events;
  render.monthly = monthly;
  // The trigger words marked in evidence sentences; without the lexicon the
  // page marks the parties only.
  Result<TriggerMarker> triggers =
      LoadTriggerMarker(options.data_dir.empty() ? DefaultDataDir() : options.data_dir);
  if (triggers.ok()) render.triggers = &triggers.value();
  return RenderOutputs(documents, corpus.actors, filtered ? *filtered : corpus.events, render);
}

}  // namespace tarikh::build
