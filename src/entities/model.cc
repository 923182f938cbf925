#include "entities/model.h"

#include <set>

namespace tarikh::entities {
namespace {

std::string JoinTokens(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& t : tokens) out += (out.empty() ? "" : " ") + t;
  return out;
}

// A plural used as a noun (الروس, الأميركيون): with the article, and not the
// singular ending ي / ية that an adjective after a noun has.
bool IsPluralNoun(const std::vector<std::string>& tokens) {
  if (tokens.size() != 1) return false;
  const std::string& w = tokens[0];
  return w.starts_with("\u0627\u0644") && !w.ends_with("\u064a") && !w.ends_with("\u0647");
}

void AddNames(uint32_t index, const Entity& e, PhraseTable* table) {
  std::set<std::string> surnames;  // last tokens of the multi-token names
  std::vector<std::vector<std::string>> names;
  for (const std::string& n : e.names) names.push_back(PhraseTable::Tokens(n));
  for (const auto& tokens : names) {
    if (tokens.size() > 1) surnames.insert(tokens.back());
  }
  for (const auto& tokens : names) {
    Sense s{Sense::Kind::kName, false, false, index};
    s.surname = e.actor.type == ActorType::kPerson && tokens.size() == 1 && surnames.count(tokens[0]) > 0;
    table->Add(tokens, s);
  }
  for (const std::string& a : e.adjectives) {
    const std::vector<std::string> tokens = PhraseTable::Tokens(a);
    table->Add(tokens, Sense{Sense::Kind::kAdjective, false, IsPluralNoun(tokens), index});
  }
}

uint32_t AddTitle(const std::string& phrase, const std::string& role_en, bool org_head, Model* m,
                  std::unordered_map<std::string, uint32_t>* by_key) {
  const std::vector<std::string> tokens = PhraseTable::Tokens(phrase);
  const std::string key = JoinTokens(tokens);
  auto [it, inserted] = by_key->emplace(key, static_cast<uint32_t>(m->titles.size()));
  if (inserted) {
    m->titles.push_back({key, role_en, org_head});
    m->table.Add(tokens, Sense{Sense::Kind::kTitle, false, false, it->second});
  }
  return it->second;
}

// The ISO3 code of the country whose office a role is, and whether the role
// belongs to the country itself (not to one of its bodies); false if neither.
bool OfficeCountry(const Model& m, const Role& role, std::string* iso3, bool* of_country) {
  const Entity* e = m.Find(role.entity_id);
  if (e == nullptr || e->actor.country.empty()) return false;
  if (e->actor.type != ActorType::kCountry && e->actor.type != ActorType::kOrganization) return false;
  *iso3 = e->actor.country;
  *of_country = e->actor.type == ActorType::kCountry;
  return true;
}

}  // namespace

std::string OfficeKey(std::string_view title_key, std::string_view iso3, bool of_country) {
  std::string key;
  size_t start = 0;
  while (start <= title_key.size()) {
    size_t end = title_key.find(' ', start);
    if (end == std::string_view::npos) end = title_key.size();
    std::string_view word = title_key.substr(start, end - start);
    if (word.ends_with("\u0647")) word.remove_suffix(2);  // ة, folded to ه
    key += (key.empty() ? "" : " ") + std::string(word);
    start = end + 1;
  }
  return key + '\t' + std::string(iso3) + (of_country ? "\tc" : "\to");
}

const Entity* Model::Find(std::string_view id) const {
  auto it = data.by_id.find(std::string(id));
  return it == data.by_id.end() ? nullptr : &data.entities[it->second];
}

const Role* Model::RoleAt(uint32_t entity_index, std::string_view date) const {
  for (uint32_t r : roles_of[entity_index]) {
    if (RoleHoldsAt(data.roles[r], date)) return &data.roles[r];
  }
  return nullptr;
}

const NamePart* Model::FindNamePart(std::string_view key) const {
  auto it = name_parts.find(std::string(key));
  return it == name_parts.end() ? nullptr : &data.name_parts[it->second];
}

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

}  // namespace

std::string Model::CameoOf(const Actor& a, const Role* role) const {
  auto code_of = [&](std::string_view text) -> std::string {
    const std::string lower = Lower(text);
    for (const CameoRole& r : data.cameo_roles) {
      if (lower.find(r.match) != std::string::npos) return r.code;
    }
    return "";
  };
  switch (a.type) {
    case ActorType::kCountry:
      return a.country;
    case ActorType::kPlace:
      return "";
    case ActorType::kOrganization:
      if (a.kind == "intl") return "IGO";
      return a.country + code_of("kind:" + a.kind);
    case ActorType::kPerson:
      break;
  }
  std::string iso = a.country;
  if (role != nullptr) {
    if (const Entity* of = Find(role->entity_id)) {
      if (of->actor.type == ActorType::kOrganization && of->kind == "intl") return "IGO";
      if (!of->actor.country.empty()) iso = of->actor.country;
    }
  }
  const std::string office = role != nullptr ? role->role_en : a.role;
  if (office.empty()) return iso;
  const std::string code = code_of(office);
  return iso + (code.empty() ? "GOV" : code);
}

Status BuildModel(LexiconData data, Model* m) {
  m->data = std::move(data);
  const std::vector<Entity>& entities = m->data.entities;
  for (uint32_t i = 0; i < entities.size(); ++i) {
    AddNames(i, entities[i], &m->table);
    if (entities[i].actor.type == ActorType::kCountry) m->country_by_iso[entities[i].actor.country] = i;
    if (entities[i].actor.type == ActorType::kPlace && !entities[i].capital_of.empty()) {
      m->capital_by_iso.emplace(entities[i].capital_of, i);
    }
  }
  std::unordered_map<std::string, uint32_t> title_by_key;
  for (const Title& t : m->data.titles) AddTitle(t.phrase, t.role_en, t.org_head, m, &title_by_key);
  m->roles_of.assign(entities.size(), {});
  for (uint32_t r = 0; r < m->data.roles.size(); ++r) {
    const Role& role = m->data.roles[r];
    m->roles_of[role.person].push_back(r);
    std::string iso3;
    bool of_country = false;
    const bool office = OfficeCountry(*m, role, &iso3, &of_country);
    for (const std::string& phrase : role.phrases) {
      const uint32_t t = AddTitle(phrase, "", false, m, &title_by_key);
      m->roles_by_title[m->titles[t].key + '\t' + role.entity_id].push_back(r);
      if (office) m->roles_by_office[OfficeKey(m->titles[t].key, iso3, of_country)].push_back(r);
    }
  }
  for (uint32_t i = 0; i < m->data.name_parts.size(); ++i) {
    std::string key;
    for (const std::string& t : PhraseTable::Tokens(m->data.name_parts[i].arabic)) key += (key.empty() ? "" : " ") + t;
    m->name_parts.emplace(key, i);  // the first row of a spelling wins
  }
  m->anaphor_targets.assign(m->data.words.size(), {});
  for (uint32_t w = 0; w < m->data.words.size(); ++w) {
    const Word& word = m->data.words[w];
    m->table.Add(PhraseTable::Tokens(word.phrase), Sense{Sense::Kind::kWord, false, false, w});
    if (word.kind == WordKind::kNationalBody) continue;  // its target is a body's slug, not an id
    for (const std::string& id : word.targets) {
      auto it = m->data.by_id.find(id);
      if (it == m->data.by_id.end()) {
        return Status::InvalidInput("words.tsv: anaphor '" + word.phrase + "' names unknown actor '" + id + "'");
      }
      m->anaphor_targets[w].push_back(it->second);
    }
  }
  return Status::Ok();
}

}  // namespace tarikh::entities
