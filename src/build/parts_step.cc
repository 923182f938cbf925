#include "build/parts_step.h"

#include <filesystem>
#include <system_error>

#include "build/hashing.h"
#include "build/parallel.h"
#include "build/render_step.h"
#include "tarikh/parts.h"
#include "tarikh/render.h"

namespace tarikh::build {

bool MonthlyLayout(const BuildOptions& options, size_t events) {
  if (options.layout == "monthly") return true;
  if (options.layout == "single") return false;
  return events > kMonthlyLayoutAbove;
}

MonthlyExports PrepareMonthlyExports(const Corpus& corpus, const std::vector<uint64_t>& event_digests,
                                     const BuildState& before, const std::map<std::string, std::string>& recorded,
                                     const std::string& output_dir, const FileSystem& fs) {
  MonthlyExports out;
  const std::vector<MonthPart> parts = MonthParts(corpus);
  // Each part's two files, and whether they are made again.
  struct File {
    const MonthPart* part;
    bool csv;
    std::string name;
    bool again = true;
  };
  std::vector<File> files;
  for (const MonthPart& part : parts) {
    const std::string key = Hex16(MonthPartKey(corpus, part, event_digests));
    for (bool csv : {false, true}) {
      File f{&part, csv, csv ? part.CsvName() : part.JsonName()};
      out.keys[f.name] = key;
      files.push_back(std::move(f));
    }
  }
  // A part is kept when the last build wrote it from the same key and the
  // file is still what it wrote (read and hashed: a part edited or removed
  // by hand is written again).
  ParallelFor(files.size(), [&](size_t i) {
    File& f = files[i];
    const auto key = before.export_parts.find(f.name);
    const auto hash = recorded.find(f.name);
    if (key == before.export_parts.end() || key->second != out.keys.at(f.name) || hash == recorded.end()) return;
    f.again = fs.HashFile((std::filesystem::path(output_dir) / f.name).string()) != hash->second;
  });
  const std::vector<Document> documents = CorpusDocuments(corpus);
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(output_dir) / kPartsFolder, ec);
  std::vector<size_t> again;
  for (size_t i = 0; i < files.size(); ++i) {
    if (files[i].again) {
      again.push_back(i);
    } else {
      out.kept.push_back(files[i].name);
    }
  }
  out.written.resize(again.size() + 1);
  ParallelFor(again.size() + 1, [&](size_t k) {
    if (k == again.size()) {
      out.written[k] = PrepareOutput(output_dir, "events.json", {MonthlyIndexJson(corpus, parts)});
      return;
    }
    const File& f = files[again[k]];
    std::string content;
    if (f.csv) {
      std::vector<Event> events;
      events.reserve(f.part->events.size());
      for (size_t i : f.part->events) events.push_back(corpus.events[i]);
      content = EventsCsv(documents, corpus.actors, events);
    } else {
      content = MonthPartToJson(corpus, *f.part);
    }
    out.written[k] = PrepareOutput(output_dir, f.name, {content});
  });
  return out;
}

}  // namespace tarikh::build
