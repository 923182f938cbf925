// JSON lines: articles in, extractions out, one JSON object per line, so that
// a cluster (Spark's RDD.pipe, Hadoop Streaming) can run `tarikh extract
// --jsonl` over millions of articles and `tarikh build --from-jsonl` can merge
// what it wrote exactly as if `tarikh build` had read the articles itself
// (docs/cluster.md).
//
// Article line: {"path": …, "text": …} with optional "title", "source",
// "url" and "date" (SPEC §2's front matter keys; "date" is the document
// date); other keys are ignored. It stands for the article file at `path`
// whose bytes are `text`, preceded, when any of the four fields is a
// non-empty string, by the front matter block they make:
//
//   ---
//   title: "…"        the fields in this order, each value double-quoted
//   source: "…"       (\" \\ \n \t escaped), absent ones left out
//   url: "…"
//   date: "…"
//   ---
//   text…
//
// so a document's id and every span are those `tarikh build` gives for that
// file. A `text` that is a whole article file, front matter included, is read
// as it is; it then cannot come with the four fields too.
//
// Extraction line: SPEC §3's object for the one article, on one line
// (schema, documents, timexes, actors, events: for jq and Spark SQL), and
//   "record":      base64 of the extraction's store record (store/record.h)
//   "fingerprint": the extractor fingerprint it was made with (pipeline/fingerprint.h)
// `build --from-jsonl` reads only these two: the record is exact (the
// article's own events before any merge, every document field), the SPEC
// part is not (it shows the article's events merged among themselves).
// Base64 because records are binary. A record is read only by a tarikh of
// the same record version: extract and build with the same tarikh.
//
// Error line, in place of an article line that could not be read:
// {"path": …|null, "line": N, "error": "…"}; N counts the lines of the input.
#ifndef TARIKH_OUTPUT_JSONL_H_
#define TARIKH_OUTPUT_JSONL_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "tarikh/document.h"
#include "tarikh/extraction.h"
#include "pipeline/fingerprint.h"
#include "tarikh/ingest.h"
#include "tarikh/status.h"

namespace tarikh {

// Reads one article line into a Document, through DecodeDocument as for a
// file. kInvalidInput names what is wrong (not JSON, at which byte; no
// "text" string; a bad "date" …). `*path` is set whenever the line has a
// "path" string, so that an error line can name it.
Result<Document> DocumentFromArticleLine(std::string_view line, const IngestOptions& options,
                                         std::string* path);

// The file bytes an article line stands for (front matter block + text).
std::string ArticleFileBytes(const std::string& text, const std::string& title, const std::string& source,
                             const std::string& url, const std::string& date);

// One extraction line, without the newline.
std::string ExtractionToLine(const Extraction& extraction, const FingerprintComponents& fingerprint);

// One error line, without the newline; `path` empty writes null.
std::string ErrorLine(const std::string& path, int64_t line, const std::string& error);

// A line read back: an extraction, or an error line.
struct ExtractionLine {
  std::string path;     // the document's path (an error line's, when it names one)
  std::string error;    // non-empty: an error line; nothing below is set but `line`
  int64_t line = 0;     // an error line's: the line of extract's input it stands for
  std::string record;   // ExtractionToRecord bytes
  Extraction extraction;  // ExtractionFromRecord(record)
  FingerprintComponents fingerprint;
};

// kInvalidInput when the line is neither (not JSON, no readable record …).
Result<ExtractionLine> ParseExtractionLine(std::string_view line);

}  // namespace tarikh

#endif  // TARIKH_OUTPUT_JSONL_H_
