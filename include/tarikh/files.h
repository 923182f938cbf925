// Writing outputs so that nothing partial is ever left in OUTDIR (SPEC §1).
#ifndef TARIKH_FILES_H_
#define TARIKH_FILES_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tarikh/status.h"

namespace tarikh {

enum class WriteOutcome { kWritten, kUnchanged };

// Writes `content` to `path` through a temporary file in the same folder,
// renamed into place (readers see the old file or the new, never a part). A file whose content is already `content`
// is left alone (kUnchanged), so its modification time says when it last changed.
Result<WriteOutcome> WriteFileAtomically(const std::string& path, std::string_view content);

// The same for a set of files (path, content), all or nothing as far as the
// file system allows: every changed file is written to its temporary first,
// and only when all are written are they renamed into place. A failed write
// (a full disk) leaves every file as it was and no temporary behind.
// The files replaced are removed; with `replaced`, they are left instead at
// the temporary names listed there (`name.tmp-XXXXXX`, success or not), for
// the caller to remove while it does other work: removing a file of 60 MB
// takes a twentieth of a second.
Result<std::vector<WriteOutcome>> WriteFilesAtomically(
    const std::vector<std::pair<std::string, std::string_view>>& files,
    std::vector<std::string>* replaced = nullptr);

// WriteFilesAtomically in two steps, for a caller that has its files at
// different times (on different threads): each is prepared — written to its
// temporary — as soon as it is made, and all are committed — renamed into
// place — together. A file that already holds its content is not written
// (`temporary` empty, kUnchanged when committed).
struct PreparedFile {
  std::string path;
  std::string temporary;  // "" when `path` already holds the content
};
Result<PreparedFile> PrepareFile(const std::string& path, std::string_view content);
// The same for a file given as parts to be written one after another (views
// of a spliced file, tarikh/pieces.h): nothing is copied into one string.
Result<PreparedFile> PrepareFile(const std::string& path, const std::vector<std::string_view>& parts);
// Renames the prepared files into place, in order; `replaced` as in
// WriteFilesAtomically. On failure the temporaries not yet renamed are removed.
Result<std::vector<WriteOutcome>> CommitFiles(const std::vector<PreparedFile>& files,
                                              std::vector<std::string>* replaced = nullptr);
// Removes the temporaries of files that will not be committed.
void DiscardFiles(const std::vector<PreparedFile>& files);

// The whole content of the file at `path`; nullopt when it does not exist or
// cannot be read (a folder, no permission, a read error).
std::optional<std::string> ReadFileIfExists(const std::string& path);

// A regular file mapped read-only (mmap): its bytes without a copy or an
// allocation of their size — for the previous exports a build copies pieces
// from (100 MB at 10,000 articles). The mapping outlives a rename or unlink
// of the file; a file truncated by another program while mapped is not
// supported (reading past its new end faults), which tarikh's own files,
// always replaced by rename, never are.
class MappedFile {
 public:
  // nullopt when the file does not exist, is not a regular file, or cannot be mapped.
  static std::optional<MappedFile> Open(const std::string& path);
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();
  std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

 private:
  MappedFile(void* data, size_t size) : data_(data), size_(size) {}
  void* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace tarikh

#endif  // TARIKH_FILES_H_
