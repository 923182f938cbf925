#include "build/up_to_date.h"

#include <filesystem>
#include <set>

#include "tarikh/render.h"

namespace tarikh::build {
namespace {

// Every file is the stored row of its path, read with this fingerprint; no two
// rows share a document (a duplicate is warned about by a real build).
bool InputsUnchanged(const Store& store, const std::vector<std::string>& files, const std::string& digest,
                     const FileSystem& fs, UpToDate* out) {
  // An article added or removed is seen without reading every row.
  if (Result<size_t> count = store.DocumentCount(); !count.ok() || count.value() != files.size()) return false;
  Result<std::map<std::string, StoredDocument>> stored = store.Documents(false);
  if (!stored.ok() || stored->size() != files.size()) return false;
  std::set<std::string_view> ids;
  for (const std::string& path : files) {
    auto row = stored->find(path);
    if (row == stored->end()) return false;
    const std::optional<FileStat> st = fs.Stat(path, nullptr);
    if (!st) return false;
    const StoredDocument& d = row->second;
    if (d.size != st->size || d.mtime_ns != st->mtime_ns ||
        d.fingerprint != digest || !ids.insert(d.doc_id).second) {
      return false;
    }
    out->explain.push_back(path + ": unchanged (size and modification time)");
  }
  return true;
}

// Every recorded output exists with the recorded content.
bool OutputsUnchanged(const Store& store, const std::string& output_dir, const FileSystem& fs, UpToDate* out) {
  Result<std::map<std::string, std::string>> outputs = store.Outputs();
  if (!outputs.ok() || outputs->empty()) return false;
  for (const auto& [name, hash] : outputs.value()) {
    if (fs.HashFile((std::filesystem::path(output_dir) / name).string()) != hash) return false;
    out->explain.push_back(name + ": unchanged");
    ++out->outputs;
  }
  return true;
}

}  // namespace

std::string RenderCode() { return std::string("tarikh ") + TARIKH_VERSION + " (render code " + RenderSourcesDigest() + ")"; }

std::optional<UpToDate> CheckUpToDate(const Store& store, const BuildState& state,
                                      const std::vector<std::string>& files, const std::string& digest,
                                      const std::string& render_key, const std::string& output_dir,
                                      const FileSystem& fs) {
  if (state.render_options != render_key || state.render_code != RenderCode()) return std::nullopt;
  UpToDate out;
  if (!InputsUnchanged(store, files, digest, fs, &out)) return std::nullopt;
  std::optional<UpToDate> outputs = CheckOutputsUpToDate(store, state, render_key, output_dir, fs);
  if (!outputs) return std::nullopt;
  outputs->explain.insert(outputs->explain.begin(), out.explain.begin(), out.explain.end());
  return outputs;
}

std::optional<UpToDate> CheckOutputsUpToDate(const Store& store, const BuildState& state,
                                             const std::string& render_key, const std::string& output_dir,
                                             const FileSystem& fs) {
  if (state.render_options != render_key || state.render_code != RenderCode()) return std::nullopt;
  UpToDate out;
  if (!OutputsUnchanged(store, output_dir, fs, &out)) return std::nullopt;
  if (state.counts) {
    out.articles = state.counts->articles;
    out.events = state.counts->events;
    out.actors = state.counts->actors;
  }
  out.explain.push_back("no work to do");
  return out;
}

}  // namespace tarikh::build
