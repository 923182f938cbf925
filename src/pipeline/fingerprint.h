// The extractor's fingerprint: what, besides an article's own bytes, decides
// what tarikh extracts from it (ninja's command hash). The store keeps, per
// article, the fingerprint it was extracted with; an article whose fingerprint
// differs from the current one is extracted again.
//
// The fingerprint covers, as named components:
//   "code"                     TARIKH_VERSION, kExtractorVersion, kRecordVersion,
//                              and a digest of the extraction and merge sources
//                              (src/ingest … src/events, src/corpus, src/pipeline,
//                              the record format and the headers they implement,
//                              and the build engine that reuses records and runs
//                              the merge: src/build, src/cli/update.*, from_jsonl.cc;
//                              cmake/sources_digest.cmake), so a store never
//                              reuses what older code extracted or merged
//   "data/<stage>/<file>.tsv"  XXH3 of every lexicon under the data folder's
//                              temporal/, entities/ and events/
//   "lexicon <path>"           XXH3 of each --lexicon file, in order
//   "--doc-date", "--encoding" the options that change what is read
// Components are kept by name so that `--explain` can say which one changed.
#ifndef TARIKH_PIPELINE_FINGERPRINT_H_
#define TARIKH_PIPELINE_FINGERPRINT_H_

#include <map>
#include <string>
#include <vector>

#include "tarikh/extraction.h"
#include "tarikh/ingest.h"
#include "tarikh/status.h"

namespace tarikh {

// Bumped when the extraction changes meaning (stores then re-extract every
// article). A change to the extraction sources does so by itself too: their
// digest is part of "code"; the number names the change in --explain.
inline constexpr int kExtractorVersion = 3;  // 3: counterparts, datelines, destinations; sentence cap

using FingerprintComponents = std::map<std::string, std::string>;  // name → value or hash

// Reads every lexicon file (errors name the file).
Result<FingerprintComponents> ComputeFingerprint(const ExtractorOptions& extractor, const IngestOptions& ingest);

// One hex digest of all components.
std::string FingerprintDigest(const FingerprintComponents& components);

// What differs from `before` to `after`, for --explain: "lexicon
// data/entities/people.tsv changed", "--doc-date changed", "tarikh code changed".
std::vector<std::string> FingerprintChanges(const FingerprintComponents& before, const FingerprintComponents& after);

}  // namespace tarikh

#endif  // TARIKH_PIPELINE_FINGERPRINT_H_
