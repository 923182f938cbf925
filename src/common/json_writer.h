// JsonWriter: writes JSON straight into a string, laid out byte for byte as
// nlohmann::json::dump(2) lays it out (objects and arrays one item per line,
// two spaces per level, `"key": value`, empty containers as `{}` / `[]`,
// strings escaped as nlohmann escapes them with ensure_ascii off), except
// that bidi controls are never written (common/bidi.h) and, on request,
// `<`, `>` and `&` are written as \u003c, \u003e and \u0026: the same
// strings to every JSON reader, and no markup in the file's bytes for a page
// or a tool that pastes them into HTML unescaped.
//
// events.json and timeline.json of 10,000 articles are 60 and 25 MB; building
// them as nlohmann DOMs first cost more time and memory than everything else
// in an incremental build. The layout is kept so the files stay what they
// were (OutputTest compares them byte for byte).
#ifndef TARIKH_COMMON_JSON_WRITER_H_
#define TARIKH_COMMON_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tarikh::internal {

class JsonWriter {
 public:
  enum class Layout { kPretty, kCompact };  // kCompact: dump(-1), no whitespace at all
  explicit JsonWriter(std::string* out, Layout layout = Layout::kPretty) : out_(out), pretty_(layout == Layout::kPretty) {}
  // From now on, strings and keys have `<`, `>` and `&` escaped.
  void EscapeMarkup() { escape_markup_ = true; }

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // Inside an object: the next value's key.
  void Key(std::string_view key);

  void String(std::string_view s);
  void Null();
  void Bool(bool b);
  void Uint(uint64_t n);
  void Int(int64_t n);
  // A value that is a string, or null when empty.
  void StringOrNull(std::string_view s) { s.empty() ? Null() : String(s); }
  void Strings(const std::vector<std::string>& items);

  // Pieces (common/pieces.h). PieceStart writes what goes before a value
  // (its separator and indentation) and returns where the value will begin;
  // Raw writes a value written before at the same depth, as it is. A piece
  // may span several consecutive values of an array.
  size_t PieceStart() {
    BeforeValue();
    after_key_ = true;  // the value that follows has had its separator
    return out_->size();
  }
  void Raw(std::string_view value) {
    BeforeValue();
    out_->append(value);
  }
  size_t size() const { return out_->size(); }

  // Shorthands for `Key(k)` then the value.
  void Field(std::string_view key, std::string_view s) { Key(key), String(s); }
  void Field(std::string_view key, const char* s) { Key(key), String(s); }
  void Field(std::string_view key, bool b) { Key(key), Bool(b); }

 private:
  void BeforeValue();
  void Open(char bracket);
  void Close(char bracket);
  void Newline(int level);

  struct Level {
    bool empty = true;
  };
  std::string* out_;
  bool pretty_;
  std::vector<Level> stack_;
  bool after_key_ = false;
  bool escape_markup_ = false;
};

// `s` as a JSON string literal, quotes included (invalid UTF-8 → U+FFFD,
// bidi controls left out; `<`, `>`, `&` escaped with `escape_markup`).
void AppendJsonString(std::string* out, std::string_view s, bool escape_markup = false);

}  // namespace tarikh::internal

#endif  // TARIKH_COMMON_JSON_WRITER_H_
