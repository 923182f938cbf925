// index.html: a right-to-left page for analysts. The diagrams inline (zoom,
// pan, or open the file full size), the leading actors, and every event with
// its date in words, its parties (a click filters by one), its sources
// (outlet, publication date, a link to the article, the file) and its
// evidence sentences with the trigger and the parties marked; filters by
// actor, class or type, date range and text; undated events apart; the
// events new since the last build marked. Self-contained: inline CSS, SVG
// and one script of ours, which the Content-Security-Policy allows by hash,
// and nothing else — nothing is loaded from anywhere.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>
#include <tuple>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "render/dates.h"
#include "render/evidence.h"
#include "render/page_assets.h"
#include "render/sha256.h"
#include "render/style.h"
#include "render/text.h"
#include "tarikh/render.h"

namespace tarikh {
namespace {

using render_internal::CleanText;
using render_internal::XmlEscape;

constexpr size_t kRankedActors = 15;
constexpr size_t kMaxUndatedListed = 400;

using ActorsById = std::unordered_map<std::string_view, const Actor*>;
using DocumentsById = std::unordered_map<std::string_view, const Document*>;

std::string Escaped(std::string_view raw) { return XmlEscape(CleanText(raw)); }

// Lines in the label language (Arabic, then English): the second quieter.
std::string Lines(const std::vector<std::string>& lines) {
  if (lines.empty()) return "";
  if (lines.size() == 1) return "<span dir=\"auto\">" + Escaped(lines[0]) + "</span>";
  return Escaped(lines[0]) + "<br><span class=\"en\" dir=\"ltr\">" + Escaped(lines[1]) + "</span>";
}

// Appends the SVG element alone (no XML prolog or doctype), its ids prefixed
// so that diagrams on one page never share an id. Appended in place: the
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

void AppendDiagram(std::string& out, const std::string& box, const std::string& title, const std::string& file,
                   const std::string& svg) {
  out += "<h2 dir=\"auto\">" + XmlEscape(title) + "</h2>\n<div class=\"tools\" data-for=\"" + box +
         "\"><button type=\"button\" data-zoom=\"in\">تكبير + · zoom in</button>"
         "<button type=\"button\" data-zoom=\"out\">تصغير − · zoom out</button>"
         "<button type=\"button\" data-zoom=\"fit\">ملء العرض · fit</button>"
         "<a href=\"" + file + "\" target=\"_blank\">فتح بالحجم الكامل · open full size (" + file +
         ")</a></div>\n<div class=\"diagram\" id=\"" + box + "\">";
  AppendInlineSvg(out, svg, box.substr(0, box.find('-')) + "-");
  out += "</div>\n";
}

// An actor's name as a button that filters by it; each language isolated,
// so an English name never takes the Arabic one's words along.
std::string ActorButton(const Actor* actor, const std::string& id, LabelLanguage labels) {
  std::string name;
  for (const std::string& line : actor == nullptr ? std::vector<std::string>{id}
                                                  : render_internal::ActorNameLines(*actor, labels))
    name += (name.empty() ? "" : " / ") + ("<bdi>" + Escaped(line) + "</bdi>");
  return "<button type=\"button\" class=\"actor\" data-actor=\"" + XmlEscape(id) + "\">" + name + "</button>";
}

std::string ActorsTable(const ActorGraph& graph, LabelLanguage labels) {
  std::string out =
      "<table class=\"actors\"><colgroup><col class=\"rank\"><col><col class=\"number\"><col class=\"number\">"
      "<col class=\"number\"></colgroup><thead><tr><th>#</th><th>الفاعل · Actor</th><th>الصلات · degree</th>"
      "<th>اللقاءات · contacts</th><th>الوساطة · betweenness</th></tr></thead><tbody>\n";
  std::vector<size_t> ranked = RankActors(graph);
  for (size_t k = 0; k < ranked.size() && k < kRankedActors; ++k) {
    size_t i = ranked[k];
    char betweenness[32];
    std::snprintf(betweenness, sizeof betweenness, "%.3f", graph.stats[i].betweenness);
    out += "<tr><td>" + std::to_string(k + 1) + "</td><td>" +
           ActorButton(&graph.actors[i], graph.actors[i].id, labels) + "</td><td>" +
           std::to_string(graph.stats[i].degree) + "</td><td>" + std::to_string(graph.stats[i].contacts) + "</td><td>" +
           betweenness + "</td></tr>\n";
  }
  return out + "</tbody></table>\n";
}

// http and https only: a url from an article's front matter never becomes a
// javascript: or data: link.
bool SafeUrl(std::string_view url) {
  auto starts = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) return false;
    return true;
  };
  return (starts("https://") || starts("http://")) && url.find_first_of(" \"<>") == std::string_view::npos;
}

// The outlet: the front matter's source, else the url's host.
std::string Outlet(const Document& d) {
  if (!CleanText(d.source).empty()) return CleanText(d.source);
  if (!SafeUrl(d.url)) return "";
  std::string_view rest = std::string_view(d.url).substr(d.url.find("//") + 2);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (rest.substr(0, 4) == "www.") rest.remove_prefix(4);
  return std::string(rest);
}

struct RowContext {
  const ActorsById& actors;
  const DocumentsById& documents;
  const RenderOptions& options;
  render_internal::PartyPhrases& phrases;
};

std::string SourcesCell(const Event& e, RowContext& cx) {
  std::vector<const Actor*> parties;
  for (const std::string& p : e.participants)
    if (auto it = cx.actors.find(p); it != cx.actors.end()) parties.push_back(it->second);
  std::string out = "<td class=\"sources\">";
  for (const EventSource& s : e.sources) {
    auto it = cx.documents.find(s.document);
    const Document* d = it == cx.documents.end() ? nullptr : it->second;
    out += "<div class=\"source\">";
    const std::string outlet = d == nullptr ? "" : Outlet(*d);
    out += "<span class=\"outlet\" dir=\"auto\">" + (outlet.empty() ? std::string("—") : XmlEscape(outlet)) + "</span>";
    if (d != nullptr && !d->doc_date.empty()) {
      std::string published;
      for (const std::string& line : render_internal::DateLabelLines(d->doc_date, cx.options.labels))
        published += (published.empty() ? "" : " · ") + ("<bdi>" + Escaped(line) + "</bdi>");
      out += " · <span class=\"published\">" + published + "</span>";
    }
    const std::string title = d == nullptr || CleanText(d->title).empty() ? "" : CleanText(d->title);
    if (d != nullptr && SafeUrl(d->url)) {
      out += " · <a href=\"" + XmlEscape(d->url) + "\" target=\"_blank\" rel=\"noopener noreferrer\" dir=\"auto\">" +
             XmlEscape(title.empty() ? d->url : title) + "</a>";
    } else if (!title.empty()) {
      out += " · <span dir=\"auto\">" + XmlEscape(title) + "</span>";
    }
    out += " · <code>" + Escaped(d == nullptr ? s.document : d->path) + "</code></div>";
    for (const Evidence& ev : s.evidence) {
      const std::string sentence = CleanText(ev.text);
      out += "<blockquote dir=\"rtl\" lang=\"ar\">" +
             render_internal::MarkedHtml(
                 sentence, render_internal::MarkEvidence(sentence, e, parties, cx.phrases, cx.options.triggers)) +
             "</blockquote>";
    }
  }
  return out + "</td>";
}

std::string EventRow(const Event& e, RowContext& cx) {
  const LabelLanguage labels = cx.options.labels;
  const std::string id = render_internal::StableIds().Unique(e.id);
  std::string names, actor_ids = " ", buttons;
  for (const std::string& p : e.participants) {
    auto it = cx.actors.find(p);
    const Actor* a = it == cx.actors.end() ? nullptr : it->second;
    if (a != nullptr && a->type == ActorType::kPlace) continue;
    actor_ids += CleanText(p) + " ";
    names += " | " + CleanText(p);
    if (a != nullptr) names += " | " + CleanText(a->name) + " | " + CleanText(a->name_ar);
    buttons += ActorButton(a, p, labels) + " ";
  }
  const std::optional<DayRange> range = CalendarRange(e.date);
  const char* cls = EventClassName(e.event_class);
  std::string out = "<tr id=\"row-" + id + "\" class=\"ev " + cls + (e.planned ? " planned" : "") +
                    "\" data-class=\"" + cls + "\" data-type=\"" + Escaped(e.type) + "\" data-date=\"" +
                    Escaped(e.date) + "\" data-first=\"" +
                    (range ? DayNumberToString(range->first) : "") + "\" data-last=\"" +
                    (range ? DayNumberToString(range->last) : "") + "\" data-actors=\"" + XmlEscape(actor_ids) +
                    "\" data-names=\"" + XmlEscape(names) + "\">";
  out += "<td class=\"date\">" +
         (e.date.empty() ? std::string("بلا تاريخ · undated") : Lines(render_internal::DateLabelLines(e.date, labels))) +
         "</td>";
  const bool arabic = labels != LabelLanguage::kEnglish;
  out += "<td class=\"event\"><strong>" + Lines(render_internal::EventHeadline(e, labels)) + "</strong><br>" +
         "<span class=\"tag " + cls + "\">" + Escaped(render_internal::EventClassTitle(e.event_class, arabic)) +
         (labels == LabelLanguage::kBoth ? " · " + Escaped(render_internal::EventClassTitle(e.event_class, false)) : "") +
         "</span>" + (e.planned ? " <span class=\"tag planned\">مقرر · planned</span>" : "") + "</td>";
  out += "<td class=\"parties\">" + buttons + "</td>";
  out += SourcesCell(e, cx);
  return out + "</tr>\n";
}

std::string EventsTable(const std::string& id, const std::vector<const Event*>& events, RowContext& cx) {
  std::string out = "<table class=\"events\" id=\"" + id +
                    "\"><colgroup><col class=\"date\"><col class=\"event\"><col class=\"parties\"><col></colgroup>"
                    "<thead><tr><th>التاريخ · Date</th><th>الحدث · Event</th><th>الأطراف · Parties</th>"
                    "<th>المصادر والأدلة · Sources and evidence</th></tr></thead><tbody>\n";
  for (const Event* e : events) out += EventRow(*e, cx);
  return out + "</tbody></table>\n";
}

// The actor names a reader may type, and the classes and types present.
std::string Filters(const std::vector<const Event*>& events, const ActorsById& actors, LabelLanguage labels) {
  std::map<EventClass, std::set<std::string>> types;
  std::set<std::string> names;
  for (const Event* e : events) {
    types[e->event_class].insert(e->type);
    for (const std::string& p : e->participants) {
      auto it = actors.find(p);
      if (it == actors.end() || it->second->type == ActorType::kPlace) continue;
      for (const std::string& n : render_internal::ActorNameLines(*it->second, LabelLanguage::kBoth))
        if (!n.empty()) names.insert(CleanText(n));
    }
  }
  std::string out =
      "<form id=\"filters\" class=\"filters\" role=\"search\">"
      "<label>الفاعل · Actor<input id=\"f-actor\" type=\"search\" list=\"actor-names\" autocomplete=\"off\"></label>"
      "<label>الصنف أو النوع · Class or type<select id=\"f-type\"><option value=\"\">الكل · all</option>";
  for (const auto& [cls, kinds] : types) {
    const std::string title = render_internal::EventClassTitle(cls, true) + " · " + render_internal::EventClassTitle(cls, false);
    out += "<optgroup label=\"" + XmlEscape(title) + "\"><option value=\"class:" + EventClassName(cls) + "\">" +
           XmlEscape(title) + "</option>";
    for (const std::string& t : kinds) {
      out += "<option value=\"type:" + Escaped(t) + "\">" + Escaped(render_internal::EventTypeName(t, true)) + " · " +
             Escaped(render_internal::EventTypeName(t, false)) + "</option>";
    }
    out += "</optgroup>";
  }
  out += "</select></label>"
         "<label>من · From<input id=\"f-from\" type=\"date\"></label>"
         "<label>إلى · To<input id=\"f-to\" type=\"date\"></label>"
         "<label>بحث في النص · Text<input id=\"f-text\" type=\"search\"></label>"
         "<label class=\"check\"><input id=\"f-new\" type=\"checkbox\">الجديد منذ البناء السابق فقط · new since the last build only</label>"
         "<button type=\"reset\">مسح · clear</button><output id=\"f-count\"></output></form>\n<datalist id=\"actor-names\">";
  for (const std::string& n : names) out += "<option value=\"" + XmlEscape(n) + "\">";
  (void)labels;
  return out + "</datalist>\n";
}

// The ids of the events new since the last build, as the page's script reads them.
std::string NewEventsBlock(const std::vector<std::string>* ids, const std::vector<const Event*>& listed) {
  std::set<std::string_view> shown;
  for (const Event* e : listed) shown.insert(e->id);
  std::string out = "<script type=\"application/json\" id=\"tarikh-new\">[";
  bool first = true;
  if (ids != nullptr) {
    for (const std::string& id : *ids) {
      if (!shown.count(id)) continue;
      out += (first ? "\"" : ",\"") + render_internal::StableIds().Unique(id) + "\"";
      first = false;
    }
  }
  return out + "]</script>\n";
}

// The events listed: the latest dated ones (LatestEvents) in date order,
// and the undated apart, in the order given.
void ChooseListed(const std::vector<Event>& events, size_t max, std::vector<const Event*>* dated,
                  std::vector<const Event*>* undated) {
  for (const Event& e : events) {
    if (CalendarRange(e.date)) continue;
    if (undated->size() < kMaxUndatedListed) undated->push_back(&e);
  }
  std::vector<size_t> keep;  // indices of the dated events LatestEvents keeps
  {
    std::vector<std::pair<std::pair<int32_t, size_t>, size_t>> keyed;
    for (size_t i = 0; i < events.size(); ++i)
      if (auto r = CalendarRange(events[i].date)) keyed.push_back({{r->last, events[i].sources.size()}, i});
    if (max != 0 && keyed.size() > max) {
      std::partial_sort(keyed.begin(), keyed.begin() + static_cast<std::ptrdiff_t>(max), keyed.end(),
                        [](const auto& a, const auto& b) { return a > b; });
      keyed.resize(max);
    }
    for (const auto& k : keyed) keep.push_back(k.second);
  }
  for (size_t i : keep) dated->push_back(&events[i]);
  std::sort(dated->begin(), dated->end(), [](const Event* a, const Event* b) {
    const DayRange x = *CalendarRange(a->date), y = *CalendarRange(b->date);
    return std::make_tuple(x.first, -x.last, a->id) < std::make_tuple(y.first, -y.last, b->id);
  });
}

std::string Head(const std::string& title) {
  static const std::string hash = render_internal::Sha256Base64(render_internal::PageScript());
  return "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src data:; script-src 'sha256-" + hash + "'\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>" + XmlEscape(title) + "</title>\n<style>" +
         render_internal::PageStyle() + "</style>\n</head>\n<body>\n";
}

}  // namespace

std::string IndexHtml(const std::vector<Document>& documents, const std::vector<Actor>& actors,
                      const std::vector<Event>& events, const ActorGraph& graph, const PageDiagrams& diagrams,
                      const RenderOptions& options) {
  // Hash maps: a store holds tens of thousands of documents, looked up for the
  // few hundred events listed.
  ActorsById by_id;
  by_id.reserve(actors.size());
  for (const Actor& a : actors) by_id.emplace(a.id, &a);
  DocumentsById docs;
  docs.reserve(documents.size());
  for (const Document& d : documents) docs.emplace(d.id, &d);
  std::vector<const Event*> dated, undated;
  ChooseListed(events, options.max_timeline_events, &dated, &undated);
  size_t undated_count = 0;
  for (const Event& e : events) undated_count += !CalendarRange(e.date);

  const std::string title = options.title.empty() ? "tarikh — تاريخ" : CleanText(options.title);
  std::string out = Head(title);
  out += "<header><h1 dir=\"auto\">" + XmlEscape(title) + "</h1>\n<p class=\"counts\"><span>" +
         std::to_string(events.size()) + " حدثا · " + std::to_string(graph.actors.size()) + " فاعلا · " +
         std::to_string(documents.size()) + " مقالا</span> — <span dir=\"ltr\">" + std::to_string(events.size()) +
         " events · " + std::to_string(graph.actors.size()) + " actors · " + std::to_string(documents.size()) +
         " articles</span></p>\n"
         "<nav><a href=\"#timeline\">الجدول الزمني · timeline</a><a href=\"#network\">الشبكة · network</a>"
         "<a href=\"#actors\">الفاعلون · actors</a><a href=\"#events\">الأحداث · events</a>"
         "<a href=\"#undated\">بلا تاريخ · undated</a></nav></header>\n";
  out += "<section id=\"timeline\">\n";
  AppendDiagram(out, "timeline-box", render_internal::TimelineTitle(options), "timeline.svg", diagrams.timeline.svg);
  out += "</section>\n<section id=\"network\">\n";
  AppendDiagram(out, "people-box", render_internal::NetworkTitle(options, NetworkView::kPeople), "network.svg",
                diagrams.people.svg);
  AppendDiagram(out, "countries-box", render_internal::NetworkTitle(options, NetworkView::kCountries),
                "network-countries.svg", diagrams.countries.svg);
  out += "</section>\n<section id=\"actors\">\n<h2>الفاعلون الأبرز · Leading actors</h2>\n" +
         ActorsTable(graph, options.labels) + "</section>\n";

  render_internal::PartyPhrases phrases;
  RowContext cx{by_id, docs, options, phrases};
  std::vector<const Event*> listed = dated;
  listed.insert(listed.end(), undated.begin(), undated.end());
  out += "<section id=\"events\">\n<h2>الأحداث · Events</h2>\n" + Filters(listed, by_id, options.labels);
  out += "<p class=\"note\" id=\"new-summary\"></p>\n";
  const size_t dated_count = events.size() - undated_count;
  if (dated.size() < dated_count) {
    out += "<p class=\"note\">" + std::to_string(dated.size()) + " / " + std::to_string(dated_count) +
           (options.monthly ? " — الأحدث فقط؛ كلها في events/ شهرا شهرا · the latest only; all in events/, month by month</p>\n"
                            : " — الأحدث فقط؛ كلها في events.csv و events.json · the latest only; all in events.csv and events.json</p>\n");
  }
  out += EventsTable("events-table", dated, cx) + "</section>\n";
  out += "<section id=\"undated\">\n<h2>أحداث بلا تاريخ · Undated events</h2>\n<p class=\"note\">" +
         std::to_string(undated_count) +
         " — لا تظهر على الجدول الزمني، ويخفيها تحديد مدة · not on the timeline; hidden when a date range is set</p>\n";
  if (!undated.empty()) out += EventsTable("undated-table", undated, cx);
  out += "</section>\n";
  out += NewEventsBlock(options.new_events, listed);
  out += std::string("<script>") + render_internal::PageScript() + "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace tarikh
