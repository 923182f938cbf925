// Bringing the store up to date with the inputs (ninja's build-log check):
// which articles to extract again and which to reuse, what left the corpus,
// and the corpus they make now. Nothing is written here: the changes are
// returned, for the caller to apply in one transaction with the output hashes
// once the outputs are written.
//
// An article is reused without being read when its size and modification time
// and the extractor fingerprint are those stored; read and reused when its
// content hash is (a touched file, or a file renamed: its content is found
// under another path); extracted otherwise.
#ifndef TARIKH_CLI_UPDATE_H_
#define TARIKH_CLI_UPDATE_H_

#include <string>
#include <vector>

#include "cli/reporting.h"
#include "tarikh/extraction.h"
#include "tarikh/fingerprint.h"
#include "tarikh/status.h"
#include "tarikh/store.h"

namespace tarikh::cli {

struct CorpusUpdate {
  Corpus corpus;
  StoreChanges changes;              // documents, merged events, meta, fingerprints
  std::vector<std::string> explain;  // "path: why", one per article (--explain)
  int added = 0, changed = 0, removed = 0, unchanged = 0, failed = 0;
  bool full_merge = false;           // the store's merged events could not be updated in place
};

// `files` are the collected inputs, sorted. Problems with an article are
// reported on stderr and counted in `failed`; it leaves the corpus. Errors:
// the store cannot be read.
Result<CorpusUpdate> UpdateCorpus(const Store& store, const std::vector<std::string>& files, const Setup& setup,
                                  const FingerprintComponents& fingerprint, bool quiet);

}  // namespace tarikh::cli

#endif  // TARIKH_CLI_UPDATE_H_
