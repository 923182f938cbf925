// RenderOutputs: every diagram and export of SPEC §4 as whole files in memory.
#include <algorithm>
#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "common/pieces.h"
#include "render/style.h"
#include "render_sources.h"  // generated: TARIKH_RENDER_SOURCES
#include "tarikh/render.h"

namespace tarikh {

std::string RenderSourcesDigest() { return TARIKH_RENDER_SOURCES; }

std::vector<std::string_view> OutputFile::Parts() const {
  return spliced_from != nullptr ? spliced_from->Parts(content) : std::vector<std::string_view>{content};
}

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
  // The timeline is drawn while the actor graph is built; the network,
  // which needs the graph, after the timeline (Graphviz is not thread-safe:
  // one diagram at a time), while the graph's GraphML is written.
  std::string csv, timeline_json, graphml;
  std::optional<Result<Diagram>> timeline;
  ActorGraph graph;  // before the threads, which it must outlive (an early return joins them)
  struct Threads {
    std::vector<std::thread> running;
    ~Threads() {
      for (std::thread& t : running)
        if (t.joinable()) t.join();
    }
  } threads;
  threads.running.emplace_back(
      [&] { csv = EventsCsv(documents, actors, events, options.caches.csv_pieces, options.caches.event_digests); });
  threads.running.emplace_back(
      [&] { timeline_json = TimelineJson(actors, events, options, options.caches.timeline_json_pieces); });
  std::thread& timeline_thread = threads.running.emplace_back([&] {
    const std::vector<Event> shown = LatestEvents(events, options.max_timeline_events);
    RenderOptions timeline_options = options;
    if (shown.size() < events.size()) {  // the diagram says it is not the whole record
      const std::string n = std::to_string(shown.size()), all = std::to_string(events.size());
      timeline_options.title = render_internal::TimelineTitle(options) +
                               (options.labels == LabelLanguage::kEnglish
                                    ? " · the latest " + n + " of " + all + " events (all in events.csv)"
                                    : " · أحدث " + n + " من " + all + " حدثا (كلها في events.csv) · latest " + n +
                                          " of " + all);
    }
    timeline = RenderTimeline(actors, shown, timeline_options);
  });
  graph = BuildActorGraph(actors, events, options.caches.betweenness);
  timeline_thread.join();
  if (!timeline->ok()) return timeline->status();
  threads.running.emplace_back([&] { graphml = NetworkGraphml(graph); });
  RenderOptions people = options, countries = options;
  people.network_view = NetworkView::kPeople;
  countries.network_view = NetworkView::kCountries;
  Result<Diagram> network = RenderNetwork(graph, people);
  if (!network.ok()) return network.status();
  Result<Diagram> states = RenderNetwork(graph, countries);
  if (!states.ok()) return states.status();
  std::string html = IndexHtml(documents, actors, events, graph, {timeline->value(), network.value(), states.value()},
                               options);
  for (std::thread& t : threads.running)
    if (t.joinable()) t.join();
  // A pieced export is the views of its memo when the memo splices.
  auto splicing = [](const PieceMemo* memo) { return memo != nullptr && memo->splicing() ? memo : nullptr; };
  // Sorted by name; each file named where it is made, never found by index.
  std::vector<OutputFile> files;
  files.push_back({"events.csv", std::move(csv), splicing(options.caches.csv_pieces)});
  files.push_back({"index.html", std::move(html)});
  files.push_back({"network-countries.dot", std::move(states->dot)});
  files.push_back({"network-countries.svg", std::move(states->svg)});
  files.push_back({"network.dot", std::move(network->dot)});
  files.push_back({"network.graphml", std::move(graphml)});
  files.push_back({"network.svg", std::move(network->svg)});
  files.push_back({"timeline.dot", std::move(timeline->value().dot)});
  files.push_back({"timeline.json", std::move(timeline_json), splicing(options.caches.timeline_json_pieces)});
  files.push_back({"timeline.svg", std::move(timeline->value().svg)});
  return files;
}

}  // namespace tarikh
