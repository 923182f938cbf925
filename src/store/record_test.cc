// Records must give back everything the corpus and outputs need: for the
// samples, extract → record → parse → BuildCorpus → CorpusToJson is
// byte-identical to the direct path.
#include "store/record.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "tarikh/corpus.h"
#include "tarikh/extraction.h"
#include "tarikh/ingest.h"
#include "common/pieces.h"

namespace tarikh {
namespace {

TEST(RecordTest, SamplesRoundTripToIdenticalJson) {
  Result<Extractor> extractor = Extractor::Load({});
  ASSERT_TRUE(extractor.ok()) << extractor.status().message();
  std::vector<std::string> files;
  ASSERT_TRUE(CollectInputs({std::string(TARIKH_SOURCE_DIR) + "/samples"}, &files).ok());
  ASSERT_FALSE(files.empty());
  std::vector<Extraction> direct, parsed;
  for (const std::string& f : files) {
    Result<Document> doc = ReadDocument(f, {});
    ASSERT_TRUE(doc.ok()) << doc.status().message();
    Extraction e = extractor->Extract(std::move(doc).value());
    const std::string record = ExtractionToRecord(e);
    Result<Extraction> back = ExtractionFromRecord(record);
    ASSERT_TRUE(back.ok()) << back.status().message();
    EXPECT_EQ(ExtractionToRecord(back.value()), record) << f;
    EXPECT_EQ(back->document.text, "");  // the article itself is not kept
    direct.push_back(std::move(e));
    parsed.push_back(std::move(back).value());
  }
  // Read as a build reads them — actors left in the records and merged from
  // there, events merged apart — the corpus is the same.
  std::vector<std::string> records;
  for (const Extraction& e : direct) records.push_back(ExtractionToRecord(e));
  std::vector<Extraction> heads;
  ActorTable actors;
  for (const std::string& record : records) {
    std::vector<EventOutline> outlines;
    std::string_view actor_bytes;
    Result<Extraction> head = ExtractionFromRecord(record, &outlines, &actor_bytes);
    ASSERT_TRUE(head.ok()) << head.status().message();
    EXPECT_TRUE(head->entities.actors.empty());
    ASSERT_TRUE(ForEachActor(actor_bytes, [&](const ActorView& a) { actors.Add(a); }).ok());
    heads.push_back(std::move(head).value());
  }
  const Corpus whole = BuildCorpus(direct);
  EXPECT_EQ(CorpusToJson(BuildCorpus(std::move(heads), whole.events, actors.Take())), CorpusToJson(whole));
  EXPECT_EQ(CorpusToJson(BuildCorpus(std::move(parsed))), CorpusToJson(BuildCorpus(std::move(direct))));
}

// An event's outline says what its event says, for the merge's every fact.
TEST(RecordTest, OutlinesSayWhatTheEventsSay) {
  Event e;
  e.id = "e-1";
  e.type = "statement";
  e.event_class = EventClass::kStatement;
  e.date = "2022-03-01";
  e.place.id = "geneva";
  e.participants = {"russia", "nato"};
  e.sources.push_back({"doc-b", "2022-03-01", DateSource::kDocument, {"nato"}, {{"x", 40, 44}, {"y", 50, 52}}});
  e.sources.push_back({"doc-a", "2022-03-01", DateSource::kText, {"russia"}, {{"z", 7, 9}}});
  Extraction x;
  x.document.id = "doc-b";
  x.events = {e};
  Event by_document = e;
  by_document.sources.pop_back();
  x.events.push_back(by_document);
  const std::string record = ExtractionToRecord(x);
  Result<std::vector<EventOutline>> outlines = EventOutlinesFromRecord(record);
  ASSERT_TRUE(outlines.ok());
  ASSERT_EQ(outlines->size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    const EventOutline& o = outlines.value()[i];
    const Event& event = x.events[i];
    const MergeFacts a = FactsOf(o.event_class, o.type, o.date, o.dated_by_document, o.place, o.participants, o.documents);
    const MergeFacts b = FactsOf(event);
    EXPECT_EQ(a.event_class, b.event_class);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.place, b.place);
    EXPECT_EQ(a.participants, b.participants);
    EXPECT_EQ(a.documents, b.documents);
    ASSERT_TRUE(a.range && b.range);
    EXPECT_EQ(a.range->first, b.range->first);
    EXPECT_EQ(a.range->last, b.range->last);
    EXPECT_EQ(o.begin, 40u);
  }
  EXPECT_FALSE(outlines.value()[0].dated_by_document);
  EXPECT_TRUE(outlines.value()[1].dated_by_document);  // a day's news: it may merge two days back
  EXPECT_EQ(FactsOf(x.events[1]).range->first + 2, FactsOf(x.events[0]).range->first);
}

// Actors merged from views are what merging the decoded actors gives: the
// first description of an id, the union of the mentions in order of first
// use, the first role given.
TEST(RecordTest, ActorsMergeFromViewsAsFromActors) {
  auto actor = [](const char* id, const char* role, std::vector<std::string> mentions) {
    Actor a;
    a.id = id;
    a.name = std::string(id) + " name";
    a.name_ar = "اسم";
    a.type = ActorType::kOrganization;
    a.country = "EGY";
    a.role = role;
    a.mentions = std::move(mentions);
    a.kind = "gov";
    return a;
  };
  std::vector<std::vector<Actor>> articles = {
      {actor("cairo-ministry", "", {"الوزارة"}), actor("a-long-actor-identifier-x", "minister", {"أ"})},
      {actor("cairo-ministry", "spokesman", {"وزارة الخارجية", "الوزارة"})},
      {actor("cairo-ministry", "other", {"الخارجية المصرية"}), actor("a-long-actor-identifier-x", "", {"ب", "أ"})},
  };
  ActorTable from_actors, from_views;
  for (const std::vector<Actor>& article : articles) {
    Extraction e;
    e.document.id = "d";
    e.entities.actors = article;
    for (const Actor& a : article) from_actors.Add(a);
    const std::string record = ExtractionToRecord(e);
    std::vector<EventOutline> outlines;
    std::string_view bytes;
    ASSERT_TRUE(ExtractionFromRecord(record, &outlines, &bytes).ok());
    ASSERT_TRUE(ForEachActor(bytes, [&](const ActorView& a) { from_views.Add(a); }).ok());
  }
  const std::vector<Actor> expected = from_actors.Take(), merged = from_views.Take();
  ASSERT_EQ(merged.size(), 2u);
  EXPECT_EQ(merged[1].id, "cairo-ministry");
  EXPECT_EQ(merged[1].role, "spokesman");
  EXPECT_EQ(merged[1].mentions, (std::vector<std::string>{"الوزارة", "وزارة الخارجية", "الخارجية المصرية"}));
  EXPECT_EQ(merged[0].mentions, (std::vector<std::string>{"أ", "ب"}));
  for (size_t i = 0; i < merged.size(); ++i) {
    EXPECT_EQ(merged[i].id, expected[i].id);
    EXPECT_EQ(merged[i].name, expected[i].name);
    EXPECT_EQ(merged[i].type, expected[i].type);
    EXPECT_EQ(merged[i].country, expected[i].country);
    EXPECT_EQ(merged[i].kind, expected[i].kind);
    EXPECT_EQ(merged[i].role, expected[i].role);
    EXPECT_EQ(merged[i].mentions, expected[i].mentions);
  }
  EXPECT_FALSE(ForEachActor("\x05", [](const ActorView&) {}).ok());  // five actors announced, none there
  EXPECT_FALSE(ForEachActor("", [](const ActorView&) {}).ok());
}

// The exports key an event's piece by its digest: any field that shows in
// an export changes it; the given digests give the file the digests it
// computes itself.
// A build keeps every new record until its transaction: a record is held in
// a string of its size, not in one grown by doubling (up to twice as large).
TEST(RecordTest, RecordsAreHeldInStringsOfTheirSize) {
  Result<Extractor> extractor = Extractor::Load({});
  ASSERT_TRUE(extractor.ok()) << extractor.status().message();
  std::vector<std::string> files;
  ASSERT_TRUE(CollectInputs({std::string(TARIKH_SOURCE_DIR) + "/samples"}, &files).ok());
  for (const std::string& f : files) {
    Result<Document> doc = ReadDocument(f, {});
    ASSERT_TRUE(doc.ok()) << doc.status().message();
    const Extraction e = extractor->Extract(std::move(doc).value());
    const std::string record = ExtractionToRecord(e);
    EXPECT_LE(record.capacity(), record.size() + 32) << f;
    for (const Event& event : e.events) {
      const std::string event_record = EventToRecord(event);
      EXPECT_LE(event_record.capacity(), event_record.size() + 32) << f;
    }
  }
}

TEST(RecordTest, EventDigestFollowsEveryField) {
  Event e;
  e.id = "e-1";
  e.type = "meeting";
  e.event_class = EventClass::kContact;
  e.date = "2023-05-04";
  e.participants = {"qatar", "egypt"};
  e.sources.push_back({"d-1", "2023-05-04", DateSource::kDocument, {"egypt", "qatar"}, {{"اجتمع الوزيران", 3, 17}}});
  const uint64_t digest = EventDigest(e);
  EXPECT_EQ(EventDigest(Event(e)), digest);
  Event other = e;
  other.date = "2023-05-05";
  EXPECT_NE(EventDigest(other), digest);
  other = e;
  other.participants.push_back("jordan");
  EXPECT_NE(EventDigest(other), digest);
  other = e;
  other.sources[0].evidence[0].text = "التقى الوزيران";
  EXPECT_NE(EventDigest(other), digest);
  other = e;
  other.planned = true;
  EXPECT_NE(EventDigest(other), digest);

  Corpus corpus;
  corpus.events = {e, other};
  const std::vector<uint64_t> digests = {EventDigest(e), EventDigest(other)};
  PieceMemo computed, given;
  EXPECT_EQ(CorpusToJson(corpus, &computed), CorpusToJson(corpus, &given, &digests));
  EXPECT_EQ(computed.Index(), given.Index());
}

TEST(RecordTest, MalformedRecordsAreErrors) {
  for (const char* bad : {"", "{", "[]", "{\"v\":1}", "TRK", "TRK\x01", "TRE\x02"}) {
    EXPECT_FALSE(ExtractionFromRecord(bad).ok()) << bad;
  }
  Extraction e;
  e.document.id = "d-1";
  e.document.title = "عنوان";
  e.timexes.push_back({"أواخر الشهر", 3, 14, TimexType::kDate, "2022-01-21/2022-01-31", "document", "END"});
  Event event;
  event.id = "e-1";
  event.date = "2022-01";
  event.participants = {"rus", "usa"};
  event.sources.push_back({"d-1", "2022-01", DateSource::kText, {"rus", "usa"}, {{"التقى", 10, 15}}});
  e.events.push_back(event);
  const std::string record = ExtractionToRecord(e);
  ASSERT_TRUE(ExtractionFromRecord(record).ok());
  // Every truncation, and trailing bytes, are errors (and read nothing past the end: ASan).
  for (size_t n = 0; n < record.size(); ++n) EXPECT_FALSE(ExtractionFromRecord(record.substr(0, n)).ok()) << n;
  EXPECT_FALSE(ExtractionFromRecord(record + "x").ok());
  // A length larger than what is left, and an enum out of range.
  std::string corrupt = record;
  corrupt[4] = '\x7f';
  EXPECT_FALSE(ExtractionFromRecord(corrupt).ok());
  const std::string event_record = EventToRecord(event);
  Result<Event> back = EventFromRecord(event_record);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(EventToRecord(back.value()), event_record);
  EXPECT_FALSE(EventFromRecord(record).ok());  // an extraction is not an event
}

}  // namespace
}  // namespace tarikh
