// BuildCorpus: actors merged by id, events merged across articles.
#include <algorithm>
#include <string_view>
#include <tuple>
#include <unordered_map>
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
  // Whatever order the articles came in, the corpus is the same. A build
  // gives them sorted already: checked, not sorted again.
  auto by_path = [](const Extraction& a, const Extraction& b) {
    return std::tie(a.document.path, a.document.id) < std::tie(b.document.path, b.document.id);
  };
  if (!std::is_sorted(extractions.begin(), extractions.end(), by_path)) {
    std::sort(extractions.begin(), extractions.end(), by_path);
  }
  // One actor per id across articles: 100,000 mentions of 1,000 actors at
  // 10,000 articles, looked up by hash; sorted by id once at the end.
  Corpus corpus;
  std::unordered_map<std::string_view, size_t> index;  // id → corpus.actors
  for (const Extraction& e : extractions) {
    for (const Actor& a : e.entities.actors) {
      auto [it, inserted] = index.try_emplace(a.id, corpus.actors.size());
      if (inserted) {
        corpus.actors.push_back(a);
        continue;
      }
      Actor& actor = corpus.actors[it->second];
      AddMentions(a.mentions, &actor.mentions);
      if (actor.role.empty()) actor.role = a.role;
    }
  }
  std::sort(corpus.actors.begin(), corpus.actors.end(), [](const Actor& a, const Actor& b) { return a.id < b.id; });
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
