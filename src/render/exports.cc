// events.csv (RFC 4180) and network.graphml (GraphML 1.0): the record for
// spreadsheets, pandas and R, and the graph for Gephi, networkx and yEd.
#include <cstdio>
#include <map>
#include <string>

#include "render/text.h"
#include "tarikh/render.h"
#include "tarikh/timex.h"

namespace tarikh {
namespace {

using render_internal::CleanText;
using render_internal::XmlEscape;

std::string CsvField(const std::string& raw) {
  std::string text = CleanText(raw);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string Join(const std::vector<std::string>& items, const char* separator = "; ") {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + CleanText(item);
  return out;
}

std::string Number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

void CsvRow(std::string& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + CsvField(fields[i]);
  out += "\r\n";  // RFC 4180 line ends
}

std::vector<std::string> EventRow(const Event& e, const std::map<std::string_view, const Actor*>& actors,
                                  const std::map<std::string_view, const Document*>& documents) {
  std::optional<DayRange> range = CalendarRange(e.date);
  std::vector<std::string> en, ar, sources, evidence;
  for (const std::string& id : e.participants) {
    auto it = actors.find(id);
    en.push_back(it == actors.end() ? id : it->second->name);
    ar.push_back(it == actors.end() ? "" : it->second->name_ar);
  }
  for (const EventSource& s : e.sources) {
    auto it = documents.find(s.document);
    sources.push_back(it == documents.end() ? s.document : it->second->path);
    for (const Evidence& ev : s.evidence) evidence.push_back(ev.text);
  }
  return {e.id, e.date, range ? DayNumberToString(range->first) : "", range ? DayNumberToString(range->last) : "",
          EventClassName(e.event_class), e.type, e.cameo, e.planned ? "true" : "false", Join(e.participants),
          Join(en), Join(ar), e.place.name, e.place.name_ar, Join(sources), Join(evidence, " | ")};
}

void GraphmlKey(std::string& out, const char* id, const char* owner, const char* type) {
  out += std::string("  <key id=\"") + id + "\" for=\"" + owner + "\" attr.name=\"" + id + "\" attr.type=\"" +
         type + "\"/>\n";
}

void GraphmlData(std::string& out, const char* key, const std::string& value) {
  if (!value.empty()) out += std::string("      <data key=\"") + key + "\">" + XmlEscape(CleanText(value)) + "</data>\n";
}

}  // namespace

std::string EventsCsv(const std::vector<Document>& documents, const std::vector<Actor>& actors,
                      const std::vector<Event>& events) {
  std::map<std::string_view, const Actor*> by_id;
  for (const Actor& a : actors) by_id.emplace(a.id, &a);
  std::map<std::string_view, const Document*> docs;
  for (const Document& d : documents) docs.emplace(d.id, &d);
  std::string out;
  CsvRow(out, {"id", "date", "start", "end", "class", "type", "cameo", "planned", "actors", "actors_en", "actors_ar",
               "place", "place_ar", "sources", "evidence"});
  for (const Event& e : events) CsvRow(out, EventRow(e, by_id, docs));
  return out;
}

std::string NetworkGraphml(const ActorGraph& graph) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const char* key : {"label", "name_ar", "type", "country", "role"}) GraphmlKey(out, key, "node", "string");
  for (const char* key : {"degree", "contacts", "component"}) GraphmlKey(out, key, "node", "int");
  GraphmlKey(out, "betweenness", "node", "double");
  GraphmlKey(out, "weight", "edge", "int");
  for (const char* key : {"kind", "dates", "types", "events"}) GraphmlKey(out, key, "edge", "string");
  out += "  <graph id=\"actors\" edgedefault=\"undirected\">\n";
  for (size_t i = 0; i < graph.actors.size(); ++i) {
    const Actor& a = graph.actors[i];
    const ActorStats& s = graph.stats[i];
    out += "    <node id=\"" + XmlEscape(CleanText(a.id)) + "\">\n";
    GraphmlData(out, "label", a.name.empty() ? a.id : a.name);
    GraphmlData(out, "name_ar", a.name_ar);
    GraphmlData(out, "type", ActorTypeName(a.type));
    GraphmlData(out, "country", a.country);
    GraphmlData(out, "role", a.role);
    GraphmlData(out, "degree", std::to_string(s.degree));
    GraphmlData(out, "contacts", std::to_string(s.contacts));
    GraphmlData(out, "component", std::to_string(s.component));
    GraphmlData(out, "betweenness", Number(s.betweenness));
    out += "    </node>\n";
  }
  for (size_t k = 0; k < graph.edges.size(); ++k) {
    const ActorEdge& e = graph.edges[k];
    out += "    <edge id=\"e" + std::to_string(k) + "\" source=\"" + XmlEscape(CleanText(graph.actors[e.a].id)) +
           "\" target=\"" + XmlEscape(CleanText(graph.actors[e.b].id)) + "\">\n";
    GraphmlData(out, "weight", std::to_string(e.count()));
    GraphmlData(out, "kind", EdgeKindName(e.kind));
    GraphmlData(out, "dates", Join(e.dates));
    GraphmlData(out, "types", Join(e.types));
    GraphmlData(out, "events", Join(e.event_ids));
    out += "    </edge>\n";
  }
  return out + "  </graph>\n</graphml>\n";
}

}  // namespace tarikh
