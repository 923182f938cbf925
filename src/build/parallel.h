// ParallelFor: the builds' CPU-bound loops over thousands of independent
// items (reading stored records back, extracting articles) run on every core;
// on the 2-core machines tarikh is benchmarked on this halves their time.
#ifndef TARIKH_BUILD_PARALLEL_H_
#define TARIKH_BUILD_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace tarikh::build {

// Calls fn(i) for every i in [0, n) on `threads` threads (0 = one per core),
// each taking the next i when it is free, so items of very different cost (an
// article extracted next to one reused from the store) balance. `fn` must
// only write state that belongs to its own i.
template <class Fn>
void ParallelFor(size_t n, const Fn& fn, int threads = 0) {
  size_t count = threads > 0 ? static_cast<size_t>(threads) : std::max(1u, std::thread::hardware_concurrency());
  count = std::min(count, std::max<size_t>(n, 1));
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) fn(i);
  };
  std::vector<std::thread> workers;
  for (size_t t = 1; t < count; ++t) workers.emplace_back(work);
  work();
  for (std::thread& t : workers) t.join();
}

}  // namespace tarikh::build

#endif  // TARIKH_BUILD_PARALLEL_H_
