#include "ingest/front_matter.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

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

// One top-level key of the block: its first line and the lines that go
// with it (indented, `- ` list items, blank and comment lines), which YAML
// reads together.
struct Entry {
  std::vector<Line> lines;
  std::string Text() const {
    std::string text;
    for (const Line& line : lines) text.append(line.text).push_back('\n');
    return text;
  }
};

bool IsContinuation(std::string_view line) {
  return IsBlankOrComment(line) || IsBlank(line.front()) || line == "-" || line.starts_with("- ");
}

// A value that is not a scalar, as YAML's flow style writes it; a list of
// scalars (Hugo's `tags:`) as its items joined with ", ".
std::string NodeText(const YAML::Node& node) {
  if (node.IsNull()) return "";
  if (node.IsScalar()) return node.Scalar();
  if (node.IsSequence() && std::all_of(node.begin(), node.end(), [](const YAML::Node& n) { return n.IsScalar(); })) {
    std::string joined;
    for (const YAML::Node& item : node) joined += (joined.empty() ? "" : ", ") + item.Scalar();
    return joined;
  }
  YAML::Emitter flow;
  flow.SetSeqFormat(YAML::Flow);
  flow.SetMapFormat(YAML::Flow);
  flow << node;
  return flow.c_str();
}

// YAML's single-quoted form of `value`: always valid, ' doubled.
std::string SingleQuoted(std::string_view value) {
  std::string out = "'";
  for (char c : value) c == '\'' ? out += "''" : out += c;
  return out + "'";
}

// The key of a line that looks like `key: value`, or "" (a `:` followed by a
// blank or the end of the line, and text before it that opens no quote,
// list or map).
std::string_view KeyOf(std::string_view line, size_t* value_begin) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] != ':' || (i + 1 < line.size() && !IsBlank(line[i + 1]))) continue;
    const std::string_view key = TrimBlanks(line.substr(0, i));
    if (key.empty() || std::string_view("\"'[{&*!|>%@`").find(key.front()) != std::string_view::npos) return {};
    *value_begin = i + 1;
    return key;
  }
  return {};
}

// Why YAML refuses `value`, in words, for the usual cases; else yaml-cpp's
// message.
std::string WhyNotYaml(std::string_view value, const std::string& yaml_message) {
  if (value.starts_with('"') || value.starts_with('\'')) {
    const char quote = value.front();
    for (size_t i = 1; i < value.size(); ++i) {
      if (quote == '"' && value[i] == '\\') {
        ++i;
      } else if (value[i] == quote && !(quote == '\'' && i + 1 < value.size() && value[i + 1] == '\'')) {
        return "text follows the closing quote";
      } else if (value[i] == quote) {
        ++i;  // '' inside '...'
      }
    }
    return "the quote is never closed";
  }
  if (value.find(": ") != std::string_view::npos) return "': ' inside a value that is not quoted";
  return yaml_message;
}

// An entry YAML refuses (`title: "تفاهم جديد" في محادثات فيينا`: a quoted
// phrase, then more): the value as written, never the article dropped for
// it, and a warning naming the line and saying how to quote it.
Status ReadAsWritten(const Entry& entry, const std::string& why, std::string_view path, FrontMatter* out) {
  const Line& first = entry.lines.front();
  size_t value_begin = 0;
  const std::string_view key = KeyOf(first.text, &value_begin);
  if (key.empty()) return LineError(path, first.number, "expected 'key: value', got '" + Excerpt(first.text) + "'");
  std::string value(TrimBlanks(first.text.substr(value_begin)));
  for (size_t i = 1; i < entry.lines.size(); ++i) {
    if (IsBlankOrComment(entry.lines[i].text)) continue;
    value += (value.empty() ? "" : " ") + std::string(TrimBlanks(entry.lines[i].text));
  }
  out->warnings.push_back(std::string(path) + ":" + std::to_string(first.number) + ": front matter: YAML cannot read '" +
                          std::string(key) + "' (" + WhyNotYaml(value, why) +
                          "): taken as written; quote the whole value to make it YAML: " + std::string(key) + ": " +
                          SingleQuoted(value));
  out->fields.push_back({std::string(key), std::move(value), first.number});
  return Status::Ok();
}

// Reads one entry with yaml-cpp into `out->fields`.
Status ReadEntry(const Entry& entry, std::string_view path, FrontMatter* out) {
  const Line& first = entry.lines.front();
  YAML::Node node;
  try {
    node = YAML::Load(entry.Text());
  } catch (const YAML::Exception& e) {  // a parser error, or nesting too deep (YAML::DeepRecursion)
    return ReadAsWritten(entry, e.msg, path, out);
  }
  if (!node.IsMap()) return LineError(path, first.number, "expected 'key: value', got '" + Excerpt(first.text) + "'");
  for (const auto& pair : node) {
    if (!pair.first.IsScalar() || pair.first.Scalar().empty()) {
      return LineError(path, first.number, "expected 'key: value', got '" + Excerpt(first.text) + "'");
    }
    std::string value = NodeText(pair.second);
    while (!value.empty() && (value.back() == '\n' || IsBlank(value.back()))) value.pop_back();  // `|` and `>` keep one
    out->fields.push_back({pair.first.Scalar(), std::move(value), first.number});
  }
  return Status::Ok();
}

// Two values for one key: YAML forbids it, readers that allow it (Jekyll's,
// PyYAML) keep the last; so does tarikh, saying so.
void KeepLastOfDuplicates(std::string_view path, FrontMatter* front_matter) {
  std::vector<FrontMatterField> kept;
  for (FrontMatterField& field : front_matter->fields) {
    auto seen = std::find_if(kept.begin(), kept.end(), [&](const FrontMatterField& f) { return f.key == field.key; });
    if (seen == kept.end()) {
      kept.push_back(std::move(field));
      continue;
    }
    front_matter->warnings.push_back(std::string(path) + ":" + std::to_string(field.line) + ": front matter: duplicate key '" +
                                     field.key + "' (first on line " + std::to_string(seen->line) +
                                     "): this value is used");
    *seen = std::move(field);
  }
  front_matter->fields = std::move(kept);
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
  std::vector<Entry> entries;
  while (reader.Next(&line) && !IsFence(line.text)) {
    if (!IsContinuation(line.text)) {
      entries.push_back({{line}});
    } else if (!entries.empty()) {
      entries.back().lines.push_back(line);
    } else if (!IsBlankOrComment(line.text)) {
      front_matter.warnings.push_back(std::string(path) + ":" + std::to_string(line.number) +
                                      ": front matter: an indented line under no key, skipped: '" +
                                      Excerpt(line.text) + "'");
    }
  }
  front_matter.body_begin_byte = line.end;  // after the closing fence (HasClosingFence found one)
  for (const Entry& entry : entries) {
    if (Status read = ReadEntry(entry, path, &front_matter); !read.ok()) return read;
  }
  KeepLastOfDuplicates(path, &front_matter);
  if (Status date = CheckDate(&front_matter, path); !date.ok()) return date;
  return front_matter;
}

}  // namespace ingest
}  // namespace tarikh
