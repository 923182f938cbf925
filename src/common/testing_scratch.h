// ScratchDirTest: a test fixture with a fresh folder of its own (`dir_`),
// named after the suite, the test and the process (two runs of the suite at
// once, from two build folders of one tree, stay apart), removed afterwards.
#ifndef TARIKH_COMMON_TESTING_SCRATCH_H_
#define TARIKH_COMMON_TESTING_SCRATCH_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>
#include <utility>

namespace tarikh {

class ScratchDirTest : public ::testing::Test {
 protected:
  explicit ScratchDirTest(std::string prefix) : prefix_(std::move(prefix)) {}

  void SetUp() override {
    const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string(info->test_suite_name()) + "-" + info->name();
    for (char& c : name) {
      if (c == '/') c = '-';  // parameterised tests are named Suite/Test/N
    }
    dir_ = std::filesystem::path(::testing::TempDir()) / (prefix_ + name + "-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  // A test may have taken its own write permission away (a read-only store).
  void TearDown() override {
    std::error_code ignored;
    std::filesystem::permissions(dir_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(dir_, ignored);
  }

  std::filesystem::path dir_;

 private:
  std::string prefix_;
};

}  // namespace tarikh

#endif  // TARIKH_COMMON_TESTING_SCRATCH_H_
