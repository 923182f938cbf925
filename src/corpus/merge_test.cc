#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tarikh/corpus.h"

namespace tarikh {
namespace {

// One article's report of an event: "doc date place participants(,)" e.g.
// Report("d-1", "2022-01-10", "geneva", "russia,united-states").
Event Report(const std::string& doc, const std::string& date, const std::string& place,
             const std::string& participants, EventClass cls = EventClass::kContact,
             const std::string& type = "talks", uint32_t at = 100, bool planned = false) {
  Event e;
  e.type = type;
  e.cameo = "046";
  e.event_class = cls;
  e.date = date;
  e.planned = planned;
  e.place.id = place;
  e.place.name = place;
  for (size_t i = 0; i < participants.size();) {
    size_t comma = participants.find(',', i);
    if (comma == std::string::npos) comma = participants.size();
    e.participants.push_back(participants.substr(i, comma - i));
    i = comma + 1;
  }
  EventSource s;
  s.document = doc;
  s.date = date;
  s.participants = e.participants;
  s.evidence.push_back({"...", at, at + 3});
  e.sources.push_back(s);
  e.id = "e-" + doc + std::to_string(at);
  return e;
}

// "date@place[docs]" per merged event, in output order.
std::string Dump(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    if (!out.empty()) out += " ; ";
    out += e.date + "@" + e.place.id + "[";
    for (size_t i = 0; i < e.sources.size(); ++i) out += (i ? "," : "") + e.sources[i].document;
    out += "]";
  }
  return out;
}

struct MergeCase {
  const char* name;
  std::vector<Event> input;
  const char* expected;
};

TEST(CorpusMergeTest, Table) {
  const MergeCase cases[] = {
      {"a range and the day inside it: one event, the most precise date",
       {Report("d-3", "2022-01-09/2022-01-10", "geneva", "russia,united-states"),
        Report("d-1", "2022-01-10", "geneva", "russia"), Report("d-4", "2022-01-10", "", "united-states,russia")},
       "2022-01-10@geneva[d-1,d-3,d-4]"},
      {"a month containing a day", {Report("d-1", "2017-02", "baku", "a,b"), Report("d-2", "2017-02-08", "", "a")},
       "2017-02-08@baku[d-1,d-2]"},
      {"different places never merge",
       {Report("d-1", "2022-01-12", "brussels", "nato,russia"), Report("d-2", "2022-01-12", "vienna", "nato,russia")},
       "2022-01-12@brussels[d-1] ; 2022-01-12@vienna[d-2]"},
      {"disjoint dates never merge",
       {Report("d-1", "2022-01-12", "brussels", "nato"), Report("d-2", "2022-01-13", "brussels", "nato")},
       "2022-01-12@brussels[d-1] ; 2022-01-13@brussels[d-2]"},
      {"no shared participant and no shared place",
       {Report("d-1", "2022-01-12", "", "a,b"), Report("d-2", "2022-01-12", "", "c,d")},
       "2022-01-12@[d-1] ; 2022-01-12@[d-2]"},
      {"the same place is enough", {Report("d-1", "2022-01-12", "doha", "a"), Report("d-2", "2022-01-12", "doha", "b")},
       "2022-01-12@doha[d-1,d-2]"},
      {"two events of one article stay two",
       {Report("d-1", "2022-01-12", "", "a,b", EventClass::kContact, "talks", 10),
        Report("d-1", "2022-01-12", "", "a,b", EventClass::kContact, "talks", 90)},
       "2022-01-12@[d-1] ; 2022-01-12@[d-1]"},
      {"different classes never merge",
       {Report("d-1", "2014-SP", "", "nato,russia", EventClass::kRupture, "suspension"),
        Report("d-2", "2014-04", "", "nato,russia")},
       "2014-SP@[d-1] ; 2014-04@[d-2]"},
      {"undated events are never merged",
       {Report("d-1", "", "", "a"), Report("d-2", "", "", "a")}, "@[d-1] ; @[d-2]"},
      {"A~B and B~C but A contradicts C",
       {Report("d-1", "2022-01-12", "brussels", "a"), Report("d-2", "2022-01-12", "", "a"),
        Report("d-3", "2022-01-12", "vienna", "a")},
       "2022-01-12@brussels[d-1,d-2] ; 2022-01-12@vienna[d-3]"},
  };
  for (const MergeCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(Dump(MergeEvents(c.input)), c.expected);
  }
}

// A report dated only by its article's date (the day's news, told a day or two
// late) merges with the same event another article dates, when they share
// more than one party; with one party only, or later than the day's news, or
// of another kind, it stays apart.
Event DaysNews(Event e) {
  for (EventSource& s : e.sources) s.date_source = DateSource::kDocument;
  return e;
}

TEST(CorpusMergeTest, DaysNewsToldLateMergesWithTheDatedReport) {
  const auto agreement = [](const char* doc, const char* date, const char* parties) {
    return Report(doc, date, "", parties, EventClass::kOther, "agreement");
  };
  EXPECT_EQ(Dump(MergeEvents({agreement("d-1", "2023-03-10", "iran,saudi-arabia"),
                              DaysNews(agreement("d-2", "2023-03-11", "china,iran,saudi-arabia"))})),
            "2023-03-10@[d-1,d-2]");
  EXPECT_EQ(Dump(MergeEvents({agreement("d-1", "2023-03-10", "iran,saudi-arabia"),
                              DaysNews(agreement("d-2", "2023-03-12", "iran,saudi-arabia"))})),
            "2023-03-10@[d-1,d-2]");
  // Three days late is another event; so is one sharing a single party.
  EXPECT_EQ(Dump(MergeEvents({agreement("d-1", "2023-03-10", "iran,saudi-arabia"),
                              DaysNews(agreement("d-2", "2023-03-13", "iran,saudi-arabia"))})),
            "2023-03-10@[d-1] ; 2023-03-13@[d-2]");
  EXPECT_EQ(Dump(MergeEvents({agreement("d-1", "2023-03-10", "iran,saudi-arabia"),
                              DaysNews(agreement("d-2", "2023-03-11", "iran,oman"))})),
            "2023-03-10@[d-1] ; 2023-03-11@[d-2]");
  // A report dated by its own words does not reach back.
  EXPECT_EQ(Dump(MergeEvents({agreement("d-1", "2023-03-10", "iran,saudi-arabia"),
                              agreement("d-2", "2023-03-11", "iran,saudi-arabia")})),
            "2023-03-10@[d-1] ; 2023-03-11@[d-2]");
  // The day's news cannot be earlier than the event it tells.
  EXPECT_EQ(Dump(MergeEvents({agreement("d-1", "2023-03-11", "iran,saudi-arabia"),
                              DaysNews(agreement("d-2", "2023-03-10", "iran,saudi-arabia"))})),
            "2023-03-10@[d-2] ; 2023-03-11@[d-1]");
  // Another kind of agreement or a contact of one shared place and party.
  EXPECT_EQ(Dump(MergeEvents({agreement("d-1", "2023-03-10", "iran,saudi-arabia"),
                              DaysNews(Report("d-2", "2023-03-11", "", "iran,saudi-arabia", EventClass::kOther,
                                              "decision"))})),
            "2023-03-10@[d-1] ; 2023-03-11@[d-2]");
  EXPECT_EQ(Dump(MergeEvents({Report("d-1", "2023-05-07", "cairo", "arab-league"),
                              DaysNews(Report("d-2", "2023-05-08", "cairo", "arab-league"))})),
            "2023-05-07@cairo[d-1,d-2]");
}

TEST(CorpusMergeTest, StatementsMergeOnlyWithTheSameType) {
  std::vector<Event> in = {
      Report("d-1", "2022-01-12", "", "jens-stoltenberg", EventClass::kStatement, "press_conference"),
      Report("d-2", "2022-01-12", "", "jens-stoltenberg", EventClass::kStatement, "press_conference"),
      Report("d-3", "2022-01-12", "", "jens-stoltenberg", EventClass::kStatement, "interview")};
  EXPECT_EQ(MergeEvents(in).size(), 2u);
}

TEST(CorpusMergeTest, HappenedWinsOverPlanned) {
  std::vector<Event> in = {Report("d-1", "2022-01-13", "vienna", "osce", EventClass::kContact, "meeting", 5, true),
                           Report("d-2", "2022-01-13", "vienna", "osce", EventClass::kContact, "meeting", 5, false)};
  const std::vector<Event> out = MergeEvents(in);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_FALSE(out[0].planned);
  in[1].planned = true;
  EXPECT_TRUE(MergeEvents(in)[0].planned);
}

TEST(CorpusMergeTest, UnionOfParticipantsAndStableId) {
  std::vector<Event> in = {Report("d-1", "2022-01-10", "geneva", "russia,sergei-ryabkov"),
                           Report("d-2", "2022-01-10", "geneva", "united-states,russia")};
  const std::vector<Event> out = MergeEvents(in);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].participants, (std::vector<std::string>{"russia", "sergei-ryabkov", "united-states"}));
  EXPECT_EQ(out[0].id.substr(0, 2), "e-");
  EXPECT_EQ(out[0].id.size(), 18u);
  EXPECT_EQ(MergeEvents(in)[0].id, out[0].id);
}

TEST(CorpusMergeTest, OrderOfInputDoesNotMatter) {
  std::vector<Event> in = {Report("d-3", "2022-01-09/2022-01-10", "geneva", "russia,united-states"),
                           Report("d-1", "2022-01-10", "geneva", "russia"),
                           Report("d-4", "2022-01-10", "", "united-states"),
                           Report("d-1", "2022-01-12", "brussels", "nato,russia", EventClass::kContact, "council", 400),
                           Report("d-2", "2022-01-12", "", "nato", EventClass::kContact, "council"),
                           Report("d-2", "2022-01-12", "vienna", "nato", EventClass::kContact, "meeting", 300),
                           Report("d-5", "2014-SP", "", "nato,russia", EventClass::kRupture, "suspension")};
  std::sort(in.begin(), in.end(), [](const Event& a, const Event& b) { return a.id < b.id; });
  const std::vector<Event> reference = MergeEvents(in);
  std::string expected;
  for (const Event& e : reference) expected += e.id + Dump({e}) + "\n";
  do {
    std::string got;
    for (const Event& e : MergeEvents(in)) got += e.id + Dump({e}) + "\n";
    ASSERT_EQ(got, expected);
  } while (std::next_permutation(in.begin(), in.end(), [](const Event& a, const Event& b) { return a.id < b.id; }));
}

}  // namespace
}  // namespace tarikh
