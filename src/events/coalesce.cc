// Merging the candidates of one article into events (see coalesce.h).
#include "events/coalesce.h"

#include <xxhash.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <set>

#include "events/date_range.h"

namespace tarikh::events {
namespace {

// Longer sentences are cut to the trigger's clause scope for evidence.
constexpr uint32_t kMaxEvidenceChars = 400;
// A sentence naming delegation heads belongs to an event reported this close before it.
constexpr uint32_t kParticipationReach = 2;
// A telephone call is never the same event as a meeting held that day.
constexpr std::string_view kTelephone = "041";
// A journey (زار، وصل إلى) is not the meeting or the talks held during it:
// `زار ماكرون بغداد والتقى الرئيس العراقي` reports a visit and a meeting.
// Its reception (استقبل: the host's side, 043) is the same visit:
// `وصل لافروف إلى القاهرة واستقبله شكري في المطار`.
constexpr std::string_view kTravel = "042", kReception = "043";
bool Journey(const TriggerEntry& e) { return e.cameo == kTravel || e.cameo == kReception; }

// Whether two specific contact words report different kinds of contact.
bool DistinctContacts(const TriggerEntry& a, const TriggerEntry& b) {
  if (a.generic || b.generic) return false;
  return (a.cameo == kTelephone) != (b.cameo == kTelephone) || Journey(a) != Journey(b);
}

struct Cluster {
  const TriggerEntry* entry = nullptr;
  std::string date, place;
  DateSource date_source = DateSource::kNone;
  bool planned = true;
  bool background = true;  // every report of it is told as background
  bool asserted = false;   // some report says it took place
  std::vector<std::string> participants;
  std::vector<Evidence> evidence;
  uint32_t anchor = 0;  // code point where the first trigger starts
  uint32_t first_sentence = 0, last_sentence = 0;
};

size_t Shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = 0;
  for (const std::string& x : a) n += std::binary_search(b.begin(), b.end(), x);
  return n;
}

// Two events built from different sentences that turn out to be one: both
// dated, compatible, and sharing a participant or their place
// (`مؤتمر صحافي عقده في أعقاب اجتماع مجلس روسيا-الناتو … في بروكسل` and a
// later `الجلسة` in Brussels that day).
std::vector<std::string> Sides(const ArticleView& view, const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (const std::string& id : ids) {
    const Actor* a = view.FindActor(id);
    out.push_back(a != nullptr && !a->country.empty() ? a->country : id);
  }
  std::sort(out.begin(), out.end());
  return out;
}


// `الكويت تستدعي سفيرها في بيروت` and `وكانت السعودية استدعت سفيرها لدى
// بيروت`: one side in common is not one rupture or decision; the sides of
// the one told with fewer must all be in the other, or two of them.
bool SharesSides(const ArticleView& view, const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const std::vector<std::string> sa = Sides(view, a), sb = Sides(view, b);
  const size_t fewer = std::min(std::set<std::string>(sa.begin(), sa.end()).size(),
                                std::set<std::string>(sb.begin(), sb.end()).size());
  return Shared(sa, sb) >= std::min<size_t>(2, fewer);
}

// How well `c` fits `k` (higher is better), or -1 when it cannot be the same event.
int Fit(const ArticleView& view, const Cluster& k, const Candidate& c) {
  const EventClass cls = k.entry->event_class;
  if (c.participation_only) {
    return cls == EventClass::kContact && c.sentence <= k.last_sentence + kParticipationReach ? 1 : -1;
  }
  if (cls != c.entry->event_class || !CompatibleDates(k.date, c.date)) return -1;
  // A telephone call is never the same event as a meeting (`وناقشا في مكالمة هاتفية`).
  // A vague word (`اتصالات`) may be either.
  if (!c.reference && DistinctContacts(*k.entry, *c.entry)) return -1;
  if (!k.place.empty() && !c.place.empty() && k.place != c.place) return -1;
  const bool same_place = !k.place.empty() && k.place == c.place;
  const bool same_date = !k.date.empty() && !c.date.empty();
  const size_t shared = Shared(k.participants, c.participants);
  if (c.reference) return 1 + 4 * same_date;
  if (cls == EventClass::kStatement && k.participants != c.participants) return -1;
  if (cls != EventClass::kContact && k.entry->type != c.entry->type) return -1;
  if (cls != EventClass::kContact && !SharesSides(view, k.participants, c.participants)) return -1;
  if (shared == 0 && !(cls == EventClass::kContact && same_place)) return -1;
  return 1 + 4 * same_date + 2 * same_place + static_cast<int>(shared);
}

Evidence EvidenceOf(const ArticleView& view, const CodePointIndex& index, const Candidate& c) {
  const Sentence& s = view.text().sentences[c.sentence];
  uint32_t begin = s.begin, end = s.end;
  if (end - begin > kMaxEvidenceChars) {
    begin = view.token(c.scope.first).begin;
    end = view.token(c.scope.end - 1).end;
  }
  return {std::string(index.Slice(view.document().text, begin, end)), begin, end};
}

void Join(Cluster* k, const Candidate& c, Evidence evidence) {
  if (!c.participation_only && !c.reference) {
    if (k->entry->generic && !c.entry->generic) k->entry = c.entry;
    k->planned = k->planned && c.planned;
    k->background = k->background && c.background;
    k->asserted = k->asserted || c.asserted;
  }
  k->date = std::string(NarrowerDate(k->date, c.date));
  if (!k->date.empty()) k->date_source = DateSource::kText;
  if (k->place.empty()) k->place = c.place;
  k->participants.insert(k->participants.end(), c.participants.begin(), c.participants.end());
  std::sort(k->participants.begin(), k->participants.end());
  k->participants.erase(std::unique(k->participants.begin(), k->participants.end()), k->participants.end());
  if (std::none_of(k->evidence.begin(), k->evidence.end(),
                   [&](const Evidence& e) { return e.begin == evidence.begin && e.end == evidence.end; })) {
    k->evidence.push_back(std::move(evidence));
  }
  k->last_sentence = std::max(k->last_sentence, c.sentence);
}

// A new event started by `c` (which Join then adds to it).
Cluster StartCluster(const ArticleView& view, const Candidate& c) {
  Cluster k;
  k.entry = c.entry;
  k.planned = c.planned;
  k.anchor = view.token(c.position).begin;
  k.first_sentence = k.last_sentence = c.sentence;
  return k;
}

// The contact whose two parties a `pair` candidate that joins no event names
// (`الجانبان`): the one with two parties or more reported last, at most
// kParticipationReach sentences before, when the candidate has a date of its
// own in the text that is not that event's, for an act reported as done (not
// planned): the day's news or background (`وكان الوزيران قد التقيا في
// نيويورك في 20 سبتمبر`). Else null.
const Cluster* PairOf(const std::vector<Cluster>& clusters, const Candidate& c) {
  if (c.date.empty() || c.date_source != DateSource::kText || c.planned || !c.asserted) return nullptr;
  const Cluster* last = nullptr;
  for (const Cluster& k : clusters) {
    if (k.entry->event_class != EventClass::kContact || k.participants.size() < 2) continue;
    if (last == nullptr || k.last_sentence >= last->last_sentence) last = &k;
  }
  if (last == nullptr || c.sentence > last->last_sentence + kParticipationReach) return nullptr;
  if (last->date.empty() || CompatibleDates(last->date, c.date)) return nullptr;
  return last;
}

Cluster* BestCluster(const ArticleView& view, std::vector<Cluster>* clusters, const Candidate& c) {
  Cluster* best = nullptr;
  int best_fit = 0;
  for (size_t i = clusters->size(); i-- > 0;) {
    const int fit = Fit(view, (*clusters)[i], c);
    if (fit > best_fit) {
      best_fit = fit;
      best = &(*clusters)[i];
    }
    if (best != nullptr && c.participation_only) break;  // only the event just reported
  }
  return best;
}

// A venue and its city are different places of one meeting; two shared
// participants on the same day outweigh that. Sides (an official's country,
// else the actor) link `ألكسندر فومين` to `روسيا` for the same purpose.
bool SameEvent(const ArticleView& view, const Cluster& a, const Cluster& b) {
  const EventClass cls = a.entry->event_class;
  if (cls != b.entry->event_class || cls == EventClass::kStatement) return false;
  if (cls != EventClass::kContact && a.entry->type != b.entry->type) return false;
  if (DistinctContacts(*a.entry, *b.entry)) return false;
  if (a.date.empty() || b.date.empty() || !CompatibleDates(a.date, b.date)) return false;
  // `الكويت تستدعي سفيرها في بيروت` and `وكانت السعودية استدعت سفيرها لدى
  // بيروت`: one side in common is not one rupture or decision; the sides of
  // the one told with fewer must all be in the other, or two of them.
  if (cls != EventClass::kContact && !SharesSides(view, a.participants, b.participants)) return false;
  const size_t shared = Shared(a.participants, b.participants);
  if (!a.place.empty() && !b.place.empty() && a.place != b.place) return shared >= 2;
  if (shared > 0 || (!a.place.empty() && a.place == b.place)) return true;
  // The headline's event told again in the body, with other words for its parties
  // (`واشنطن ترسل … إلى محادثات … في 29 نوفمبر` and `وافقت إيران على استئناف المحادثات … في التاسع والعشرين`).
  if ((a.first_sentence == 0 || b.first_sentence == 0) && a.entry->type == b.entry->type && a.date == b.date) {
    return true;
  }
  return Shared(Sides(view, a.participants), Sides(view, b.participants)) > 0;
}

void Absorb(Cluster* into, Cluster&& from) {
  if (into->entry->generic && !from.entry->generic) into->entry = from.entry;
  into->planned = into->planned && from.planned;
  into->background = into->background && from.background;
  into->asserted = into->asserted || from.asserted;
  into->date = std::string(NarrowerDate(into->date, from.date));
  if (!into->date.empty()) into->date_source = DateSource::kText;
  if (into->place.empty()) into->place = from.place;
  into->participants.insert(into->participants.end(), from.participants.begin(), from.participants.end());
  std::sort(into->participants.begin(), into->participants.end());
  into->participants.erase(std::unique(into->participants.begin(), into->participants.end()),
                           into->participants.end());
  for (Evidence& e : from.evidence) {
    if (std::none_of(into->evidence.begin(), into->evidence.end(),
                     [&](const Evidence& x) { return x.begin == e.begin; })) {
      into->evidence.push_back(std::move(e));
    }
  }
  into->anchor = std::min(into->anchor, from.anchor);
  into->first_sentence = std::min(into->first_sentence, from.first_sentence);
}

void MergeSameEvents(const ArticleView& view, std::vector<Cluster>* clusters) {
  for (size_t i = 0; i < clusters->size(); ++i) {
    for (size_t j = i + 1; j < clusters->size();) {
      if (SameEvent(view, (*clusters)[i], (*clusters)[j])) {
        Absorb(&(*clusters)[i], std::move((*clusters)[j]));
        clusters->erase(clusters->begin() + static_cast<std::ptrdiff_t>(j));
        j = i + 1;  // the grown event may now match an earlier-skipped one
      } else {
        ++j;
      }
    }
  }
}

// An event the article reports as having taken place, with no date of its
// own, neither announced nor told as background, is the day's news (`أعلنت
// الوزارة … استدعاء سفيرها`, a headline's `تطرد`): it takes the document
// date, marked as such. A noun that only names an event (`ملف المعاهدة`) does not.
void DateDaysNews(const Document& doc, std::vector<Cluster>* clusters) {
  if (doc.doc_date.empty()) return;
  for (Cluster& k : *clusters) {
    if (!k.date.empty() || k.planned || k.background || !k.asserted) continue;
    k.date = doc.doc_date;
    k.date_source = DateSource::kDocument;
  }
}

Event ToEvent(const ArticleView& view, Cluster k) {
  Event e;
  const Document& doc = view.document();
  const std::string key = doc.id + "#" + std::to_string(k.anchor);
  char id[24];
  std::snprintf(id, sizeof(id), "e-%016" PRIx64, static_cast<uint64_t>(XXH3_64bits(key.data(), key.size())));
  e.id = id;
  e.type = k.entry->type;
  e.cameo = k.entry->cameo;
  e.event_class = k.entry->event_class;
  e.date = k.date;
  e.planned = k.planned || AfterDocumentDate(k.date, doc.doc_date);
  if (const Actor* place = view.FindActor(k.place); place != nullptr) e.place = {place->id, place->name, place->name_ar};
  e.participants = k.participants;
  std::sort(k.evidence.begin(), k.evidence.end(), [](const Evidence& a, const Evidence& b) { return a.begin < b.begin; });
  e.sources.push_back({doc.id, k.date, k.date_source, k.participants, std::move(k.evidence)});
  return e;
}

}  // namespace

std::vector<Event> Coalesce(const ArticleView& view, const std::vector<Candidate>& candidates) {
  const CodePointIndex index(view.document().text);
  std::vector<Cluster> clusters;
  for (const Candidate& c : candidates) {
    Evidence evidence = EvidenceOf(view, index, c);
    if (Cluster* k = BestCluster(view, &clusters, c); k != nullptr) {
      Join(k, c, std::move(evidence));
      continue;
    }
    // `وصل … مساء أمس … وصباح اليوم عقد الجانبان جلسة مباحثات`: the pair of
    // the event just reported, on a day of its own, is an event of its own.
    if (const Cluster* just = c.pair ? PairOf(clusters, c) : nullptr; just != nullptr) {
      Cluster k = StartCluster(view, c);
      k.background = c.background;  // Join does not take these from a reference
      k.asserted = c.asserted;
      k.participants = just->participants;
      Join(&k, c, std::move(evidence));
      clusters.push_back(std::move(k));
      continue;
    }
    if (c.participation_only || c.dependent) continue;
    Cluster k = StartCluster(view, c);
    Join(&k, c, std::move(evidence));
    clusters.push_back(std::move(k));
  }
  MergeSameEvents(view, &clusters);
  DateDaysNews(view.document(), &clusters);
  std::vector<Event> events;
  for (Cluster& k : clusters) events.push_back(ToEvent(view, std::move(k)));
  return events;
}

}  // namespace tarikh::events
