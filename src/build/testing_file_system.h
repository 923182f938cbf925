// VirtualFileSystem: an in-memory FileSystem for the engine's unit tests,
// after ninja's, with a clock the test moves: every file written is stamped
// with the current time, and Tick() moves it on, so "edited later" is a
// line of the test, not a sleep.
#ifndef TARIKH_BUILD_TESTING_FILE_SYSTEM_H_
#define TARIKH_BUILD_TESTING_FILE_SYSTEM_H_

#include <map>
#include <string>

#include "build/file_system.h"
#include "build/hashing.h"

namespace tarikh::build::testing {

class VirtualFileSystem final : public FileSystem {
 public:
  // Creates or replaces `path`, modified now.
  void Write(const std::string& path, const std::string& content) { files_[path] = {content, now_ns_}; }
  void Remove(const std::string& path) { files_.erase(path); }
  // Moves the clock on by one second.
  void Tick() { now_ns_ += 1000000000LL; }
  int64_t now_ns() const { return now_ns_; }

  std::optional<FileStat> Stat(const std::string& path, std::string* error) const override {
    auto it = files_.find(path);
    if (it == files_.end()) {
      if (error != nullptr) *error = "No such file or directory";
      return std::nullopt;
    }
    return FileStat{static_cast<int64_t>(it->second.content.size()), it->second.mtime_ns};
  }
  Status Read(const std::string& path, std::string* bytes) const override {
    auto it = files_.find(path);
    if (it == files_.end()) return Status::InvalidInput("'" + path + "': cannot read: No such file or directory");
    *bytes = it->second.content;
    return Status::Ok();
  }
  std::string HashFile(const std::string& path) const override {
    auto it = files_.find(path);
    return it == files_.end() ? "" : HashHex(it->second.content);
  }

 private:
  struct File {
    std::string content;
    int64_t mtime_ns;
  };
  std::map<std::string, File> files_;
  int64_t now_ns_ = 1641945600LL * 1000000000LL;  // 2022-01-12, any fixed time
};

}  // namespace tarikh::build::testing

#endif  // TARIKH_BUILD_TESTING_FILE_SYSTEM_H_
