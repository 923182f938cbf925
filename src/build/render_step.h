// The render step: the corpus's diagrams and exports (SPEC §4) in memory,
// with what the last build left for reuse — its layouts, its graph's
// betweenness, the pieces of its exports — when the same code made them.
#ifndef TARIKH_BUILD_RENDER_STEP_H_
#define TARIKH_BUILD_RENDER_STEP_H_

#include <cstdint>
#include <future>
#include <string>
#include <vector>

#include "tarikh/build.h"
#include "tarikh/corpus.h"
#include "tarikh/extraction.h"
#include "tarikh/graph.h"
#include "common/pieces.h"
#include "tarikh/render.h"
#include "tarikh/store.h"

namespace tarikh::build {

// The exports whose pieces are copied when unchanged (common/pieces.h).
struct ExportPieces {
  PieceMemo events_json, events_csv, timeline_json;
};

// The exports written as pieces, each with its memo: the one list that
// reading the previous files, --timing and the store's piece indexes walk.
struct PiecedExport {
  const char* name;
  PieceMemo ExportPieces::*memo;
};
inline constexpr PiecedExport kPiecedExports[] = {
    {"events.json", &ExportPieces::events_json},
    {"events.csv", &ExportPieces::events_csv},
    {"timeline.json", &ExportPieces::timeline_json},
};

// What the outputs were rendered with (BuildState::render_options): other
// options, and the outputs are rendered again.
std::string RenderOptionsKey(const BuildOptions& options);

// What the layouts were computed with: reused only when neither tarikh nor Graphviz changed.
std::string LayoutsComputedWith();

// What a render may reuse from the last build, as `state` holds it.
struct Reused {
  LayoutMemo layouts;
  BetweennessMemo betweenness;
  ExportPieces pieces;
};

// The previous exports' pieces: for each export that is still the file the
// last build wrote (its hash among `written`), written by this tarikh. The
// files (100 MB at 10,000 articles) are read and checked by the returned
// future, on another core while the corpus updates.
std::future<ExportPieces> PreviousPieces(const Store& store, const BuildState& state, const std::string& output_dir);

// The layouts and betweenness of `state` when this tarikh (and Graphviz) made them.
LayoutMemo KnownLayouts(const BuildState& state);
BetweennessMemo KnownBetweenness(const BuildState& state);

// The corpus's documents, as the exports are given them.
std::vector<Document> CorpusDocuments(const Corpus& corpus);

// Every output but events.json (and its parts), restricted as the options ask.
// `event_digests`: EventDigest of each of corpus.events; `new_events`: what
// index.html marks "new since the last build"; `monthly`: the exports are
// laid out by month (RenderOptions::monthly).
Result<std::vector<OutputFile>> Render(const Corpus& corpus, const BuildOptions& options, Reused* caches,
                                       const std::vector<uint64_t>& event_digests,
                                       const std::vector<std::string>& new_events, bool monthly);

}  // namespace tarikh::build

#endif  // TARIKH_BUILD_RENDER_STEP_H_
