#include "entities/lexicon.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "entities/tsv.h"

namespace tarikh::entities {
namespace {

bool IsId(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool IsIso3(std::string_view s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsDate(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
  }
  const int month = s.size() >= 7 ? (s[5] - '0') * 10 + (s[6] - '0') : 1;
  const int day = s.size() == 10 ? (s[8] - '0') * 10 + (s[9] - '0') : 1;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Compares two dates at the precision both have (README: `2014` contains `2014-10-01`).
int CompareDates(std::string_view a, std::string_view b) {
  const size_t n = std::min(a.size(), b.size());
  return a.substr(0, n).compare(b.substr(0, n));
}

Status RowError(const TsvRow& row, const std::string& what) {
  return Status::InvalidInput(row.where + ": " + what);
}

// Common checks of an actor row: id, required Arabic name, optional ISO3 code.
Status CheckActorRow(const TsvRow& row, size_t country_col) {
  if (!IsId(row[0])) return RowError(row, "id '" + row[0] + "' must be lowercase ASCII kebab-case");
  if (row[1].empty() || row[2].empty()) return RowError(row, "name_en and name_ar must not be empty");
  if (country_col && !row[country_col].empty() && !IsIso3(row[country_col])) {
    return RowError(row, "country '" + row[country_col] + "' is not an ISO 3166 alpha-3 code");
  }
  return Status::Ok();
}

Result<Entity> CountryRow(const TsvRow& r) {
  if (!IsId(r[0])) return RowError(r, "id '" + r[0] + "' must be lowercase ASCII kebab-case");
  if (!IsIso3(r[1])) return RowError(r, "iso3 '" + r[1] + "' is not an ISO 3166 alpha-3 code");
  if (r[2].empty() || r[3].empty()) return RowError(r, "name_en and name_ar must not be empty");
  Entity e;
  e.actor = {r[0], r[2], r[3], ActorType::kCountry, r[1], "", {}, "", ""};
  e.names = SplitList(r[4]);
  e.names.insert(e.names.begin(), r[3]);
  e.adjectives = SplitList(r[5]);
  return e;
}

Result<Entity> OrganizationRow(const TsvRow& r) {
  if (Status s = CheckActorRow(r, 4); !s.ok()) return s;
  static const std::vector<std::string> kKinds = {"intl", "gov", "party", "media", "military", "other"};
  if (std::find(kKinds.begin(), kKinds.end(), r[6]) == kKinds.end()) {
    return RowError(r, "kind '" + r[6] + "' must be one of intl, gov, party, media, military, other");
  }
  Entity e;
  e.actor = {r[0], r[1], r[2], ActorType::kOrganization, r[4], "", {}, "", ""};
  e.names = SplitList(r[3]);
  e.names.insert(e.names.begin(), r[2]);
  e.kind = r[6];
  e.actor.kind = r[6];
  return e;
}

Result<Entity> PersonRow(const TsvRow& r) {
  if (Status s = CheckActorRow(r, 4); !s.ok()) return s;
  if (r[5] != "" && r[5] != "m" && r[5] != "f") return RowError(r, "gender must be m, f or empty");
  Entity e;
  e.actor = {r[0], r[1], r[2], ActorType::kPerson, r[4], "", {}, "", ""};
  e.names = SplitList(r[3]);
  e.names.insert(e.names.begin(), r[2]);
  return e;
}

Result<Entity> PlaceRow(const TsvRow& r) {
  if (Status s = CheckActorRow(r, 4); !s.ok()) return s;
  if (r[5] != "city" && r[5] != "region" && r[5] != "venue") return RowError(r, "kind must be city, region or venue");
  Entity e;
  e.actor = {r[0], r[1], r[2], ActorType::kPlace, r[4], "", {}, "", ""};
  e.names = SplitList(r[3]);
  e.names.insert(e.names.begin(), r[2]);
  e.kind = r[5];
  e.stands_for = SplitList(r[7]);
  e.capital_of = r[6];
  return e;
}

Status AddEntity(Entity e, const std::string& where, bool builtin, LexiconData* data) {
  e.where = where;
  e.user = !builtin;
  auto [it, inserted] = data->by_id.emplace(e.actor.id, static_cast<uint32_t>(data->entities.size()));
  if (inserted) {
    data->entities.push_back(std::move(e));
    return Status::Ok();
  }
  Entity& old = data->entities[it->second];
  // A user row may replace a built-in row of its kind (README), never another user row.
  if (builtin || old.user || old.actor.type != e.actor.type) {
    return Status::InvalidInput(where + ": duplicate id '" + e.actor.id + "' (already defined at " + old.where + ")");
  }
  old = std::move(e);  // a user row replaces the built-in one of the same kind
  return Status::Ok();
}

Status AddRole(const TsvRow& r, LexiconData* data) {
  if (r[0].empty() || r[1].empty() || r[2].empty() || r[3].empty()) {
    return RowError(r, "person_id, role_en, role_ar and entity_id must not be empty");
  }
  for (size_t col : {4, 5}) {
    if (!r[col].empty() && !IsDate(r[col])) return RowError(r, "date '" + r[col] + "' must be YYYY, YYYY-MM or YYYY-MM-DD");
  }
  if (!r[4].empty() && !r[5].empty() && CompareDates(r[4], r[5]) > 0) return RowError(r, "role ends before it starts");
  Role role;
  role.role_en = r[1];
  role.phrases = SplitList(r[2]);
  role.entity_id = r[3];
  role.from = r[4];
  role.to = r[5];
  role.where = r.where + "\t" + r[0];  // the person id is resolved in FinishLexicon
  data->roles.push_back(std::move(role));
  return Status::Ok();
}

Status AddWord(const TsvRow& r, LexiconData* data) {
  static const std::map<std::string, WordKind, std::less<>> kKinds = {
      {"stop", WordKind::kStop},       {"place_prep", WordKind::kPlacePrep}, {"side", WordKind::kSide},
      {"anaphor", WordKind::kAnaphor}, {"org_head", WordKind::kOrgHead},     {"common", WordKind::kCommon},
      {"modifier", WordKind::kModifier}, {"name_cue", WordKind::kNameCue},
      {"posting", WordKind::kPosting}, {"counterpart", WordKind::kCounterpart},
      {"destination", WordKind::kDestination}, {"envoy", WordKind::kEnvoy},
      {"process", WordKind::kProcess},
      {"national_body", WordKind::kNationalBody}, {"capital_word", WordKind::kCapitalWord}};
  auto kind = kKinds.find(r[1]);
  if (r[0].empty() || kind == kKinds.end()) {
    return RowError(r, "word_ar must not be empty and kind must be one of stop, place_prep, side, anaphor, "
                       "org_head, common, modifier, name_cue, posting, counterpart, destination, envoy, process, national_body, capital_word");
  }
  if ((kind->second == WordKind::kAnaphor || kind->second == WordKind::kNationalBody) && r[2].empty()) {
    return RowError(r, "an anaphor needs targets, a national body its slug");
  }
  data->words.push_back({r[0], kind->second, SplitList(r[2])});
  return Status::Ok();
}

Status AddRow(std::string_view kind, const TsvRow& row, bool builtin, LexiconData* data) {
  Result<Entity> entity = Status::Ok();
  if (kind == "countries") entity = CountryRow(row);
  else if (kind == "organizations") entity = OrganizationRow(row);
  else if (kind == "people") entity = PersonRow(row);
  else if (kind == "places") entity = PlaceRow(row);
  else if (kind == "roles") return AddRole(row, data);
  else if (kind == "words") return AddWord(row, data);
  else if (kind == "cameo") {
    if (row[0].empty() || row[1].size() != 3) return RowError(row, "match must not be empty and code must have 3 letters");
    data->cameo_roles.push_back({row[0], row[1]});
    return Status::Ok();
  }
  else if (kind == "bodies") {
    if (row[0].empty() || (row[2] != "m" && row[2] != "f") || !IsId(row[3]) || row[4].empty() ||
        (row[5] != "gov" && row[5] != "military")) {
      return RowError(row, "body_ar, slug (kebab-case) and name_en must not be empty, gender m or f, kind gov or military");
    }
    data->bodies.push_back({row[0], row[1], row[2] == "f", row[3], row[4], row[5]});
    return Status::Ok();
  }
  else if (kind == "name_parts") {
    static const std::map<std::string, NamePart::Kind, std::less<>> kKinds = {
        {"given", NamePart::Kind::kGiven}, {"part", NamePart::Kind::kPart}, {"particle", NamePart::Kind::kParticle}};
    auto k = kKinds.find(row[2]);
    if (row[0].empty() || row[1].empty() || k == kKinds.end()) {
      return RowError(row, "name_ar and name_en must not be empty and kind must be given, part or particle");
    }
    data->name_parts.push_back({row[0], row[1], k->second});
    return Status::Ok();
  }
  else if (kind == "titles") {
    if (row[0].empty() || (row[2] != "person_title" && row[2] != "org_head")) {
      return RowError(row, "title_ar must not be empty and kind must be person_title or org_head");
    }
    data->titles.push_back({row[0], row[1], row[2] == "org_head"});
    return Status::Ok();
  }
  if (!entity.ok()) return entity.status();
  return AddEntity(std::move(entity).value(), row.where, builtin, data);
}

// Two roles of the same person, office and entity must not overlap in time.
Status CheckOverlaps(const LexiconData& data) {
  std::map<std::tuple<uint32_t, std::string, std::string>, std::vector<const Role*>> groups;
  for (const Role& r : data.roles) groups[{r.person, r.role_en, r.entity_id}].push_back(&r);
  for (const auto& [key, list] : groups) {
    for (size_t i = 0; i < list.size(); ++i) {
      for (size_t j = i + 1; j < list.size(); ++j) {
        const Role& a = *list[i];
        const Role& b = *list[j];
        const bool a_first = a.to.empty() ? false : CompareDates(a.to, b.from.empty() ? "0000" : b.from) < 0;
        const bool b_first = b.to.empty() ? false : CompareDates(b.to, a.from.empty() ? "0000" : a.from) < 0;
        if (!a_first && !b_first) {
          return Status::InvalidInput(b.where + ": role '" + b.role_en + "' of " +
                                      data.entities[b.person].actor.id + " overlaps the one at " + a.where);
        }
      }
    }
  }
  return Status::Ok();
}

}  // namespace

bool RoleHoldsAt(const Role& role, std::string_view date) {
  if (date.empty()) return role.to.empty();
  if (!role.from.empty() && CompareDates(role.from, date) > 0) return false;
  return role.to.empty() || CompareDates(date, role.to) <= 0;
}

Status AddLexiconFile(std::string_view name, std::string_view content, std::string_view expected_kind,
                      bool builtin, LexiconData* data) {
  std::vector<TsvSection> sections;
  if (Status s = ParseTsv(name, content, expected_kind, &sections); !s.ok()) return s;
  for (const TsvSection& section : sections) {
    for (const TsvRow& row : section.rows) {
      if (Status s = AddRow(section.schema->kind, row, builtin, data); !s.ok()) return s;
    }
  }
  return Status::Ok();
}

Status FinishLexicon(LexiconData* data) {
  for (Role& role : data->roles) {
    const size_t tab = role.where.find('\t');
    const std::string person = role.where.substr(tab + 1);
    role.where.resize(tab);
    auto it = data->by_id.find(person);
    if (it == data->by_id.end() || data->entities[it->second].actor.type != ActorType::kPerson) {
      return Status::InvalidInput(role.where + ": person_id '" + person + "' is not a person of the lexicon");
    }
    if (!data->by_id.count(role.entity_id)) {
      return Status::InvalidInput(role.where + ": entity_id '" + role.entity_id + "' is not in the lexicon");
    }
    role.person = it->second;
  }
  return CheckOverlaps(*data);
}

Status LoadLexiconData(const std::string& data_dir, const std::vector<std::string>& user_lexicons,
                       LexiconData* data) {
  static const std::pair<const char*, const char*> kBuiltin[] = {
      {"countries.tsv", "countries"}, {"organizations.tsv", "organizations"}, {"people.tsv", "people"},
      {"places.tsv", "places"},       {"roles.tsv", "roles"},                 {"titles.tsv", "titles"},
      {"words.tsv", "words"},         {"name_parts.tsv", "name_parts"}, {"bodies.tsv", "bodies"},
      {"cameo.tsv", "cameo"}};
  auto read = [](const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream s;
    s << in.rdbuf();
    *out = s.str();
    return true;
  };
  std::string content;
  for (const auto& [file, kind] : kBuiltin) {
    const std::string path = data_dir + "/entities/" + file;
    if (!read(path, &content)) return Status::NotFound(path + ": cannot open entity lexicon file");
    if (Status s = AddLexiconFile(path, content, kind, true, data); !s.ok()) return s;
  }
  for (const std::string& path : user_lexicons) {
    if (!read(path, &content)) return Status::NotFound(path + ": cannot open lexicon file");
    if (Status s = AddLexiconFile(path, content, "", false, data); !s.ok()) return s;
  }
  AddCountryBodies(data);
  return FinishLexicon(data);
}

Result<std::string> NewestRoleDate(std::string_view name, std::string_view roles_tsv) {
  std::vector<TsvSection> sections;
  if (Status s = ParseTsv(name, roles_tsv, "roles", &sections); !s.ok()) return s;
  std::string newest;
  for (const TsvSection& section : sections) {
    for (const TsvRow& row : section.rows) {
      for (const std::string& date : {row[4], row[5]}) {
        if (date.empty()) continue;
        if (!IsDate(date)) return RowError(row, "'" + date + "' is not a date YYYY[-MM[-DD]]");
        // Plain order: at equal prefixes the more precise date is the newer.
        newest = std::max(newest, date);
      }
    }
  }
  return newest;
}

}  // namespace tarikh::entities

namespace tarikh {

Result<std::string> LexiconsDate(const std::string& data_dir) {
  const std::string path = data_dir + "/entities/roles.tsv";
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open entity lexicon file");
  std::ostringstream content;
  content << in.rdbuf();
  return entities::NewestRoleDate(path, content.str());
}

}  // namespace tarikh
