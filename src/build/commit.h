// The commit step: the outputs written to their temporaries, renamed into
// place all or none, then the store's one transaction. A failed transaction
// puts the previous outputs back, so outputs and store stay each other's. A
// build killed between the two leaves new outputs beside the old store:
// their hashes are not the ones it recorded, and the next build, which sees
// the same new articles, writes them again.
#ifndef TARIKH_BUILD_COMMIT_H_
#define TARIKH_BUILD_COMMIT_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/files.h"
#include "tarikh/status.h"
#include "tarikh/store.h"

namespace tarikh::build {

// An output written to its temporary (common/files.h PrepareFile), to be
// renamed into place with the others.
struct PreparedOutput {
  std::string name;
  std::string hash;  // HashHex of the content
  PreparedFile file;
  Status status = Status::Ok();
};

PreparedOutput PrepareOutput(const std::string& dir, const std::string& name,
                             const std::vector<std::string_view>& parts);

// Removes the temporaries.
void Discard(const std::vector<PreparedOutput>& outputs);

// What became of each output, for the report and --explain.
struct OutputOutcome {
  std::string name;
  bool written = false;        // false: the file already had this content
  std::string previous_hash;   // what the last build recorded; "" = a new output
};

// Renames the prepared outputs into place, all or none (as far as the file
// system allows), and records their hashes in `changes`; `committed`: the
// outputs renamed and where the files they replaced are, for UndoCommit or
// RemovePrevious (common/files.h). On an error every temporary is removed.
Status PlaceOutputs(const std::map<std::string, std::string>& recorded, const std::vector<PreparedOutput>& files,
                    StoreChanges* changes, std::vector<OutputOutcome>* outcomes,
                    std::vector<CommittedFile>* committed);

// Applies `changes` to the store once the outputs are in place; when that
// fails, the previous outputs are put back. The previous outputs are
// removed once it went through.
Status CommitStore(Store& store, const StoreChanges& changes, const std::vector<CommittedFile>& committed);

}  // namespace tarikh::build

#endif  // TARIKH_BUILD_COMMIT_H_
