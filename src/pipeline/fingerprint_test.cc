#include "pipeline/fingerprint.h"

#include <gtest/gtest.h>

#include <string>

namespace tarikh {
namespace {

// The extraction code's digest is part of the fingerprint, so a store never
// reuses what older code extracted, bumped version or not.
TEST(FingerprintTest, CodeCarriesTheDigestOfTheExtractionSources) {
  Result<FingerprintComponents> f = ComputeFingerprint({}, {});
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  const std::string code = f->at("code");
  const size_t at = code.find(", sources ");
  ASSERT_NE(at, std::string::npos) << code;
  const std::string digest = code.substr(at + 10, 16);
  EXPECT_EQ(digest.find_first_not_of("0123456789abcdef"), std::string::npos) << code;
  EXPECT_EQ(code.compare(at + 26, 1, ","), 0) << code;
  EXPECT_NE(FingerprintChanges(f.value(), [&] {
              FingerprintComponents other = f.value();
              other["code"] = "tarikh 0.1.0, extractor 3, sources 0000000000000000, record 2";
              return other;
            }()),
            std::vector<std::string>{});
}

}  // namespace
}  // namespace tarikh
