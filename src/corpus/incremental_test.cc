// UpdateMergedEvents must give exactly MergeEvents' result: random corpora
// of overlapping days, months and years, changed a few documents at a time.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "tarikh/corpus.h"

namespace tarikh {
namespace {

const char* const kActors[] = {"russia", "nato",  "france", "egypt", "iran",   "turkey", "qatar",
                               "sudan",  "libya", "china",  "usa",   "israel", "jordan", "oman"};
const char* const kPlaces[] = {"", "", "geneva", "cairo"};

std::string RandomDate(std::mt19937& rng) {
  const int month = 1 + static_cast<int>(rng() % 3), day = 1 + static_cast<int>(rng() % 28);
  char buf[32];
  switch (rng() % 8) {
    case 0: return "";            // undated
    case 1: return "PRESENT_REF";  // no calendar range
    case 2: std::snprintf(buf, sizeof buf, "2022-%02d", month); return buf;
    case 3: return rng() % 4 == 0 ? "2022" : "2021";
    default: std::snprintf(buf, sizeof buf, "2022-%02d-%02d", month, day); return buf;
  }
}

// A document's per-article events: one source each.
// `actors`: how many of kActors the events are among (few: most events can
// merge with most; many: the islands are small).
std::vector<Event> Document(const std::string& doc, std::mt19937& rng, size_t actors = 5) {
  std::vector<Event> out;
  const int n = static_cast<int>(rng() % 4);
  for (int i = 0; i < n; ++i) {
    Event e;
    e.event_class = rng() % 5 == 0 ? EventClass::kStatement : EventClass::kContact;
    e.type = e.event_class == EventClass::kStatement ? "statement" : "talks";
    e.date = RandomDate(rng);
    e.place.id = kPlaces[rng() % 4];
    std::set<std::string> participants{kActors[rng() % actors], kActors[rng() % actors]};
    e.participants.assign(participants.begin(), participants.end());
    const uint32_t at = static_cast<uint32_t>(10 * i);
    // Some are the day's news, which may merge with reports a few days earlier (MergeSpan).
    const DateSource how = rng() % 3 == 0 ? DateSource::kDocument : DateSource::kText;
    e.sources.push_back({doc, e.date, how, e.participants, {{"...", at, at + 3}}});
    e.id = "e-" + doc + "-" + std::to_string(i);
    out.push_back(e);
  }
  return out;
}

std::vector<Event> All(const std::map<std::string, std::vector<Event>>& docs) {
  std::vector<Event> out;
  for (const auto& [id, events] : docs) out.insert(out.end(), events.begin(), events.end());
  return out;
}

std::string Ids(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) out += e.id + "=" + e.date + " ";
  return out;
}

class IncrementalMergeTest : public ::testing::TestWithParam<size_t> {};

TEST_P(IncrementalMergeTest, EqualsAFullMergeAfterEveryChange) {
  const size_t actors = GetParam();
  std::mt19937 rng(7);
  for (int round = 0; round < 40; ++round) {
    std::map<std::string, std::vector<Event>> docs;
    for (int d = 0; d < 30; ++d) docs["d-" + std::to_string(d)] = Document("d-" + std::to_string(d), rng, actors);
    std::vector<Event> merged = MergeEvents(All(docs));
    for (int step = 0; step < 10; ++step) {
      std::set<std::string> changed;
      std::vector<Event> removed;
      for (int k = 0, n = 1 + static_cast<int>(rng() % 3); k < n; ++k) {
        const std::string id = "d-" + std::to_string(rng() % 40);
        changed.insert(id);
        if (docs.count(id)) removed.insert(removed.end(), docs[id].begin(), docs[id].end());
        if (rng() % 3 == 0) {
          docs.erase(id);
        } else {
          docs[id] = Document(id, rng, actors);
        }
      }
      const std::vector<Event> events = All(docs);
      MergeDelta delta = UpdateMergedEvents(merged, events, removed, changed);
      merged = ApplyMergeDelta(std::move(merged), std::move(delta));
      ASSERT_EQ(Ids(merged), Ids(MergeEvents(events))) << "round " << round << " step " << step;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(FewAndManyActors, IncrementalMergeTest, ::testing::Values(5, 14));

TEST(IncrementalMergeIslandsTest, UntouchedIslandsAreKept) {
  std::map<std::string, std::vector<Event>> docs;
  auto report = [](const std::string& doc, const std::string& date) {
    Event e;
    e.type = "talks";
    e.date = date;
    e.participants = {"nato", "russia"};
    e.sources.push_back({doc, date, DateSource::kText, e.participants, {{"...", 0, 3}}});
    e.id = "e-" + doc;
    return e;
  };
  docs["a"] = {report("a", "2022-01-10")};
  docs["b"] = {report("b", "2022-03-01")};
  const std::vector<Event> merged = MergeEvents(All(docs));
  docs["c"] = {report("c", "2022-03-01")};
  MergeDelta delta = UpdateMergedEvents(merged, All(docs), {}, {"c"});
  ASSERT_EQ(delta.dropped.size(), 1u);  // b's event, now merged with c's; a's January is untouched
  EXPECT_EQ(merged[delta.dropped[0]].sources[0].document, "b");
  ASSERT_EQ(delta.added.size(), 1u);
  EXPECT_EQ(delta.added[0].sources.size(), 2u);
}

// Islands are parts of the graph of events that could merge, not runs of
// days: other parties on the same days are another island, kept as merged.
TEST(IncrementalMergeIslandsTest, OtherPartiesOnTheSameDaysAreAnotherIsland) {
  auto report = [](const std::string& doc, std::vector<std::string> parties, const std::string& place) {
    Event e;
    e.type = "talks";
    e.date = "2022-03-01";
    e.place.id = place;
    e.participants = std::move(parties);
    e.sources.push_back({doc, e.date, DateSource::kText, e.participants, {{"...", 0, 3}}});
    e.id = "e-" + doc;
    return e;
  };
  std::map<std::string, std::vector<Event>> docs;
  docs["a"] = {report("a", {"nato", "russia"}, "geneva")};
  docs["b"] = {report("b", {"nato", "russia"}, "geneva")};
  const std::vector<Event> merged = MergeEvents(All(docs));
  ASSERT_EQ(merged.size(), 1u);
  docs["c"] = {report("c", {"egypt", "iran"}, "cairo")};
  MergeDelta delta = UpdateMergedEvents(merged, All(docs), {}, {"c"});
  EXPECT_TRUE(delta.dropped.empty());  // NATO and Russia's talks are kept as merged
  ASSERT_EQ(delta.added.size(), 1u);
  EXPECT_EQ(delta.added[0].sources[0].document, "c");
  // A place in common joins the islands: the talks in Geneva are merged again.
  docs["c"] = {report("c", {"egypt", "iran"}, "geneva")};
  delta = UpdateMergedEvents(merged, All(docs), {}, {"c"});
  EXPECT_EQ(delta.dropped.size(), 1u);
  const std::vector<Event> after = ApplyMergeDelta(merged, std::move(delta));
  EXPECT_EQ(Ids(after), Ids(MergeEvents(All(docs))));
}

// What joins two islands is what can merge two events (CouldMerge): an event
// added beside a merged one reaches it only when the two could be one.
TEST(IncrementalMergeIslandsTest, AnIslandIsWhatCouldMerge) {
  struct Case {
    const char* what;
    EventClass event_class;
    const char* type;
    const char* date;
    DateSource dated_by;
    std::vector<std::string> parties;
    const char* place;
    bool merged_again;  // the merged event of a and b, beside the new one
  };
  const Case cases[] = {
      {"a party in common, same day", EventClass::kContact, "talks", "2022-03-01", DateSource::kText,
       {"egypt", "russia"}, "", true},
      {"a party in common, another place", EventClass::kContact, "talks", "2022-03-01", DateSource::kText,
       {"egypt", "russia"}, "cairo", false},
      {"the place in common, other parties", EventClass::kContact, "talks", "2022-03-01", DateSource::kText,
       {"egypt", "iran"}, "geneva", true},
      {"another class", EventClass::kRupture, "expel", "2022-03-01", DateSource::kText, {"nato", "russia"}, "",
       false},
      {"another day", EventClass::kContact, "talks", "2022-03-05", DateSource::kText, {"nato", "russia"}, "",
       false},
      {"the month of the day", EventClass::kContact, "talks", "2022-03", DateSource::kText, {"nato", "iran"}, "",
       true},
      {"a day's news two days late, both parties", EventClass::kContact, "talks", "2022-03-03",
       DateSource::kDocument, {"nato", "russia"}, "", true},
      {"a day's news two days late, one party", EventClass::kContact, "talks", "2022-03-03", DateSource::kDocument,
       {"nato", "iran"}, "", false},
  };
  auto report = [](const std::string& doc, EventClass event_class, const std::string& type, const std::string& date,
                   DateSource how, std::vector<std::string> parties, const std::string& place) {
    Event e;
    e.event_class = event_class;
    e.type = type;
    e.date = date;
    e.place.id = place;
    e.participants = std::move(parties);
    e.sources.push_back({doc, e.date, how, e.participants, {{"...", 0, 3}}});
    e.id = "e-" + doc;
    return e;
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    std::map<std::string, std::vector<Event>> docs;
    docs["a"] = {report("a", EventClass::kContact, "talks", "2022-03-01", DateSource::kText, {"nato", "russia"}, "geneva")};
    docs["b"] = {report("b", EventClass::kContact, "talks", "2022-03-01", DateSource::kText, {"nato", "russia"}, "geneva")};
    const std::vector<Event> merged = MergeEvents(All(docs));
    ASSERT_EQ(merged.size(), 1u);
    docs["c"] = {report("c", c.event_class, c.type, c.date, c.dated_by, c.parties, c.place)};
    MergeDelta delta = UpdateMergedEvents(merged, All(docs), {}, {"c"});
    EXPECT_EQ(delta.dropped.size(), c.merged_again ? 1u : 0u);
    const std::vector<Event> after = ApplyMergeDelta(merged, std::move(delta));
    EXPECT_EQ(Ids(after), Ids(MergeEvents(All(docs))));
  }
}

}  // namespace
}  // namespace tarikh
