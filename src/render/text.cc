// Cleaning, escaping and composing the texts of diagrams and exports.
#include "render/text.h"

#include <cstdint>
#include <utility>

namespace tarikh::render_internal {
namespace {

// Decodes one code point at text[i]; sets `length` (1 for an invalid byte or
// sequence, which then decodes as U+FFFD and is dropped by CleanText).
char32_t Decode(std::string_view text, size_t i, size_t& length) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  length = 1;
  if (n == 0 || i + n > text.size()) return 0xFFFD;
  char32_t cp = n == 1 ? c : c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    unsigned char next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (next & 0x3F);
  }
  static constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMinimum[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;  // overlong, surrogate
  length = n;
  return cp;
}

bool IsBidiControl(char32_t c) {
  return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0x061C;
}

bool IsControl(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFD; }

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

// Arabic harakat, Quranic marks, tatweel-free joiners: drawn on the letter before.
bool IsZeroWidth(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) || c == 0x200C ||
         c == 0x200D || c == 0xFEFF;
}

const char* const kTypeNames[][3] = {
    {"meeting", "اجتماع", "Meeting"},     {"talks", "محادثات", "Talks"},
    {"council", "مجلس", "Council"},       {"summit", "قمة", "Summit"},
    {"conference", "مؤتمر", "Conference"}, {"call", "اتصال هاتفي", "Call"},
    {"visit", "زيارة", "Visit"},           {"statement", "تصريح", "Statement"},
    {"press_conference", "مؤتمر صحفي", "Press conference"},
    {"interview", "مقابلة", "Interview"},  {"publication", "نشر", "Publication"},
    {"suspension", "تعليق", "Suspension"}, {"expulsion", "طرد", "Expulsion"},
    {"closure", "إغلاق", "Closure"},       {"establishment", "تأسيس", "Establishment"},
    {"decision", "قرار", "Decision"},      {"agreement", "اتفاق", "Agreement"},
    {"annexation", "ضم", "Annexation"},    {"military_operation", "عملية عسكرية", "Military operation"},
    {"other", "حدث", "Event"},
};

}  // namespace

namespace {

// True when CleanText would return `text` unchanged: valid UTF-8 with single
// spaces only between words, and no byte that can start a control, bidi
// control, line separator or U+FFFD (C2 x, E2 80/81 x, D8 9C, EF BF BD are
// left to the full pass). Most texts are like this; the check runs at memory
// speed where the full pass decodes every code point.
bool AlreadyClean(std::string_view text) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ') return text.empty();
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F || (c == ' ' && text[i + 1] == ' ')) return false;
      ++i;
      continue;
    }
    size_t n;
    if (c >= 0xC3 && c <= 0xDF) {
      if (c == 0xD8 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x9C) return false;
      n = 2;
    } else if (c >= 0xE0 && c <= 0xEF && c != 0xE2 && c != 0xEF && c != 0xED && c != 0xE0) {
      n = 3;  // E0 (overlongs), ED (surrogates), E2 (controls), EF (U+FFFD, BOM) take the full pass
    } else {
      return false;
    }
    if (i + n > text.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

}  // namespace

void AppendCleanText(std::string* out, std::string_view text) {
  if (AlreadyClean(text)) {
    out->append(text);
    return;
  }
  const size_t start = out->size();
  bool pending_space = false;
  for (size_t i = 0, n = 0; i < text.size(); i += n) {
    char32_t c = Decode(text, i, n);
    if (IsSpace(c)) {
      pending_space = out->size() > start;
      continue;
    }
    if (IsBidiControl(c) || IsControl(c)) continue;
    if (pending_space) *out += ' ';
    pending_space = false;
    out->append(text.substr(i, n));
  }
}

std::string CleanText(std::string_view text) {
  std::string out;
  AppendCleanText(&out, text);
  return out;
}

std::string DotLabel(const std::vector<std::string>& lines) {
  std::string out;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k) out += "\\n";
    for (char c : CleanText(lines[k])) {
      if (c == '\\') out += "\\\\";
      else if (c == '&') out += "&amp;";
      else out += c;
    }
  }
  return out;
}

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

size_t DisplayLength(std::string_view text) {
  size_t count = 0;
  for (size_t i = 0, n = 0; i < text.size(); i += n)
    if (!IsZeroWidth(Decode(text, i, n))) ++count;
  return count;
}

std::vector<std::string> WrapWords(std::string_view text, size_t width) {
  std::vector<std::string> lines;
  std::string line;
  for (size_t i = 0; i <= text.size();) {
    size_t space = text.find(' ', i);
    if (space == std::string_view::npos) space = text.size();
    std::string_view word = text.substr(i, space - i);
    i = space + 1;
    if (word.empty()) continue;
    if (!line.empty() && DisplayLength(line) + 1 + DisplayLength(word) > width) {
      lines.push_back(std::move(line));
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line.append(word);
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

bool HasArabic(std::string_view text) {
  for (size_t i = 0, n = 0; i < text.size(); i += n) {
    char32_t c = Decode(text, i, n);
    if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFEFC)) return true;
  }
  return false;
}

std::vector<std::string> ActorNameLines(const Actor& actor, LabelLanguage labels) {
  std::string ar = CleanText(actor.name_ar);
  std::string en = CleanText(actor.name);
  if (en.empty() || en == ar) en = ar.empty() ? CleanText(actor.id) : "";
  if (labels == LabelLanguage::kArabic) return {ar.empty() ? en : ar};
  if (labels == LabelLanguage::kEnglish) return {en.empty() ? ar : en};
  std::vector<std::string> lines;
  if (!ar.empty()) lines.push_back(ar);
  if (!en.empty()) lines.push_back(en);
  return lines;
}

std::string ActorName(const Actor& actor, LabelLanguage labels) {
  std::string out;
  for (const std::string& line : ActorNameLines(actor, labels)) out += (out.empty() ? "" : " / ") + line;
  return out;
}

std::string EventTypeName(std::string_view type, bool arabic) {
  for (const auto& row : kTypeNames)
    if (type == row[0]) return arabic ? row[1] : row[2];
  if (arabic) return "حدث";
  std::string out = CleanText(type);
  for (char& c : out)
    if (c == '_') c = ' ';
  return out;
}

std::string EventClassTitle(EventClass cls, bool arabic) {
  switch (cls) {
    case EventClass::kContact: return arabic ? "تواصل" : "Contact";
    case EventClass::kStatement: return arabic ? "تصريح" : "Statement";
    case EventClass::kRupture: return arabic ? "قطيعة" : "Rupture";
    case EventClass::kOther: break;
  }
  return arabic ? "أخرى" : "Other";
}

std::vector<std::string> EventHeadline(const Event& event, LabelLanguage labels) {
  auto line = [&](bool arabic) {
    std::string text = EventTypeName(event.type, arabic);
    std::string place = CleanText(arabic && !event.place.name_ar.empty() ? event.place.name_ar : event.place.name);
    if (!place.empty()) text += (arabic ? "، " : ", ") + place;
    if (event.planned) text += arabic ? " (مقرر)" : " (planned)";
    return text;
  };
  if (labels == LabelLanguage::kArabic) return {line(true)};
  if (labels == LabelLanguage::kEnglish) return {line(false)};
  return {line(true), line(false)};
}

}  // namespace tarikh::render_internal
