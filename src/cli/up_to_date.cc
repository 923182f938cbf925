#include "cli/up_to_date.h"

#include <sys/stat.h>
#include <xxhash.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>
#include <sstream>

#include "cli/hashing.h"
#include "tarikh/render.h"

namespace tarikh::cli {
namespace {

namespace fs = std::filesystem;

// XXH3-64 of a file's bytes as HashHex gives it, read in large blocks (the
// outputs are ~120 MB at 10,000 articles); "" when it cannot be read.
std::string FileHashHex(const std::string& path) {
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

bool MetaIs(const Store& store, const std::string& key, const std::string& value) {
  Result<std::string> stored = store.Meta(key);
  return stored.ok() && stored.value() == value;
}

// Every file is the stored row of its path, read with this fingerprint; no two
// rows share a document (a duplicate is warned about by a real build).
bool InputsUnchanged(const Store& store, const std::vector<std::string>& files, const std::string& digest,
                     UpToDate* out) {
  // An article added or removed is seen without reading every row.
  if (Result<size_t> count = store.DocumentCount(); !count.ok() || count.value() != files.size()) return false;
  Result<std::map<std::string, StoredDocument>> stored = store.Documents(false);
  if (!stored.ok() || stored->size() != files.size()) return false;
  std::set<std::string_view> ids;
  for (const std::string& path : files) {
    auto row = stored->find(path);
    struct stat st {};
    if (row == stored->end() || stat(path.c_str(), &st) != 0) return false;
    const StoredDocument& d = row->second;
    if (d.size != st.st_size || d.mtime_ns != st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec ||
        d.fingerprint != digest || !ids.insert(d.doc_id).second) {
      return false;
    }
    out->explain.push_back(path + ": unchanged (size and modification time)");
  }
  return true;
}

// Every recorded output exists with the recorded content.
bool OutputsUnchanged(const Store& store, const std::string& output_dir, UpToDate* out) {
  Result<std::map<std::string, std::string>> outputs = store.Outputs();
  if (!outputs.ok() || outputs->empty()) return false;
  for (const auto& [name, hash] : outputs.value()) {
    if (FileHashHex((fs::path(output_dir) / name).string()) != hash) return false;
    out->explain.push_back(name + ": unchanged");
    ++out->outputs;
  }
  return true;
}

}  // namespace

std::string RenderCode() { return std::string("tarikh ") + TARIKH_VERSION + " (render code " + RenderSourcesDigest() + ")"; }

std::optional<UpToDate> CheckUpToDate(const Store& store, const std::vector<std::string>& files,
                                      const FingerprintComponents& fingerprint, const std::string& render_key,
                                      const std::string& output_dir) {
  if (!MetaIs(store, "render_options", render_key) || !MetaIs(store, kRenderCodeKey, RenderCode())) return std::nullopt;
  UpToDate out;
  if (!InputsUnchanged(store, files, FingerprintDigest(fingerprint), &out)) return std::nullopt;
  std::optional<UpToDate> outputs = CheckOutputsUpToDate(store, render_key, output_dir);
  if (!outputs) return std::nullopt;
  outputs->explain.insert(outputs->explain.begin(), out.explain.begin(), out.explain.end());
  return outputs;
}

std::optional<UpToDate> CheckOutputsUpToDate(const Store& store, const std::string& render_key,
                                             const std::string& output_dir) {
  if (!MetaIs(store, "render_options", render_key) || !MetaIs(store, kRenderCodeKey, RenderCode())) return std::nullopt;
  UpToDate out;
  if (!OutputsUnchanged(store, output_dir, &out)) return std::nullopt;
  Result<std::string> counts = store.Meta("corpus_counts");
  std::istringstream(counts.ok() ? counts.value() : "") >> out.articles >> out.events >> out.actors;
  out.explain.push_back("no work to do");
  return out;
}

}  // namespace tarikh::cli
