// Timeline geometry: columns of dated slots, compressed gaps, actor lanes.
#include "render/timeline_layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "render/text.h"

namespace tarikh::render_internal {

double TextWidth(const std::string& line, double font_size) {
  return static_cast<double>(DisplayLength(line)) * font_size * 0.6 + 4;
}

namespace {

constexpr double kCardFont = 11, kDateFont = 10, kLineHeight = 15;
constexpr double kSlotGap = 12, kColumnGap = 20, kCompressedGap = 70;
constexpr size_t kWrap = 26, kMaxNamesOnCard = 4;

struct Dated {
  std::optional<DayRange> range;
  const Event* event;
};

// Date order: calendar dates by first day, wider ranges first (a season
// before the months it contains), then id; other values after, by value.
std::vector<Dated> SortByDate(const std::vector<Event>& events) {
  std::vector<Dated> out;
  for (const Event& e : events) out.push_back({CalendarRange(e.date), &e});
  std::sort(out.begin(), out.end(), [](const Dated& a, const Dated& b) {
    if (a.range.has_value() != b.range.has_value()) return a.range.has_value();
    if (!a.range) return std::tie(a.event->date, a.event->id) < std::tie(b.event->date, b.event->id);
    return std::make_tuple(a.range->first, -a.range->last, a.event->id) <
           std::make_tuple(b.range->first, -b.range->last, b.event->id);
  });
  return out;
}

// The actors with most events (at least two, unless nobody has two), places excluded.
std::vector<size_t> ChooseLanes(const std::vector<Actor>& actors, const std::vector<Event>& events,
                                const RenderOptions& options) {
  if (!options.actor_lanes) return {};
  std::map<std::string, size_t> count;
  for (const Event& e : events)
    for (const std::string& p : e.participants) ++count[p];
  std::vector<std::pair<size_t, size_t>> ranked;  // (events, actor index)
  size_t best = 0;
  for (size_t i = 0; i < actors.size(); ++i) {
    if (actors[i].type == ActorType::kPlace || !count.count(actors[i].id)) continue;
    ranked.push_back({count[actors[i].id], i});
    best = std::max(best, count[actors[i].id]);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    return std::tie(b.first, actors[a.second].id) < std::tie(a.first, actors[b.second].id);
  });
  std::vector<size_t> lanes;
  for (const auto& [n, i] : ranked)
    if (lanes.size() < options.max_lanes && (n >= 2 || best < 2)) lanes.push_back(i);
  return lanes;
}

using ActorsById = std::map<std::string_view, const Actor*>;

std::vector<std::string> CardLines(const Event& e, const ActorsById& by_id,
                                   const std::map<std::string, size_t>& laned, const RenderOptions& options) {
  std::vector<std::string> lines;
  for (const std::string& headline : EventHeadline(e, options.labels))
    for (std::string& l : WrapWords(headline, kWrap)) lines.push_back(std::move(l));
  LabelLanguage names = options.labels == LabelLanguage::kEnglish ? LabelLanguage::kEnglish : LabelLanguage::kArabic;
  std::string others;
  size_t shown = 0, hidden = 0;
  for (const std::string& p : e.participants) {
    if (laned.count(p)) continue;
    auto it = by_id.find(p);
    if (it != by_id.end() && it->second->type == ActorType::kPlace) continue;
    if (shown == kMaxNamesOnCard) {
      ++hidden;
      continue;
    }
    std::string name = it == by_id.end() ? CleanText(p) : ActorName(*it->second, names);
    others += (others.empty() ? "" : names == LabelLanguage::kArabic ? "، " : ", ") + name;
    ++shown;
  }
  if (hidden) others += " +" + std::to_string(hidden);
  for (std::string& l : WrapWords(others, kWrap + 6)) lines.push_back(std::move(l));
  return lines;
}

void PlaceLanes(TimelineLayout& t, const std::vector<Actor>& actors, const std::vector<size_t>& lanes,
                const RenderOptions& options) {
  t.lane_height = options.labels == LabelLanguage::kBoth ? 48 : 40;
  double bottom = t.band_y + t.band_height / 2 + 14;
  for (size_t i = 0; i < lanes.size(); ++i) {
    TimelineLane lane;
    lane.actor = lanes[i];
    lane.label = ActorNameLines(actors[lanes[i]], options.labels);
    lane.y = bottom + static_cast<double>(lanes.size() - 1 - i) * t.lane_height + t.lane_height / 2;
    for (const std::string& l : lane.label) t.header_width = std::max(t.header_width, TextWidth(l, kCardFont) + 24);
    t.lanes.push_back(std::move(lane));
  }
  t.lanes_top = bottom + static_cast<double>(lanes.size()) * t.lane_height;
}

// Each column's span: the last later column whose dates lie inside its own
// (a season over the months it contains), so imprecision is drawn, not hidden.
void ComputeSpans(TimelineLayout& t) {
  for (size_t c = 0; c < t.columns.size(); ++c) {
    TimelineColumn& col = t.columns[c];
    col.span_to = c;
    if (!col.range || col.range->days() == 1) continue;
    for (size_t j = c + 1; j < t.columns.size() && t.columns[j].range; ++j)
      if (t.columns[j].range->first <= col.range->last) col.span_to = j;
  }
}

// Columns left to right; each column's slots side by side, centred under the
// date box; spacing grows with the log of the interval, long gaps compressed.
void PlaceColumns(TimelineLayout& t, double x) {
  for (size_t c = 0; c < t.columns.size(); ++c) {
    TimelineColumn& col = t.columns[c];
    double slots = 0;
    for (size_t k : col.cards) slots += t.cards[k].width + (slots > 0 ? kSlotGap : 0);
    double label = 0;
    for (const std::string& l : col.label) label = std::max(label, TextWidth(l, kDateFont) + 16);
    double width = std::max(slots, label);
    if (c > 0) {
      const TimelineColumn& prev = t.columns[c - 1];
      int days = prev.range && col.range ? col.range->first - prev.range->last : 0;
      col.gap_days = days;
      col.gap_before = days > kCompressGapDays || (prev.range.has_value() != col.range.has_value());
      x += col.gap_before ? kCompressedGap + 12 * std::log10(1.0 + days / 30.0)
                          : kColumnGap + 6 * std::log2(1.0 + std::max(0, days));
    }
    col.left = x;
    col.right = x + width;
    double slot_x = x + (width - slots) / 2;
    for (size_t k : col.cards) {
      t.cards[k].x = slot_x + t.cards[k].width / 2;
      slot_x += t.cards[k].width + kSlotGap;
    }
    x = col.right;
  }
  t.width = x + 24;
}

}  // namespace

TimelineLayout LayoutTimeline(const std::vector<Actor>& actors, const std::vector<Event>& events,
                              const RenderOptions& options) {
  TimelineLayout t;
  std::vector<size_t> lanes = ChooseLanes(actors, events, options);
  std::map<std::string, size_t> laned;
  for (size_t i = 0; i < lanes.size(); ++i) laned[actors[lanes[i]].id] = i;
  ActorsById by_id;
  for (const Actor& a : actors) by_id.emplace(a.id, &a);
  for (const Dated& d : SortByDate(events)) {
    bool same = !t.columns.empty() && t.columns.back().date == d.event->date;
    if (!same) {
      TimelineColumn col;
      col.date = d.event->date;
      col.range = d.range;
      col.precision = PrecisionOf(col.date);
      col.label = DateLabelLines(col.date, options.labels);
      if (col.date.empty())
        col.label = {options.labels == LabelLanguage::kEnglish ? "undated" : "بلا تاريخ"};
      t.columns.push_back(std::move(col));
    }
    TimelineCard card;
    card.event = d.event;
    card.lines = CardLines(*d.event, by_id, laned, options);
    for (const std::string& l : card.lines) card.width = std::max(card.width, TextWidth(l, kCardFont) + 20);
    card.width = std::max(card.width, 60.0);
    card.height = static_cast<double>(card.lines.size()) * kLineHeight + 12;
    for (const std::string& p : d.event->participants)
      if (laned.count(p)) card.lanes.push_back(laned[p]);
    std::sort(card.lanes.begin(), card.lanes.end());
    t.columns.back().cards.push_back(t.cards.size());
    t.band_height = std::max(t.band_height, card.height + 16);
    t.cards.push_back(std::move(card));
  }
  t.header_width = 90;
  t.axis_y = 22;
  t.band_y = t.axis_y + 36 + t.band_height / 2;
  PlaceLanes(t, actors, lanes, options);
  PlaceColumns(t, t.header_width + 24);
  ComputeSpans(t);
  return t;
}

}  // namespace tarikh::render_internal
