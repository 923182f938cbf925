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

namespace {

// What the outputs are made of, filled as the render goes.
struct Rendered {
  std::string csv, timeline_json, graphml, html;
  Diagram timeline, people, countries;
};

// The table of SPEC §4's outputs that RenderOutputs makes (events.json is
// the builder's, from the whole corpus), in name order: the memo each is
// pieced with (nullptr: written whole), and where its bytes are once made.
// Which need the actor graph is said where they are made, below.
struct OutputSpec {
  const char* name;
  PieceMemo* RenderCaches::*pieces;
  std::string& (*part)(Rendered&);
  bool monthly;  // also written in the monthly layout
};
constexpr OutputSpec kOutputs[] = {
    {"events.csv", &RenderCaches::csv_pieces, [](Rendered& r) -> std::string& { return r.csv; }, false},
    {"index.html", nullptr, [](Rendered& r) -> std::string& { return r.html; }, true},
    {"network-countries.dot", nullptr, [](Rendered& r) -> std::string& { return r.countries.dot; }, true},
    {"network-countries.svg", nullptr, [](Rendered& r) -> std::string& { return r.countries.svg; }, true},
    {"network.dot", nullptr, [](Rendered& r) -> std::string& { return r.people.dot; }, true},
    {"network.graphml", nullptr, [](Rendered& r) -> std::string& { return r.graphml; }, true},
    {"network.svg", nullptr, [](Rendered& r) -> std::string& { return r.people.svg; }, true},
    {"timeline.dot", nullptr, [](Rendered& r) -> std::string& { return r.timeline.dot; }, true},
    {"timeline.json", &RenderCaches::timeline_json_pieces,
     [](Rendered& r) -> std::string& { return r.timeline_json; }, true},
    {"timeline.svg", nullptr, [](Rendered& r) -> std::string& { return r.timeline.svg; }, true},
};

// The timeline's options: its title says when it is not the whole record.
RenderOptions TimelineOptions(const RenderOptions& options, size_t shown, size_t all_events) {
  RenderOptions timeline = options;
  if (shown < all_events) {
    const std::string n = std::to_string(shown), all = std::to_string(all_events);
    const std::string where = options.monthly ? "events/" : "events.csv";
    timeline.title = render_internal::TimelineTitle(options) +
                     (options.labels == LabelLanguage::kEnglish
                          ? " · the latest " + n + " of " + all + " events (all in " + where + ")"
                          : " · أحدث " + n + " من " + all + " حدثا (كلها في " + where + ") · latest " + n + " of " + all);
  }
  return timeline;
}

}  // namespace

std::vector<std::string> RenderedOutputNames(bool monthly) {
  std::vector<std::string> names;
  for (const OutputSpec& spec : kOutputs)
    if (spec.monthly || !monthly) names.emplace_back(spec.name);
  return names;
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
  Rendered r;
  std::optional<Result<Diagram>> timeline;
  ActorGraph graph;  // before the threads, which it must outlive (an early return joins them)
  struct Threads {
    std::vector<std::thread> running;
    ~Threads() {
      for (std::thread& t : running)
        if (t.joinable()) t.join();
    }
  } threads;
  const RenderCaches& caches = options.caches;
  if (!options.monthly) {
    threads.running.emplace_back(
        [&] { r.csv = EventsCsv(documents, actors, events, caches.csv_pieces, caches.event_digests); });
    threads.running.emplace_back(
        [&] { r.timeline_json = TimelineJson(actors, events, options, caches.timeline_json_pieces); });
  }
  std::thread& timeline_thread = threads.running.emplace_back([&] {
    const std::vector<Event> shown = LatestEvents(events, options.max_timeline_events);
    const RenderOptions shown_options = TimelineOptions(options, shown.size(), events.size());
    timeline = RenderTimeline(actors, shown, shown_options);
    // In the monthly layout timeline.json is what the timeline shows (TimelineJS draws no more).
    if (options.monthly) r.timeline_json = TimelineJson(actors, shown, shown_options, caches.timeline_json_pieces);
  });
  graph = BuildActorGraph(actors, events, caches.betweenness);
  timeline_thread.join();
  if (!timeline->ok()) return timeline->status();
  r.timeline = std::move(*timeline).value();
  threads.running.emplace_back([&] { r.graphml = NetworkGraphml(graph); });
  RenderOptions people = options, countries = options;
  people.network_view = NetworkView::kPeople;
  countries.network_view = NetworkView::kCountries;
  Result<Diagram> network = RenderNetwork(graph, people);
  if (!network.ok()) return network.status();
  r.people = std::move(network).value();
  Result<Diagram> states = RenderNetwork(graph, countries);
  if (!states.ok()) return states.status();
  r.countries = std::move(states).value();
  r.html = IndexHtml(documents, actors, events, graph, {r.timeline, r.people, r.countries}, options);
  for (std::thread& t : threads.running)
    if (t.joinable()) t.join();
  std::vector<OutputFile> files;
  for (const OutputSpec& spec : kOutputs) {
    if (options.monthly && !spec.monthly) continue;
    // A pieced export is the views of its memo when the memo splices.
    const PieceMemo* memo = spec.pieces != nullptr ? caches.*spec.pieces : nullptr;
    files.push_back({spec.name, std::move(spec.part(r)), memo != nullptr && memo->splicing() ? memo : nullptr});
  }
  return files;
}

}  // namespace tarikh
