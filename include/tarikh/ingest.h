// Ingestion: from files, folders or stdin to Documents.
//
// Reading is split from decoding so that everything but the file system is a
// pure function of bytes (and testable without files): DecodeDocument turns
// the bytes of one article into a Document; CollectInputs expands the command
// line's INPUTs into a sorted list of article files; ReadDocument joins them.
//
// Errors name the file and, where it applies, the byte offset or line (SPEC §1).
#ifndef TARIKH_INGEST_H_
#define TARIKH_INGEST_H_

#include <string>
#include <string_view>
#include <vector>

#include "tarikh/document.h"
#include "tarikh/status.h"

namespace tarikh {

struct IngestOptions {
  // Empty: detect (UTF-8, UTF-8/UTF-16 BOM, Windows-1256, ISO-8859-6).
  // Otherwise an encoding name ICU knows: "UTF-8", "windows-1256", "ISO-8859-6", "UTF-16LE" ...
  std::string encoding;
  // --doc-date: overrides front matter; "YYYY", "YYYY-MM" or "YYYY-MM-DD".
  std::string doc_date;
};

// True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" with a real month and day.
bool IsValidDocDate(std::string_view date);

// Decodes and parses one article. `path` is used in messages and kept in the
// Document. Fails (kInvalidInput) on binary data, invalid UTF-8 (naming the
// byte offset), an unknown --encoding, or a malformed front matter block
// (naming the line). An empty article succeeds with a warning.
Result<Document> DecodeDocument(std::string_view bytes, std::string path,
                                const IngestOptions& options);

// Reads `path` ("-" for standard input) and decodes it.
Result<Document> ReadDocument(const std::string& path, const IngestOptions& options);

// Expands files and folders (recursively, `*.txt` and `*.md`, sorted by path)
// into `files`. A missing input is an error naming it; the others are kept.
Status CollectInputs(const std::vector<std::string>& inputs, std::vector<std::string>* files);

}  // namespace tarikh

#endif  // TARIKH_INGEST_H_
