// JsonlSource: the lines `tarikh extract --jsonl` wrote (output/jsonl.h)
// as a build's inputs, so that extraction can run on a cluster and the
// merge and outputs here (`tarikh build --from-jsonl`).
//
// Documents are keyed by path, as files are. A line's document is unchanged
// when its record (XXH3-64 of the record's bytes is the row's content hash)
// and its fingerprint are those stored; otherwise it is stored anew. Paths
// stored but in no line leave the corpus. Rows have size = the record's size
// and modification time 0, so a later `tarikh build` of real files at those
// paths extracts them again rather than trusting them. The lines are taken
// in path order, as files are, so the result is the same whatever order the
// cluster wrote them in.
//
// Problems (Problems()) name `FILE:LINE`: an error line of extract --jsonl,
// a line that is not an extraction line, a second line for the same path
// (the first is kept). Lines extracted with different fingerprints are
// warned about: they make a corpus no single build would.
#ifndef TARIKH_BUILD_JSONL_SOURCE_H_
#define TARIKH_BUILD_JSONL_SOURCE_H_

#include <istream>
#include <map>
#include <string>
#include <vector>

#include "build/source.h"
#include "output/jsonl.h"
#include "tarikh/status.h"

namespace tarikh::build {

class JsonlSource final : public ArticleSource {
 public:
  // `files`: files of extraction lines, "-" for `standard_input`. Errors: a
  // file that cannot be opened or read.
  static Result<JsonlSource> Read(const std::vector<std::string>& files, std::istream& standard_input);

  const std::vector<std::string>& Paths() const override { return paths_; }
  // Hands the line's extraction over: each input is scanned once.
  Scan ScanInput(size_t i, const StoredRows& rows, Extraction* extraction, size_t* bytes_read) const override;
  std::string Digest() const override { return ""; }
  const std::map<std::string, FingerprintComponents>& Fingerprints() const override { return fingerprints_; }
  const std::vector<std::string>& Problems() const override { return problems_; }
  const std::vector<std::string>& Warnings() const override { return warnings_; }
  std::string RemovedWhy() const override { return "removed (in no line)"; }
  bool StatTellsChanges() const override { return false; }

 private:
  struct Line {
    ExtractionLine parsed;
    std::string where;  // "FILE:N", for messages
  };
  Status ReadLines(std::istream& in, const std::string& name);
  void ParseBatch(std::vector<std::pair<std::string, std::string>>& batch);
  void SortByPath();

  mutable std::vector<Line> lines_;  // by path; ScanInput(i) moves line i's extraction out
  std::vector<std::string> paths_;
  std::map<std::string, FingerprintComponents> fingerprints_;
  std::vector<std::string> problems_, warnings_;
};

}  // namespace tarikh::build

#endif  // TARIKH_BUILD_JSONL_SOURCE_H_
