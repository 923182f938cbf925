// Writing outputs so that nothing partial is ever left in OUTDIR (SPEC §1).
#ifndef TARIKH_FILES_H_
#define TARIKH_FILES_H_

#include <string>
#include <string_view>

#include "tarikh/status.h"

namespace tarikh {

enum class WriteOutcome { kWritten, kUnchanged };

// Writes `content` to `path` through a temporary file in the same folder,
// renamed into place (readers see the old file or the new, never a part). A file whose content is already `content`
// is left alone (kUnchanged), so its modification time says when it last changed.
Result<WriteOutcome> WriteFileAtomically(const std::string& path, std::string_view content);

}  // namespace tarikh

#endif  // TARIKH_FILES_H_
