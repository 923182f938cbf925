// Extraction: what tarikh finds in one article, and the JSON it is written as.
//
// The pipeline runs stage after stage on one Document (text → temporal → …)
// and gathers the results here; `ExtractionsToJson` writes SPEC §3's
// `events.json` / `extract` output. Output is deterministic: documents in the
// order given (the CLI sorts by path), everything else sorted by offset.
#ifndef TARIKH_EXTRACTION_H_
#define TARIKH_EXTRACTION_H_

#include <memory>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tarikh/document.h"
#include "tarikh/entities.h"
#include "tarikh/events.h"
#include "tarikh/status.h"
#include "tarikh/timex.h"

namespace tarikh {

class PieceMemo;

struct Extraction {
  Document document;
  std::vector<Timex> timexes;
  EntityResult entities;
  std::vector<Event> events;  // this article's events, one source each
};

struct ExtractorOptions {
  std::string data_dir;  // lexicons; empty = DefaultDataDir()
  std::vector<std::string> user_lexicons;  // --lexicon files, added to data_dir's actors
  std::string dictionary_dir;  // the Arabic Hunspell dictionary (ar.aff, ar.dic); empty = /usr/share/hunspell
};

// Runs every extraction stage on a document. Loading reads the lexicons once;
// Extract is const and safe to call from several threads.
class Extractor {
 public:
  static Result<Extractor> Load(const ExtractorOptions& options);
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;

  Extraction Extract(Document document) const;

 private:
  struct Stages;
  explicit Extractor(std::unique_ptr<Stages> stages);
  std::unique_ptr<Stages> stages_;
};

// Everything a build knows: the articles' extractions, their actors merged by
// id, and their events merged across articles (tarikh/corpus.h).
struct Corpus {
  std::vector<Extraction> extractions;  // sorted by path: the order of inputs does not matter
  std::vector<Actor> actors;            // sorted by id
  std::vector<Event> events;            // merged, in timeline order
};
Corpus BuildCorpus(std::vector<Extraction> extractions);
// The same corpus, when `merged_events` is already MergeEvents of the
// extractions' events (kept up to date incrementally by the store).
Corpus BuildCorpus(std::vector<Extraction> extractions, std::vector<Event> merged_events);
// The same again, when `actors` are the extractions' actors merged already
// (ActorTable, fed in path order): the extractions' own actors are not read.
Corpus BuildCorpus(std::vector<Extraction> extractions, std::vector<Event> merged_events, std::vector<Actor> actors);

// Actors merged by id as BuildCorpus merges them: the first description of
// an id is kept, with the union of every description's mentions in order of
// first use and the first role given. Fed the articles' actors in path order
// it gives BuildCorpus's corpus actors; from views (a stored record's
// actors) it copies only what is new — at 10,000 articles, 1,000 actors out
// of 120,000 descriptions.
class ActorTable {
 public:
  void Add(const Actor& actor);
  void Add(const ActorView& actor);
  // The actors, sorted by id; the table is left empty.
  std::vector<Actor> Take();

 private:
  struct IdHash {
    using is_transparent = void;  // found by a view, without a string made for it
    size_t operator()(std::string_view id) const { return std::hash<std::string_view>{}(id); }
  };
  std::vector<Actor> actors_;
  std::unordered_map<std::string, size_t, IdHash, std::equal_to<>> index_;  // id → actors_
};

// SPEC §3 JSON (schema "tarikh/1"), pretty-printed, UTF-8, ending in a newline.
// With `pieces`, each event and each document's timexes are pieces
// (common/pieces.h): copied from the previous file when unchanged.
// `event_digests`: EventDigest of each of corpus.events, when the caller has
// them (store/record.h); computed here otherwise.
std::string CorpusToJson(const Corpus& corpus, PieceMemo* pieces = nullptr,
                         const std::vector<uint64_t>* event_digests = nullptr);

}  // namespace tarikh

#endif  // TARIKH_EXTRACTION_H_
