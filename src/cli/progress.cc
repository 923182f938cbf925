#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace tarikh::cli {
namespace {

constexpr auto kFirstDraw = std::chrono::seconds(1);
constexpr auto kRedraw = std::chrono::milliseconds(200);
constexpr size_t kWidth = 24;

// 12345 → "12,345".
std::string Grouped(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string Progress::Line(size_t done, size_t total, size_t bytes, double seconds) {
  const size_t filled = total == 0 ? kWidth : done * kWidth / total;
  std::string line = "tarikh: [" + std::string(filled, '#') + std::string(kWidth - filled, '.') + "] " +
                     Grouped(done) + "/" + Grouped(total) + " articles";
  if (seconds > 0 && bytes > 0) {
    char rate[32];
    std::snprintf(rate, sizeof rate, "  %.1f MB/s", static_cast<double>(bytes) / 1e6 / seconds);
    line += rate;
  }
  return line;
}

Progress::Progress(size_t total, bool enabled) : total_(total) {
  if (!enabled || isatty(STDERR_FILENO) == 0) return;
  thread_ = std::thread([this] {
    std::unique_lock<std::mutex> lock(mutex_);
    if (stop_signal_.wait_for(lock, kFirstDraw, [this] { return stop_; })) return;
    while (!stop_signal_.wait_for(lock, kRedraw, [this] { return stop_; })) Draw();
  });
}

Progress::~Progress() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  stop_signal_.notify_all();
  thread_.join();
  if (drawn_) std::cerr << "\r\033[K" << std::flush;  // erase the bar: the summary line follows
}

void Progress::Draw() {
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::cerr << "\r\033[K" << Line(done_.load(), total_, bytes_.load(), seconds) << std::flush;
  drawn_ = true;
}

}  // namespace tarikh::cli
