#include "common/json_writer.h"

#include <cstdio>

#include "common/bidi.h"
#include "common/utf8.h"

namespace tarikh::internal {

void AppendJsonString(std::string* out, std::string_view s, bool escape_markup) {
  out->push_back('"');
  size_t i = 0, plain = 0;  // s[plain, i) is copied as is
  auto flush = [&] { out->append(s.substr(plain, i - plain)); };
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    const char* escape = nullptr;
    switch (c) {
      case '"': escape = "\\\""; break;
      case '\\': escape = "\\\\"; break;
      case '\b': escape = "\\b"; break;
      case '\f': escape = "\\f"; break;
      case '\n': escape = "\\n"; break;
      case '\r': escape = "\\r"; break;
      case '\t': escape = "\\t"; break;
      case '<': escape = escape_markup ? "\\u003c" : nullptr; break;
      case '>': escape = escape_markup ? "\\u003e" : nullptr; break;
      case '&': escape = escape_markup ? "\\u0026" : nullptr; break;
      default: break;
    }
    if (escape != nullptr || c < 0x20) {
      flush();
      if (escape != nullptr) {
        out->append(escape);
      } else {
        char hex[7];
        std::snprintf(hex, sizeof hex, "\\u%04x", c);
        out->append(hex);
      }
      plain = ++i;
      continue;
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (const size_t bidi = BidiControlAt(s, i)) {  // never written (common/bidi.h)
      flush();
      plain = i += bidi;
      continue;
    }
    char32_t cp;
    const size_t n = DecodeUtf8(s, i, &cp);
    if (n == 0) {  // cannot come from ingested text (validated); replaced rather than written broken
      flush();
      out->append("\xEF\xBF\xBD");
      plain = ++i;
      continue;
    }
    i += n;
  }
  flush();
  out->push_back('"');
}

void JsonWriter::Newline(int level) {
  if (!pretty_) return;
  out_->push_back('\n');
  out_->append(static_cast<size_t>(2 * level), ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  if (!stack_.back().empty) out_->push_back(',');
  stack_.back().empty = false;
  Newline(static_cast<int>(stack_.size()));
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendJsonString(out_, key, escape_markup_);
  out_->append(pretty_ ? ": " : ":");
  after_key_ = true;
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  out_->push_back(bracket);
  stack_.push_back({});
}

void JsonWriter::Close(char bracket) {
  const bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) Newline(static_cast<int>(stack_.size()));
  out_->push_back(bracket);
}

void JsonWriter::String(std::string_view s) {
  BeforeValue();
  AppendJsonString(out_, s, escape_markup_);
}

void JsonWriter::Null() {
  BeforeValue();
  out_->append("null");
}

void JsonWriter::Bool(bool b) {
  BeforeValue();
  out_->append(b ? "true" : "false");
}

void JsonWriter::Uint(uint64_t n) {
  BeforeValue();
  out_->append(std::to_string(n));
}

void JsonWriter::Int(int64_t n) {
  BeforeValue();
  out_->append(std::to_string(n));
}

void JsonWriter::Strings(const std::vector<std::string>& items) {
  BeginArray();
  for (const std::string& s : items) String(s);
  EndArray();
}

}  // namespace tarikh::internal
