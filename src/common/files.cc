#include "tarikh/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>

namespace tarikh {
namespace {

bool SameContent(const std::string& path, std::string_view content) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  in.seekg(0, std::ios::end);
  if (static_cast<size_t>(in.tellg()) != content.size()) return false;
  in.seekg(0);
  std::string existing(content.size(), '\0');
  in.read(existing.data(), static_cast<std::streamsize>(existing.size()));
  return in && existing == content;
}

Status Fail(const std::string& what, const std::string& path) {
  return Status::IOError(path + ": cannot " + what + ": " + std::strerror(errno));
}

}  // namespace

Result<WriteOutcome> WriteFileAtomically(const std::string& path, std::string_view content) {
  if (SameContent(path, content)) return WriteOutcome::kUnchanged;
  std::string temp = path + ".tmp-XXXXXX";
  const int fd = mkstemp(temp.data());
  if (fd < 0) return Fail("create a temporary file", temp);
  size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      Status s = Fail("write", path);
      close(fd);
      unlink(temp.c_str());
      return s;
    }
    written += static_cast<size_t>(n);
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
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    Status s = Fail("rename a temporary file onto it", path);
    unlink(temp.c_str());
    return s;
  }
  return WriteOutcome::kWritten;
}

}  // namespace tarikh
