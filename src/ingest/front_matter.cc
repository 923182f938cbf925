#include "ingest/front_matter.h"

#include "tarikh/ingest.h"

namespace tarikh {
namespace {

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int ParseDigits(std::string_view s) {
  int value = 0;
  for (char c : s) value = value * 10 + (c - '0');
  return value;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

}  // namespace

bool IsValidDocDate(std::string_view date) {
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  if (!AllDigits(date.substr(0, 4))) return false;
  if (date.size() == 4) return true;
  if (date[4] != '-' || !AllDigits(date.substr(5, 2))) return false;
  const int month = ParseDigits(date.substr(5, 2));
  if (month < 1 || month > 12) return false;
  if (date.size() == 7) return true;
  if (date[7] != '-' || !AllDigits(date.substr(8, 2))) return false;
  const int day = ParseDigits(date.substr(8, 2));
  return day >= 1 && day <= DaysInMonth(ParseDigits(date.substr(0, 4)), month);
}

namespace ingest {
namespace {

struct Line {
  std::string_view text;  // without its \n or \r\n
  size_t end = 0;         // byte offset just after the line ending
  int number = 0;         // 1-based
};

class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}

  bool Next(Line* line) {
    if (pos_ >= text_.size()) return false;
    const size_t newline = text_.find('\n', pos_);
    const size_t content_end = newline == std::string_view::npos ? text_.size() : newline;
    std::string_view content = text_.substr(pos_, content_end - pos_);
    if (content.ends_with('\r')) content.remove_suffix(1);
    pos_ = newline == std::string_view::npos ? text_.size() : newline + 1;
    *line = Line{content, pos_, ++number_};
    return true;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int number_ = 0;
};

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

bool IsKeyChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

bool IsFence(std::string_view line) { return TrimBlanks(line) == "---" && line.starts_with("---"); }

bool IsBlankOrComment(std::string_view line) {
  const std::string_view trimmed = TrimBlanks(line);
  return trimmed.empty() || trimmed.front() == '#';
}

Status LineError(std::string_view path, int line, const std::string& message) {
  return Status::InvalidInput(std::string(path) + ":" + std::to_string(line) +
                              ": front matter: " + message);
}

// A line quoted in a message: long ones are cut, at a character boundary.
std::string Excerpt(std::string_view line) {
  constexpr size_t kMaxBytes = 60;
  if (line.size() <= kMaxBytes) return std::string(line);
  size_t cut = kMaxBytes;
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
  std::string_view kept = line.substr(0, cut);
  while (!kept.empty() && IsBlank(kept.back())) kept.remove_suffix(1);
  return std::string(kept) + "...";
}

// An unquoted value ends at a `#` that follows a blank: `date: 2022  # note`.
// A `#` inside a word is kept: `url: https://example.org/#top`.
std::string_view StripComment(std::string_view rest) {
  for (size_t i = 1; i < rest.size(); ++i) {
    if (rest[i] == '#' && IsBlank(rest[i - 1])) return rest.substr(0, i);
  }
  return rest;
}

struct Quoted {
  std::string value;
  std::string_view after;  // what follows the closing quote
  bool closed = false;
};

char Unescape(char c) {
  switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    default: return c;  // \" \\ \/ and anything else: the character itself
  }
}

// `s` starts with the opening quote: "..." takes backslash escapes, '...'
// takes '' for a quote (YAML's rules).
Quoted ReadQuoted(std::string_view s) {
  Quoted quoted;
  const char quote = s.front();
  for (size_t i = 1; i < s.size(); ++i) {
    if (quote == '"' && s[i] == '\\' && i + 1 < s.size()) {
      quoted.value += Unescape(s[++i]);
    } else if (quote == '\'' && s[i] == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
      quoted.value += '\'';
      ++i;
    } else if (s[i] == quote) {
      quoted.closed = true;
      quoted.after = s.substr(i + 1);
      return quoted;
    } else {
      quoted.value += s[i];
    }
  }
  return quoted;
}

Result<std::string> ParseValue(std::string_view rest, const std::string& key,
                               std::string_view path, int line) {
  const std::string_view value = TrimBlanks(rest);
  if (!value.starts_with('"') && !value.starts_with('\'')) {
    return std::string(TrimBlanks(StripComment(rest)));
  }
  Quoted quoted = ReadQuoted(value);
  if (!quoted.closed) return LineError(path, line, "unterminated quoted value for '" + key + "'");
  const std::string_view after = TrimBlanks(quoted.after);
  if (!after.empty() && after.front() != '#') {
    return LineError(path, line, "unexpected text after the quoted value of '" + key + "': '" +
                                     Excerpt(after) + "'");
  }
  return std::move(quoted.value);
}

Result<FrontMatterField> ParseField(const Line& line, std::string_view path) {
  const std::string_view text = line.text;
  size_t key_end = 0;
  while (key_end < text.size() && IsKeyChar(text[key_end])) ++key_end;
  const bool has_colon = key_end > 0 && key_end < text.size() && text[key_end] == ':';
  const std::string_view rest = has_colon ? text.substr(key_end + 1) : std::string_view();
  if (!has_colon || (!rest.empty() && !IsBlank(rest.front()))) {
    const char* nested = IsBlank(text.front()) ? " (nested YAML is not supported)" : "";
    return LineError(path, line.number,
                     "expected 'key: value', got '" + Excerpt(text) + "'" + nested);
  }
  FrontMatterField field{std::string(text.substr(0, key_end)), "", line.number};
  Result<std::string> value = ParseValue(rest, field.key, path, line.number);
  if (!value.ok()) return value.status();
  field.value = std::move(value).value();
  return field;
}

Status AddField(FrontMatterField field, std::string_view path, FrontMatter* front_matter) {
  for (const FrontMatterField& seen : front_matter->fields) {
    if (seen.key == field.key) {
      return LineError(path, field.line, "duplicate key '" + field.key + "' (first on line " +
                                             std::to_string(seen.line) + ")");
    }
  }
  front_matter->fields.push_back(std::move(field));
  return Status::Ok();
}

// `2022-01-12T10:30:00Z` or `2022-01-12 10:30:00 +0300` → `2022-01-12`.
void DropTimeOfDay(std::string* value) {
  if (value->size() > 11 && ((*value)[10] == 'T' || (*value)[10] == ' ') && AllDigits(std::string_view(*value).substr(11, 2)) &&
      IsValidDocDate(std::string_view(*value).substr(0, 10))) {
    value->resize(10);
  }
}

Status CheckDate(FrontMatter* front_matter, std::string_view path) {
  for (FrontMatterField& field : front_matter->fields) {
    if (field.key == "date") DropTimeOfDay(&field.value);
    if (field.key == "date" && !field.value.empty() && !IsValidDocDate(field.value)) {
      return LineError(path, field.line, "date '" + Excerpt(field.value) +
                                             "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }
  return Status::Ok();
}

// Looked for before parsing, so that an unclosed block is reported as such
// rather than as its first body line being "not key: value".
bool HasClosingFence(LineReader reader) {
  Line line;
  while (reader.Next(&line)) {
    if (IsFence(line.text)) return true;
  }
  return false;
}

}  // namespace

Result<FrontMatter> ParseFrontMatter(std::string_view text, std::string_view path) {
  FrontMatter front_matter;
  LineReader reader(text);
  Line line;
  if (!reader.Next(&line) || !IsFence(line.text)) return front_matter;
  front_matter.present = true;
  if (!HasClosingFence(reader)) {
    return LineError(path, 1, "block opened with '---' is never closed");
  }
  while (reader.Next(&line)) {
    if (IsFence(line.text)) {
      front_matter.body_begin_byte = line.end;
      Status date = CheckDate(&front_matter, path);
      if (!date.ok()) return date;
      return front_matter;
    }
    if (IsBlankOrComment(line.text)) continue;
    if (IsBlank(line.text.front()) || line.text.starts_with("- ") || line.text == "-") {
      front_matter.warnings.push_back(std::string(path) + ":" + std::to_string(line.number) +
                                      ": front matter: nested YAML is not read, line skipped: '" +
                                      Excerpt(line.text) + "'");
      continue;
    }
    Result<FrontMatterField> field = ParseField(line, path);
    if (!field.ok()) return field.status();
    Status added = AddField(std::move(field).value(), path, &front_matter);
    if (!added.ok()) return added;
  }
  return Status::Internal("front matter: closing fence lost");  // HasClosingFence found one
}

}  // namespace ingest
}  // namespace tarikh
