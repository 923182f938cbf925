// The end of an article's pass: anaphors resolved against the actors the
// article names, and the mentions gathered into actors.
#include <algorithm>
#include <map>

#include "entities/scanner.h"

namespace tarikh::entities {

// `الحلف` is the alliance the article is about: the candidate named most
// recently before it, else the one named most in the article, else nothing.
// The country an article is about: named most (names, metonyms, adjectives,
// its officials' titles), at least twice and more than any other; or "".
std::string Scanner::HomeCountry() const {
  std::map<std::string, int> counts;
  for (const Mention& m : mentions_) {
    if (const Entity* e = model_.Find(m.actor_id); e != nullptr && e->actor.type == ActorType::kCountry && !m.place) {
      ++counts[m.actor_id];
    }
    if (!m.affiliation.empty()) {
      if (const Entity* e = model_.Find(m.affiliation); e != nullptr && e->actor.type == ActorType::kCountry) {
        ++counts[m.affiliation];
      }
    }
  }
  std::string best;
  int most = 0, second = 0;
  for (const auto& [id, n] : counts) {
    if (n > most) second = most, most = n, best = id;
    else if (n > second) second = n;
  }
  return most >= 2 && most > second ? best : "";
}

void Scanner::ResolveAnaphors() {
  std::string home;
  bool home_known = false;
  for (const Anaphor& a : anaphors_) {
    const Word& word = model_.data.words[a.word];
    if (word.kind == WordKind::kNationalBody) {
      // `رئاسة الجمهورية` alone: the presidency of the country the article is about.
      if (!home_known) home = HomeCountry(), home_known = true;
      auto body = home.empty() ? model_.data.body_ids.end() : model_.data.body_ids.find(home + "-" + word.targets[0]);
      mentions_[a.mention].actor_id = body != model_.data.body_ids.end() ? body->second : "";
      continue;
    }
    const std::vector<uint32_t>& targets = model_.anaphor_targets[a.word];
    auto is_target = [&](const std::string& id) {
      return std::any_of(targets.begin(), targets.end(),
                         [&](uint32_t t) { return model_.entity(t).actor.id == id; });
    };
    std::string chosen;
    for (size_t m = a.mention; m-- > 0;) {
      if (mentions_[m].kind != Mention::Kind::kAnaphor && is_target(mentions_[m].actor_id)) {
        chosen = mentions_[m].actor_id;
        break;
      }
    }
    uint32_t most = 0;
    for (uint32_t t : targets) {
      if (!chosen.empty()) break;
      const std::string& id = model_.entity(t).actor.id;
      auto it = count_.find(id);
      if (it != count_.end() && it->second > most) most = it->second, chosen = id;
    }
    mentions_[a.mention].actor_id = chosen;
  }
}

// An anaphor inside a title (`رئيس اللجنة العسكرية للحلف`) needs its actor
// before the pass ends: the candidate named most so far.
std::string Scanner::ResolveAnaphorNow(uint32_t word) const {
  std::string chosen;
  uint32_t most = 0;
  for (uint32_t t : model_.anaphor_targets[word]) {
    const std::string& id = model_.entity(t).actor.id;
    auto it = count_.find(id);
    if (it != count_.end() && it->second > most) most = it->second, chosen = id;
  }
  return chosen;
}

EntityResult Scanner::Collect() {
  std::map<std::string, Actor> actors;
  EntityResult result;
  for (size_t i = 0; i < mentions_.size(); ++i) {
    Mention& m = mentions_[i];
    if (m.actor_id.empty()) continue;
    auto [it, inserted] = actors.emplace(m.actor_id, Actor{});
    if (inserted) {
      if (auto known = model_.data.by_id.find(m.actor_id); known != model_.data.by_id.end()) {
        it->second = model_.entity(known->second).actor;
        const Role* role = model_.RoleAt(known->second, doc_date_);
        if (role != nullptr) it->second.role = role->role_en;
        it->second.cameo = model_.CameoOf(it->second, role);
      } else {
        it->second = unknown_.at(m.actor_id);
        it->second.cameo = model_.CameoOf(it->second, nullptr);
      }
    }
    std::vector<std::string>& forms = it->second.mentions;
    if (std::find(forms.begin(), forms.end(), surfaces_[i]) == forms.end()) forms.push_back(surfaces_[i]);
    result.mentions.push_back(std::move(m));
  }
  // The country or organisation of a title is an actor of the article, named
  // by the words of the title (`الرئيس الجيبوتي`, `رئيس تشاد`).
  for (const Mention& m : result.mentions) {
    auto known = model_.data.by_id.find(m.affiliation);
    if (m.affiliation.empty() || known == model_.data.by_id.end()) continue;
    auto [it, inserted] = actors.emplace(m.affiliation, model_.entity(known->second).actor);
    if (inserted) it->second.cameo = model_.CameoOf(it->second, nullptr);
    std::vector<std::string>& forms = it->second.mentions;
    if (std::find(forms.begin(), forms.end(), m.affiliation_text) == forms.end()) forms.push_back(m.affiliation_text);
  }
  // A destination's country takes part in a visit, so it is an actor of the
  // article even where no word names it.
  for (const Mention& m : result.mentions) {
    auto known = model_.data.by_id.find(m.stands_for);
    if (m.stands_for.empty() || known == model_.data.by_id.end() || actors.count(m.stands_for)) continue;
    auto [it, inserted] = actors.emplace(m.stands_for, model_.entity(known->second).actor);
    if (inserted) it->second.cameo = model_.CameoOf(it->second, nullptr);
  }
  std::sort(result.mentions.begin(), result.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  for (auto& [id, actor] : actors) result.actors.push_back(std::move(actor));
  return result;
}

}  // namespace tarikh::entities
