// What the build engine asks of the file system, as ninja's DiskInterface:
// a file's size and modification time, its bytes, and their hash. The
// engine's steps take a FileSystem, so that their unit tests run against
// VirtualFileSystem (build/testing_file_system.h), an in-memory one whose
// clock the test moves, instead of spawning the binary over real folders.
#ifndef TARIKH_BUILD_FILE_SYSTEM_H_
#define TARIKH_BUILD_FILE_SYSTEM_H_

#include <cstdint>
#include <optional>
#include <string>

#include "tarikh/status.h"

namespace tarikh::build {

// What the store records of an input to tell later whether it changed.
struct FileStat {
  int64_t size = 0;
  int64_t mtime_ns = 0;  // modification time, nanoseconds since the epoch
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // nullopt when `path` does not exist or cannot be looked at; then
  // `*error` (when not null) says why ("No such file or directory").
  virtual std::optional<FileStat> Stat(const std::string& path, std::string* error) const = 0;
  // The file's bytes; an error names the file ("'a.md': cannot read: …").
  virtual Status Read(const std::string& path, std::string* bytes) const = 0;
  // HashHex (build/hashing.h) of the file's bytes; "" when it cannot be read.
  virtual std::string HashFile(const std::string& path) const = 0;
};

// The machine's file system (stat(2), the file read in large blocks).
class RealFileSystem final : public FileSystem {
 public:
  std::optional<FileStat> Stat(const std::string& path, std::string* error) const override;
  Status Read(const std::string& path, std::string* bytes) const override;
  std::string HashFile(const std::string& path) const override;
};

}  // namespace tarikh::build

#endif  // TARIKH_BUILD_FILE_SYSTEM_H_
