// Front matter: the optional `key: value` block at the start of an article
// (SPEC §2), as Jekyll and Hugo write it:
//
//   ---
//   title: "حلف الأطلسي وروسيا"
//   date: 2022-01-12          # publication date
//   ---
//
// Only this flat subset of YAML is read: one `key: value` per line, keys
// [A-Za-z0-9_-]+, values plain or quoted ("..." with backslash escapes,
// '...' with '' for a quote). A ` # comment` after an unquoted value, blank
// lines and `#` lines are ignored. Nested YAML (indented lines, list items such
// as Hugo's `tags:` lists) is skipped with a warning naming the line, so an
// article with tags is still read. A `date` with a time of day
// (`2022-01-12 10:30:00 +0300`, `2022-01-12T10:30:00Z`) keeps its date: the
// document date is a calendar day. Lines may end in \n or \r\n.
//
// Errors name the file and the 1-based line: `x.md:4: front matter: ...`.
#ifndef TARIKH_INGEST_FRONT_MATTER_H_
#define TARIKH_INGEST_FRONT_MATTER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tarikh/status.h"

namespace tarikh::ingest {

struct FrontMatterField {
  std::string key;
  std::string value;  // unquoted, comment and surrounding blanks removed
  int line = 0;       // 1-based
};

struct FrontMatter {
  bool present = false;
  std::vector<FrontMatterField> fields;  // in file order, keys unique
  size_t body_begin_byte = 0;  // first byte after the closing `---` line; 0 without a block
  std::vector<std::string> warnings;  // complete messages naming file and line
};

// Parses the block at the start of `text` (decoded UTF-8, no BOM). A text not
// starting with a `---` line has no front matter (present == false). A
// non-empty `date` must be a valid doc date (IsValidDocDate).
Result<FrontMatter> ParseFrontMatter(std::string_view text, std::string_view path);

}  // namespace tarikh::ingest

#endif  // TARIKH_INGEST_FRONT_MATTER_H_
