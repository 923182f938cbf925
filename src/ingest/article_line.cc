// Article lines (include/output/jsonl.h): a JSON object → the bytes of the
// article file it stands for → DecodeDocument, so that a line and the file
// give the same Document, id and spans included.
#include <algorithm>
#include <array>
#include <string>

#include "ingest/json_line.h"
#include "output/jsonl.h"

namespace tarikh {
namespace {

using Json = nlohmann::json;

constexpr std::array<const char*, 4> kFields = {"title", "source", "url", "date"};  // in block order

// A double-quoted front matter value (src/ingest/front_matter.h reads it back).
std::string Quote(const std::string& value) {
  std::string out = "\"";
  for (char c : value) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

// Whether `text` opens with a `---` line: its own front matter block.
bool StartsWithFence(std::string_view text) {
  std::string_view first = text.substr(0, text.find('\n'));
  while (!first.empty() && (first.back() == ' ' || first.back() == '\t' || first.back() == '\r')) {
    first.remove_suffix(1);
  }
  return first == "---";
}

// `2022-01-12`, or with a time of day the front matter drops (`2022-01-12T10:30:00Z`).
bool IsDocDateValue(const std::string& date) {
  return IsValidDocDate(date) ||
         (date.size() > 10 && (date[10] == 'T' || date[10] == ' ') && IsValidDocDate(date.substr(0, 10)));
}

// A value quoted in a message: long ones are cut, at a character boundary.
std::string Excerpt(const std::string& value) {
  constexpr size_t kMaxBytes = 40;
  if (value.size() <= kMaxBytes) return value;
  size_t cut = kMaxBytes;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return value.substr(0, cut) + "...";
}

// `key`'s string, "" when absent or null; an error for another type.
Status StringField(const Json& line, const char* key, std::string* out) {
  const auto it = line.find(key);
  if (it == line.end() || it->is_null()) return Status::Ok();
  if (!it->is_string()) return Status::InvalidInput(std::string("\"") + key + "\" is not a string");
  *out = it->get_ref<const std::string&>();
  return Status::Ok();
}

}  // namespace

std::string ArticleFileBytes(const std::string& text, const std::string& title, const std::string& source,
                             const std::string& url, const std::string& date) {
  const std::array<const std::string*, 4> values = {&title, &source, &url, &date};
  std::string block;
  for (size_t i = 0; i < kFields.size(); ++i) {
    if (!values[i]->empty()) block += std::string(kFields[i]) + ": " + Quote(*values[i]) + "\n";
  }
  if (block.empty()) return text;
  return "---\n" + block + "---\n" + text;
}

Result<Document> DocumentFromArticleLine(std::string_view line, const IngestOptions& options, std::string* path) {
  Result<Json> parsed = ingest::ParseJsonLine(line);
  if (!parsed.ok()) return parsed.status();
  const Json& j = parsed.value();
  if (!j.is_object()) return Status::InvalidInput("not a JSON object");
  if (Status s = StringField(j, "path", path); !s.ok() || path->empty()) {
    return Status::InvalidInput("no \"path\" string (the article's name in the outputs)");
  }
  const auto text = j.find("text");
  if (text == j.end() || !text->is_string()) {
    return Status::InvalidInput(*path + ": no \"text\" string (the article)");
  }
  std::array<std::string, 4> values;
  for (size_t i = 0; i < kFields.size(); ++i) {
    if (Status s = StringField(j, kFields[i], &values[i]); !s.ok()) {
      return Status::InvalidInput(*path + ": " + s.message());
    }
  }
  const bool has_fields = std::any_of(values.begin(), values.end(), [](const std::string& v) { return !v.empty(); });
  if (!values[3].empty() && !IsDocDateValue(values[3])) {
    return Status::InvalidInput(*path + ": \"date\" '" + Excerpt(values[3]) + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
  }
  const std::string& body = text->get_ref<const std::string&>();
  if (has_fields && StartsWithFence(body)) {
    return Status::InvalidInput(*path + ": \"text\" has a front matter block of its own and the line has "
                                        "title/source/url/date too: give them one way");
  }
  return DecodeDocument(ArticleFileBytes(body, values[0], values[1], values[2], values[3]), *path, options);
}

}  // namespace tarikh
