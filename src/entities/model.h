// The recogniser's immutable model: the lexicon data plus the indexes built
// from it once at load time (the phrase table, roles by title and entity,
// countries by ISO code). Shared by every Recognize call; thread-safe.
#ifndef TARIKH_ENTITIES_MODEL_H_
#define TARIKH_ENTITIES_MODEL_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/lexicon.h"
#include "entities/phrase_table.h"
#include "entities/word_checker.h"

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
  std::unordered_map<std::string, uint32_t> capital_by_iso;  // ISO3 -> the place that is its capital
  std::vector<std::vector<uint32_t>> anaphor_targets;  // word index -> entity indexes
  // Roles by what they are, whoever's: CounterpartKey(title key, ISO3 of the
  // role's country, whether the role is a country's or an organisation's).
  std::unordered_map<std::string, std::vector<uint32_t>> roles_by_office;
  // Name parts by matching form (a pair's words joined by a space) -> data.name_parts.
  std::unordered_map<std::string, uint32_t> name_parts;
  // Debian's Arabic dictionary: a word it knows is a word, not a name.
  std::unique_ptr<WordChecker> dictionary;

  const Entity& entity(uint32_t i) const { return data.entities[i]; }
  // The CAMEO code of an actor described by `a`, holding `role` (or nullptr) at the date.
  std::string CameoOf(const Actor& a, const Role* role) const;
  // The name part written `key` (matching form), or nullptr.
  const NamePart* FindNamePart(std::string_view key) const;
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
