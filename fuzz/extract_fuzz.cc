// libFuzzer target: the whole extraction (text, temporal, entities, events)
// and the JSON of its corpus, on arbitrary bytes.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tarikh/extraction.h"
#include "tarikh/ingest.h"

namespace {

const tarikh::Extractor& TheExtractor() {
  static const tarikh::Extractor* extractor = [] {
    auto e = tarikh::Extractor::Load({});
    if (!e.ok()) std::abort();
    return new tarikh::Extractor(std::move(e).value());
  }();
  return *extractor;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  tarikh::Result<tarikh::Document> doc = tarikh::DecodeDocument(bytes, "fuzz.txt", {});
  if (!doc.ok()) return 0;
  std::vector<tarikh::Extraction> extractions;
  extractions.push_back(TheExtractor().Extract(std::move(doc).value()));
  const std::string json = tarikh::CorpusToJson(tarikh::BuildCorpus(std::move(extractions)));
  if (json.empty()) std::abort();
  return 0;
}
