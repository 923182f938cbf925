// BuildCorpus: actors merged by id, events merged across articles.
#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "tarikh/corpus.h"
#include "tarikh/extraction.h"

namespace tarikh {
namespace {

void AddMentions(const std::vector<std::string>& from, std::vector<std::string>* to) {
  for (const std::string& m : from) {
    if (std::find(to->begin(), to->end(), m) == to->end()) to->push_back(m);
  }
}

// Actors merged by id, the extractions sorted by path; events left to the caller.
Corpus Assemble(std::vector<Extraction> extractions) {
  // Whatever order the articles came in, the corpus is the same.
  std::sort(extractions.begin(), extractions.end(), [](const Extraction& a, const Extraction& b) {
    return std::tie(a.document.path, a.document.id) < std::tie(b.document.path, b.document.id);
  });
  Corpus corpus;
  std::map<std::string, Actor> actors;  // by id: one actor per id across articles
  for (const Extraction& e : extractions) {
    for (const Actor& a : e.entities.actors) {
      auto [it, inserted] = actors.try_emplace(a.id, a);
      if (inserted) continue;
      AddMentions(a.mentions, &it->second.mentions);
      if (it->second.role.empty()) it->second.role = a.role;
    }
  }
  for (auto& [id, actor] : actors) corpus.actors.push_back(std::move(actor));
  corpus.extractions = std::move(extractions);
  return corpus;
}

}  // namespace

Corpus BuildCorpus(std::vector<Extraction> extractions) {
  Corpus corpus = Assemble(std::move(extractions));
  std::vector<Event> events;
  for (const Extraction& e : corpus.extractions) events.insert(events.end(), e.events.begin(), e.events.end());
  corpus.events = MergeEvents(std::move(events));
  return corpus;
}

Corpus BuildCorpus(std::vector<Extraction> extractions, std::vector<Event> merged_events) {
  Corpus corpus = Assemble(std::move(extractions));
  corpus.events = std::move(merged_events);
  return corpus;
}

}  // namespace tarikh
