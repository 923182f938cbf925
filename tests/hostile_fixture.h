// The fixture of the end-to-end tests of hostile input and of faults
// (hostile_input_test.cc, reliability_test.cc): a scratch folder with an
// input folder holding one good article, the `tarikh build` of it, and what
// to check after a build that met something bad — the good article still
// built, nothing left behind.
#ifndef TARIKH_TESTS_HOSTILE_FIXTURE_H_
#define TARIKH_TESTS_HOSTILE_FIXTURE_H_

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "cli_util.h"
#include "common/files.h"

namespace tarikh::hostile_testing {

namespace fs = std::filesystem;
using cli_testing::ChildOptions;
using cli_testing::Outputs;
using cli_testing::ReadAll;
using cli_testing::RunResult;
using cli_testing::WriteAll;
using tarikh::kLockFile;
using tarikh::kWorkFolder;

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

// An article the extractor turns into one contact event (a meeting in Geneva).
inline constexpr const char* kGoodArticle =
    "---\ntitle: لقاء في جنيف\ndate: 2022-01-10\n---\n"
    "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي أنتوني بلينكن اليوم في جنيف.\n";

// An Arabic text, valid UTF-8, to put bad bytes around.
inline constexpr const char* kText = "التقى الوزيران اليوم";

inline ChildOptions StdinOf(std::string input) {
  ChildOptions o;
  o.input = std::move(input);
  return o;
}
inline ChildOptions Deadline(int seconds) {
  ChildOptions o;
  o.timeout_seconds = seconds;
  return o;
}
inline ChildOptions FileSizeLimit(long bytes) {
  ChildOptions o;
  o.max_file_bytes = bytes;
  return o;
}
inline ChildOptions Unprivileged() {
  ChildOptions o;
  o.unprivileged = true;
  return o;
}

inline std::string Bytes(const char* s, size_t n) { return std::string(s, n); }

inline bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

inline bool IsRoot() { return geteuid() == 0; }

// The names a build writes into OUTDIR, its store's files included.
inline bool IsBuildFile(const std::string& name) {
  static const std::set<std::string> kNames = {
      "events.json",  "events.csv",      "timeline.dot",  "timeline.svg",      "network.dot",
      "network.svg",  "network-countries.dot", "network-countries.svg", "network.graphml",
      "timeline.json", "index.html",     "tarikh.sqlite",
      "tarikh.sqlite-wal", "tarikh.sqlite-shm", "tarikh.sqlite-journal", "tarikh.sqlite.lock", kWorkFolder};
  return kNames.count(name) > 0;
}

// What a build left that is not a build file: in OUTDIR, a name a reader
// would take for an output (`events.json.tmp-…`); in its work folder,
// anything but the lock. Empty after every build that ended, however it ended.
inline std::vector<std::string> Temporaries(const fs::path& dir) {
  std::vector<std::string> found;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (!IsBuildFile(e.path().filename().string())) found.push_back(e.path().string());
  }
  if (fs::is_directory(dir / kWorkFolder)) {
    for (const auto& e : fs::directory_iterator(dir / kWorkFolder)) {
      if (e.path().filename() != kLockFile) found.push_back(e.path().string());
    }
  }
  return found;
}

// Names in OUTDIR that are not build files, hidden ones left out: what a
// reader listing the folder (`ls`, a web server's index) would see.
inline std::vector<std::string> VisibleTemporaries(const fs::path& dir) {
  std::vector<std::string> found;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (!name.starts_with('.') && !IsBuildFile(name)) found.push_back(name);
  }
  return found;
}

class HostileInputTest : public cli_testing::TarikhTest {
 protected:
  HostileInputTest() : TarikhTest("tarikh-hostile-") {}

  void SetUp() override {
    TarikhTest::SetUp();
    fs::create_directories(in_ = dir_ / "in");
    out_ = dir_ / "out";
    WriteAll(in_ / "good.md", kGoodArticle);
  }

  RunResult Build(std::vector<std::string> extra = {}, const ChildOptions& options = {}) {
    std::vector<std::string> args{"build", in_.string(), "-o", out_.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return Run(args, options);
  }

  // events.json of the last build, parsed; null when it is missing or not JSON.
  nlohmann::json EventsJson() const {
    return nlohmann::json::parse(ReadAll(out_ / "events.json"), nullptr, /*allow_exceptions=*/false);
  }

  // The paths (file names) of the documents of events.json.
  std::vector<std::string> DocumentNames() const {
    std::vector<std::string> names;
    nlohmann::json j = EventsJson();
    if (!j.is_object()) return names;
    for (auto& d : j["documents"]) names.push_back(fs::path(d["path"].get<std::string>()).filename());
    return names;
  }

  bool Built(const std::string& name) const {
    const std::vector<std::string> names = DocumentNames();
    return std::find(names.begin(), names.end(), name) != names.end();
  }

  // good.md is in events.json, with its meeting among the events.
  void ExpectGoodArticleBuilt() const {
    nlohmann::json j = EventsJson();
    ASSERT_TRUE(j.is_object()) << "events.json is missing or not JSON";
    std::string id;
    for (auto& d : j["documents"]) {
      if (fs::path(d["path"].get<std::string>()).filename() == "good.md") id = d["id"];
    }
    ASSERT_FALSE(id.empty()) << "good.md is not among the documents of events.json";
    bool meeting = false;
    for (auto& e : j["events"]) {
      for (auto& s : e["sources"]) meeting = meeting || (s["document"] == id && e["class"] == "contact");
    }
    EXPECT_TRUE(meeting) << "good.md's meeting is not among the events";
  }

  // The scratch folder handed to the user an Unprivileged() child runs as.
  void GiveToUnprivilegedUser() const {
    if (!IsRoot()) return;
    auto give = [](const fs::path& p) {
      if (lchown(p.c_str(), cli_testing::kUnprivilegedId, cli_testing::kUnprivilegedId) != 0) ADD_FAILURE() << p;
    };
    give(dir_);
    for (const auto& e : fs::recursive_directory_iterator(dir_)) give(e.path());
  }

  fs::path in_, out_;
};

}  // namespace tarikh::hostile_testing

#endif  // TARIKH_TESTS_HOSTILE_FIXTURE_H_
