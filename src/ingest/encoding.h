// Encodings: from the raw bytes of one article file to UTF-8 text.
//
// SPEC §2: UTF-8 (with or without a BOM), UTF-16 and UTF-32 with a BOM, and
// the legacy Arabic code pages Windows-1256 and ISO-8859-6 are detected; any
// encoding ICU knows can be forced instead (--encoding). Binary data is
// refused. Every error names the file and a byte offset counted from the
// start of the file (BOM included), so a user can find it with `xxd`.
//
// The decoded text never contains the BOM: spans reported by later stages
// count code points from the first character after it.
//
// ICU stays inside this file's .cc (STYLE.md §2): callers see std types only.
#ifndef TARIKH_INGEST_ENCODING_H_
#define TARIKH_INGEST_ENCODING_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "tarikh/status.h"

namespace tarikh::ingest {

struct DecodedText {
  std::string utf8;      // the decoded text, without a BOM
  std::string encoding;  // what it was decoded from, e.g. "UTF-8", "windows-1256"
  size_t bom_bytes = 0;  // length of the BOM skipped at the start of the file
};

// Decodes a whole file. `encoding` empty means detect; otherwise any name ICU
// knows ("windows-1256", "ISO-8859-6", "UTF-16LE", "cp1256", ...). `path` is
// used in messages only. Fails with kInvalidInput.
Result<DecodedText> DecodeText(std::string_view bytes, std::string_view path,
                               std::string_view encoding);

}  // namespace tarikh::ingest

#endif  // TARIKH_INGEST_ENCODING_H_
