#include "common/files.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

namespace tarikh {
namespace {

size_t TotalSize(const std::vector<std::string_view>& parts) {
  size_t n = 0;
  for (std::string_view p : parts) n += p.size();
  return n;
}

// Whether the file at `path` holds exactly `parts`, one after another.
bool SameContent(const std::string& path, const std::vector<std::string_view>& parts) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  in.seekg(0, std::ios::end);
  if (static_cast<size_t>(in.tellg()) != TotalSize(parts)) return false;
  in.seekg(0);
  std::string existing;
  for (std::string_view part : parts) {
    existing.resize(part.size());
    in.read(existing.data(), static_cast<std::streamsize>(existing.size()));
    if (!in || existing != part) return false;
  }
  return true;
}

Status Fail(const std::string& what, const std::string& path) {
  const int error = errno;  // before anything else can change it
  return Status::IOError(QuoteName(path) + ": cannot " + what + ": " + std::strerror(error));
}

}  // namespace

namespace {

// The work folder beside `path` (kWorkFolder), created when missing.
Result<std::string> WorkFolderOf(const std::string& path) {
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  const std::string work = ((parent.empty() ? std::filesystem::path(".") : parent) / kWorkFolder).string();
  if (mkdir(work.c_str(), 0755) != 0 && errno != EEXIST) return Fail("create the work folder", work);
  return work;
}

// Writes `parts`, one after another, to a new temporary file in the work
// folder beside `path`; its name, or an error. The parts go to the kernel as
// they are (writev), however many and wherever they are: a file spliced from
// pieces of another is never assembled in memory.
Result<std::string> WriteTemporary(const std::string& path, const std::vector<std::string_view>& parts) {
  Result<std::string> work = WorkFolderOf(path);
  if (!work.ok()) return work.status();
  std::string temp = work.value() + "/" + std::filesystem::path(path).filename().string() + ".XXXXXX";
  const int fd = mkstemp(temp.data());
  if (fd < 0) return Fail("create a temporary file", temp);
  constexpr size_t kBatch = 512;  // below every system's IOV_MAX
  std::vector<iovec> batch;
  size_t next = 0;  // the first part not in `batch`
  for (;;) {
    while (batch.size() < kBatch && next < parts.size()) {
      if (!parts[next].empty()) batch.push_back({const_cast<char*>(parts[next].data()), parts[next].size()});
      ++next;
    }
    if (batch.empty()) break;
    ssize_t n = writev(fd, batch.data(), static_cast<int>(batch.size()));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      Status s = Fail("write", path);
      close(fd);
      unlink(temp.c_str());
      return s;
    }
    // Drop what was written; a part written in part is advanced.
    size_t done = 0;
    while (done < batch.size() && static_cast<size_t>(n) >= batch[done].iov_len) n -= static_cast<ssize_t>(batch[done++].iov_len);
    if (done < batch.size()) {
      batch[done].iov_base = static_cast<char*>(batch[done].iov_base) + n;
      batch[done].iov_len -= static_cast<size_t>(n);
    }
    batch.erase(batch.begin(), batch.begin() + static_cast<std::ptrdiff_t>(done));
  }
  fchmod(fd, 0644);
  // No fsync: a killed process loses nothing the kernel has, and after a
  // power failure an output that did not reach the disk no longer hashes to
  // what the store recorded, so the next build writes it again. Syncing
  // 120 MB of exports of 10,000 articles cost half a second per build.
  if (close(fd) != 0) {
    Status s = Fail("flush", path);
    unlink(temp.c_str());
    return s;
  }
  return temp;
}

}  // namespace

std::optional<std::string> ReadFileIfExists(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  std::optional<std::string> out;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    std::string bytes(static_cast<size_t>(st.st_size), '\0');
    size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n = read(fd, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    char extra;
    if (done == bytes.size() && read(fd, &extra, 1) == 0) out = std::move(bytes);  // nor did it grow meanwhile
  }
  close(fd);
  return out;
}

std::optional<MappedFile> MappedFile::Open(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  std::optional<MappedFile> out;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    if (st.st_size == 0) {
      out = MappedFile(nullptr, 0);
    } else if (void* data = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
               data != MAP_FAILED) {
      out = MappedFile(data, static_cast<size_t>(st.st_size));
    }
  }
  close(fd);  // the mapping stays
  return out;
}

MappedFile::MappedFile(MappedFile&& other) noexcept : data_(other.data_), size_(other.size_) {
  other.data_ = nullptr;
  other.size_ = 0;
}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) munmap(data_, size_);
    data_ = other.data_;
    size_ = other.size_;
    other.data_ = nullptr;
    other.size_ = 0;
  }
  return *this;
}

MappedFile::~MappedFile() {
  if (data_ != nullptr) munmap(data_, size_);
}

Result<WriteOutcome> WriteFileAtomically(const std::string& path, std::string_view content) {
  Result<std::vector<WriteOutcome>> outcomes = WriteFilesAtomically({{path, content}});
  if (!outcomes.ok()) return outcomes.status();
  return outcomes->front();
}

Result<PreparedFile> PrepareFile(const std::string& path, std::string_view content) {
  return PrepareFile(path, std::vector<std::string_view>{content});
}

Result<PreparedFile> PrepareFile(const std::string& path, const std::vector<std::string_view>& parts) {
  PreparedFile file;
  file.path = path;
  if (SameContent(path, parts)) return file;
  Result<std::string> temp = WriteTemporary(path, parts);
  if (!temp.ok()) return temp.status();
  file.temporary = std::move(temp).value();
  return file;
}

void DiscardFiles(const std::vector<PreparedFile>& files) {
  for (const PreparedFile& f : files)
    if (!f.temporary.empty()) unlink(f.temporary.c_str());
}

namespace {

// Renames `temp` onto `target`, keeping the file it replaces in the work
// folder (`committed->previous`) so that it can be put back.
Status Swap(const std::string& temp, const std::string& target, CommittedFile* committed) {
  committed->path = target;
  struct stat existing {};
  const bool exists = lstat(target.c_str(), &existing) == 0;
  // Only a regular file is swapped: anything else there (a folder) makes
  // the rename below fail as it should.
  if (exists && S_ISREG(existing.st_mode)) {
    // Swapped with the file it replaces, where the system can (Linux 3.15,
    // most local file systems): as atomic as a rename, but ext4 then does
    // not flush the new file at once (its auto_da_alloc, for renames over a
    // file: 0.1 s for the 60 MB events.json of 10,000 articles). The old
    // file is now at the temporary's name.
    if (renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
      committed->previous = temp;
      return Status::Ok();
    }
    // Elsewhere a second link keeps the old file while the new one is renamed over it.
    const std::string previous = temp + "-previous";
    if (link(target.c_str(), previous.c_str()) == 0) {
      if (std::rename(temp.c_str(), target.c_str()) == 0) {
        committed->previous = previous;
        return Status::Ok();
      }
      Status s = Fail("rename a temporary file onto it", target);
      unlink(previous.c_str());
      return s;
    }
  }
  // No file there, or a file system with neither (vfat): a plain rename,
  // which leaves nothing to put back.
  if (std::rename(temp.c_str(), target.c_str()) != 0) return Fail("rename a temporary file onto it", target);
  committed->previous.clear();
  committed->unrecoverable = exists;
  return Status::Ok();
}

}  // namespace

Result<std::vector<WriteOutcome>> CommitFiles(const std::vector<PreparedFile>& files,
                                              std::vector<CommittedFile>* committed) {
  std::vector<WriteOutcome> outcomes(files.size(), WriteOutcome::kUnchanged);
  std::vector<CommittedFile> done;
  for (size_t k = 0; k < files.size(); ++k) {
    if (files[k].temporary.empty()) continue;
    outcomes[k] = WriteOutcome::kWritten;
    CommittedFile file;
    if (Status s = Swap(files[k].temporary, files[k].path, &file); !s.ok()) {
      DiscardFiles(std::vector<PreparedFile>(files.begin() + static_cast<std::ptrdiff_t>(k), files.end()));
      UndoCommit(done);
      return s;
    }
    done.push_back(std::move(file));
  }
  if (committed != nullptr) {
    committed->insert(committed->end(), done.begin(), done.end());
  } else {
    RemovePrevious(done);
  }
  return outcomes;
}

Status UndoCommit(const std::vector<CommittedFile>& committed) {
  Status status;
  for (auto it = committed.rbegin(); it != committed.rend(); ++it) {
    if (it->unrecoverable) {
      // The file it replaced is gone: the new one stays (the store's output
      // hashes then say it is not what the last build wrote).
      if (status.ok()) status = Status::IOError(it->path + ": cannot put the previous file back: it was replaced by a plain rename");
    } else if (it->previous.empty() ? unlink(it->path.c_str()) != 0 && errno != ENOENT
                                    : std::rename(it->previous.c_str(), it->path.c_str()) != 0) {
      if (status.ok()) status = Fail("put the previous file back", it->path);
    }
  }
  return status;
}

void RemovePrevious(const std::vector<CommittedFile>& committed) {
  for (const CommittedFile& f : committed)
    if (!f.previous.empty()) unlink(f.previous.c_str());
}

void RemoveTemporaries(const std::string& folder) {
  const std::string work = (std::filesystem::path(folder) / kWorkFolder).string();
  std::error_code ec;
  for (std::filesystem::directory_iterator it(work, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename() != kLockFile) std::filesystem::remove_all(it->path(), ec);
  }
}

Result<std::vector<WriteOutcome>> WriteFilesAtomically(
    const std::vector<std::pair<std::string, std::string_view>>& files, std::vector<CommittedFile>* committed) {
  std::vector<PreparedFile> prepared;
  for (const auto& [path, content] : files) {
    Result<PreparedFile> file = PrepareFile(path, content);
    if (!file.ok()) {
      DiscardFiles(prepared);
      return file.status();
    }
    prepared.push_back(std::move(file).value());
  }
  return CommitFiles(prepared, committed);
}

}  // namespace tarikh
