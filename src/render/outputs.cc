// RenderOutputs: every diagram and export of SPEC §4 as whole files in memory.
#include <algorithm>
#include <string>

#include "tarikh/render.h"

namespace tarikh {

Result<LabelLanguage> ParseLabelLanguage(std::string_view text) {
  if (text == "ar") return LabelLanguage::kArabic;
  if (text == "en") return LabelLanguage::kEnglish;
  if (text == "both") return LabelLanguage::kBoth;
  return Status::InvalidInput("--labels \"" + std::string(text) + "\": expected ar, en or both");
}

Result<std::vector<OutputFile>> RenderOutputs(const std::vector<Document>& documents,
                                              const std::vector<Actor>& actors,
                                              const std::vector<Event>& events,
                                              const RenderOptions& options) {
  ActorGraph graph = BuildActorGraph(actors, events);
  Result<Diagram> timeline = RenderTimeline(actors, events, options);
  if (!timeline.ok()) return timeline.status();
  Result<Diagram> network = RenderNetwork(graph, options);
  if (!network.ok()) return network.status();
  std::vector<OutputFile> files = {
      {"events.csv", EventsCsv(documents, actors, events)},
      {"index.html", IndexHtml(documents, actors, events, graph, timeline.value(), network.value(), options)},
      {"network.dot", network->dot},
      {"network.graphml", NetworkGraphml(graph)},
      {"network.svg", network->svg},
      {"timeline.dot", timeline->dot},
      {"timeline.json", TimelineJson(actors, events, options)},
      {"timeline.svg", timeline->svg},
  };
  return files;  // sorted by name
}

}  // namespace tarikh
