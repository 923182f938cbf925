// Event coreference across articles (see include/tarikh/corpus.h).
//
// Greedy clustering over a canonical order: events are first sorted by a key
// that does not depend on the order articles were given in (most precise date
// first, then document id and position), and each joins the first cluster
// whose every member it is compatible with. Requiring compatibility with every
// member, not just one, is what keeps A~B, B~C from merging A with a C it
// contradicts.
//
// Only events whose date ranges overlap can be compatible, so a cluster is
// looked up by its seed's range (an index keyed by range start) instead of
// trying every cluster: at 50,000 events that is the difference between
// seconds and milliseconds. Candidates are still tried in creation order, so
// the result is exactly the plain greedy algorithm's.
#include <xxhash.h>

#include <algorithm>
#include <cstddef>
#include <map>
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

struct Item {
  Event event;
  std::optional<DayRange> range;  // where it can merge (MergeFacts::range)
  int32_t days = 0;     // range->days(), INT32_MAX without a range: most precise first
  uint32_t begin = 0;   // where the first source's evidence starts
  MergeFacts facts;     // views into `event`, made once the items are in place
};

bool Compatible(const Item& a, const Item& b) { return CouldMerge(a.facts, b.facts); }

// How many of two sorted lists' elements they have in common.
size_t Common(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  size_t n = 0;
  for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
    if (*x < *y) {
      ++x;
    } else if (*y < *x) {
      ++y;
    } else {
      ++n, ++x, ++y;
    }
  }
  return n;
}

bool AllDatedByDocument(const Event& e) {
  return std::all_of(e.sources.begin(), e.sources.end(),
                     [](const EventSource& s) { return s.date_source == DateSource::kDocument; });
}

}  // namespace

MergeFacts FactsOf(EventClass event_class, std::string_view type, std::string_view date, bool dated_by_document,
                   std::string_view place, std::vector<std::string_view> participants,
                   std::vector<std::string_view> documents) {
  MergeFacts f;
  f.event_class = event_class;
  f.type = type;
  f.exact = CalendarRange(date);
  const bool days_news = f.exact && f.exact->days() == 1 && dated_by_document;
  f.range = days_news ? std::optional(MergeSpan(*f.exact)) : f.exact;
  f.place = place;
  f.participants = std::move(participants);
  std::sort(f.participants.begin(), f.participants.end());
  f.documents = std::move(documents);
  return f;
}

MergeFacts FactsOf(const Event& e) {
  std::vector<std::string_view> documents;
  documents.reserve(e.sources.size());
  for (const EventSource& s : e.sources) documents.push_back(s.document);
  return FactsOf(e.event_class, e.type, e.date, AllDatedByDocument(e), e.place.id,
                 std::vector<std::string_view>(e.participants.begin(), e.participants.end()), std::move(documents));
}

bool CouldMerge(const MergeFacts& a, const MergeFacts& b) {
  if (a.event_class != b.event_class) return false;
  // Two statements are one event only when they are the same kind of act.
  if (a.event_class == EventClass::kStatement && a.type != b.type) return false;
  if (!a.range || !b.range || !a.range->Overlaps(*b.range)) return false;
  if (!a.place.empty() && !b.place.empty() && a.place != b.place) return false;
  for (std::string_view x : a.documents) {  // one article, one source (its extractor merged already)
    if (std::find(b.documents.begin(), b.documents.end(), x) != b.documents.end()) return false;
  }
  const bool same_place = !a.place.empty() && a.place == b.place;
  if (!a.exact->Overlaps(*b.exact)) {
    // Only a day's news reported late reaches here: the same kind of event,
    // and more than one party in common (or the place and a party).
    if (a.event_class != EventClass::kContact && a.type != b.type) return false;
    return Common(a.participants, b.participants) >= (same_place ? 1u : 2u);
  }
  return same_place || Common(a.participants, b.participants) > 0;
}

namespace {

// Total order on events that ignores input order (references: sorting 50,000
// events must not copy their strings at every comparison).
auto CanonicalKey(const Item& item) {
  const Event& e = item.event;
  return std::tie(item.days, e.sources.front().document, item.begin, e.type, e.participants, e.date, e.id);
}

bool CanonicalLess(const Item& a, const Item& b) { return CanonicalKey(a) < CanonicalKey(b); }

const Item& MostPrecise(const std::vector<const Item*>& members) {
  return **std::min_element(members.begin(), members.end(),
                            [](const Item* a, const Item* b) { return CanonicalLess(*a, *b); });
}

template <typename Get>
std::string MostFrequent(const std::vector<const Item*>& members, const std::string& fallback, Get get) {
  std::map<std::string, int> counts;
  for (const Item* m : members) {
    if (!get(m->event).empty()) ++counts[get(m->event)];
  }
  std::string best = fallback;
  int best_count = counts.count(fallback) ? counts[fallback] : 0;
  for (const auto& [value, count] : counts) {
    if (count > best_count) best = value, best_count = count;
  }
  return best;
}

std::string StableId(const Event& e) {
  std::string key = std::string(EventClassName(e.event_class)) + "|" + e.date + "|" + e.type;
  // Who each source names tells apart two events one sentence reports
  // (`أعلنت الوزارة …، بحسب ما قال نائب الوزير`: two statements).
  for (const EventSource& s : e.sources) {
    key += "|" + s.document + ":" + std::to_string(s.evidence.empty() ? 0 : s.evidence.front().begin);
    for (const std::string& p : s.participants) key += "," + p;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH3_64bits(key.data(), key.size())));
  return std::string("e-") + hex;
}

Event Combine(const std::vector<const Item*>& members) {
  const Item& seed = MostPrecise(members);
  Event out;
  out.event_class = seed.event.event_class;
  out.date = seed.event.date;
  out.type = MostFrequent(members, seed.event.type, [](const Event& e) -> const std::string& { return e.type; });
  for (const Item* m : members) {
    if (m->event.type == out.type) {
      out.cameo = m->event.cameo;
      break;
    }
  }
  const std::string place =
      MostFrequent(members, seed.event.place.id, [](const Event& e) -> const std::string& { return e.place.id; });
  out.planned = true;
  std::set<std::string> participants;
  for (const Item* m : members) {
    out.planned = out.planned && m->event.planned;  // one article reporting it happened is enough
    if (out.place.id.empty() && m->event.place.id == place) out.place = m->event.place;
    participants.insert(m->event.participants.begin(), m->event.participants.end());
    out.sources.insert(out.sources.end(), m->event.sources.begin(), m->event.sources.end());
  }
  out.participants.assign(participants.begin(), participants.end());
  std::sort(out.sources.begin(), out.sources.end(), [](const EventSource& a, const EventSource& b) {
    return a.document < b.document;
  });
  out.id = StableId(out);
  return out;
}

// Greedy clustering of items sorted by CanonicalLess: each joins the first
// cluster (in creation order) whose every member it is compatible with.
//
// A cluster can only be joined when its seed is compatible: same class, an
// overlapping range, and the same place or a common participant. Seeds are
// indexed by (class, participant) and (class, place), each index keyed by
// range start, so an item looks only at the seeds of its own actors and
// place in its own days — not at every event of those days (at 100,000
// articles, scanning every seed of the window took half of a full build).
// The candidates are then tried in creation order: the result is exactly the
// plain greedy algorithm's.
std::vector<std::vector<const Item*>> Cluster(const std::vector<Item>& items) {
  std::vector<std::vector<const Item*>> clusters;
  using Key = std::tuple<EventClass, bool, std::string_view>;  // class, is-place, participant or place id
  std::map<Key, std::multimap<int32_t, size_t>> seeds;          // → seed range start → cluster
  auto keys = [](const Item& item) {
    std::vector<Key> out;
    for (const std::string& p : item.event.participants) out.emplace_back(item.event.event_class, false, p);
    if (!item.event.place.id.empty()) out.emplace_back(item.event.event_class, true, item.event.place.id);
    return out;
  };
  std::vector<size_t> candidates;
  for (const Item& item : items) {
    candidates.clear();
    const std::vector<Key> item_keys = item.range ? keys(item) : std::vector<Key>{};
    for (const Key& key : item_keys) {
      auto index = seeds.find(key);
      if (index == seeds.end()) continue;
      // Seeds came earlier, so they are at most as long as this item: a seed
      // that overlaps it starts no earlier than first - days + 1.
      auto it = index->second.lower_bound(item.range->first - item.days + 1);
      for (; it != index->second.end() && it->first <= item.range->last; ++it) candidates.push_back(it->second);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    auto joinable = [&](size_t c) {
      return std::all_of(clusters[c].begin(), clusters[c].end(), [&](const Item* m) { return Compatible(*m, item); });
    };
    auto found = std::find_if(candidates.begin(), candidates.end(), joinable);
    if (found != candidates.end()) {
      clusters[*found].push_back(&item);
      continue;
    }
    for (const Key& key : item_keys) seeds[key].emplace(item.range->first, clusters.size());
    clusters.push_back({&item});
  }
  return clusters;
}

}  // namespace

void SortTimeline(std::vector<Event>* events) {
  // By date, then as the first reporting article tells it.
  struct Keyed {
    bool undated;
    int32_t first, last;
    uint32_t begin;
    Event* event;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(events->size());
  for (Event& e : *events) {
    const auto r = CalendarRange(e.date);
    const EventSource& s = e.sources.front();
    keyed.push_back({!r.has_value(), r ? r->first : 0, r ? r->last : 0,
                     s.evidence.empty() ? 0u : s.evidence.front().begin, &e});
  }
  // Events of one sentence can share a date, source and id (two statements
  // with different speakers): the later fields make the order total, so it
  // never depends on the order events were merged in.
  auto key = [](const Keyed& k) {
    const Event& e = *k.event;
    return std::tie(k.undated, k.first, k.last, e.sources.front().document, k.begin, e.id, e.type, e.participants,
                    e.place.id, e.date, e.cameo, e.planned);
  };
  auto less = [&](const Keyed& a, const Keyed& b) { return key(a) < key(b); };
  // An incremental build gives the previous build's events, in the order the
  // store keeps them, followed by those merged again: a few runs already in
  // order, merged pairwise rather than sorted again (none, when nothing was
  // merged again). Many runs: an unordered input, sorted.
  const size_t n = keyed.size();
  std::vector<size_t> bounds{0};  // where each ascending run starts, then n
  for (size_t i = 1; i < n; ++i) {
    if (less(keyed[i], keyed[i - 1])) bounds.push_back(i);
  }
  bounds.push_back(n);
  if (bounds.size() > 34) {
    std::sort(keyed.begin(), keyed.end(), less);
  } else {
    while (bounds.size() > 2) {
      std::vector<size_t> next;
      for (size_t i = 0; i + 2 < bounds.size(); i += 2) {
        std::inplace_merge(keyed.begin() + static_cast<std::ptrdiff_t>(bounds[i]),
                           keyed.begin() + static_cast<std::ptrdiff_t>(bounds[i + 1]),
                           keyed.begin() + static_cast<std::ptrdiff_t>(bounds[i + 2]), less);
        next.push_back(bounds[i]);
      }
      if (bounds.size() % 2 == 0) next.push_back(bounds[bounds.size() - 2]);  // an odd run out
      next.push_back(n);
      bounds = std::move(next);
    }
  }
  // Moved into place along the cycles of the permutation, not into a new
  // vector: no second copy of the corpus's events.
  std::vector<size_t> from(n);  // from[k]: where the event that goes to k is
  for (size_t k = 0; k < n; ++k) from[k] = static_cast<size_t>(keyed[k].event - events->data());
  for (size_t start = 0; start < n; ++start) {
    if (from[start] == start) continue;
    Event moving = std::move((*events)[start]);
    size_t k = start;
    while (from[k] != start) {
      (*events)[k] = std::move((*events)[from[k]]);
      const size_t next = from[k];
      from[k] = k;
      k = next;
    }
    (*events)[k] = std::move(moving);
    from[k] = k;
  }
}

std::vector<Event> MergeEvents(std::vector<Event> events) {
  std::vector<Item> items;
  items.reserve(events.size());
  for (Event& e : events) {
    if (e.sources.empty()) continue;  // nothing says it happened
    std::sort(e.participants.begin(), e.participants.end());
    const std::optional<DayRange> range = FactsOf(e.event_class, e.type, e.date, AllDatedByDocument(e), {}, {}, {}).range;
    const EventSource& s = e.sources.front();
    const uint32_t begin = s.evidence.empty() ? 0 : s.evidence.front().begin;
    items.push_back({std::move(e), range, range ? range->days() : INT32_MAX, begin, {}});
  }
  std::sort(items.begin(), items.end(), CanonicalLess);
  for (Item& item : items) item.facts = FactsOf(item.event);  // the items no longer move
  std::vector<Event> out;
  for (const auto& cluster : Cluster(items)) out.push_back(Combine(cluster));
  SortTimeline(&out);
  return out;
}

}  // namespace tarikh
