#include "common/pieces.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>

namespace tarikh {
namespace {

constexpr size_t kPieceBytes = 24;

void AppendUint64(std::string* out, uint64_t v) {
  char bytes[8];
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((v >> (8 * i)) & 0xff);
  out->append(bytes, sizeof bytes);
}

uint64_t ReadUint64(std::string_view bytes, size_t at) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(bytes[at + static_cast<size_t>(i)]);
  return v;
}

}  // namespace

PieceMemo::PieceMemo(std::string previous, std::string_view index) : owned_(std::move(previous)) {
  previous_ = owned_;
  Load(index);
}

PieceMemo::PieceMemo(MappedFile previous, std::string_view index) : mapped_(std::move(previous)) {
  previous_ = mapped_->bytes();
  Load(index);
}

PieceMemo& PieceMemo::operator=(PieceMemo&& other) noexcept {
  if (this == &other) return *this;
  const bool owned = !other.mapped_;
  owned_ = std::move(other.owned_);
  mapped_ = std::move(other.mapped_);
  previous_ = owned ? std::string_view(owned_) : mapped_->bytes();  // a short string's bytes move with it
  known_ = std::move(other.known_);
  used_ = std::move(other.used_);
  reused_ = other.reused_;
  next_ = std::move(other.next_);
  expected_ = other.expected_;
  splicing_ = other.splicing_;
  splices_ = std::move(other.splices_);
  spliced_bytes_ = other.spliced_bytes_;
  other.mapped_.reset();
  other.previous_ = {};
  return *this;
}

void PieceMemo::Load(std::string_view index) {
  if (index.size() % kPieceBytes != 0) return;
  known_.reserve(index.size() / kPieceBytes);
  for (size_t at = 0; at < index.size(); at += kPieceBytes) {
    Piece p{ReadUint64(index, at), ReadUint64(index, at + 8), ReadUint64(index, at + 16)};
    const bool inside = p.offset <= previous_.size() && p.length <= previous_.size() - p.offset;
    const bool sorted = known_.empty() || known_.back().key <= p.key;
    if (!inside || !sorted) {
      known_.clear();
      return;
    }
    known_.push_back(p);
  }
  std::vector<uint32_t> by_offset(known_.size());
  for (uint32_t i = 0; i < by_offset.size(); ++i) by_offset[i] = i;
  std::sort(by_offset.begin(), by_offset.end(), [&](uint32_t a, uint32_t b) { return known_[a].offset < known_[b].offset; });
  next_.assign(known_.size(), UINT32_MAX);
  for (size_t i = 0; i + 1 < by_offset.size(); ++i) next_[by_offset[i]] = by_offset[i + 1];
}

std::optional<std::string_view> PieceMemo::Find(uint64_t key) const {
  size_t found = expected_;
  if (found >= known_.size() || known_[found].key != key) {
    auto it = std::lower_bound(known_.begin(), known_.end(), key, [](const Piece& p, uint64_t k) { return p.key < k; });
    if (it == known_.end() || it->key != key) return std::nullopt;
    found = static_cast<size_t>(it - known_.begin());
  }
  expected_ = next_[found];
  ++reused_;
  return previous_.substr(known_[found].offset, known_[found].length);
}

void PieceMemo::Put(std::string* out, std::string_view old) {
  if (!splicing_) {
    out->append(old);
    return;
  }
  const size_t offset = static_cast<size_t>(old.data() - previous_.data());
  if (!splices_.empty()) {
    Splice& last = splices_.back();
    const size_t last_end = last.offset + last.length;
    const size_t between = out->size() - last.at;  // written since the last splice
    if (offset >= last_end && offset - last_end == between &&
        previous_.compare(last_end, between, std::string_view(*out).substr(last.at)) == 0) {
      out->resize(last.at);  // those bytes follow the last piece in the previous file
      last.length += between + old.size();
      spliced_bytes_ += between + old.size();
      return;
    }
  }
  splices_.push_back({out->size(), offset, old.size()});
  spliced_bytes_ += old.size();
}

std::vector<std::string_view> PieceMemo::Parts(std::string_view written) const {
  std::vector<std::string_view> parts;
  parts.reserve(2 * splices_.size() + 1);
  size_t at = 0;
  for (const Splice& s : splices_) {
    if (s.at > at) parts.push_back(written.substr(at, s.at - at));
    if (s.length > 0) parts.push_back(previous_.substr(s.offset, s.length));
    at = s.at;
  }
  if (written.size() > at) parts.push_back(written.substr(at));
  return parts;
}

std::string PieceMemo::Index() const {
  std::vector<Piece> sorted = used_;
  std::sort(sorted.begin(), sorted.end(), [](const Piece& a, const Piece& b) {
    return a.key != b.key ? a.key < b.key : a.offset < b.offset;
  });
  std::string out;
  out.reserve(sorted.size() * kPieceBytes);
  for (const Piece& p : sorted) {
    AppendUint64(&out, p.key);
    AppendUint64(&out, p.offset);
    AppendUint64(&out, p.length);
  }
  return out;
}

void PieceKey::Append(const char* bytes, size_t n) {
  if (long_.empty() && size_ + n <= sizeof short_) {
    std::memcpy(short_ + size_, bytes, n);
    size_ += n;
    return;
  }
  if (long_.empty()) long_.assign(short_, size_);
  long_.append(bytes, n);
}

PieceKey& PieceKey::Add(std::string_view text) {
  Add(static_cast<uint64_t>(text.size()));
  Append(text.data(), text.size());
  return *this;
}

PieceKey& PieceKey::Add(uint64_t number) {
  char bytes[8];
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((number >> (8 * i)) & 0xff);
  Append(bytes, sizeof bytes);
  return *this;
}

uint64_t PieceKey::Value() const {
  return long_.empty() ? XXH3_64bits(short_, size_) : XXH3_64bits(long_.data(), long_.size());
}

}  // namespace tarikh
