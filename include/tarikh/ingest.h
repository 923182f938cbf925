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

// What expanding the command line's INPUTs found.
struct InputListing {
  std::vector<std::string> files;  // article files, sorted by path, each once
  // One message per input or entry that cannot be read as an article, each
  // naming it on one line (QuoteName): a missing input; a folder that cannot
  // be listed; a `*.txt` / `*.md` entry that is not a regular file (a FIFO,
  // a socket, a device, a link to a folder, a link to nothing, a link loop).
  std::vector<std::string> problems;
  std::vector<std::string> warnings;  // read, but worth a word: a folder named like an article
  // Folders that could not be listed, or only in part: whether what a store
  // holds from them is still there cannot be told, so it is kept.
  std::vector<std::string> unlisted;
};

// The one rule for which names a folder's listing reads (ListInputs, and
// `tarikh watch` for what to wake up for): `*.txt` and `*.md` in any case
// (files from Windows are often `.TXT`), never a hidden name (`.git`,
// editors' `.#draft.md`, tarikh's own `.tarikh-work`; a hidden folder is
// not entered).
bool IsHiddenName(std::string_view name);
bool IsArticleFileName(std::string_view name);

// Expands files and folders (recursively, `*.txt` and `*.md`, hidden names
// skipped, links to folders not followed) into articles. An entry that
// cannot be read is a problem; every other entry is still listed.
InputListing ListInputs(const std::vector<std::string>& inputs);

// ListInputs' files added to `files` (sorted, each once); its problems, one
// per line, make the status an error.
Status CollectInputs(const std::vector<std::string>& inputs, std::vector<std::string>* files);

}  // namespace tarikh

#endif  // TARIKH_INGEST_H_
