#include "build/commit.h"

#include <filesystem>

#include "build/hashing.h"

namespace tarikh::build {

PreparedOutput PrepareOutput(const std::string& dir, const std::string& name,
                             const std::vector<std::string_view>& parts) {
  PreparedOutput out;
  out.name = name;
  out.hash = HashHex(parts);
  Result<PreparedFile> file = PrepareFile((std::filesystem::path(dir) / name).string(), parts);
  if (file.ok()) {
    out.file = std::move(file).value();
  } else {
    out.status = file.status();
  }
  return out;
}

void Discard(const std::vector<PreparedOutput>& outputs) {
  std::vector<PreparedFile> files;
  for (const PreparedOutput& o : outputs) files.push_back(o.file);
  DiscardFiles(files);
}

Status PlaceOutputs(const std::map<std::string, std::string>& recorded, const std::vector<PreparedOutput>& files,
                    StoreChanges* changes, std::vector<OutputOutcome>* outcomes,
                    std::vector<CommittedFile>* committed) {
  for (const PreparedOutput& f : files) {
    if (!f.status.ok()) {
      Discard(files);
      return f.status;
    }
  }
  std::vector<PreparedFile> prepared;
  for (const PreparedOutput& f : files) prepared.push_back(f.file);
  Result<std::vector<WriteOutcome>> written = CommitFiles(prepared, committed);
  if (!written.ok()) return written.status();
  for (size_t i = 0; i < files.size(); ++i) {
    changes->outputs[files[i].name] = files[i].hash;
    const auto old = recorded.find(files[i].name);
    outcomes->push_back({files[i].name, written.value()[i] == WriteOutcome::kWritten,
                         old == recorded.end() ? "" : old->second});
  }
  return Status::Ok();
}

Status CommitStore(Store& store, const StoreChanges& changes, const std::vector<CommittedFile>& committed) {
  Status s = store.Apply(changes);
  if (!s.ok()) {
    if (Status undone = UndoCommit(committed); !undone.ok()) {
      return Status::IOError(s.message() + "; and the previous outputs could not be put back: " + undone.message());
    }
    return s;
  }
  RemovePrevious(committed);
  return Status::Ok();
}

}  // namespace tarikh::build
