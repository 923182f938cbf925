// Incremental event merge (see include/tarikh/corpus.h).
//
// Merging only ever joins two events CouldMerge joins, so the events fall
// into "islands": the connected parts of the graph of such pairs
// (ChangedIslands, include/tarikh/corpus.h). The greedy clustering never
// looks across an island, so an island where no event was added or removed,
// and that no removed event reached, merges exactly as before: its previous
// merged events are kept, and only the islands a change touches are merged
// again. (Islands were once runs of overlapping days, then the parts joined
// by a participant or place in common on overlapping days: with news on
// every day, the first were one island, and at 20,000 articles the second
// had one of 80,000 events, a third of the corpus.) Events without a
// calendar range are never merged with anything and are kept or redone by
// document.
#include <xxhash.h>

#include <algorithm>
#include <cstdint>
#include <cstddef>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "tarikh/corpus.h"

namespace tarikh {
namespace {

bool FromChangedDocument(const Event& e, const std::set<std::string>& changed) {
  return std::any_of(e.sources.begin(), e.sources.end(),
                     [&](const EventSource& s) { return changed.count(s.document) > 0; });
}

EventSketch Sketch(const Event& e, const std::set<std::string>& changed) {
  return SketchEvent(e, FromChangedDocument(e, changed));
}

}  // namespace

EventSketch SketchEvent(const Event& e, bool changed) {
  EventSketch sketch{FactsOf(e), !e.sources.empty(), changed, {}};
  for (const EventSource& s : e.sources)
    sketch.sources.emplace_back(s.document, s.evidence.empty() ? 0 : s.evidence.front().begin);
  return sketch;
}

EventSketch SketchMergedEvent(const Event& e, bool changed) {
  EventSketch sketch{{}, !e.sources.empty(), changed, {}};
  sketch.facts.event_class = e.event_class;
  sketch.facts.range = CalendarRange(e.date);  // merges() only asks whether there is one
  for (const EventSource& s : e.sources)
    sketch.sources.emplace_back(s.document, s.evidence.empty() ? 0 : s.evidence.front().begin);
  return sketch;
}

ChangedIslands::ChangedIslands(const std::vector<EventSketch>& events, const std::vector<EventSketch>& removed,
                               const std::vector<EventSketch>& previous) {
  const size_t articles = events.size() + removed.size();  // per-article nodes come first
  const size_t n = articles + previous.size();
  parent_.resize(n);
  for (size_t i = 0; i < n; ++i) parent_[i] = i;
  auto sketch = [&](size_t node) -> const EventSketch& {
    if (node < events.size()) return events[node];
    node -= events.size();
    return node < removed.size() ? removed[node] : previous[node - removed.size()];
  };
  auto join = [&](size_t x, size_t y) {
    const size_t a = Root(x), b = Root(y);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  };
  // Per-article events by every (class, participant or place) they have:
  // two that CouldMerge share one, on overlapping ranges. Under each key,
  // a sweep by range start tries the pairs whose ranges overlap.
  // A key is hashed (class, place or participant, id): two keys that share
  // a hash only make one sweep try more pairs, each still asked CouldMerge.
  struct Keyed {
    uint64_t key;
    int32_t first, last;  // the range
    uint32_t node;
  };
  auto hash = [](EventClass event_class, bool is_place, std::string_view id) {
    const uint64_t seed = static_cast<uint64_t>(event_class) * 2 + (is_place ? 1 : 0);
    return XXH3_64bits_withSeed(id.data(), id.size(), seed);
  };
  std::vector<Keyed> keyed;
  for (size_t node = 0; node < articles; ++node) {
    const EventSketch& e = sketch(node);
    if (!e.merges()) continue;
    const MergeFacts& f = e.facts;
    const auto at = static_cast<uint32_t>(node);
    for (std::string_view p : f.participants)
      keyed.push_back({hash(f.event_class, false, p), f.range->first, f.range->last, at});
    if (!f.place.empty()) keyed.push_back({hash(f.event_class, true, f.place), f.range->first, f.range->last, at});
  }
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return std::tie(a.key, a.first, a.node) < std::tie(b.key, b.first, b.node);
  });
  std::vector<const Keyed*> open;  // of the current key, ranges not yet over
  for (size_t i = 0; i < keyed.size(); ++i) {
    const Keyed& k = keyed[i];
    const bool same_key = i > 0 && k.key == keyed[i - 1].key;
    if (!same_key) open.clear();
    std::erase_if(open, [&](const Keyed* o) { return o->last < k.first; });
    for (const Keyed* o : open) {
      if (Root(o->node) != Root(k.node) && CouldMerge(sketch(o->node).facts, sketch(k.node).facts))
        join(o->node, k.node);
    }
    open.push_back(&k);
  }
  // A merged event joins the per-article events of its sources, of its
  // class: its members (and, rarely, another event of that class that one
  // sentence of a member's article reports, which only makes an island larger).
  using SourceKey = std::tuple<std::string_view, uint32_t, EventClass, size_t>;
  std::vector<SourceKey> by_source;
  for (size_t node = 0; node < articles; ++node) {
    const EventSketch& e = sketch(node);
    if (e.merges() && !e.sources.empty())
      by_source.emplace_back(e.sources.front().first, e.sources.front().second, e.facts.event_class, node);
  }
  std::sort(by_source.begin(), by_source.end());
  for (size_t node = articles; node < n; ++node) {
    const EventSketch& e = sketch(node);
    if (!e.merges()) continue;
    for (const auto& [document, begin] : e.sources) {
      const SourceKey first{document, begin, e.facts.event_class, 0};
      for (auto it = std::lower_bound(by_source.begin(), by_source.end(), first);
           it != by_source.end() && std::get<0>(*it) == document && std::get<1>(*it) == begin &&
           std::get<2>(*it) == e.facts.event_class;
           ++it)
        join(node, std::get<3>(*it));
    }
  }
  dirty_.assign(n, 0);
  for (size_t node = 0; node < n; ++node) {
    const EventSketch& e = sketch(node);
    const bool removed_node = node >= events.size() && node < articles;
    if (e.merges() && (e.changed || removed_node)) dirty_[Root(node)] = 1;
  }
  for (const EventSketch& e : events) events_.push_back({e.merges(), e.changed});
  for (const EventSketch& e : previous) previous_.push_back({e.merges(), e.changed});
  for (size_t node = 0; node < n; ++node) {
    if (Root(node) != node || !sketch(node).merges()) continue;
    ++islands_;
    if (dirty_[node]) ++dirty_islands_;
  }
}

size_t ChangedIslands::Root(size_t node) const {
  while (parent_[node] != node) node = parent_[node] = parent_[parent_[node]];
  return node;
}

bool ChangedIslands::Redo(size_t i) const {
  const Node& e = events_[i];
  return e.merges ? dirty_[Root(i)] != 0 : e.changed;
}

bool ChangedIslands::Drop(size_t i) const {
  const Node& merged = previous_[i];
  if (merged.changed) return true;
  if (!merged.merges) return false;
  return dirty_[Root(parent_.size() - previous_.size() + i)] != 0;
}

MergeDelta UpdateMergedEvents(const std::vector<Event>& previous, const std::vector<Event>& events,
                              const std::vector<Event>& removed, const std::set<std::string>& changed_documents) {
  std::vector<EventSketch> sketches;
  sketches.reserve(events.size());
  for (const Event& e : events) sketches.push_back(Sketch(e, changed_documents));
  std::vector<EventSketch> removed_sketches, previous_sketches;
  for (const Event& e : removed) removed_sketches.push_back(Sketch(e, changed_documents));
  for (const Event& e : previous) previous_sketches.push_back(SketchMergedEvent(e, FromChangedDocument(e, changed_documents)));
  const ChangedIslands islands(sketches, removed_sketches, previous_sketches);
  MergeDelta delta;
  for (size_t i = 0; i < previous.size(); ++i) {
    if (islands.Drop(i)) delta.dropped.push_back(i);
  }
  std::vector<Event> redo;
  for (size_t i = 0; i < events.size(); ++i) {
    if (islands.Redo(i)) redo.push_back(events[i]);
  }
  delta.added = MergeEvents(std::move(redo));
  return delta;
}

std::vector<Event> ApplyMergeDelta(std::vector<Event> previous, MergeDelta delta) {
  // In place: the corpus's 56,000 merged events are moved down over the
  // dropped ones, not copied into a new vector.
  size_t kept = 0, d = 0;
  for (size_t i = 0; i < previous.size(); ++i) {
    if (d < delta.dropped.size() && delta.dropped[d] == i) {
      ++d;
      continue;
    }
    if (kept != i) previous[kept] = std::move(previous[i]);
    ++kept;
  }
  previous.erase(previous.begin() + static_cast<std::ptrdiff_t>(kept), previous.end());
  // Grown to size, not doubled, when the added events do not fit (200,000
  // events are 60 MB at 20,000 articles).
  if (previous.capacity() < kept + delta.added.size()) previous.reserve(kept + delta.added.size());
  previous.insert(previous.end(), std::make_move_iterator(delta.added.begin()),
                  std::make_move_iterator(delta.added.end()));
  SortTimeline(&previous);
  return previous;
}

}  // namespace tarikh
