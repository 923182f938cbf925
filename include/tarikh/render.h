// Rendering: the diagrams and data exports `tarikh build` writes (SPEC §4).
//
//   std::vector<Event> events = FilterEvents(actors, merged, filter).value();
//   Result<std::vector<OutputFile>> files = RenderOutputs(documents, actors, events, {});
//   for (const OutputFile& f : files.value()) WriteFileAtomically(outdir + "/" + f.name, f.content);
//
// Everything is computed in memory and returned as whole files, so the caller
// writes them atomically and nothing partial reaches OUTDIR. Output is
// deterministic: the same input gives byte-identical files (stable ids, sorted
// order, and no version or timestamp from Graphviz in the SVG).
//
// Diagrams go through Graphviz's C library (cgraph + gvc): the timeline is
// laid out by us (x from the date, y from the actor lane) and rendered with
// pinned positions (`neato -n2`), so it costs no layout time at any size; the
// network is laid out by the engine its size allows (NetworkLayoutFor).
// Graphviz is not thread-safe: calls are serialised inside the library.
//
// Every text that comes from articles is cleaned before it reaches an output:
// bidi controls (U+200E/F, U+202A–E, U+2066–9, U+061C) and other control
// characters are removed, and each format's own escaping is applied (DOT
// labels, XML, HTML, CSV, JSON — TimelineJS texts are HTML, so escaped too).
//
// File formats:
//  - events.csv: RFC 4180 (CRLF line ends, fields quoted when they hold a
//    comma, quote or line break, quotes doubled), UTF-8 *without* a BOM
//    (pandas and R read it as is; Excel users import it as UTF-8). Columns:
//    id,date,start,end,class,type,cameo,planned,actors,actors_en,actors_ar,
//    place,place_ar,sources,evidence,date_display,outlets,urls — lists are
//    joined with "; " (evidence with " | "); date is the TIMEX3 value,
//    date_display the date in words in Arabic and English; sources are the
//    articles' paths, outlets and urls theirs from the front matter, in the
//    same order. A cell that would begin with = + - or @ begins with ' (a
//    spreadsheet would run it as a formula: OWASP's CSV injection advice).
//  - network.graphml: GraphML 1.0, undirected; node keys label, name_ar,
//    type, country, role, degree, contacts, betweenness, component; edge keys
//    weight (event count), kind (contact|rupture), dates, types, events.
//  - timeline.json: TimelineJS3 ({"title": slide, "events": [slide]}); a
//    slide's date has year, and month/day only when the value has them;
//    events without a calendar date are left out and counted in the title.
//  - timeline.json: every slide's display_date is the date in words.
//  - index.html: right to left, self-contained (inline CSS, SVG and one
//    script of ours that the Content-Security-Policy allows by its SHA-256;
//    nothing from the network).
#ifndef TARIKH_RENDER_H_
#define TARIKH_RENDER_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tarikh/document.h"
#include "tarikh/entities.h"
#include "tarikh/events.h"
#include "tarikh/graph.h"
#include "tarikh/status.h"

namespace tarikh {

class PieceMemo;  // an export's pieces, kept between builds (internal)

enum class LabelLanguage { kArabic, kEnglish, kBoth };
// "ar", "en", "both" (the `--labels` flag).
Result<LabelLanguage> ParseLabelLanguage(std::string_view text);

// Graphviz layouts kept from one build to the next. Laying out the network
// is most of an incremental build's rendering time, and most new articles
// leave what it is laid out from — the drawn actors, their labels, the edges
// and their weights — as it was, changing only tooltips, pen widths and
// colours. Every diagram laid out by an engine is drawn in two steps: the
// engine places nodes and edges (or the positions come from `known`), then
// Graphviz draws from those positions ("nop2"). Both ways give the same
// bytes, so a memo changes only the time a render takes — provided its
// positions came from this tarikh and this Graphviz (GraphvizVersion).
struct LayoutMemo {
  // Positions by layout key (a hash of everything the layout depends on),
  // as a previous render filled `used`.
  std::map<std::string, std::string> known;
  // Filled by the render: the positions of each diagram it laid out.
  std::map<std::string, std::string> used;
  // How many of them came from `known` (for --timing).
  size_t reused = 0;
};

// The trigger words of the event lexicon (data_dir/events/triggers.tsv: its
// type and forms columns) in the matching form (tarikh/text.h), by event
// type: what index.html marks in an evidence sentence. The lexicon decides
// what an event is; this only shows the reader which words said so.
struct TriggerMarker {
  // type → phrases, each a list of normalised words
  std::map<std::string, std::vector<std::vector<std::string>>> forms;
};
Result<TriggerMarker> LoadTriggerMarker(const std::string& data_dir);

// What a render may reuse from an earlier one, and fills for the next
// (docs/incremental.md): apart from what the outputs show, so that the same
// options with or without caches draw the same bytes. None owned; nullptr =
// none (computed here).
struct RenderCaches {
  LayoutMemo* layouts = nullptr;          // layouts computed before
  BetweennessMemo* betweenness = nullptr; // the actor graph's betweenness computed before (tarikh/graph.h)
  // The previous events.csv and timeline.json, whose unchanged rows and
  // slides are copied, or spliced when the memo splices (see OutputFile).
  PieceMemo* csv_pieces = nullptr;
  PieceMemo* timeline_json_pieces = nullptr;
  // EventDigest of each event given to RenderOutputs, in order, when the
  // caller has them.
  const std::vector<uint64_t>* event_digests = nullptr;
};

struct RenderOptions {
  LabelLanguage labels = LabelLanguage::kBoth;
  std::string title;             // diagram and page title; "" = a default in the label language
  size_t max_network_nodes = 150;   // beyond this, the network shows the best-ranked actors
  // Beyond this many edges between the actors shown, the network draws the
  // ruptures and the contacts with most events, saying so in its title; 0 =
  // all. 150 actors of a large corpus can share 5,000 contacts: a drawing of
  // all of them is a solid blot, and takes a quarter of a second to lay out
  // and draw. network.graphml keeps every edge.
  size_t max_network_edges = 600;
  // The timeline and index.html's table of events show at most this many
  // events (LatestEvents), saying so; 0 = all. The exports always list all.
  // At 10,000 articles a timeline of every event is neither readable nor
  // drawable in interactive time.
  size_t max_timeline_events = 400;
  std::string network_layout;    // "" = by size (NetworkLayoutFor); or dot, neato, fdp, sfdp
  // What RenderNetwork draws: the people who met, or the countries and
  // organisations. RenderOutputs draws both (network.svg, network-countries.svg).
  NetworkView network_view = NetworkView::kPeople;
  // The actor the record was narrowed to (`--actor`: id, name or mention),
  // drawn with a double border in the networks; "" = none.
  std::string focus_actor;
  // Ids of the events the latest build that changed the corpus added or
  // changed (tarikh/store.h 'events_new'), sorted; index.html marks them
  // "new since the last build". nullptr or empty = none (a first build).
  // Not owned.
  const std::vector<std::string>* new_events = nullptr;
  // Marks the trigger words of an event in its evidence sentences
  // (LoadTriggerMarker); nullptr = only the parties are marked. Not owned.
  const TriggerMarker* triggers = nullptr;
  // The exports laid out by month (tarikh/parts.h): events.csv is not
  // written (its rows are in events/MONTH.csv, the builder's), and
  // timeline.json holds the events the timeline shows, as its title says.
  bool monthly = false;
  // What the render may reuse from an earlier one (below).
  RenderCaches caches;
};

// The version of the Graphviz library the diagrams are drawn with ("2.42.2").
std::string GraphvizVersion();
// A digest of the code that renders, computed when tarikh is built: what a
// build keeps for the next (layouts, export pieces, graph statistics) is
// reused only by the same code.
std::string RenderSourcesDigest();

struct OutputFile {
  std::string name;     // file name inside OUTDIR, e.g. "timeline.svg"
  std::string content;  // the whole file, or with `spliced_from` only its new bytes
  // The splicing memo (PieceMemo::set_splicing) the file was written with,
  // or nullptr: then the file is spliced_from->Parts(content). Not owned.
  const PieceMemo* spliced_from = nullptr;
  // The file's bytes as views, in order (of `content` and the previous file).
  std::vector<std::string_view> Parts() const;
};

// All of SPEC §4 except events.json: timeline.dot/.svg, network.dot/.svg
// (people), network-countries.dot/.svg (countries and organisations),
// network.graphml, events.csv, timeline.json, index.html, sorted by name.
// Errors: a Graphviz failure (kInternal), an unknown layout (kInvalidInput).
// The names RenderOutputs writes, in its order (a table in src/render/outputs.cc);
// `monthly`: in the monthly layout (RenderOptions::monthly).
std::vector<std::string> RenderedOutputNames(bool monthly = false);

Result<std::vector<OutputFile>> RenderOutputs(const std::vector<Document>& documents,
                                              const std::vector<Actor>& actors,
                                              const std::vector<Event>& events,
                                              const RenderOptions& options);

// The `max` most recent events (by the end of their date range, then the
// number of articles reporting them; undated last), in the order given; all
// of them when there are no more than `max` or `max` is 0.
std::vector<Event> LatestEvents(const std::vector<Event>& events, size_t max);

// The pieces, for callers that want one output.
struct Diagram {
  std::string dot;  // the graph as given to Graphviz (re-renderable: `dot -Tsvg` honours its layout attribute)
  std::string svg;  // Graphviz's SVG, normalised
};
Result<Diagram> RenderTimeline(const std::vector<Actor>& actors, const std::vector<Event>& events,
                               const RenderOptions& options);
// The view options.network_view of the graph (BuildContactView).
Result<Diagram> RenderNetwork(const ActorGraph& graph, const RenderOptions& options);

// With `pieces`, each row (slide) is a piece (common/pieces.h): copied from
// the previous file when unchanged.
std::string EventsCsv(const std::vector<Document>& documents, const std::vector<Actor>& actors,
                      const std::vector<Event>& events, PieceMemo* pieces = nullptr,
                      const std::vector<uint64_t>* event_digests = nullptr);
std::string NetworkGraphml(const ActorGraph& graph);
std::string TimelineJson(const std::vector<Actor>& actors, const std::vector<Event>& events,
                         const RenderOptions& options, PieceMemo* pieces = nullptr);
// The diagrams index.html shows inline.
struct PageDiagrams {
  const Diagram& timeline;
  const Diagram& people;     // network.svg
  const Diagram& countries;  // network-countries.svg
};
// `graph` is BuildActorGraph(actors, events), for the table of leading actors.
std::string IndexHtml(const std::vector<Document>& documents, const std::vector<Actor>& actors,
                      const std::vector<Event>& events, const ActorGraph& graph, const PageDiagrams& diagrams,
                      const RenderOptions& options);

// The layout engine that draws a network of `nodes` actors and `edges` edges
// in well under 10 s on a 2-core machine (measured, see GRAPHVIZ.md and
// bench/render_bench.cc): dot for a few actors with few edges (it places edge
// labels without overlap), neato up to 300 actors, fdp up to 1,500, sfdp beyond.
const char* NetworkLayoutFor(size_t nodes, size_t edges);

}  // namespace tarikh

#endif  // TARIKH_RENDER_H_
