// JsonWriter must lay out JSON exactly as nlohmann's dump(2) / dump(-1) do:
// the outputs written with it were written with nlohmann before, and users'
// diffs of events.json must not change with the writer.
#include "common/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace tarikh::internal {
namespace {

using Json = nlohmann::ordered_json;

// Writes `j` with JsonWriter, recursively.
void Write(JsonWriter& w, const Json& j) {
  if (j.is_object()) {
    w.BeginObject();
    for (const auto& [key, value] : j.items()) {
      w.Key(key);
      Write(w, value);
    }
    w.EndObject();
  } else if (j.is_array()) {
    w.BeginArray();
    for (const Json& item : j) Write(w, item);
    w.EndArray();
  } else if (j.is_string()) {
    w.String(j.get<std::string>());
  } else if (j.is_boolean()) {
    w.Bool(j.get<bool>());
  } else if (j.is_number_unsigned()) {
    w.Uint(j.get<uint64_t>());
  } else if (j.is_number_integer()) {
    w.Int(j.get<int64_t>());
  } else {
    w.Null();
  }
}

TEST(JsonWriterTest, LaysOutAsNlohmannDoes) {
  const Json cases[] = {
      Json::object(),
      Json::array(),
      Json::parse(R"({"a": [], "b": {}, "c": [1, [2, []], {"d": null}], "e": true, "f": false, "g": -3})"),
      Json::parse(R"([["x"], {"k": {"k": {"k": []}}}, 0, 18446744073709551615])"),
      Json{{"ar", "قالت وزارة الخارجية «الروسية»"}, {"mixed", "Lavrov — لافروف"}},
      Json{{"escapes", "quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f"}},
      Json{{"controls", std::string("\x01\x1f\x7f", 3)}, {"nul", std::string("a\0b", 3)}},
      Json{{"ключ \"с\" кавычками", Json::array({"", " "})}},
  };
  for (const Json& j : cases) {
    std::string pretty, compact;
    JsonWriter p(&pretty), c(&compact, JsonWriter::Layout::kCompact);
    Write(p, j);
    Write(c, j);
    EXPECT_EQ(pretty, j.dump(2)) << j.dump();
    EXPECT_EQ(compact, j.dump(-1)) << j.dump();
  }
}

TEST(JsonWriterTest, InvalidUtf8IsReplacedNotWritten) {
  for (const std::string bad : {"\xff", "a\xc3", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80"}) {
    std::string out;
    AppendJsonString(&out, bad);
    EXPECT_TRUE(nlohmann::json::accept(out)) << out;
    EXPECT_NE(out.find("\xEF\xBF\xBD"), std::string::npos) << out;
  }
  std::string ok;
  AppendJsonString(&ok, "\xf0\x9f\x98\x80 ok");
  EXPECT_EQ(ok, "\"\xf0\x9f\x98\x80 ok\"");
}

// Bidi controls never leave tarikh: a U+202E in a title would reverse what
// follows it wherever the JSON is shown.
TEST(JsonWriterTest, BidiControlsAreNeverWritten) {
  std::string out;
  AppendJsonString(&out, "a\u202Eb\u202Ac\u2066d\u2069e\u200Ef\u200Fg\u061Ch\u202B\u202C\u202D\u2067\u2068i");
  EXPECT_EQ(out, "\"abcdefghi\"");
  std::string kept;  // other format characters are text
  AppendJsonString(&kept, "\u200C\u200D\u00A0");
  EXPECT_EQ(kept, "\"\u200C\u200D\u00A0\"");
}

// With EscapeMarkup, no `<`, `>` or `&` is in the bytes, and every JSON
// reader still reads the same strings.
TEST(JsonWriterTest, MarkupIsEscapedOnRequest) {
  const std::string text = "<script>alert(1)</script> & <b>عاجل</b>";
  std::string out;
  JsonWriter w(&out);
  w.EscapeMarkup();
  w.BeginObject();
  w.Field("<title>", text);
  w.EndObject();
  EXPECT_EQ(out.find_first_of("<>&"), std::string::npos) << out;
  EXPECT_EQ(nlohmann::json::parse(out).at("<title>"), text);
  std::string plain;
  AppendJsonString(&plain, text);
  EXPECT_EQ(plain, "\"" + text + "\"");  // as nlohmann writes it, unless asked
}

}  // namespace
}  // namespace tarikh::internal
