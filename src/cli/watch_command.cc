// `tarikh watch DIR -o OUTDIR`: build once, then rebuild incrementally
// whenever articles under DIR are added, changed, moved or deleted.
//
// inotify watches DIR and every folder under it (new folders included).
// Editors save through temporaries (`.#a.md`, `a.md~`, `.a.md.swp`, write to
// `a.md.tmp` and rename onto `a.md`): only names the build would read count
// (the file source's one rule, build/file_source.h), and a rename onto an
// article is IN_MOVED_TO. A burst of events (a copy of
// many files, a save) becomes one rebuild once the folder is quiet for the
// debounce time. SIGINT and SIGTERM arrive through a signalfd, so Ctrl-C
// ends the loop between builds and the program exits 0.
#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>

#include "build/file_source.h"
#include "cli/commands.h"
#include "cli/reporting.h"
#include "common/files.h"

namespace tarikh::cli {
namespace {

namespace fs = std::filesystem;

constexpr uint32_t kMask = IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_DELETE_SELF;

class Watcher {
 public:
  ~Watcher() {
    if (fd_ >= 0) close(fd_);
  }
  bool Start(const std::string& root) {
    fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    return fd_ >= 0 && AddTree(root);
  }
  int fd() const { return fd_; }

  // Reads pending events; true when one of them may change the build.
  bool Drain() {
    alignas(inotify_event) char buf[64 * 1024];
    bool relevant = false;
    ssize_t n;
    while ((n = read(fd_, buf, sizeof buf)) > 0) {
      for (char* p = buf; p < buf + n;) {
        const auto* ev = reinterpret_cast<const inotify_event*>(p);
        relevant = Handle(*ev) || relevant;
        p += sizeof(inotify_event) + ev->len;
      }
    }
    return relevant;
  }

 private:
  bool AddTree(const fs::path& dir) {
    const int wd = inotify_add_watch(fd_, dir.c_str(), kMask | IN_ONLYDIR);
    if (wd < 0) return false;
    dirs_[wd] = dir;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_directory(ec) && build::FileSource::EntersFolder(it->path().filename().string())) {
        AddTree(it->path());
      }
    }
    return true;
  }

  bool Handle(const inotify_event& ev) {
    if (ev.mask & IN_Q_OVERFLOW) return true;  // events were lost: rebuild, the build rescans everything
    if (ev.mask & IN_IGNORED) {
      dirs_.erase(ev.wd);
      return false;
    }
    if (ev.mask & IN_DELETE_SELF) return true;
    const std::string name = ev.len > 0 ? ev.name : "";
    if (ev.mask & IN_ISDIR) {
      if (!build::FileSource::EntersFolder(name)) return false;
      // A new or moved-in folder may already hold articles; a deleted one held some.
      if ((ev.mask & (IN_CREATE | IN_MOVED_TO)) && dirs_.count(ev.wd)) AddTree(dirs_[ev.wd] / name);
      return true;
    }
    return build::FileSource::ReadsFile(name);
  }

  int fd_ = -1;
  std::map<int, fs::path> dirs_;
};

std::string Now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  return buf;
}

void PrintUpdate(const BuildReport& s) {
  std::cout << Now() << " +" << s.added << " ~" << s.changed << " -" << s.removed << " articles, " << s.events
            << " events, outputs: " << s.rewritten << " rewritten";
  if (s.failed > 0) std::cout << ", " << s.failed << " failed (see above)";
  std::cout << std::endl;  // one line per update, flushed: watchers of our output read it as it comes
}

// SIGINT and SIGTERM as a readable file descriptor, so the loop can poll them.
int SignalFd() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  if (sigprocmask(SIG_BLOCK, &signals, nullptr) != 0) return -1;
  return signalfd(-1, &signals, SFD_CLOEXEC | SFD_NONBLOCK);
}

// Waits for changes, debounced; false when a signal asks to stop.
bool WaitForChanges(Watcher& watcher, int signal_fd, int debounce_ms) {
  bool pending = false;
  for (;;) {
    pollfd fds[2] = {{signal_fd, POLLIN, 0}, {watcher.fd(), POLLIN, 0}};
    const int n = poll(fds, 2, pending ? debounce_ms : -1);
    if (n < 0 && errno == EINTR) continue;
    if (fds[0].revents & POLLIN) return false;
    if (n == 0) return true;  // quiet for debounce_ms after a change
    if (fds[1].revents & POLLIN) pending = watcher.Drain() || pending;
  }
}

}  // namespace

int RunWatch(const WatchOptions& options) {
  const std::string& dir = options.build.engine.inputs.front();
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    ReportError(QuoteName(dir) + ": no such folder to watch");
    return 1;
  }
  const int signal_fd = SignalFd();
  Watcher watcher;
  if (signal_fd < 0 || !watcher.Start(dir)) {
    const int error = errno;
    ReportError(QuoteName(dir) + ": cannot watch the folder: " + std::strerror(error));
    return 1;
  }
  TerminalReporter reporter(options.build.common.quiet, options.build.explain, options.build.timing);
  Result<Builder> builder = Builder::Open(EngineOptions(options.build), &reporter);
  if (!builder.ok()) {
    ReportError(builder.status().message());
    return builder.status().ExitCode();
  }
  do {
    Result<BuildReport> report = builder->Build();
    if (!report.ok()) ReportError(report.status().message());
    PrintUpdate(report.ok() ? report.value() : BuildReport{});
  } while (WaitForChanges(watcher, signal_fd, options.debounce_ms));
  close(signal_fd);
  return 0;
}

}  // namespace tarikh::cli
