// Whether a build has nothing to do (ninja's "no work to do"): every input is
// the one the store recorded (same path set, size, modification time and
// extractor fingerprint), the outputs were rendered with the same options by
// the same tarikh, and every output file is still what the last build wrote
// (its XXH3 matches the recorded hash; a deleted or edited output means work).
// Then the build reads no extraction, merges nothing and renders nothing.
#ifndef TARIKH_BUILD_UP_TO_DATE_H_
#define TARIKH_BUILD_UP_TO_DATE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "build/file_system.h"
#include "pipeline/fingerprint.h"
#include "tarikh/store.h"

namespace tarikh::build {

struct UpToDate {
  std::vector<std::string> explain;  // one line per article and output, then "no work to do"
  size_t articles = 0, events = 0, actors = 0;  // from the store's corpus_counts
  int outputs = 0;
};

// `state` is what the last build left (Store::State); `files` the
// collected inputs, sorted; `digest` the extractor fingerprint's;
// `render_key` the options the outputs are rendered with
// (BuildState::render_options); `fs` where the inputs and outputs are
// looked at. nullopt: there is work.
std::optional<UpToDate> CheckUpToDate(const Store& store, const BuildState& state,
                                      const std::vector<std::string>& files, const std::string& digest,
                                      const std::string& render_key, const std::string& output_dir,
                                      const FileSystem& fs);

// The same without the inputs, for a build whose inputs are not files
// (build --from-jsonl), once the caller knows that no document changed.
std::optional<UpToDate> CheckOutputsUpToDate(const Store& store, const BuildState& state,
                                             const std::string& render_key, const std::string& output_dir,
                                             const FileSystem& fs);

// Recorded as BuildState::render_code: outputs rendered by another tarikh version, or
// by a build of other rendering code (RenderSourcesDigest), are rendered again.
std::string RenderCode();

}  // namespace tarikh::build

#endif  // TARIKH_BUILD_UP_TO_DATE_H_
