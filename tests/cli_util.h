// Helpers shared by the end-to-end tests that run the `tarikh` program
// (cli_test.cc, hostile_input_test.cc): a scratch folder per test, file
// reading and writing, and running the program — through the shell for
// readable command lines, or forked directly when the child needs resource
// limits (a full disk is RLIMIT_FSIZE) or a deadline (a hang must fail the
// test, not stall it).
#ifndef TARIKH_TESTS_CLI_UTIL_H_
#define TARIKH_TESTS_CLI_UTIL_H_

#include <fcntl.h>
#include <grp.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <iostream>
#include <sstream>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "common/testing_scratch.h"

namespace tarikh::cli_testing {

namespace fs = std::filesystem;

struct RunResult {
  int status = -1;  // exit status; -N when killed by signal N (a crash, or the deadline)
  std::string out, err;
  double seconds = 0;
  bool timed_out = false;
};

inline std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteAll(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

// index.html without the ids of the events new since the last build (its
// `tarikh-new` block): the one part of an output that depends on the
// builds before, not on the inputs alone — a clean build has none.
inline std::string WithoutNewSinceLastBuild(std::string html) {
  const std::string open = "<script type=\"application/json\" id=\"tarikh-new\">";
  const size_t begin = html.find(open);
  if (begin == std::string::npos) return html;
  const size_t end = html.find("</script>", begin);
  if (end != std::string::npos) html.erase(begin + open.size(), end - begin - open.size());
  return html;
}

// Each output file of a build folder by name (the store, its lock, hidden
// names — the work folder — and temporaries excluded; index.html
// WithoutNewSinceLastBuild).
inline std::map<std::string, std::string> Outputs(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name.find(".sqlite") == std::string::npos && name.find(".tmp-") == std::string::npos && !name.starts_with('.')) {
      out[name] = name == "index.html" ? WithoutNewSinceLastBuild(ReadAll(e.path())) : ReadAll(e.path());
    }
  }
  return out;
}

// "" when equal, else the names of the files that differ: the files are too big to print.
inline std::string Diff(const std::map<std::string, std::string>& a, const std::map<std::string, std::string>& b) {
  std::string out;
  for (const auto& [name, content] : a) {
    if (!b.count(name) || b.at(name) != content) out += name + " ";
  }
  for (const auto& [name, content] : b) {
    if (!a.count(name)) out += name + "(missing) ";
  }
  return out;
}

// The user (and group) an unprivileged child runs as: nobody.
inline constexpr uid_t kUnprivilegedId = 65534;

// What a forked child gets besides its arguments.
struct ChildOptions {
  std::string input;               // standard input
  // RLIMIT_FSIZE. SIGXFSZ is left at its default (it kills): tarikh must
  // ignore it itself, and see write() fail with EFBIG.
  long max_file_bytes = -1;
  int timeout_seconds = 280;       // killed with SIGKILL after this (ctest's own limit is 300 s)
  int kill_after_ms = -1;          // when not negative: killed with SIGKILL after this (kill -9 tests)
  // When the tests run as root (who ignores permissions), the child runs as
  // kUnprivilegedId, so that a folder without permissions is one.
  bool unprivileged = false;
};

// Runs `tarikh ARGS` in the source tree (so samples/ and data/ are found),
// without a shell; `scratch` holds the child's stdin, stdout and stderr.
inline RunResult RunTarikh(const std::vector<std::string>& args, const fs::path& scratch,
                           const ChildOptions& options = {}) {
  const fs::path in = scratch / "stdin", out = scratch / "stdout", err = scratch / "stderr";
  WriteAll(in, options.input);
  std::cout.flush();  // else the child's freopen would write the parent's buffered output a second time
  std::fflush(nullptr);
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    if (chdir(TARIKH_SOURCE_DIR) != 0 || !freopen(in.c_str(), "r", stdin) || !freopen(out.c_str(), "w", stdout) ||
        !freopen(err.c_str(), "w", stderr)) {
      _exit(127);
    }
    if (options.max_file_bytes >= 0) {
      signal(SIGXFSZ, SIG_DFL);  // as a shell leaves it: past the limit, the kernel kills
      const rlimit limit{static_cast<rlim_t>(options.max_file_bytes), static_cast<rlim_t>(options.max_file_bytes)};
      if (setrlimit(RLIMIT_FSIZE, &limit) != 0) _exit(127);
    }
    if (options.unprivileged && geteuid() == 0 &&
        (setgroups(0, nullptr) != 0 || setgid(kUnprivilegedId) != 0 || setuid(kUnprivilegedId) != 0)) {
      _exit(127);
    }
    std::vector<char*> argv{const_cast<char*>(TARIKH_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(TARIKH_BINARY, argv.data());
    _exit(127);
  }
  RunResult r;
  int raw = 0;
  const auto deadline = options.kill_after_ms >= 0 ? start + std::chrono::milliseconds(options.kill_after_ms)
                                                    : start + std::chrono::seconds(options.timeout_seconds);
  while (waitpid(pid, &raw, WNOHANG) == 0) {
    const auto now = std::chrono::steady_clock::now();
    if (now >= deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &raw, 0);
      r.timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(deadline - now, std::chrono::milliseconds(20)));
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -WTERMSIG(raw);
  r.out = ReadAll(out);
  r.err = ReadAll(err);
  return r;
}

// A fixture with a fresh scratch folder per test, named after the test.
class TarikhTest : public ScratchDirTest {
 protected:
  explicit TarikhTest(std::string prefix) : ScratchDirTest(std::move(prefix)) {}

  // Runs `tarikh ARGS` through the shell (ARGS quoted by the caller), stdin from `input`.
  RunResult Tarikh(const std::string& args, const std::string& input = "") {
    WriteAll(dir_ / "stdin", input);
    const std::string cmd = "cd '" TARIKH_SOURCE_DIR "' && '" TARIKH_BINARY "' " + args + " <'" +
                            (dir_ / "stdin").string() + "' >'" + (dir_ / "stdout").string() + "' 2>'" +
                            (dir_ / "stderr").string() + "'";
    RunResult r;
    const int raw = std::system(cmd.c_str());
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = ReadAll(dir_ / "stdout");
    r.err = ReadAll(dir_ / "stderr");
    return r;
  }

  // Runs `tarikh ARGS` without a shell (see RunTarikh).
  RunResult Run(const std::vector<std::string>& args, const ChildOptions& options = {}) {
    return RunTarikh(args, dir_, options);
  }

};

}  // namespace tarikh::cli_testing

#endif  // TARIKH_TESTS_CLI_UTIL_H_
