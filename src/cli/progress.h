// A progress bar on stderr for long builds, redrawn a few times a second on
// one line: `tarikh: [#######.............] 3,512/10,000 articles  14.2 MB/s`.
// Shown only when stderr is a terminal (not in logs or pipes), and only once
// the work has taken more than a second; erased when done.
#ifndef TARIKH_CLI_PROGRESS_H_
#define TARIKH_CLI_PROGRESS_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>

namespace tarikh::cli {

class Progress {
 public:
  // `enabled` = the user did not ask for quiet; the terminal check is made here.
  Progress(size_t total, bool enabled);
  ~Progress();  // stops the drawing thread and erases the bar
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One item finished; `bytes` of input were read for it (0 when reused).
  void Done(size_t bytes) {
    done_.fetch_add(1, std::memory_order_relaxed);
    bytes_.fetch_add(bytes, std::memory_order_relaxed);
  }

  // The line drawn for `done` of `total` items after `seconds` having read `bytes`.
  static std::string Line(size_t done, size_t total, size_t bytes, double seconds);

 private:
  void Draw();

  const size_t total_;
  std::atomic<size_t> done_{0}, bytes_{0};
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  bool drawn_ = false;
  std::mutex mutex_;
  std::condition_variable stop_signal_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace tarikh::cli

#endif  // TARIKH_CLI_PROGRESS_H_
