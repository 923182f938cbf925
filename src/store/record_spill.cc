// RecordSpill (tarikh/store.h): an unlinked file, appended under a lock and
// read with pread.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <string>

#include "common/files.h"
#include "tarikh/store.h"

namespace tarikh {

struct RecordSpill::Impl {
  int fd = -1;
  std::string dir;
  std::mutex mutex;  // Add: the end of the file
  uint64_t end = 0;
  ~Impl() {
    if (fd >= 0) close(fd);
  }
};

RecordSpill::RecordSpill(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RecordSpill::~RecordSpill() = default;

Result<std::shared_ptr<RecordSpill>> RecordSpill::Create(const std::string& dir) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  impl->fd = open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (impl->fd < 0) {  // a file system without O_TMPFILE: a named one, unlinked at once
    std::string name = dir + "/records-XXXXXX";
    impl->fd = mkostemp(name.data(), O_CLOEXEC);
    if (impl->fd >= 0) unlink(name.c_str());
  }
  if (impl->fd < 0) return Status::IOError(QuoteName(dir) + ": cannot create a temporary file: " + std::strerror(errno));
  return std::shared_ptr<RecordSpill>(new RecordSpill(std::move(impl)));
}

Result<RecordSpill::Ref> RecordSpill::Add(std::string_view record) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  Ref ref{impl_->end, static_cast<uint32_t>(record.size())};
  if (record.size() != ref.size) {
    return Status::IOError("a record of " + std::to_string(record.size()) + " bytes cannot wait in a temporary file");
  }
  for (size_t done = 0; done < record.size();) {
    const ssize_t n = pwrite(impl_->fd, record.data() + done, record.size() - done,
                             static_cast<off_t>(impl_->end + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      return Status::IOError(QuoteName(impl_->dir) + ": cannot write the records' temporary file: " +
                             (n < 0 ? std::strerror(errno) : "nothing written"));
    }
    done += static_cast<size_t>(n);
  }
  impl_->end += record.size();
  return ref;
}

Status RecordSpill::Read(Ref ref, std::string* out) const {
  out->resize(ref.size);
  for (size_t done = 0; done < ref.size;) {
    const ssize_t n = pread(impl_->fd, out->data() + done, ref.size - done, static_cast<off_t>(ref.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      return Status::IOError(QuoteName(impl_->dir) + ": cannot read the records' temporary file back: " +
                             std::strerror(errno));
    }
    if (n == 0) {
      return Status::IOError(QuoteName(impl_->dir) + ": the records' temporary file ends before the record at " +
                             std::to_string(ref.offset) + " (" + std::to_string(ref.size) + " bytes)");
    }
    done += static_cast<size_t>(n);
  }
  return Status::Ok();
}

}  // namespace tarikh
