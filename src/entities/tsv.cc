#include "entities/tsv.h"

namespace tarikh::entities {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

const TsvSchema* HeaderSchema(const std::vector<std::string_view>& fields) {
  for (const TsvSchema& s : LexiconSchemas()) {
    if (s.columns == fields) return &s;
  }
  return nullptr;
}

std::string SchemaList() {
  std::string list;
  for (const TsvSchema& s : LexiconSchemas()) list += (list.empty() ? "" : ", ") + std::string(s.kind);
  return list;
}

}  // namespace

const std::vector<TsvSchema>& LexiconSchemas() {
  static const std::vector<TsvSchema> schemas = {
      {"countries", {"id", "iso3", "name_en", "name_ar", "aliases_ar", "adjectives_ar", "capital_id", "status"}},
      {"organizations", {"id", "name_en", "name_ar", "aliases_ar", "country", "parent_id", "kind"}},
      {"people", {"id", "name_en", "name_ar", "aliases_ar", "country", "gender"}},
      {"roles", {"person_id", "role_en", "role_ar", "entity_id", "from", "to"}},
      {"places", {"id", "name_en", "name_ar", "aliases_ar", "country", "kind", "capital_of", "stands_for"}},
      {"titles", {"title_ar", "role_en", "kind"}},
      {"words", {"word_ar", "kind", "targets"}},
      {"name_parts", {"name_ar", "name_en", "kind"}},
      {"bodies", {"body_ar", "construct_ar", "gender", "slug", "name_en", "kind"}},
      {"cameo", {"match", "code"}},
  };
  return schemas;
}

std::vector<std::string> SplitList(std::string_view field) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= field.size()) {
    size_t bar = field.find('|', start);
    if (bar == std::string_view::npos) bar = field.size();
    if (bar > start) out.emplace_back(field.substr(start, bar - start));
    start = bar + 1;
  }
  return out;
}

Status ParseTsv(std::string_view name, std::string_view content, std::string_view expected_kind,
                std::vector<TsvSection>* out) {
  size_t line_no = 0;
  TsvSection* section = nullptr;
  for (size_t pos = 0; pos < content.size();) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const std::string where = std::string(name) + ":" + std::to_string(line_no);
    const std::vector<std::string_view> fields = SplitTabs(line);
    if (const TsvSchema* schema = HeaderSchema(fields)) {
      if (section == nullptr && !expected_kind.empty() && schema->kind != expected_kind) {
        return Status::InvalidInput(where + ": header of a " + std::string(schema->kind) + " file, expected " +
                                    std::string(expected_kind));
      }
      out->push_back({schema, {}});
      section = &out->back();
      continue;
    }
    if (section == nullptr) {
      return Status::InvalidInput(where + ": expected a header line naming the columns of one of: " + SchemaList());
    }
    if (fields.size() != section->schema->columns.size()) {
      return Status::InvalidInput(where + ": " + std::to_string(fields.size()) + " fields, the " +
                                  std::string(section->schema->kind) + " header names " +
                                  std::to_string(section->schema->columns.size()));
    }
    section->rows.push_back({where, std::vector<std::string>(fields.begin(), fields.end())});
  }
  return Status::Ok();
}

}  // namespace tarikh::entities
