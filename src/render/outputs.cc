// RenderOutputs: every diagram and export of SPEC §4 as whole files in memory.
#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>
#include <thread>

#include "render/style.h"
#include "tarikh/render.h"

namespace tarikh {

Result<LabelLanguage> ParseLabelLanguage(std::string_view text) {
  if (text == "ar") return LabelLanguage::kArabic;
  if (text == "en") return LabelLanguage::kEnglish;
  if (text == "both") return LabelLanguage::kBoth;
  return Status::InvalidInput("--labels \"" + std::string(text) + "\": expected ar, en or both");
}

std::vector<Event> LatestEvents(const std::vector<Event>& events, size_t max) {
  if (max == 0 || events.size() <= max) return events;
  std::vector<std::pair<std::pair<int64_t, size_t>, size_t>> keyed;  // ((last day, sources), index)
  keyed.reserve(events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    const auto r = CalendarRange(events[i].date);
    keyed.push_back({{r ? r->last : INT64_MIN, events[i].sources.size()}, i});
  }
  std::partial_sort(keyed.begin(), keyed.begin() + static_cast<std::ptrdiff_t>(max), keyed.end(),
                    [](const auto& a, const auto& b) { return a > b; });
  std::vector<size_t> chosen;
  for (size_t k = 0; k < max; ++k) chosen.push_back(keyed[k].second);
  std::sort(chosen.begin(), chosen.end());
  std::vector<Event> out;
  for (size_t i : chosen) out.push_back(events[i]);
  return out;
}

Result<std::vector<OutputFile>> RenderOutputs(const std::vector<Document>& documents,
                                              const std::vector<Actor>& actors,
                                              const std::vector<Event>& events,
                                              const RenderOptions& options) {
  // The exports that need no graph are written on other cores meanwhile,
  // each on its own thread: together they take longer than the diagrams.
  std::string csv, timeline_json;
  std::thread csv_thread([&] { csv = EventsCsv(documents, actors, events, options.csv_pieces, options.event_digests); });
  std::thread timeline_json_thread(
      [&] { timeline_json = TimelineJson(actors, events, options, options.timeline_json_pieces); });
  struct Join {
    std::thread& a;
    std::thread& b;
    ~Join() {
      if (a.joinable()) a.join();
      if (b.joinable()) b.join();
    }
  } join{csv_thread, timeline_json_thread};
  ActorGraph graph = BuildActorGraph(actors, events);
  const std::vector<Event> shown = LatestEvents(events, options.max_timeline_events);
  RenderOptions timeline_options = options;
  if (shown.size() < events.size()) {  // the diagram says it is not the whole record
    timeline_options.title = render_internal::TimelineTitle(options) + " · latest " + std::to_string(shown.size()) + " / " +
                             std::to_string(events.size()) + " events (all in events.csv)";
  }
  Result<Diagram> timeline = RenderTimeline(actors, shown, timeline_options);
  if (!timeline.ok()) return timeline.status();
  Result<Diagram> network = RenderNetwork(graph, options);
  if (!network.ok()) return network.status();
  std::vector<OutputFile> files = {
      {"events.csv", std::string()},
      {"index.html", IndexHtml(documents, actors, events, graph, timeline.value(), network.value(), options)},
      {"network.dot", network->dot},
      {"network.graphml", NetworkGraphml(graph)},
      {"network.svg", network->svg},
      {"timeline.dot", timeline->dot},
      {"timeline.json", std::string()},
      {"timeline.svg", timeline->svg},
  };
  csv_thread.join();
  timeline_json_thread.join();
  files[0].content = std::move(csv);
  files[6].content = std::move(timeline_json);
  auto splicing = [](const PieceMemo* memo) { return memo != nullptr && memo->splicing() ? memo : nullptr; };
  files[0].spliced_from = splicing(options.csv_pieces);
  files[6].spliced_from = splicing(options.timeline_json_pieces);
  return files;  // sorted by name
}

}  // namespace tarikh
