// `tarikh build --from-jsonl`: UpdateCorpus (cli/update.h) from the lines
// `tarikh extract --jsonl` wrote (tarikh/jsonl.h) instead of article files,
// so that extraction can run on a cluster and the merge and outputs here.
//
// Documents are keyed by path, as files are. A line's document is unchanged
// when its record (XXH3-64 of the record's bytes is the row's content hash)
// and its fingerprint are those stored; otherwise it is stored anew. Paths
// stored but in no line leave the corpus. Rows have size = the record's size
// and modification time 0, so a later `tarikh build` of real files at those
// paths extracts them again rather than trusting them.
//
// The lines are taken in path order, as `build` takes its files, so the
// result is the same whatever order the cluster wrote them in. Events are
// merged in full (every line is read anyway); the stored merged events are
// replaced unless no document changed.
//
// Problems are reported on stderr as `FILE:LINE: …`, counted in `failed` and
// listed in `failures`: an error line of extract --jsonl, a line that is not
// an extraction line, a second line for the same path (the first is kept).
// Errors: a FILE that cannot be opened, the store cannot be read.
#ifndef TARIKH_CLI_FROM_JSONL_H_
#define TARIKH_CLI_FROM_JSONL_H_

#include <string>
#include <vector>

#include "cli/update.h"
#include "tarikh/status.h"
#include "tarikh/store.h"

namespace tarikh::cli {

// `jsonl_files`: files of extraction lines, "-" for standard input.
Result<CorpusUpdate> UpdateCorpusFromJsonl(const Store& store, const std::vector<std::string>& jsonl_files,
                                           bool quiet);

}  // namespace tarikh::cli

#endif  // TARIKH_CLI_FROM_JSONL_H_
