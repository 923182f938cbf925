// RecordingReporter: a Reporter (tarikh/build.h) for the engine's unit
// tests, which keeps what it is told instead of printing it.
#ifndef TARIKH_BUILD_TESTING_REPORTER_H_
#define TARIKH_BUILD_TESTING_REPORTER_H_

#include <atomic>
#include <string>
#include <vector>

#include "tarikh/build.h"

namespace tarikh::build::testing {

class RecordingReporter final : public Reporter {
 public:
  void Error(const std::string& message) override { errors.push_back(message); }
  void Warning(const std::string& message) override { warnings.push_back(message); }
  void Explain(const std::string& line) override { explain.push_back(line); }
  void Timing(const std::string& line) override { timing.push_back(line); }
  void ProgressStarted(size_t total) override { progress_total = total; }
  void ProgressAdvanced(size_t bytes) override {
    ++progress_done;
    bytes_read += bytes;
  }
  void ProgressFinished() override { progress_finished = true; }

  std::vector<std::string> errors, warnings, explain, timing;
  size_t progress_total = 0;
  std::atomic<size_t> progress_done{0}, bytes_read{0};
  bool progress_finished = false;
};

}  // namespace tarikh::build::testing

#endif  // TARIKH_BUILD_TESTING_REPORTER_H_
