#include "temporal/lexicon.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "tarikh/text.h"
#include "tarikh/timex.h"

namespace tarikh::temporal {
namespace {

using Fields = std::vector<std::string_view>;
// Fills `lexeme` from a line's columns after the phrase; returns an error
// message, or "" when the columns are fine.
using RowParser = std::string (*)(const Fields& f, Lexeme* lexeme);

bool ToInt(std::string_view s, int* out) {
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// Index of `s` in `names`, or -1.
int IndexOf(std::string_view s, const std::vector<std::string_view>& names) {
  int i = 0;
  for (std::string_view n : names) {
    if (n == s) return i;
    ++i;
  }
  return -1;
}

std::string IntColumn(const Fields& f, size_t col, int lo, int hi, int16_t* out) {
  int v = 0;
  if (f.size() <= col || !ToInt(f[col], &v) || v < lo || v > hi) {
    return "column " + std::to_string(col + 1) + " must be a number from " + std::to_string(lo) +
           " to " + std::to_string(hi);
  }
  *out = static_cast<int16_t>(v);
  return "";
}

std::string EnumColumn(const Fields& f, size_t col, const std::vector<std::string_view>& names,
                       int16_t* out) {
  const int i = f.size() > col ? IndexOf(f[col], names) : -1;
  if (i < 0) {
    std::string list;
    for (std::string_view n : names) list += (list.empty() ? "" : " | ") + std::string(n);
    return "column " + std::to_string(col + 1) + " must be one of: " + list;
  }
  *out = static_cast<int16_t>(i);
  return "";
}

const std::vector<std::string_view> kUnitNames = {"D", "W", "M", "Q", "Y", "DE", "CE", "H", "MIN"};

std::string ParseMonth(const Fields& f, Lexeme* l) {
  l->kind = Kind::kMonth;
  int16_t cal = 0, amb = 0;
  std::string e = IntColumn(f, 1, 1, 12, &l->a);
  if (e.empty()) e = EnumColumn(f, 2, {"gregorian", "hijri"}, &cal);
  if (e.empty()) e = EnumColumn(f, 3, {"-", "ambiguous"}, &amb);
  l->b = static_cast<int16_t>((cal ? kHijri : 0) | (amb ? kAmbiguous : 0));
  return e;
}
// An optional last column: its index in `names`, 0 when the line has none.
std::string OptionalEnumColumn(const Fields& f, size_t col, const std::vector<std::string_view>& names,
                               int16_t* out) {
  *out = 0;
  return f.size() > col && !f[col].empty() ? EnumColumn(f, col, names, out) : "";
}

std::string ParseWeekday(const Fields& f, Lexeme* l) {
  int16_t bare = 0;
  std::string e = IntColumn(f, 1, 1, 7, &l->a);
  if (e.empty()) e = OptionalEnumColumn(f, 2, {"-", "bare"}, &bare);
  l->kind = bare ? Kind::kBareWeekday : Kind::kWeekday;
  return e;
}
std::string ParseRelativeDay(const Fields& f, Lexeme* l) {
  l->kind = Kind::kRelativeDay;
  int16_t pod = 0;
  std::string e = IntColumn(f, 1, -7, 7, &l->a);
  if (e.empty()) e = OptionalEnumColumn(f, 2, {"", "MO", "MI", "AF", "EV", "NI"}, &pod);
  if (e.empty() && pod != 0) l->text = std::string(f[2]);
  return e;
}
std::string ParseUnit(const Fields& f, Lexeme* l) {
  l->kind = Kind::kUnit;
  std::string e = EnumColumn(f, 1, kUnitNames, &l->a);
  return e.empty() ? IntColumn(f, 2, 0, 2, &l->b) : e;
}
std::string ParseNumeral(const Fields& f, Lexeme* l) {
  int16_t kind = 0;
  std::string e = IntColumn(f, 1, -1, 1000, &l->a);
  if (e.empty()) e = EnumColumn(f, 2, {"cardinal", "ordinal"}, &kind);
  l->kind = kind ? Kind::kOrdinal : Kind::kCardinal;
  return e;
}
std::string ParsePeriod(const Fields& f, Lexeme* l) {
  l->kind = Kind::kPeriod;
  return EnumColumn(f, 1, kUnitNames, &l->a);
}
std::string ParseModifier(const Fields& f, Lexeme* l) {
  l->kind = Kind::kModifier;
  std::string e = IntColumn(f, 1, -1, 1, &l->a);
  return e.empty() ? EnumColumn(f, 2, {"document", "reference"}, &l->b) : e;
}
std::string ParsePart(const Fields& f, Lexeme* l) {
  l->kind = Kind::kPart;
  std::string e = EnumColumn(f, 1, {"START", "MID", "END"}, &l->a);
  return e.empty() ? OptionalEnumColumn(f, 2, {"part", "first_day"}, &l->b) : e;
}
std::string ParseSeason(const Fields& f, Lexeme* l) {
  l->kind = Kind::kSeason;
  return EnumColumn(f, 1, {"SP", "SU", "FA", "WI"}, &l->a);
}
std::string ParseDecade(const Fields& f, Lexeme* l) {
  l->kind = Kind::kDecade;
  return IntColumn(f, 1, 0, 9, &l->a);
}
std::string ParseReference(const Fields& f, Lexeme* l) {
  l->kind = Kind::kReference;
  std::string e = EnumColumn(f, 1, {"DATE", "TIME", "DURATION", "SET"}, &l->b);
  if (e.empty() && (f.size() < 3 || f[2].empty())) e = "column 3 must hold the TIMEX3 value";
  if (e.empty()) l->text = std::string(f[2]);
  return e;
}
std::string ParseTense(const Fields& f, Lexeme* l) {
  l->kind = Kind::kTense;
  // In TenseMark's order.
  return EnumColumn(f, 1, {"future", "past_auxiliary", "future_verb", "past", "not_verb"}, &l->a);
}
std::string ParseTrap(const Fields& f, Lexeme* l) {
  l->kind = Kind::kTrap;
  return IntColumn(f, 1, 0, 8, &l->a);
}
std::string ParseWord(const Fields& f, Lexeme* l) {
  l->kind = Kind::kWord;
  std::string e = EnumColumn(
      f, 1,
      {"day_word", "days_word", "month_word", "year_word", "year_signal", "range_from", "range_between",
       "range_to", "approx", "half", "this", "since", "before", "after", "of", "that", "corresponding",
       "duration_lead", "era", "part_of_day", "century", "quarter", "published", "clock", "within",
       "code_word", "consecutive", "hour_word", "clock_fraction", "weekend"},
      &l->a);
  if (f.size() > 2) l->text = std::string(f[2]);
  return e;
}

struct FileSchema {
  const char* name;
  RowParser parse;
};
constexpr FileSchema kFiles[] = {
    {"months.tsv", ParseMonth},       {"weekdays.tsv", ParseWeekday}, {"relative_days.tsv", ParseRelativeDay},
    {"units.tsv", ParseUnit},         {"numerals.tsv", ParseNumeral}, {"periods.tsv", ParsePeriod},
    {"modifiers.tsv", ParseModifier}, {"parts.tsv", ParsePart},       {"seasons.tsv", ParseSeason},
    {"decades.tsv", ParseDecade},     {"references.tsv", ParseReference}, {"words.tsv", ParseWord},
    {"tense.tsv", ParseTense},        {"traps.tsv", ParseTrap},
};

Fields SplitTabs(std::string_view line) {
  Fields out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

std::vector<std::string> SplitWords(std::string_view phrase) {
  std::vector<std::string> words;
  std::istringstream in{std::string(phrase)};
  for (std::string w; in >> w;) {
    std::string n = NormalizeWord(w);
    if (!n.empty()) words.push_back(std::move(n));
  }
  return words;
}

}  // namespace

void Lexicon::Add(std::string_view phrase, Lexeme lexeme) {
  std::vector<std::string> words = SplitWords(phrase);
  if (words.empty()) return;
  lexeme.words = static_cast<uint8_t>(words.size());
  std::vector<Phrase>& list = phrases_[words[0]];
  list.push_back({std::vector<std::string>(words.begin() + 1, words.end()), std::move(lexeme)});
  std::stable_sort(list.begin(), list.end(),
                   [](const Phrase& x, const Phrase& y) { return x.rest.size() > y.rest.size(); });
}

const std::vector<Lexicon::Phrase>* Lexicon::Lookup(std::string_view word) const {
  auto it = phrases_.find(word);
  return it == phrases_.end() ? nullptr : &it->second;
}

Status ParseLexiconFile(std::string_view name, std::string_view content, Lexicon* lexicon) {
  RowParser parse = nullptr;
  for (const FileSchema& f : kFiles) {
    if (name == f.name) parse = f.parse;
  }
  if (parse == nullptr) return Status::InvalidInput(std::string(name) + ": unknown temporal lexicon file");
  size_t line_no = 0;
  for (size_t pos = 0; pos <= content.size();) {
    size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() + 1 : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    Fields fields = SplitTabs(line);
    Lexeme lexeme;
    std::string error = SplitWords(fields[0]).empty() ? "empty phrase" : parse(fields, &lexeme);
    if (!error.empty()) {
      return Status::InvalidInput(std::string(name) + ":" + std::to_string(line_no) + ": " + error);
    }
    lexicon->Add(fields[0], std::move(lexeme));
  }
  return Status::Ok();
}

Result<Lexicon> Lexicon::Load(const std::string& dir) {
  Lexicon lexicon;
  for (const FileSchema& f : kFiles) {
    const std::string path = dir + "/" + f.name;
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::NotFound(path + ": cannot open temporal lexicon file");
    std::ostringstream content;
    content << in.rdbuf();
    Status s = ParseLexiconFile(f.name, content.str(), &lexicon);
    if (!s.ok()) return Status::InvalidInput(dir + "/" + s.message());
  }
  return lexicon;
}

}  // namespace tarikh::temporal
