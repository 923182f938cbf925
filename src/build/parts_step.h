// The monthly layout's step (tarikh/parts.h): events.json as the index, and
// the parts of events/ made again only where their key changed or their
// file is not the one the last build wrote. At 20,000 articles a new one
// rewrites the index and two or three months, not 400 MB.
#ifndef TARIKH_BUILD_PARTS_STEP_H_
#define TARIKH_BUILD_PARTS_STEP_H_

#include <map>
#include <string>
#include <vector>

#include "build/commit.h"
#include "build/file_system.h"
#include "tarikh/build.h"
#include "tarikh/extraction.h"
#include "tarikh/store.h"

namespace tarikh::build {

// Whether this build lays the exports out by month (BuildOptions::layout).
bool MonthlyLayout(const BuildOptions& options, size_t events);

// The folder of the parts, inside the output folder.
inline constexpr const char* kPartsFolder = "events";

struct MonthlyExports {
  std::vector<PreparedOutput> written;  // events.json, and the parts made again
  std::vector<std::string> kept;        // part files left as the last build wrote them
  std::map<std::string, std::string> keys;  // every part file → its key (BuildState::export_parts)
};

// `recorded`: the outputs' hashes the last build wrote (Store::Outputs).
MonthlyExports PrepareMonthlyExports(const Corpus& corpus, const std::vector<uint64_t>& event_digests,
                                     const BuildState& before, const std::map<std::string, std::string>& recorded,
                                     const std::string& output_dir, const FileSystem& fs);

}  // namespace tarikh::build

#endif  // TARIKH_BUILD_PARTS_STEP_H_
