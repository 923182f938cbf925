// index.html: both diagrams inline, the leading actors and every event with
// its sources and evidence sentences. Self-contained: inline CSS and SVG, and
// a Content-Security-Policy that forbids loading anything at all.
#include <string>
#include <string_view>
#include <unordered_map>

#include "render/style.h"
#include "render/text.h"
#include "tarikh/render.h"

namespace tarikh {
namespace {

using render_internal::CleanText;
using render_internal::XmlEscape;

constexpr size_t kRankedActors = 15;

constexpr const char* kStyle = R"(
body{font-family:"Noto Sans Arabic","Noto Sans",sans-serif;margin:1.5em;color:#222;background:#fff}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}
.diagram{overflow:auto;border:1px solid #ddd;padding:.5em;max-height:80vh}
table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{border:1px solid #ddd;padding:.35em .5em;vertical-align:top}
th{background:#f0f0f0;text-align:start}
td[dir=rtl]{text-align:right}
td.date{font-family:"DejaVu Sans Mono",monospace;white-space:nowrap}
tr.rupture td:first-child{border-left:4px solid #c0392b}
tr.planned td{font-style:italic}
blockquote{margin:.2em 0;padding:.2em .6em;border-inline-start:3px solid #ccc;background:#fafafa}
.source{color:#555;font-size:.9em}
)";

// Text in a cell: right-to-left when it holds Arabic.
std::string Cell(const std::string& raw, const char* cls = nullptr) {
  std::string text = CleanText(raw);
  std::string out = "<td";
  if (cls) out += std::string(" class=\"") + cls + "\"";
  out += render_internal::HasArabic(text) ? " dir=\"rtl\" lang=\"ar\">" : " dir=\"auto\">";
  return out + XmlEscape(text) + "</td>";
}

// Appends the SVG element alone (no XML prolog or doctype), its ids prefixed
// so that two diagrams on one page never share an id. Appended in place: the
// network diagram runs to megabytes.
void AppendInlineSvg(std::string& out, const std::string& svg, const std::string& prefix) {
  size_t start = svg.find("<svg");
  if (start == std::string::npos) return;
  const std::string_view needle = " id=\"";
  for (size_t i = start; i < svg.size();) {
    size_t hit = svg.find(needle, i);
    if (hit == std::string::npos) hit = svg.size();
    out.append(svg, i, hit - i);
    if (hit == svg.size()) break;
    out += needle;
    out += prefix;
    i = hit + needle.size();
  }
}

std::string ActorsTable(const ActorGraph& graph, LabelLanguage labels) {
  std::string out = "<table><tr><th>#</th><th>الفاعل · Actor</th><th>degree</th><th>contacts</th>"
                    "<th>betweenness</th></tr>\n";
  std::vector<size_t> ranked = RankActors(graph);
  for (size_t k = 0; k < ranked.size() && k < kRankedActors; ++k) {
    size_t i = ranked[k];
    char betweenness[32];
    std::snprintf(betweenness, sizeof betweenness, "%.3f", graph.stats[i].betweenness);
    out += "<tr><td>" + std::to_string(k + 1) + "</td>" + Cell(render_internal::ActorName(graph.actors[i], labels)) +
           "<td>" + std::to_string(graph.stats[i].degree) + "</td><td>" + std::to_string(graph.stats[i].contacts) +
           "</td><td>" + betweenness + "</td></tr>\n";
  }
  return out + "</table>\n";
}

std::string SourcesCell(const Event& e, const std::unordered_map<std::string_view, const Document*>& documents) {
  std::string out = "<td>";
  for (const EventSource& s : e.sources) {
    auto it = documents.find(s.document);
    std::string title = it == documents.end() ? s.document : it->second->title;
    std::string where = it == documents.end() ? "" : it->second->path;
    out += "<div class=\"source\"><span dir=\"auto\">" + XmlEscape(CleanText(title)) + "</span> · " +
           XmlEscape(CleanText(where)) + (s.date.empty() ? "" : " · " + XmlEscape(CleanText(s.date))) + "</div>";
    for (const Evidence& ev : s.evidence)
      out += "<blockquote dir=\"rtl\" lang=\"ar\">" + XmlEscape(CleanText(ev.text)) + "</blockquote>";
  }
  return out + "</td>";
}

std::string EventsTable(const std::vector<Document>& documents, const std::vector<Actor>& actors,
                        const std::vector<Event>& events, LabelLanguage labels) {
  // Hash maps: a store holds tens of thousands of documents, looked up for the
  // few hundred events listed.
  std::unordered_map<std::string_view, const Actor*> by_id;
  by_id.reserve(actors.size());
  for (const Actor& a : actors) by_id.emplace(a.id, &a);
  std::unordered_map<std::string_view, const Document*> docs;
  docs.reserve(documents.size());
  for (const Document& d : documents) docs.emplace(d.id, &d);
  std::string out = "<table><tr><th>التاريخ · Date</th><th>الحدث · Event</th><th>المشاركون · Participants</th>"
                    "<th>المصادر والأدلة · Sources and evidence</th></tr>\n";
  for (const Event& e : events) {
    std::string headline, names;
    for (const std::string& l : render_internal::EventHeadline(e, labels)) headline += (headline.empty() ? "" : " — ") + l;
    for (const std::string& p : e.participants) {
      auto it = by_id.find(p);
      names += (names.empty() ? "" : "، ") + (it == by_id.end() ? p : render_internal::ActorName(*it->second, labels));
    }
    std::string cls = std::string(EventClassName(e.event_class)) + (e.planned ? " planned" : "");
    out += "<tr class=\"" + cls + "\" id=\"" + render_internal::StableIds().Unique(e.id) + "\">" +
           Cell(e.date.empty() ? "—" : e.date, "date") + Cell(headline) + Cell(names) + SourcesCell(e, docs) + "</tr>\n";
  }
  out += "</table>\n";
  return out;
}

}  // namespace

std::string IndexHtml(const std::vector<Document>& documents, const std::vector<Actor>& actors,
                      const std::vector<Event>& events, const ActorGraph& graph, const Diagram& timeline,
                      const Diagram& network, const RenderOptions& options) {
  std::string title = options.title.empty() ? "tarikh — تاريخ" : CleanText(options.title);
  std::string out = "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    "style-src 'unsafe-inline'; img-src data:\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                    XmlEscape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  out += "<h1 dir=\"auto\">" + XmlEscape(title) + "</h1>\n<p>" + std::to_string(events.size()) + " events · " +
         std::to_string(graph.actors.size()) + " actors · " + std::to_string(documents.size()) + " articles</p>\n";
  out += "<h2>" + XmlEscape(render_internal::TimelineTitle(options)) + "</h2>\n<div class=\"diagram\">";
  AppendInlineSvg(out, timeline.svg, "timeline-");
  out += "</div>\n<h2>" + XmlEscape(render_internal::NetworkTitle(options)) + "</h2>\n<div class=\"diagram\">";
  AppendInlineSvg(out, network.svg, "network-");
  out += "</div>\n";
  out += "<h2>الفاعلون الأبرز · Leading actors</h2>\n" + ActorsTable(graph, options.labels);
  const std::vector<Event> listed = LatestEvents(events, options.max_timeline_events);
  out += "<h2>الأحداث · Events</h2>\n";
  if (listed.size() < events.size()) {
    out += "<p>" + std::to_string(listed.size()) + " / " + std::to_string(events.size()) +
           " — الأحدث · the latest; events.csv, events.json</p>\n";
  }
  out += EventsTable(documents, actors, listed, options.labels);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace tarikh
