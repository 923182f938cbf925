// QuoteName (common/files.h): file names in one-line messages. A name may
// hold any byte but '/' and NUL — a newline would split its message in two,
// a bidi override reverse the rest of the line — so a name that is not
// plain printable text is written as `ls --quoting-style=c` writes it.
#include <cstdint>
#include <cstdio>

#include "common/bidi.h"
#include "common/files.h"
#include "common/utf8.h"

namespace tarikh {
namespace {

using internal::DecodeUtf8;
using internal::IsBidiControl;

// What a terminal shows as a character of its own: not C0, DEL or C1
// controls, line and paragraph separators, or bidi controls.
bool IsShown(char32_t c) {
  return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != 0x2028 && c != 0x2029 && !IsBidiControl(c);
}

bool NeedsQuotes(std::string_view name) {
  for (size_t i = 0; i < name.size();) {
    char32_t c;
    const size_t n = DecodeUtf8(name, i, &c);
    if (n == 0 || !IsShown(c) || c == '"') return true;
    i += n;
  }
  return false;
}

void AppendOctal(std::string* out, unsigned char byte) {
  char buffer[5];
  std::snprintf(buffer, sizeof buffer, "\\%03o", byte);
  out->append(buffer);
}

// C's escape for a control character, or nullptr.
const char* Escape(char32_t c) {
  switch (c) {
    case '\a': return "\\a";
    case '\b': return "\\b";
    case '\t': return "\\t";
    case '\n': return "\\n";
    case '\v': return "\\v";
    case '\f': return "\\f";
    case '\r': return "\\r";
    case '"': return "\\\"";
    case '\\': return "\\\\";
    default: return nullptr;
  }
}

}  // namespace

std::string QuoteName(std::string_view name) {
  if (!NeedsQuotes(name)) return std::string(name);
  std::string out = "\"";
  for (size_t i = 0; i < name.size();) {
    char32_t c;
    const size_t n = DecodeUtf8(name, i, &c);
    if (n == 0) {
      AppendOctal(&out, static_cast<unsigned char>(name[i++]));
      continue;
    }
    if (const char* escape = Escape(c)) {
      out += escape;
    } else if (IsShown(c)) {
      out.append(name.substr(i, n));
    } else {
      for (size_t k = 0; k < n; ++k) AppendOctal(&out, static_cast<unsigned char>(name[i + k]));
    }
    i += n;
  }
  return out + "\"";
}

}  // namespace tarikh
