// libFuzzer target: the temporal tagger on arbitrary text, with a document
// date taken from the first input byte (none, a year, a month or a day).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tarikh/data_dir.h"
#include "tarikh/ingest.h"
#include "tarikh/temporal.h"
#include "tarikh/text.h"

namespace {

const tarikh::TemporalTagger& Tagger() {
  static const tarikh::TemporalTagger* tagger = [] {
    auto t = tarikh::TemporalTagger::Load(tarikh::DefaultDataDir());
    if (!t.ok()) std::abort();
    return new tarikh::TemporalTagger(std::move(t).value());
  }();
  return *tagger;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kDates[] = {"", "2022", "2022-01", "2022-01-12", "2017-03-03", "2024-02-29"};
  const char* doc_date = kDates[data[0] % 6];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  tarikh::Result<tarikh::Document> doc = tarikh::DecodeDocument(bytes, "fuzz.txt", {});
  if (!doc.ok()) return 0;
  const tarikh::AnalyzedText text = tarikh::AnalyzeText(doc->text);
  const tarikh::CodePointIndex index(doc->text);
  uint32_t last_end = 0;
  for (const tarikh::Timex& t : Tagger().Tag(doc->text, text, doc_date)) {
    // Sorted, non-overlapping, inside the text, and the text is the span's.
    if (t.begin < last_end || t.begin >= t.end || t.end > index.size()) std::abort();
    if (index.Slice(doc->text, t.begin, t.end) != t.text || t.value.empty()) std::abort();
    last_end = t.end;
  }
  Tagger().FindDocumentDate(doc->text, text, "https://example.org/2022/01/12/x", doc->path);
  return 0;
}
