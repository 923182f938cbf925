// SHA-256 (FIPS 180-4), for the Content-Security-Policy hash of index.html's
// script: the policy allows that script, and no other, by its digest.
#ifndef TARIKH_RENDER_SHA256_H_
#define TARIKH_RENDER_SHA256_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace tarikh::render_internal {

std::array<uint8_t, 32> Sha256(std::string_view data);
// Base64 (RFC 4648, padded) of the digest: what CSP's 'sha256-…' holds.
std::string Sha256Base64(std::string_view data);

}  // namespace tarikh::render_internal

#endif  // TARIKH_RENDER_SHA256_H_
