// Records must give back everything the corpus and outputs need: for the
// samples, extract → record → parse → BuildCorpus → CorpusToJson is
// byte-identical to the direct path.
#include "tarikh/record.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "tarikh/ingest.h"

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

TEST(RecordTest, MalformedRecordsAreErrorsNotExceptions) {
  for (const char* bad : {"", "{", "[]", "{\"v\":1}", "{\"v\":99,\"document\":{}}",
                          "{\"v\":1,\"document\":{\"id\":3},\"timexes\":[],\"actors\":[],\"events\":[]}"}) {
    EXPECT_FALSE(ExtractionFromRecord(bad).ok()) << bad;
  }
}

}  // namespace
}  // namespace tarikh
