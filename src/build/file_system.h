// What the build engine asks of the file system, as ninja's DiskInterface:
// a file's size and modification time, and the hash of its bytes. The
// engine's steps take a FileSystem, so that their unit tests run against
// VirtualFileSystem (build/testing_file_system.h), an in-memory one whose
// clock the test moves, instead of spawning the binary over real folders.
#ifndef TARIKH_BUILD_FILE_SYSTEM_H_
#define TARIKH_BUILD_FILE_SYSTEM_H_

#include <cstdint>
#include <optional>
#include <string>

namespace tarikh::build {

// What the store records of an input to tell later whether it changed.
struct FileStat {
  int64_t size = 0;
  int64_t mtime_ns = 0;  // modification time, nanoseconds since the epoch
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // nullopt when `path` does not exist or cannot be looked at.
  virtual std::optional<FileStat> Stat(const std::string& path) const = 0;
  // HashHex (build/hashing.h) of the file's bytes; "" when it cannot be read.
  virtual std::string HashFile(const std::string& path) const = 0;
};

// The machine's file system (stat(2), the file read in large blocks).
class RealFileSystem final : public FileSystem {
 public:
  std::optional<FileStat> Stat(const std::string& path) const override;
  std::string HashFile(const std::string& path) const override;
};

}  // namespace tarikh::build

#endif  // TARIKH_BUILD_FILE_SYSTEM_H_
