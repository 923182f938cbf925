// The hashes a build records in the store: XXH3-64 as 16 hex digits (file
// contents, output files, extraction lines), and the digest of a corpus's
// document ids that meta 'corpus_documents' holds (tarikh/store.h).
#ifndef TARIKH_BUILD_HASHING_H_
#define TARIKH_BUILD_HASHING_H_

#include <xxhash.h>

#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace tarikh::build {

// A 64-bit hash as the 16 hex digits the store keeps.
inline std::string Hex16(uint64_t hash) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

inline std::string HashHex(std::string_view bytes) { return Hex16(XXH3_64bits(bytes.data(), bytes.size())); }

// HashHex of the parts' bytes one after another (a spliced file, common/pieces.h).
inline std::string HashHex(const std::vector<std::string_view>& parts) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  for (std::string_view p : parts) XXH3_64bits_update(state, p.data(), p.size());
  const XXH64_hash_t hash = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return Hex16(hash);
}

// What meta 'corpus_documents' holds: a build may update the stored merged
// events in place only when they were merged from exactly these documents,
// given sorted and each once (a std::set, or a sorted vector of views).
template <class SortedIds>
std::string IdsDigest(const SortedIds& ids) {
  std::string all;
  for (std::string_view id : ids) {
    all += id;
    all += '\n';
  }
  return HashHex(all);
}

}  // namespace tarikh::build

#endif  // TARIKH_BUILD_HASHING_H_
