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

#include <map>
#include <string>
#include <vector>

#include "cli/reporting.h"
#include "tarikh/extraction.h"
#include "tarikh/fingerprint.h"
#include "tarikh/status.h"
#include "tarikh/store.h"

namespace tarikh::cli {

struct CorpusUpdate {
  // The extractions carry no per-article events nor actors: those are in the
  // merged events and actors, the only ones the outputs read, and reading all
  // of them back from the store (60,000 events and 120,000 actor descriptions
  // at 10,000 articles) would take most of the update.
  Corpus corpus;
  StoreChanges changes;              // documents, merged events, meta, fingerprints
  std::vector<std::string> explain;  // "path: why", one per article (--explain)
  int added = 0, changed = 0, removed = 0, unchanged = 0, failed = 0;
  bool full_merge = false;           // the store's merged events could not be updated in place
  // The ids of the merged events this update added or changed (an event's id
  // changes with what it says), sorted; empty when there was no previous
  // merge to compare with (a first build). What index.html marks "new since
  // the last build".
  std::vector<std::string> new_event_ids;
  std::vector<std::string> failures; // one message per article that failed, in input order
  // The store's rows the update read (34 MB of records at 10,000 articles),
  // no longer needed: handed over for the caller to free when it likes, off
  // the critical path (freeing them took 35 ms).
  std::map<std::string, StoredDocument> rows_read;
};

struct UpdateOptions {
  bool quiet = false;
  int jobs = 0;           // threads that read and extract articles; 0 = one per core
  bool progress = false;  // a progress bar on stderr (only when stderr is a terminal)
  bool timing = false;    // print how long reading/extracting and merging took (--timing)
};

// `listed` are the collected inputs, sorted; `unlisted` the folders that
// could not be listed (InputListing): the articles stored under them stay
// in the store and the corpus as they were. Articles are read and extracted
// on `options.jobs` threads; the result does not depend on their number.
// Problems with an article are reported on stderr, counted in `failed` and
// listed in `failures`; it leaves the corpus. Errors: the store cannot be read.
Result<CorpusUpdate> UpdateCorpus(const Store& store, const std::vector<std::string>& listed,
                                  const std::vector<std::string>& unlisted, const Setup& setup,
                                  const FingerprintComponents& fingerprint, const UpdateOptions& options);

}  // namespace tarikh::cli

#endif  // TARIKH_CLI_UPDATE_H_
