// The extractor fingerprint (see include/pipeline/fingerprint.h).
#include "pipeline/fingerprint.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include "extractor_sources.h"  // generated: TARIKH_EXTRACTOR_SOURCES
#include "tarikh/data_dir.h"
#include "store/record.h"

namespace tarikh {
namespace {

namespace fs = std::filesystem;

std::string Hex(uint64_t value) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(value));
  return hex;
}

Result<std::string> HashFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path.string() + ": cannot read the lexicon for the extractor fingerprint");
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return Hex(XXH3_64bits(bytes.data(), bytes.size()));
}

// The lexicons the stages load: every *.tsv of the stage folders.
Status AddLexicons(const fs::path& data_dir, FingerprintComponents* out) {
  for (const char* stage : {"temporal", "entities", "events"}) {
    std::error_code ec;
    std::vector<fs::path> files;
    for (fs::directory_iterator it(data_dir / stage, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().extension() == ".tsv") files.push_back(it->path());
    }
    if (ec) return Status::IOError((data_dir / stage).string() + ": cannot list the lexicons: " + ec.message());
    for (const fs::path& f : files) {
      Result<std::string> hash = HashFile(f);
      if (!hash.ok()) return hash.status();
      (*out)["data/" + std::string(stage) + "/" + f.filename().string()] = hash.value();
    }
  }
  return Status::Ok();
}

}  // namespace

Result<FingerprintComponents> ComputeFingerprint(const ExtractorOptions& extractor, const IngestOptions& ingest) {
  FingerprintComponents out;
  out["code"] = std::string("tarikh ") + TARIKH_VERSION + ", extractor " + std::to_string(kExtractorVersion) +
                ", sources " + TARIKH_EXTRACTOR_SOURCES +
                ", record " + std::to_string(kRecordVersion);
  const std::string data_dir = extractor.data_dir.empty() ? DefaultDataDir() : extractor.data_dir;
  if (Status s = AddLexicons(data_dir, &out); !s.ok()) return s;
  for (size_t i = 0; i < extractor.user_lexicons.size(); ++i) {
    Result<std::string> hash = HashFile(extractor.user_lexicons[i]);
    if (!hash.ok()) return hash.status();
    // The order matters (a later lexicon's row replaces an earlier one's), so it is part of the name.
    out["lexicon " + std::to_string(i + 1) + " " + extractor.user_lexicons[i]] = hash.value();
  }
  // Which words count as words decides which runs are names.
  const std::string dictionary = extractor.dictionary_dir.empty() ? "/usr/share/hunspell" : extractor.dictionary_dir;
  for (const char* file : {"ar.aff", "ar.dic"}) {
    Result<std::string> hash = HashFile(fs::path(dictionary) / file);
    if (!hash.ok()) return hash.status();
    out["dictionary " + std::string(file)] = hash.value();
  }
  out["--doc-date"] = ingest.doc_date;
  out["--encoding"] = ingest.encoding;
  return out;
}

std::string FingerprintDigest(const FingerprintComponents& components) {
  std::string all;
  for (const auto& [name, value] : components) all += name + '\0' + value + '\0';
  return Hex(XXH3_64bits(all.data(), all.size()));
}

std::vector<std::string> FingerprintChanges(const FingerprintComponents& before, const FingerprintComponents& after) {
  std::vector<std::string> changes;
  auto describe = [](const std::string& name) {
    if (name == "code") return std::string("tarikh's extraction code");
    if (name.rfind("data/", 0) == 0) return "lexicon " + name;
    return name;
  };
  for (const auto& [name, value] : after) {
    auto it = before.find(name);
    if (it == before.end()) {
      changes.push_back(describe(name) + " added");
    } else if (it->second != value) {
      changes.push_back(describe(name) + " changed");
    }
  }
  for (const auto& [name, value] : before) {
    if (!after.count(name)) changes.push_back(describe(name) + " removed");
  }
  return changes;
}

}  // namespace tarikh
