// ArticleSource: where a build's inputs come from — article files and
// folders (build/file_source.h) or the lines of `tarikh extract --jsonl`
// (build/jsonl_source.h, standard input included). A source yields each
// input scanned against the store's rows (reused unseen, reused by content,
// or with a new record); one update routine (build/update.h) applies any
// source's scans, so counting, --explain, the merge and the store do not
// depend on where the articles came from.
#ifndef TARIKH_BUILD_SOURCE_H_
#define TARIKH_BUILD_SOURCE_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "build/file_system.h"
#include "tarikh/extraction.h"
#include "pipeline/fingerprint.h"
#include "store/record.h"
#include "tarikh/store.h"

namespace tarikh::build {

// The store's documents as an update sees them while sources scan: read
// once, then shared read-only by every scanning thread.
struct StoredRows {
  std::map<std::string, StoredDocument> by_path;
  std::map<std::string, const StoredDocument*> by_content;  // content hash → a row of `digest`
  std::string digest;  // the fingerprint this build extracts with ("" for a source that does not extract)
};

// The per-article events of an article reused from the store stay in its
// record, only outlined: they are decoded if they are merged again (a few
// islands of dates), never all of them.
struct StoredEvents {
  const std::string* record = nullptr;  // the stored row's record; nullptr: the extraction holds its events
  std::vector<EventOutline> outlines;   // one per event, views into *record
  std::string_view actors;              // the record's actor list (ForEachActor); unused when `record` is null
};

// What scanning one input found. Scans run on --jobs threads and touch no
// shared state; they are applied in path order, so messages, --explain and
// the store do not depend on the number of jobs.
struct Scan {
  // kUnchanged: the stored row, unread. kTouched: the same content, a new
  // modification time. kRenamed: a stored row's content under a new path.
  // kRecorded: a new record (extracted, or read from a line).
  // kKept: under a folder that could not be listed, reused from the store unseen.
  enum class Kind { kFailed, kUnchanged, kTouched, kRenamed, kRecorded, kKept };
  Kind kind = Kind::kFailed;
  StoredEvents stored_events;         // when the extraction's events were left in the store's record
  std::string error;                  // kFailed: the message, naming the input
  std::vector<std::string> warnings;  // kRecorded: what ingestion noticed
  FileStat stat;                      // what the row records (for lines: the record's size, time 0)
  std::string hash;                   // the row's content hash
  std::string fingerprint;            // the digest the record was made with
  std::string record;                 // kRenamed, kRecorded: the new record (empty once spilled)
  RecordSpill::Ref spilled;           // … or where it was spilled (UpdateOptions::spill)
  const StoredDocument* same = nullptr;  // kTouched, kRenamed: the stored row with this content
  // --explain: how an unchanged input was known ("size and modification
  // time"), where a record came from ("extracted", "read from FILE:N"), and
  // what changed when the fingerprint did not ("content changed").
  std::string how, origin, changed;
};

class ArticleSource {
 public:
  virtual ~ArticleSource() = default;
  // The inputs by the path the store keys them with: sorted, each once.
  virtual const std::vector<std::string>& Paths() const = 0;
  // Scans Paths()[i] into `*extraction`; `*bytes_read` for the progress bar.
  // Called on several threads at once: touches nothing shared.
  virtual Scan ScanInput(size_t i, const StoredRows& rows, Extraction* extraction, size_t* bytes_read) const = 0;
  // A stored path not among Paths() that stays as stored (its folder could
  // not be listed) rather than leaving the corpus.
  virtual bool Keeps(const std::string& stored_path) const {
    (void)stored_path;
    return false;
  }
  // The fingerprint this source extracts with ("" when its records come made).
  virtual std::string Digest() const = 0;
  // Every fingerprint its records were made with, digest → components.
  virtual const std::map<std::string, FingerprintComponents>& Fingerprints() const = 0;
  // What failed before any input was scanned (a folder that cannot be
  // listed, a line that is not an extraction line), and warnings; each
  // reported once by the builder, before the update.
  virtual const std::vector<std::string>& Problems() const = 0;
  virtual const std::vector<std::string>& Warnings() const = 0;
  // --explain for a stored path that left the corpus.
  virtual std::string RemovedWhy() const = 0;
  // The inputs are files whose size and modification time tell whether they
  // changed (the up-to-date check before reading anything, build/up_to_date.h).
  virtual bool StatTellsChanges() const = 0;
};

// Reads the stored row's record into `*extraction`, its events left in the
// record (`scan->stored_events`); false when it does not read.
bool ReadStored(const StoredDocument& row, Scan* scan, Extraction* extraction);

}  // namespace tarikh::build

#endif  // TARIKH_BUILD_SOURCE_H_
