// Pieces: parts of an export file kept from one build to the next.
//
// events.json, events.csv and timeline.json list every event of the corpus:
// 100 MB at 10,000 articles, rewritten whenever one article is added. Most
// of their parts — one event's element, one CSV row, one TimelineJS slide —
// are written from exactly what they were written from last time. A writer
// gives each part a key (a digest of everything the part is written from);
// a part whose key the previous file has is copied from that file instead of
// written again, and the new file's parts are indexed for the next build.
// Copying gives the same bytes as writing, so a memo changes only the time.
//
// The index is binary: per piece, its key, offset and length as three
// little-endian 64-bit integers, sorted by key.
#ifndef TARIKH_COMMON_PIECES_H_
#define TARIKH_COMMON_PIECES_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/files.h"

namespace tarikh {

class PieceMemo {
 public:
  PieceMemo() = default;
  // `previous`: the file as the last build wrote it; `index`: Index() of
  // that build. A malformed index, or one that points outside the file,
  // means nothing is reused.
  PieceMemo(std::string previous, std::string_view index);
  // The same, the previous file mapped rather than read (common/files.h).
  PieceMemo(MappedFile previous, std::string_view index);
  PieceMemo(PieceMemo&& other) noexcept { *this = std::move(other); }
  PieceMemo& operator=(PieceMemo&& other) noexcept;
  PieceMemo(const PieceMemo&) = delete;
  PieceMemo& operator=(const PieceMemo&) = delete;

  // The previous file's piece with `key`, or nullopt.
  std::optional<std::string_view> Find(uint64_t key) const;
  // Records a piece of the new file: `length` bytes at `offset`.
  void Add(uint64_t key, size_t offset, size_t length) { used_.push_back({key, offset, length}); }

  // Splicing. A writer puts a piece Find gave it into its output with Put.
  // By default Put appends the piece's bytes. With splicing on, it appends
  // nothing and records where the piece goes: the writer's string then holds
  // only the new bytes, and Parts(string) is the file — views of that string
  // and of the previous file, in order, for a caller that writes them out
  // (common/files.h PrepareFile) without building the file in memory. Where
  // two spliced pieces were separated by the same bytes in the previous file
  // (a separator, an indentation), those bytes are taken from there too, so a
  // run of unchanged pieces is one part. The memo must outlive the parts.
  void set_splicing(bool on) { splicing_ = on; }
  bool splicing() const { return splicing_; }
  // `old`: a view Find returned.
  void Put(std::string* out, std::string_view old);
  // Where the byte at `size` of the writer's string is in the file written
  // (size plus the bytes spliced in before it): the offsets Add takes.
  size_t Position(size_t size) const { return size + spliced_bytes_; }
  std::vector<std::string_view> Parts(std::string_view written) const;
  // The index of the new file's pieces, for the next build.
  std::string Index() const;
  // How many pieces Find found and how many were added (for --timing).
  size_t reused() const { return reused_; }
  // The size of the previous file (0 without one).
  size_t previous_size() const { return previous_.size(); }
  size_t added() const { return used_.size(); }

 private:
  struct Piece {
    uint64_t key = 0, offset = 0, length = 0;
  };
  void Load(std::string_view index);
  std::string owned_;                  // the previous file, read
  std::optional<MappedFile> mapped_;   // or mapped
  std::string_view previous_;          // its bytes, in one of them
  std::vector<Piece> known_;  // sorted by key
  std::vector<Piece> used_;
  mutable size_t reused_ = 0;
  // The pieces of a file mostly come back in the order they had: Find tries
  // the piece that followed the last one found before searching.
  std::vector<uint32_t> next_;  // known_ index → the known_ index of the piece after it in the file
  mutable size_t expected_ = SIZE_MAX;
  struct Splice {
    size_t at;              // in the writer's string
    size_t offset, length;  // in the previous file
  };
  bool splicing_ = false;
  std::vector<Splice> splices_;
  size_t spliced_bytes_ = 0;
};

// Builds a piece's key from the strings it is written from (each is
// length-prefixed, so ("ab", "c") and ("a", "bc") differ).
class PieceKey {
 public:
  explicit PieceKey(std::string_view kind) { Add(kind); }
  PieceKey& Add(std::string_view text);
  PieceKey& Add(uint64_t number);
  uint64_t Value() const;

 private:
  void Append(const char* bytes, size_t n);
  // A build makes a key for every piece of three exports (170,000 at
  // 10,000 articles), most of a few numbers: they are kept here, and only a
  // long key's bytes in `long_`.
  char short_[120];
  size_t size_ = 0;
  std::string long_;
};

}  // namespace tarikh

#endif  // TARIKH_COMMON_PIECES_H_
