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

template <typename Mentions>
void AddMentions(const Mentions& from, std::vector<std::string>* to) {
  for (const auto& m : from) {
    if (std::find(to->begin(), to->end(), m) == to->end()) to->emplace_back(m);
  }
}

// Another description of a known actor: its new mentions, and its role when
// none was known.
template <typename Description>
void MergeInto(const Description& actor, Actor* known) {
  AddMentions(actor.mentions, &known->mentions);
  if (known->role.empty()) known->role = actor.role;
}

// The extractions sorted by path; actors and events left to the caller.
std::vector<Extraction> SortedByPath(std::vector<Extraction> extractions) {
  // Whatever order the articles came in, the corpus is the same. A build
  // gives them sorted already: checked, not sorted again.
  auto by_path = [](const Extraction& a, const Extraction& b) {
    return std::tie(a.document.path, a.document.id) < std::tie(b.document.path, b.document.id);
  };
  if (!std::is_sorted(extractions.begin(), extractions.end(), by_path)) {
    std::sort(extractions.begin(), extractions.end(), by_path);
  }
  return extractions;
}

// Actors merged by id, the extractions sorted by path; events left to the caller.
Corpus Assemble(std::vector<Extraction> extractions) {
  Corpus corpus;
  corpus.extractions = SortedByPath(std::move(extractions));
  ActorTable actors;
  for (const Extraction& e : corpus.extractions)
    for (const Actor& a : e.entities.actors) actors.Add(a);
  corpus.actors = actors.Take();
  return corpus;
}

}  // namespace

// One actor per id across articles: 120,000 descriptions of 1,000 actors at
// 10,000 articles, looked up by hash; sorted by id once at the end.
void ActorTable::Add(const Actor& actor) {
  auto [it, inserted] = index_.try_emplace(actor.id, actors_.size());
  if (inserted) {
    actors_.push_back(actor);
  } else {
    MergeInto(actor, &actors_[it->second]);
  }
}

void ActorTable::Add(const ActorView& actor) {
  if (auto it = index_.find(actor.id); it != index_.end()) {
    MergeInto(actor, &actors_[it->second]);
  } else {
    Actor a;
    a.id = actor.id;
    a.name = actor.name;
    a.name_ar = actor.name_ar;
    a.type = actor.type;
    a.country = actor.country;
    a.role = actor.role;
    a.kind = actor.kind;
    a.cameo = actor.cameo;
    AddMentions(actor.mentions, &a.mentions);
    index_.emplace(a.id, actors_.size());
    actors_.push_back(std::move(a));
  }
}

std::vector<Actor> ActorTable::Take() {
  std::vector<Actor> out = std::move(actors_);
  actors_.clear();
  index_.clear();
  std::sort(out.begin(), out.end(), [](const Actor& a, const Actor& b) { return a.id < b.id; });
  return out;
}

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

Corpus BuildCorpus(std::vector<Extraction> extractions, std::vector<Event> merged_events, std::vector<Actor> actors) {
  Corpus corpus;
  corpus.extractions = SortedByPath(std::move(extractions));
  corpus.actors = std::move(actors);
  corpus.events = std::move(merged_events);
  return corpus;
}

}  // namespace tarikh
