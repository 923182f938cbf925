// Government bodies of every country, from bodies.tsv and the countries'
// adjectives (see AddCountryBodies in lexicon.h).
#include <map>
#include <set>
#include <string>
#include <vector>

#include "entities/lexicon.h"
#include "entities/phrase_table.h"

namespace tarikh::entities {
namespace {

std::string Key(std::string_view phrase) {
  std::string key;
  for (const std::string& t : PhraseTable::Tokens(phrase)) key += (key.empty() ? "" : " ") + t;
  return key;
}

bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

// The definite singular adjective of the gender wanted: `الأردنية` / `الأردني`.
std::string DefiniteAdjective(const Entity& country, bool feminine) {
  constexpr std::string_view kAl = "\u0627\u0644", kTaMarbuta = "\u0629";
  for (const std::string& a : country.adjectives) {
    if (!a.starts_with(kAl)) continue;
    const std::string last = a.substr(a.rfind(' ') == std::string::npos ? 0 : a.rfind(' ') + 1);
    if (EndsWith(last, "\u0648\u0646") || EndsWith(last, "\u064a\u0646")) continue;  // plurals: ون ين
    if (EndsWith(last, kTaMarbuta) == feminine) return a;
  }
  return "";
}

}  // namespace

void AddCountryBodies(LexiconData* data) {
  std::set<std::string> taken;  // every name an actor already has, in matching form
  std::map<std::string, std::string> name_owner;  // an organisation's names -> its id
  for (const Entity& e : data->entities) {
    for (const std::string& n : e.names) {
      taken.insert(Key(n));
      if (e.actor.type == ActorType::kOrganization) name_owner.emplace(Key(n), e.actor.id);
    }
  }
  const size_t countries = data->entities.size();
  for (size_t c = 0; c < countries; ++c) {
    if (data->entities[c].actor.type != ActorType::kCountry || data->entities[c].actor.country.empty()) continue;
    for (const Body& body : data->bodies) {
      const Entity& country = data->entities[c];
      const std::string adjective = DefiniteAdjective(country, body.feminine);
      if (adjective.empty()) continue;
      Entity e;
      e.actor.id = country.actor.id + "-" + body.slug;
      if (auto known = data->body_ids.find(e.actor.id); known != data->body_ids.end() && known->second != e.actor.id) {
        continue;  // a body the lexicon names
      }
      if (auto same = data->by_id.find(e.actor.id); same != data->by_id.end()) {
        // A second spelling of a body made here (`الخارجية الأردنية`); a lexicon row is left alone.
        Entity& made = data->entities[same->second];
        const std::string alias = body.body_ar + " " + adjective;
        if (made.where.starts_with("bodies.tsv") && taken.insert(Key(alias)).second) made.names.push_back(alias);
        continue;
      }
      e.actor.name = body.name_en + " of " + country.actor.name;
      e.actor.name_ar = body.body_ar + " " + adjective;
      e.actor.type = ActorType::kOrganization;
      e.actor.country = country.actor.country;
      e.actor.kind = e.kind = body.kind;
      if (auto owner = name_owner.find(Key(e.actor.name_ar)); owner != name_owner.end()) {
        data->body_ids.emplace(e.actor.id, owner->second);  // the lexicon has this body under its own id
        continue;
      }
      std::vector<std::string> names = {e.actor.name_ar};
      if (!body.construct_ar.empty()) {
        names.push_back(body.construct_ar + " " + country.actor.name_ar);
        for (const std::string& alias : country.names) {
          if (alias != country.actor.name_ar) names.push_back(body.construct_ar + " " + alias);
        }
      }
      for (const std::string& n : names) {
        if (taken.insert(Key(n)).second) e.names.push_back(n);
      }
      if (e.names.empty()) continue;
      e.where = "bodies.tsv (" + body.slug + ") for " + country.actor.id;
      data->by_id.emplace(e.actor.id, static_cast<uint32_t>(data->entities.size()));
      data->body_ids.emplace(e.actor.id, e.actor.id);
      data->entities.push_back(std::move(e));
    }
  }
}

}  // namespace tarikh::entities
