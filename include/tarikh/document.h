// Document: one article as tarikh reads it, after ingestion.
//
// `text` is the whole decoded file in UTF-8, front matter included, because
// every span tarikh reports counts Unicode code points from the start of the
// file (SPEC §3). `body_begin` says where the article body starts.
#ifndef TARIKH_DOCUMENT_H_
#define TARIKH_DOCUMENT_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tarikh {

// Where the document creation date came from (SPEC §2, in order of priority):
// the command line, the front matter, else what the page shows — a
// publication timestamp, a dateline, the url (or the file path), or the
// article's own `اليوم الخميس 21 يناير`.
enum class DocDateSource { kNone, kCli, kFrontMatter, kDateline, kTimestamp, kUrl, kText };
const char* DocDateSourceName(DocDateSource source);

struct Diagnostic {
  enum class Severity { kWarning, kError };
  Severity severity = Severity::kError;
  std::string path;
  std::string message;  // complete sentence, already naming file/offset/line
};

struct Document {
  std::string id;    // "d-" + 16 hex digits of XXH3-64 of `text`: stable across machines
  std::string path;  // as given on the command line ("-" for stdin)
  std::string text;  // decoded UTF-8, front matter included
  uint32_t body_begin = 0;       // code point offset of the body in `text`
  uint32_t body_begin_byte = 0;  // the same, as a byte offset
  std::string encoding = "UTF-8";  // what the bytes were decoded from

  // Front matter (SPEC §2). Known keys are copied into the fields below;
  // every key, known or not, stays in `metadata`.
  std::map<std::string, std::string> metadata;
  std::string title;
  std::string source;
  std::string url;

  std::string doc_date;  // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty when unknown
  DocDateSource doc_date_source = DocDateSource::kNone;
  // The words (or the url) the date was read from, when the page gave it.
  std::string doc_date_evidence;

  std::vector<Diagnostic> warnings;  // problems that did not stop reading
};

}  // namespace tarikh

#endif  // TARIKH_DOCUMENT_H_
