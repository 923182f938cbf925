// Records must give back everything the corpus and outputs need: for the
// samples, extract → record → parse → BuildCorpus → CorpusToJson is
// byte-identical to the direct path.
#include "tarikh/record.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "tarikh/corpus.h"
#include "tarikh/extraction.h"
#include "tarikh/ingest.h"
#include "tarikh/pieces.h"

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
  EXPECT_EQ(CorpusToJson(BuildCorpus(std::move(parsed))), CorpusToJson(BuildCorpus(std::move(direct))));
}

// The exports key an event's piece by its digest: any field that shows in
// an export changes it; the given digests give the file the digests it
// computes itself.
TEST(RecordTest, EventDigestFollowsEveryField) {
  Event e;
  e.id = "e-1";
  e.type = "meeting";
  e.event_class = EventClass::kContact;
  e.date = "2023-05-04";
  e.participants = {"qatar", "egypt"};
  e.sources.push_back({"d-1", "2023-05-04", {"egypt", "qatar"}, {{"اجتمع الوزيران", 3, 17}}});
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
  e.timexes.push_back({"أمس", 3, 6, TimexType::kDate, "2022-01-11", "document"});
  Event event;
  event.id = "e-1";
  event.date = "2022-01";
  event.participants = {"rus", "usa"};
  event.sources.push_back({"d-1", "2022-01", {"rus", "usa"}, {{"التقى", 10, 15}}});
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
