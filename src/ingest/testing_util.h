// Helpers shared by the ingest tests: legacy and wide encodings of UTF-8
// test strings, produced with ICU so no test has to spell bytes by hand.
#ifndef TARIKH_INGEST_TESTING_UTIL_H_
#define TARIKH_INGEST_TESTING_UTIL_H_

#include <unicode/ucnv.h>

#include <string>
#include <string_view>

namespace tarikh::ingest::testing_util {

// `utf8` converted to `encoding` ("windows-1256", "UTF-16LE", ...); ICU's
// UTF-16/32 converters with an explicit byte order write no BOM.
inline std::string EncodeAs(std::string_view utf8, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  const auto length = static_cast<int32_t>(utf8.size());
  const int32_t needed = ucnv_convert(encoding, "UTF-8", nullptr, 0, utf8.data(), length, &status);
  std::string out(static_cast<size_t>(needed), '\0');
  status = U_ZERO_ERROR;
  ucnv_convert(encoding, "UTF-8", out.data(), needed, utf8.data(), length, &status);
  return U_SUCCESS(status) ? out : "<EncodeAs failed: " + std::string(u_errorName(status)) + ">";
}

}  // namespace tarikh::ingest::testing_util

#endif  // TARIKH_INGEST_TESTING_UTIL_H_
