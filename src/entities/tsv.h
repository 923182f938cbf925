// Reading the entity lexicons' TSV files (data/entities/README.md).
//
// A file is a sequence of sections; each starts with a header line naming its
// columns (one of the known schemas), so that a user lexicon can add people
// and their roles in one file. Rows are kept as strings with the file name
// and line number, because most errors are found later (duplicate ids,
// overlapping roles) and must still name where the row came from.
#ifndef TARIKH_ENTITIES_TSV_H_
#define TARIKH_ENTITIES_TSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "tarikh/status.h"

namespace tarikh::entities {

struct TsvSchema {
  std::string_view kind;                    // "people", "roles", ...
  std::vector<std::string_view> columns;    // as the header names them
};

// The schemas of data/entities/*.tsv, and of words.tsv.
const std::vector<TsvSchema>& LexiconSchemas();

struct TsvRow {
  std::string where;                // "people.tsv:12"
  std::vector<std::string> fields;  // in the schema's column order
  const std::string& operator[](size_t i) const { return fields[i]; }
};

struct TsvSection {
  const TsvSchema* schema = nullptr;
  std::vector<TsvRow> rows;
};

// Splits `content` into sections. `name` is used in messages. When
// `expected_kind` is not empty the first header must be of that kind (the
// built-in files); otherwise any known header may start a section.
Status ParseTsv(std::string_view name, std::string_view content, std::string_view expected_kind,
                std::vector<TsvSection>* out);

// Splits a `|`-separated list; empty items are dropped.
std::vector<std::string> SplitList(std::string_view field);

}  // namespace tarikh::entities

#endif  // TARIKH_ENTITIES_TSV_H_
