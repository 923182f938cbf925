// RealFileSystem (build/file_system.h).
#include "build/file_system.h"

#include <sys/stat.h>
#include <xxhash.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <vector>

#include "build/hashing.h"
#include "common/files.h"

namespace tarikh::build {

std::optional<FileStat> RealFileSystem::Stat(const std::string& path, std::string* error) const {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) {
    if (error != nullptr) *error = std::strerror(errno);
    return std::nullopt;
  }
  return FileStat{st.st_size, st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec};
}

// Read in large blocks: the outputs are ~120 MB at 10,000 articles.
std::string RealFileSystem::HashFile(const std::string& path) const {
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) return "";
  std::unique_ptr<XXH3_state_t, XXH_errorcode (*)(XXH3_state_t*)> state(XXH3_createState(), &XXH3_freeState);
  XXH3_64bits_reset(state.get());
  std::vector<char> block(1 << 20);
  size_t n;
  while ((n = std::fread(block.data(), 1, block.size(), file.get())) > 0) XXH3_64bits_update(state.get(), block.data(), n);
  if (std::ferror(file.get())) return "";
  return Hex16(XXH3_64bits_digest(state.get()));
}

Status RealFileSystem::Read(const std::string& path, std::string* bytes) const {
  std::ifstream in(path, std::ios::binary);
  if (in) bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) {
    const int error = errno;
    return Status::InvalidInput(QuoteName(path) + ": cannot read: " + std::strerror(error));
  }
  return Status::Ok();
}

}  // namespace tarikh::build
