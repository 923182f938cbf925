// The update step: the store's rows brought up to date with an
// ArticleSource (build/source.h) — which inputs are new, changed, reused or
// gone — and the corpus they make now, its merged events updated island by
// island when the store's are those of the stored documents, else merged in
// full. Nothing is written here: the changes are returned, for the builder
// to apply in one transaction with the output hashes once the outputs are
// written.
#ifndef TARIKH_BUILD_UPDATE_H_
#define TARIKH_BUILD_UPDATE_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "build/source.h"
#include "tarikh/build.h"
#include "tarikh/corpus.h"
#include "tarikh/status.h"
#include "tarikh/store.h"

namespace tarikh::build {

struct CorpusUpdate {
  // The extractions carry no per-article events nor actors: those are in the
  // merged events and actors, the only ones the outputs read, and reading all
  // of them back from the store (60,000 events and 120,000 actor descriptions
  // at 10,000 articles) would take most of the update.
  Corpus corpus;
  StoreChanges changes;              // documents, merged events, fingerprints (the state is the builder's)
  std::string corpus_documents;      // IdsDigest of the corpus's documents (BuildState::corpus_documents)
  std::vector<std::string> explain;  // "path: why", one per input (--explain)
  int added = 0, changed = 0, removed = 0, unchanged = 0, failed = 0;
  bool full_merge = false;           // the store's merged events could not be updated in place
  size_t merged_again = 0;           // per-article events merged again (all of them in a full merge) …
  size_t per_article_events = 0;     // … of this many (--timing)
  size_t islands = 0, dirty_islands = 0;  // the incremental merge's islands, and those merged again
  // The ids of the merged events this update added or changed (an event's id
  // changes with what it says), sorted; empty when there was no previous
  // merge to compare with (a first build).
  std::vector<std::string> new_event_ids;
  std::vector<std::string> failures;  // one message per input that failed, in input order
  bool ChangedRecord() const { return added + changed + removed > 0 || full_merge; }
};

struct UpdateOptions {
  int jobs = 0;                 // threads that scan inputs; 0 = one per core. The result does not depend on it.
  Reporter* reporter = nullptr; // problems, warnings, progress, timing; not owned, never null
  // Where new records wait for the transaction (CorpusUpdate::changes.spill);
  // null: they are held in memory, in the changes.
  std::shared_ptr<RecordSpill> spill;
};

// `previous` is the state the last build left (its corpus_documents says
// what the stored merged events were merged from). The source's own
// Problems() are the caller's to report. Problems with an input are reported, counted in `failed` and listed in `failures`; it leaves the
// corpus. Errors: the store cannot be read.
Result<CorpusUpdate> UpdateCorpus(const Store& store, const BuildState& previous, const ArticleSource& source,
                                  const UpdateOptions& options);

}  // namespace tarikh::build

#endif  // TARIKH_BUILD_UPDATE_H_
