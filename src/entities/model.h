// The recogniser's immutable model: the lexicon data plus the indexes built
// from it once at load time (the phrase table, roles by title and entity,
// countries by ISO code). Shared by every Recognize call; thread-safe.
#ifndef TARIKH_ENTITIES_MODEL_H_
#define TARIKH_ENTITIES_MODEL_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/lexicon.h"
#include "entities/phrase_table.h"

namespace tarikh::entities {

struct TitleInfo {
  std::string key;      // the title's tokens in matching form, joined by spaces
  std::string role_en;  // English gloss; empty for role phrases titles.tsv lacks
  bool org_head = false;
};

struct Model {
  LexiconData data;
  PhraseTable table;
  std::vector<TitleInfo> titles;
  std::unordered_map<std::string, std::vector<uint32_t>> roles_by_title;  // key + '\t' + entity id -> roles
  std::vector<std::vector<uint32_t>> roles_of;                            // entity index -> its roles
  std::unordered_map<std::string, uint32_t> country_by_iso;
  std::vector<std::vector<uint32_t>> anaphor_targets;  // word index -> entity indexes
  // Roles by what they are, whoever's: CounterpartKey(title key, ISO3 of the
  // role's country, whether the role is a country's or an organisation's).
  std::unordered_map<std::string, std::vector<uint32_t>> roles_by_office;

  const Entity& entity(uint32_t i) const { return data.entities[i]; }
  const Entity* Find(std::string_view id) const;
  // The role an entity holds at `date`, or nullptr.
  const Role* RoleAt(uint32_t entity, std::string_view date) const;
};

// The key of an office in roles_by_office. Gender is dropped from every
// word (`وزيرة الخارجية` is the office of `وزير الخارجية`), so that a
// minister's counterpart may be a woman and the other way round.
std::string OfficeKey(std::string_view title_key, std::string_view iso3, bool of_country);

// Builds the indexes; fails on anaphor targets the lexicon lacks.
Status BuildModel(LexiconData data, Model* model);

}  // namespace tarikh::entities

#endif  // TARIKH_ENTITIES_MODEL_H_
