// Timeline geometry: date groups down a vertical axis, cards beside them,
// long empty periods compressed.
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

double CardLineFont(CardLine::Kind kind) {
  switch (kind) {
    case CardLine::Kind::kHeadline: return 11;
    case CardLine::Kind::kDate: return 9;
    case CardLine::Kind::kNames: return 10;
    case CardLine::Kind::kNamesLatin: return 9;
  }
  return 10;
}

double CardLineHeight(CardLine::Kind kind) { return CardLineFont(kind) + 4; }

namespace {

constexpr double kCardWidth = 280, kCardGap = 12, kCardPadding = 12;
constexpr double kRowGap = 10, kGroupPadding = 8;
constexpr double kDateWidth = 170, kDateFont = 10;
constexpr double kCompressedGap = 46;
constexpr size_t kMaxNamesOnCard = 6;

struct Dated {
  DayRange range;
  const Event* event;
};

// Date order: by first day, wider ranges first (a season before the months
// it contains), then id. Undated and non-calendar values are left out.
std::vector<Dated> SortByDate(const std::vector<Event>& events, size_t* undated) {
  std::vector<Dated> out;
  for (const Event& e : events) {
    if (std::optional<DayRange> r = CalendarRange(e.date)) out.push_back({*r, &e});
    else ++*undated;
  }
  std::sort(out.begin(), out.end(), [](const Dated& a, const Dated& b) {
    return std::make_tuple(a.range.first, -a.range.last, a.event->date, a.event->id) <
           std::make_tuple(b.range.first, -b.range.last, b.event->date, b.event->id);
  });
  return out;
}

using ActorsById = std::map<std::string_view, const Actor*>;

// The parties' names, in one language, the places left out; beyond
// kMaxNamesOnCard, "+N".
std::string PartyNames(const Event& e, const ActorsById& by_id, bool arabic) {
  std::string out;
  size_t shown = 0, hidden = 0;
  for (const std::string& p : e.participants) {
    auto it = by_id.find(p);
    if (it != by_id.end() && it->second->type == ActorType::kPlace) continue;
    if (shown == kMaxNamesOnCard) {
      ++hidden;
      continue;
    }
    LabelLanguage language = arabic ? LabelLanguage::kArabic : LabelLanguage::kEnglish;
    std::string name = it == by_id.end() ? CleanText(p) : ActorName(*it->second, language);
    out += (out.empty() ? "" : arabic ? "، " : ", ") + name;
    ++shown;
  }
  if (hidden) out += " +" + std::to_string(hidden);
  return out;
}

size_t WrapWidth(CardLine::Kind kind) {
  return static_cast<size_t>((kCardWidth - kCardPadding - 8) / (CardLineFont(kind) * 0.6));
}

void AddWrapped(std::vector<CardLine>& lines, CardLine::Kind kind, const std::string& text) {
  for (std::string& l : WrapWords(text, WrapWidth(kind))) lines.push_back({kind, std::move(l)});
}

std::vector<CardLine> CardLines(const Event& e, const ActorsById& by_id, const RenderOptions& options) {
  std::vector<CardLine> lines;
  for (const std::string& headline : EventHeadline(e, options.labels)) AddWrapped(lines, CardLine::Kind::kHeadline, headline);
  for (const std::string& date : DateLabelLines(e.date, options.labels)) AddWrapped(lines, CardLine::Kind::kDate, date);
  if (options.labels != LabelLanguage::kEnglish) AddWrapped(lines, CardLine::Kind::kNames, PartyNames(e, by_id, true));
  if (options.labels != LabelLanguage::kArabic) {
    const std::string latin = PartyNames(e, by_id, false);
    if (options.labels == LabelLanguage::kEnglish || !HasArabic(latin) || latin != PartyNames(e, by_id, true))
      AddWrapped(lines, options.labels == LabelLanguage::kEnglish ? CardLine::Kind::kNames : CardLine::Kind::kNamesLatin,
                 latin);
  }
  return lines;
}

// Each group's span: the last later group whose dates lie inside its own
// (a season over the months it contains), so imprecision is drawn, not hidden.
void ComputeSpans(TimelineLayout& t) {
  for (size_t g = 0; g < t.groups.size(); ++g) {
    TimelineGroup& group = t.groups[g];
    group.span_to = g;
    if (group.range.days() == 1) continue;
    for (size_t j = g + 1; j < t.groups.size(); ++j)
      if (t.groups[j].range.first <= group.range.last) group.span_to = j;
  }
}

// Groups top to bottom; each group's cards in rows of kCardsPerRow, the
// first nearest the axis (on its left: the page reads right to left).
void PlaceGroups(TimelineLayout& t, double y) {
  int32_t latest = 0;  // the last day covered so far
  for (size_t g = 0; g < t.groups.size(); ++g) {
    TimelineGroup& group = t.groups[g];
    if (g > 0) {
      const int days = std::max(0, group.range.first - latest - 1);
      group.gap_days = days;
      group.gap_before = days > kCompressGapDays;
      if (group.gap_before) {
        group.gap_y = y + kCompressedGap / 2;
        y += kCompressedGap;
      } else {
        y += 4 + 3 * std::log2(1.0 + days);
      }
    }
    latest = g == 0 ? group.range.last : std::max(latest, group.range.last);
    group.top = y;
    double row_top = y + kGroupPadding;
    const double cards_right = t.axis_x - 18;
    for (size_t k = 0; k < group.cards.size(); k += kCardsPerRow) {
      double row_height = 0;
      for (size_t j = k; j < std::min(group.cards.size(), k + kCardsPerRow); ++j)
        row_height = std::max(row_height, t.cards[group.cards[j]].height);
      for (size_t j = k; j < std::min(group.cards.size(), k + kCardsPerRow); ++j) {
        TimelineCard& card = t.cards[group.cards[j]];
        card.x = cards_right - static_cast<double>(j - k) * (kCardWidth + kCardGap) - kCardWidth / 2;
        card.y = row_top + card.height / 2;
      }
      row_top += row_height + kRowGap;
    }
    const double cards_bottom = row_top - kRowGap + kGroupPadding;
    group.label_height = static_cast<double>(group.label.size()) * (kDateFont + 4) + 10;
    group.label_y = y + kGroupPadding + group.label_height / 2;
    group.bottom = std::max(cards_bottom, y + group.label_height + 2 * kGroupPadding);
    y = group.bottom;
  }
  t.height = y + 16;
}

}  // namespace

TimelineLayout LayoutTimeline(const std::vector<Actor>& actors, const std::vector<Event>& events,
                              const RenderOptions& options) {
  TimelineLayout t;
  ActorsById by_id;
  for (const Actor& a : actors) by_id.emplace(a.id, &a);
  for (const Dated& d : SortByDate(events, &t.undated)) {
    if (t.groups.empty() || t.groups.back().date != d.event->date) {
      TimelineGroup group;
      group.date = d.event->date;
      group.range = d.range;
      group.precision = PrecisionOf(group.date);
      group.label = DateLabelLines(group.date, options.labels);
      t.groups.push_back(std::move(group));
    }
    TimelineCard card;
    card.event = d.event;
    card.lines = CardLines(*d.event, by_id, options);
    card.width = kCardWidth;
    card.height = kCardPadding;
    for (const CardLine& l : card.lines) card.height += CardLineHeight(l.kind);
    t.groups.back().cards.push_back(t.cards.size());
    t.cards.push_back(std::move(card));
  }
  t.date_width = kDateWidth;
  t.date_x = t.width - 8 - kDateWidth / 2;
  t.axis_x = t.width - 8 - kDateWidth - 22;
  t.legend_y = 14;
  PlaceGroups(t, 40);
  ComputeSpans(t);
  return t;
}

}  // namespace tarikh::render_internal
