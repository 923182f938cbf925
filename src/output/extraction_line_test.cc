// Extraction lines (output/jsonl.h) must carry an extraction exactly: for the
// samples, extract → line → parse → BuildCorpus → CorpusToJson is
// byte-identical to the direct path; and base64 must be RFC 4648's.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "output/base64.h"
#include "output/jsonl.h"
#include "store/record.h"

namespace tarikh {
namespace {

using namespace std::literals;

TEST(Base64Test, Rfc4648Vectors) {
  const std::pair<std::string, std::string> kCases[] = {
      {"", ""},         {"f", "Zg=="},         {"fo", "Zm8="},         {"foo", "Zm9v"},
      {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="}, {"foobar", "Zm9vYmFy"}, {"\0\xff\xfe"s, "AP/+"},
  };
  for (const auto& [bytes, text] : kCases) {
    EXPECT_EQ(output::Base64Encode(bytes), text);
    EXPECT_EQ(output::Base64Decode(text), bytes) << text;
  }
  std::string all;
  for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
  EXPECT_EQ(output::Base64Decode(output::Base64Encode(all)), all);
}

TEST(Base64Test, RejectsWhatIsNotBase64) {
  for (const char* bad : {"Zg=", "Zg", "Z===", "Zm9v!A==", "Zg==Zg==", "Zg=a", "Zm 9v"}) {
    EXPECT_FALSE(output::Base64Decode(bad).has_value()) << bad;
  }
}

std::vector<Extraction> ExtractSamples() {
  Result<Extractor> extractor = Extractor::Load({});
  EXPECT_TRUE(extractor.ok()) << extractor.status().message();
  std::vector<std::string> files;
  EXPECT_TRUE(CollectInputs({std::string(TARIKH_SOURCE_DIR) + "/samples"}, &files).ok());
  std::vector<Extraction> out;
  for (const std::string& f : files) {
    Result<Document> doc = ReadDocument(f, {});
    EXPECT_TRUE(doc.ok()) << doc.status().message();
    if (!doc.ok() || !extractor.ok()) continue;
    out.push_back(extractor->Extract(std::move(doc).value()));
    out.back().document.text.clear();
  }
  return out;
}

TEST(ExtractionLineTest, SamplesRoundTripExactly) {
  const FingerprintComponents fingerprint{{"code", "tarikh test"}, {"--doc-date", ""}};
  std::vector<Extraction> direct = ExtractSamples();
  ASSERT_FALSE(direct.empty());
  std::vector<Extraction> back;
  for (const Extraction& e : direct) {
    const std::string line = ExtractionToLine(e, fingerprint);
    EXPECT_EQ(line.find('\n'), std::string::npos);
    // The SPEC part is the article's own extract output.
    nlohmann::json spec = nlohmann::json::parse(line);
    for (const char* key : {"record", "fingerprint"}) spec.erase(key);
    EXPECT_EQ(spec, nlohmann::json::parse(CorpusToJson(BuildCorpus({e}))));
    // Hadoop Streaming's map-only output adds a tab (an empty value) to each line: JSON whitespace.
    EXPECT_TRUE(ParseExtractionLine(line + "\t").ok());
    Result<ExtractionLine> parsed = ParseExtractionLine(line);
    ASSERT_TRUE(parsed.ok()) << parsed.status().message();
    EXPECT_EQ(parsed->path, e.document.path);
    EXPECT_EQ(parsed->error, "");
    EXPECT_EQ(parsed->record, ExtractionToRecord(e));
    EXPECT_EQ(parsed->fingerprint, fingerprint);
    back.push_back(std::move(parsed->extraction));
  }
  EXPECT_EQ(CorpusToJson(BuildCorpus(std::move(back))), CorpusToJson(BuildCorpus(std::move(direct))));
}

TEST(ExtractionLineTest, ErrorLinesRoundTrip) {
  EXPECT_EQ(ErrorLine("a.md", 3, "a.md: no \"text\" string"),
            R"({"path":"a.md","line":3,"error":"a.md: no \"text\" string"})");
  EXPECT_EQ(ErrorLine("", 1, "not JSON at byte 1: x"), R"({"path":null,"line":1,"error":"not JSON at byte 1: x"})");
  Result<ExtractionLine> parsed = ParseExtractionLine(ErrorLine("a.md", 3, "bad"));
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->path, "a.md");
  EXPECT_EQ(parsed->error, "bad");
  EXPECT_EQ(parsed->line, 3);
  // Invalid UTF-8 in a message cannot make an invalid line.
  EXPECT_TRUE(nlohmann::json::accept(ErrorLine("a\xff", 1, "b\xfe")));
}

TEST(ExtractionLineTest, LinesThatAreNotExtractionsAreErrors) {
  const std::pair<const char*, const char*> kCases[] = {
      {"", "not JSON"},
      {"{", "not JSON"},
      {"[1]", "not a JSON object"},
      {R"({"schema":"tarikh/1","documents":[]})", "no \"record\""},
      {R"({"record":"!!!!","fingerprint":{}})", "not base64"},
      {R"({"record":"VFJL","fingerprint":{}})", "cannot be read"},  // "TRK": a truncated record
      {R"({"record":"","fingerprint":{}})", "cannot be read"},
  };
  for (const auto& [line, message] : kCases) {
    Result<ExtractionLine> parsed = ParseExtractionLine(line);
    ASSERT_FALSE(parsed.ok()) << line;
    EXPECT_NE(parsed.status().message().find(message), std::string::npos) << line << ": " << parsed.status().message();
  }
  Extraction e;
  e.document.id = "d-1";
  e.document.path = "a.md";
  nlohmann::json line = nlohmann::json::parse(ExtractionToLine(e, {}));
  line["fingerprint"] = {{"code", 3}};
  EXPECT_FALSE(ParseExtractionLine(line.dump()).ok());
  line.erase("fingerprint");
  EXPECT_FALSE(ParseExtractionLine(line.dump()).ok());
}

}  // namespace
}  // namespace tarikh
