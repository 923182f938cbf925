// Writing outputs so that nothing partial is ever left in OUTDIR (SPEC §1),
// locking a folder against a second writer, and naming files in messages.
//
// Temporaries live in a hidden work folder beside the files they become
// (`OUTDIR/.tarikh-work/`), never among the outputs: a reader listing OUTDIR
// (a web server, a sync tool, `ls *.json`) never takes one for an output,
// even when a build is killed before it could remove it. The next build
// empties the work folder when it starts (RemoveTemporaries), holding the
// folder's lock (FileLock on `.tarikh-work/lock`).
#ifndef TARIKH_COMMON_FILES_H_
#define TARIKH_COMMON_FILES_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tarikh/status.h"

namespace tarikh {

// The hidden folder, beside the files written atomically, that holds their
// temporaries and the folder's lock file.
inline constexpr const char* kWorkFolder = ".tarikh-work";
inline constexpr const char* kLockFile = "lock";  // in the work folder

// `name` as a message can show it on one line: as it is when every character
// is printable; otherwise in double quotes with C escapes, as
// `ls --quoting-style=c` writes it (`"a\nb.txt"`, `\"`, `\\`, `\t`, and
// `\ooo` for the bytes of other controls and of invalid UTF-8). Bidi controls
// (U+200E/F, U+202A–E, U+2066–9, U+061C), which ls prints as they are, are
// escaped too: they would reorder the rest of the line on the terminal.
std::string QuoteName(std::string_view name);

enum class WriteOutcome { kWritten, kUnchanged };

// Writes `content` to `path` through a temporary file in the work folder
// beside it, renamed into place (readers see the old file or the new, never
// a part). A file whose content is already `content` is left alone
// (kUnchanged), so its modification time says when it last changed.
Result<WriteOutcome> WriteFileAtomically(const std::string& path, std::string_view content);

// A file renamed into place by CommitFiles, and where the file it replaced
// went: kept until the caller knows the commit stands (the store's
// transaction went through), so that it can be put back.
struct CommittedFile {
  std::string path;
  std::string previous;  // the replaced file, in the work folder; "" when `path` did not exist
  // A file was replaced by a plain rename (a file system that can neither
  // swap two files nor link one: vfat): it cannot be put back.
  bool unrecoverable = false;
};

// The same for a set of files (path, content), all or nothing as far as the
// file system allows: every changed file is written to its temporary first,
// and only when all are written are they renamed into place; a rename that
// fails puts back the files renamed before it. A failed write (a full disk)
// leaves every file as it was and no temporary behind. The files replaced
// are removed; with `committed`, they are kept instead (listed there,
// success or not), for the caller to put back (UndoCommit) or remove
// (RemovePrevious).
Result<std::vector<WriteOutcome>> WriteFilesAtomically(
    const std::vector<std::pair<std::string, std::string_view>>& files,
    std::vector<CommittedFile>* committed = nullptr);

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
// of a spliced file, common/pieces.h): nothing is copied into one string.
Result<PreparedFile> PrepareFile(const std::string& path, const std::vector<std::string_view>& parts);
// Renames the prepared files into place, in order; `committed` as in
// WriteFilesAtomically. On failure the temporaries not yet renamed are
// removed and the files renamed are put back: nothing changed.
Result<std::vector<WriteOutcome>> CommitFiles(const std::vector<PreparedFile>& files,
                                              std::vector<CommittedFile>* committed = nullptr);
// Removes the temporaries of files that will not be committed.
void DiscardFiles(const std::vector<PreparedFile>& files);
// Puts the replaced files back where they were, last committed first, and
// removes the files that replaced none: the folder is as before the commit.
// Errors name the first file that could not be put back (the others are).
Status UndoCommit(const std::vector<CommittedFile>& committed);
// Removes the replaced files: the commit stands.
void RemovePrevious(const std::vector<CommittedFile>& committed);

// Removes what the work folder of `folder` holds but its lock: temporaries
// and replaced files that a killed or failed build left. Call it holding the
// folder's lock, or it removes another build's temporaries.
void RemoveTemporaries(const std::string& folder);

// An exclusive advisory lock (flock) on a file, held while the object lives
// (and released by the kernel when the process dies, however it dies).
class FileLock {
 public:
  enum class Failure { kNone, kCannotOpen, kCannotLock, kBusy };
  // Locks `path` (created if needed), waiting up to `wait_ms` for another
  // holder to let go. On failure, `*failure` says why and `*error` holds
  // strerror of the open(2) or flock(2) that failed.
  static std::optional<FileLock> Acquire(const std::string& path, int wait_ms, Failure* failure, std::string* error);
  FileLock(FileLock&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  FileLock& operator=(FileLock&& other) noexcept;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock();

 private:
  explicit FileLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

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

#endif  // TARIKH_COMMON_FILES_H_
