// libFuzzer target: arbitrary bytes through ingestion (decoding, front
// matter) and the Arabic text layer. Finds crashes, hangs and sanitizer
// reports; asserts the invariants every later stage relies on.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tarikh/ingest.h"
#include "tarikh/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  tarikh::Result<tarikh::Document> doc = tarikh::DecodeDocument(bytes, "fuzz.txt", {});
  if (!doc.ok()) return 0;
  const std::string_view body = std::string_view(doc->text).substr(doc->body_begin_byte);
  const tarikh::AnalyzedText text = tarikh::AnalyzeText(body, doc->body_begin);
  const tarikh::CodePointIndex index(doc->text);
  for (const tarikh::Token& t : text.tokens) {
    // Every token span lies inside the file and after the front matter.
    if (t.begin > t.end || t.end > index.size() || t.begin < doc->body_begin) std::abort();
  }
  return 0;
}
