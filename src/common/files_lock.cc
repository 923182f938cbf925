// FileLock (common/files.h): flock(2), which the kernel releases when the
// holder dies, even by kill -9 — so a killed build never leaves a folder or
// a store locked.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "common/files.h"

namespace tarikh {

std::optional<FileLock> FileLock::Acquire(const std::string& path, int wait_ms, Failure* failure,
                                          std::string* error) {
  const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    *failure = Failure::kCannotOpen;
    *error = std::strerror(errno);
    return std::nullopt;
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait_ms);
  while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      *failure = Failure::kCannotLock;
      *error = std::strerror(errno);
      close(fd);
      return std::nullopt;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      *failure = Failure::kBusy;
      error->clear();
      close(fd);
      return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  *failure = Failure::kNone;
  return FileLock(fd);
}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) close(fd_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

FileLock::~FileLock() {
  if (fd_ >= 0) close(fd_);  // releases the flock
}

}  // namespace tarikh
