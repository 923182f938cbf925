// What every command that extracts needs: the checked ingest options and
// the loaded extractor, and the fingerprint they make (pipeline/fingerprint.h).
#ifndef TARIKH_BUILD_SETUP_H_
#define TARIKH_BUILD_SETUP_H_

#include <string>
#include <vector>

#include "tarikh/extraction.h"
#include "tarikh/ingest.h"
#include "tarikh/status.h"

namespace tarikh::build {

struct Setup {
  IngestOptions ingest;
  Extractor extractor;
};

// Errors: a --doc-date that is not YYYY[-MM[-DD]] (kInvalidInput), a lexicon that does not load.
Result<Setup> LoadSetup(const std::string& data_dir, const std::vector<std::string>& lexicons,
                        const std::string& doc_date, const std::string& encoding);

}  // namespace tarikh::build

#endif  // TARIKH_BUILD_SETUP_H_
