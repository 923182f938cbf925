// Front matter: the optional `key: value` block at the start of an article
// (SPEC §2), as Jekyll and Hugo write it:
//
//   ---
//   title: "حلف الأطلسي وروسيا"
//   date: 2022-01-12          # publication date
//   ---
//
// Each top-level key, with the lines under it (indented lines, `- ` items),
// is read by yaml-cpp: quoting, escapes, comments, block and flow scalars,
// lists (Hugo's `tags:`, kept as "a, b") are YAML's. A key whose lines YAML
// refuses — `title: "تفاهم جديد" في محادثات فيينا`, a quoted phrase then
// more, as real headlines are written — keeps its value as written, with a
// warning naming the line and giving it quoted; an article is never dropped
// for a value. A key given twice keeps the last value, with a warning.
// Anchors and aliases work within one key only. A `date` with a time of
// day (`2022-01-12 10:30:00 +0300`, `2022-01-12T10:30:00Z`) keeps its
// date: the document date is a calendar day. Lines may end in \n or \r\n.
//
// Errors (the article is not read): a block never closed, a line that is
// not `key: value` at all, a `date` that is not one.
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
  std::string value;  // as YAML reads it (unquoted, comment removed), or as written when YAML cannot
  int line = 0;       // 1-based, of the key
};

struct FrontMatter {
  bool present = false;
  std::vector<FrontMatterField> fields;  // in file order, keys unique (the last value of a duplicate)
  size_t body_begin_byte = 0;  // first byte after the closing `---` line; 0 without a block
  std::vector<std::string> warnings;  // complete messages naming file and line
};

// Parses the block at the start of `text` (decoded UTF-8, no BOM). A text not
// starting with a `---` line has no front matter (present == false). A
// non-empty `date` must be a valid doc date (IsValidDocDate).
Result<FrontMatter> ParseFrontMatter(std::string_view text, std::string_view path);

}  // namespace tarikh::ingest

#endif  // TARIKH_INGEST_FRONT_MATTER_H_
