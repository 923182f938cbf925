// The store: the SQLite file that makes `tarikh build` incremental (ninja's
// .ninja_log, in SQLite). It remembers, per input path, the file's size,
// modification time and content hash, the extractor fingerprint it was
// extracted with, and the extraction itself; and, per output file, the hash
// of what was last written — so `build` re-extracts only new or changed
// articles, forgets removed ones, and `--explain` can say why.
//
// On-disk format, schema version 4 (a store with another version, or that is
// not a tarikh store, is rebuilt from scratch rather than misread):
//
//   meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)
//     'schema_version'   → '4'
//     'corpus_documents' → XXH3 of the sorted distinct document ids the
//                          `events` table was merged from; a mismatch (a store
//                          written by an older build) means "merge in full"
//     'corpus_counts'    → "documents events actors" of the last build (--explain)
//     'render_options'   → the options the outputs were last rendered with
//     'render_code'      → "tarikh VERSION (render code DIGEST)" that rendered
//                          them (DIGEST: RenderSourcesDigest, tarikh/render.h);
//                          with the above, the inputs' rows and the outputs'
//                          hashes, decides "no work to do" (cli/up_to_date.h)
//     'pieces_written_with', 'layouts_computed_with', 'betweenness_computed_with'
//                        → the render code (and Graphviz version, for layouts)
//                          the next three were made with: reused only by the same
//     'layouts'          → the diagrams' Graphviz layouts by layout key (JSON)
//     'betweenness'      → the actor graph's betweenness and its contact graph's
//                          digest (BetweennessMemo::Serialize, tarikh/graph.h)
//     'events_new'       → the ids of the merged events that the last build
//                          which changed the corpus added or changed (an id
//                          changes with what the event says), one a line,
//                          sorted; "" after a first build. index.html marks
//                          them "new since the last build"; a build that only
//                          renders again keeps them. Written by the build, not
//                          by the store: no schema change.
//   fingerprints(digest TEXT PRIMARY KEY, components TEXT NOT NULL)
//     -- each extractor fingerprint in use, with its named components as a
//     -- JSON object (pipeline/fingerprint.h), so --explain can say what changed
//   documents(path TEXT PRIMARY KEY,
//             size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
//             content_hash TEXT NOT NULL,   -- XXH3-64 of the file's bytes, hex
//             fingerprint TEXT NOT NULL,    -- extractor fingerprint digest it was extracted with
//             doc_id TEXT NOT NULL,         -- Document::id (two paths may share one)
//             extraction BLOB NOT NULL)     -- the document's extraction (store/record.h)
//   events(seq INTEGER PRIMARY KEY, event BLOB NOT NULL)
//     -- the merged corpus events (one record-format event each, any order),
//     -- updated island by island (tarikh/corpus.h UpdateMergedEvents)
//   outputs(name TEXT PRIMARY KEY, content_hash TEXT NOT NULL)
//   pieces(output TEXT PRIMARY KEY, pieces BLOB NOT NULL)
//     -- where each piece of an export is in the file last written
//     -- (common/pieces.h), for the next build to splice in what is unchanged
//
// The store runs in WAL mode: a reader never blocks, and a transaction
// interrupted by a crash is rolled back when the store is next opened. The
// WAL (`<store>-wal`, beside it with `<store>-shm`) is kept between builds
// and folded into the store when it passes 64 MB: a checkpoint syncs the
// disk, and one after every build would be most of an incremental build.
// Every Apply is one transaction: a build killed at any moment leaves the
// store as it was before or after the transaction, never in between.
// Concurrent builds: Open takes an exclusive lock on `<store>.lock` (flock)
// for the Store's lifetime, waiting up to `wait_ms` before saying the store
// is busy; SQLite's own locking protects any other reader. Within a build, a
// Store's const members may be called from several threads at once (the
// connection is in SQLite's serialized mode).
#ifndef TARIKH_STORE_H_
#define TARIKH_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tarikh/status.h"

namespace tarikh {

// Records waiting on disk for the transaction that stores them. A full build
// makes every article's record and every merged event's before its one
// transaction (230 MB at 20,000 wire-story-size articles); held in memory
// they stayed beside the corpus through the whole render. The file is
// unlinked from the start: it goes away with the process, even a killed one.
class RecordSpill {
 public:
  struct Ref {
    uint64_t offset = 0;
    uint32_t size = 0;  // 0: no record here
  };
  // A temporary file in `dir` (on its file system, not in a RAM-backed /tmp).
  static Result<std::shared_ptr<RecordSpill>> Create(const std::string& dir);
  // Appends `record` (from any thread) and says where it is.
  Result<Ref> Add(std::string_view record);
  // Reads a record back into `*out` (from any thread).
  Status Read(Ref ref, std::string* out) const;
  ~RecordSpill();
  RecordSpill(const RecordSpill&) = delete;
  RecordSpill& operator=(const RecordSpill&) = delete;

 private:
  struct Impl;
  explicit RecordSpill(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

struct StoredDocument {
  std::string path;
  int64_t size = 0;
  int64_t mtime_ns = 0;
  std::string content_hash;
  std::string fingerprint;
  std::string doc_id;
  std::string extraction;  // empty when loaded without extractions, or when spilled
  RecordSpill::Ref spilled;  // size > 0: the extraction is in StoreChanges::spill at this ref, not in `extraction`
};

struct StoredEvent {
  int64_t seq = 0;
  std::string event;  // record format
};

// What a build carries over to the next (the meta rows above, read and
// written whole): whether the outputs are up to date, and what a build may
// reuse from the last one. Each "…_with" field names the code (and Graphviz,
// for layouts) that made the field before it: reused only by the same.
struct CorpusCounts {
  size_t articles = 0, events = 0, actors = 0;
};
struct BuildState {
  std::string corpus_documents;        // 'corpus_documents'
  std::optional<CorpusCounts> counts;  // 'corpus_counts'; nullopt before the first build
  std::string render_options;          // 'render_options'
  std::string render_code;             // 'render_code'
  std::string pieces_written_with;     // 'pieces_written_with'
  std::map<std::string, std::string> layouts;  // 'layouts': positions by layout key (LayoutMemo)
  std::string layouts_computed_with;           // 'layouts_computed_with'
  std::string betweenness;                     // 'betweenness' (BetweennessMemo::Serialize)
  std::string betweenness_computed_with;       // 'betweenness_computed_with'
  std::vector<std::string> new_events;         // 'events_new', sorted
  // 'export_parts': the key (MonthPartKey, hex) each part of the monthly
  // layout was written from, by file name (tarikh/parts.h).
  std::map<std::string, std::string> export_parts;
};

struct StoreChanges {
  std::vector<StoredDocument> upserts;    // inserted or replaced by path
  std::vector<std::string> removed;       // paths no longer among the inputs
  std::map<std::string, std::string> outputs;  // output name → content hash written
  std::vector<std::string> outputs_removed;    // outputs no longer written (their files are removed)
  bool replace_events = false;              // delete every stored event first (a full merge)
  std::vector<int64_t> events_removed;      // seqs of merged events no longer in the corpus
  std::vector<std::string> events_added;    // merged events, record format
  std::vector<RecordSpill::Ref> events_spilled;  // merged events in `spill`, stored after events_added
  std::shared_ptr<RecordSpill> spill;            // where the spilled records are (null: none)
  std::optional<BuildState> state;          // replaces the stored one when set
  std::map<std::string, std::string> fingerprints;  // digest → components JSON
  std::map<std::string, std::string> pieces;        // output name → its piece index
};

class Store {
 public:
  static constexpr int kSchemaVersion = 4;

  // Opens (creating if needed) the store at `path`. A file that is not a
  // store of this schema version is recreated, and `*rebuilt` says so.
  static Result<Store> Open(const std::string& path, int wait_ms, bool* rebuilt = nullptr);

  // Every document, by path; `with_extractions` = false skips the JSON.
  Result<std::map<std::string, StoredDocument>> Documents(bool with_extractions) const;
  // How many documents there are, without reading them.
  Result<size_t> DocumentCount() const;
  Result<std::map<std::string, std::string>> Outputs() const;
  Result<std::vector<StoredEvent>> Events() const;
  // The same, each handed to `each` as it is read, in seq order; `event` is
  // valid during the call only. Decoding them there copies no record (16 MB
  // at 10,000 articles).
  Status ForEachEvent(const std::function<void(int64_t seq, std::string_view event)>& each) const;
  // What the last build left for the next (empty fields before the first).
  Result<BuildState> State() const;
  // "" when the digest is unknown.
  Result<std::string> FingerprintComponents(const std::string& digest) const;
  // The piece index of an output ("" when none is stored).
  Result<std::string> Pieces(const std::string& output) const;

  // Applies all changes in one transaction. Spilled records are read back
  // inside it; one that cannot be read rolls it back.
  Status Apply(const StoreChanges& changes);

  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tarikh

#endif  // TARIKH_STORE_H_
