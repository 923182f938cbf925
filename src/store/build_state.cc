#include "store/build_state.h"

#include <charconv>
#include <nlohmann/json.hpp>

namespace tarikh::store {
namespace {

constexpr const char* kCorpusDocuments = "corpus_documents";
constexpr const char* kCorpusCounts = "corpus_counts";
constexpr const char* kRenderOptions = "render_options";
constexpr const char* kRenderCode = "render_code";
constexpr const char* kPiecesWrittenWith = "pieces_written_with";
constexpr const char* kLayouts = "layouts";
constexpr const char* kExportParts = "export_parts";
constexpr const char* kLayoutsComputedWith = "layouts_computed_with";
constexpr const char* kBetweenness = "betweenness";
constexpr const char* kBetweennessComputedWith = "betweenness_computed_with";
constexpr const char* kEventsNew = "events_new";

// "articles events actors".
std::optional<CorpusCounts> ParseCounts(const std::string& text) {
  CorpusCounts counts;
  const char* at = text.data();
  const char* end = text.data() + text.size();
  for (size_t* field : {&counts.articles, &counts.events, &counts.actors}) {
    while (at < end && *at == ' ') ++at;
    auto [next, ec] = std::from_chars(at, end, *field);
    if (ec != std::errc()) return std::nullopt;
    at = next;
  }
  return counts;
}

std::string Get(const std::map<std::string, std::string>& meta, const char* key) {
  auto it = meta.find(key);
  return it == meta.end() ? "" : it->second;
}

}  // namespace

std::map<std::string, std::string> BuildStateToMeta(const BuildState& state) {
  std::map<std::string, std::string> meta;
  meta[kCorpusDocuments] = state.corpus_documents;
  if (state.counts) {
    meta[kCorpusCounts] = std::to_string(state.counts->articles) + " " + std::to_string(state.counts->events) + " " +
                          std::to_string(state.counts->actors);
  }
  meta[kRenderOptions] = state.render_options;
  meta[kRenderCode] = state.render_code;
  meta[kPiecesWrittenWith] = state.pieces_written_with;
  meta[kLayouts] = nlohmann::json(state.layouts).dump();
  meta[kLayoutsComputedWith] = state.layouts_computed_with;
  meta[kExportParts] = nlohmann::json(state.export_parts).dump();
  meta[kBetweenness] = state.betweenness;
  meta[kBetweennessComputedWith] = state.betweenness_computed_with;
  std::string joined;
  for (const std::string& id : state.new_events) joined += (joined.empty() ? "" : "\n") + id;
  meta[kEventsNew] = joined;
  return meta;
}

BuildState BuildStateFromMeta(const std::map<std::string, std::string>& meta) {
  BuildState state;
  state.corpus_documents = Get(meta, kCorpusDocuments);
  state.counts = ParseCounts(Get(meta, kCorpusCounts));
  state.render_options = Get(meta, kRenderOptions);
  state.render_code = Get(meta, kRenderCode);
  state.pieces_written_with = Get(meta, kPiecesWrittenWith);
  const auto layouts = nlohmann::json::parse(Get(meta, kLayouts), nullptr, false);
  if (layouts.is_object()) {
    for (const auto& [key, positions] : layouts.items()) {
      if (positions.is_string()) state.layouts.emplace(key, positions.get<std::string>());
    }
  }
  state.layouts_computed_with = Get(meta, kLayoutsComputedWith);
  const auto parts = nlohmann::json::parse(Get(meta, kExportParts), nullptr, false);
  if (parts.is_object()) {
    for (const auto& [name, key] : parts.items()) {
      if (key.is_string()) state.export_parts.emplace(name, key.get<std::string>());
    }
  }
  state.betweenness = Get(meta, kBetweenness);
  state.betweenness_computed_with = Get(meta, kBetweennessComputedWith);
  const std::string ids = Get(meta, kEventsNew);
  for (size_t at = 0; at < ids.size();) {
    const size_t end = std::min(ids.find('\n', at), ids.size());
    state.new_events.push_back(ids.substr(at, end - at));
    at = end + 1;
  }
  return state;
}

}  // namespace tarikh::store
