// Loading the event lexicon (see lexicon.h and the header comments of
// data/events/*.tsv for the file format).
#include "events/lexicon.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "tarikh/text.h"

namespace tarikh::events {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

std::vector<std::string> NormalizedWords(std::string_view phrase) {
  std::vector<std::string> words;
  for (std::string_view w : Split(phrase, ' ')) {
    if (!w.empty()) words.push_back(NormalizeWord(w));
  }
  return words;
}

// Calls `row(fields, line)` for every record after the header; the header's
// column names are checked against `columns`.
template <typename RowFn>
Status ForEachRow(std::string_view tsv, const std::string& name, const std::vector<std::string_view>& columns,
                  RowFn row) {
  bool header_seen = false;
  int line_no = 0;
  for (std::string_view line : Split(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> fields = Split(line, '\t');
    const std::string where = name + ":" + std::to_string(line_no) + ": ";
    if (!header_seen) {
      if (fields != columns) return Status::InvalidInput(where + "unexpected header");
      header_seen = true;
      continue;
    }
    if (fields.size() != columns.size()) {
      return Status::InvalidInput(where + "expected " + std::to_string(columns.size()) + " fields, found " +
                                  std::to_string(fields.size()));
    }
    Status s = row(fields, where);
    if (!s.ok()) return s;
  }
  if (!header_seen) return Status::InvalidInput(name + ": no header line");
  return Status::Ok();
}

bool ParseClass(std::string_view s, EventClass* out) {
  static constexpr std::pair<std::string_view, EventClass> kClasses[] = {
      {"contact", EventClass::kContact}, {"statement", EventClass::kStatement},
      {"rupture", EventClass::kRupture}, {"other", EventClass::kOther}};
  for (const auto& [text, c] : kClasses) {
    if (s == text) {
      *out = c;
      return true;
    }
  }
  return false;
}

constexpr std::pair<std::string_view, Cue> kCueNames[] = {
    {"negation", Cue::kNegation}, {"denial", Cue::kDenial},           {"irrealis", Cue::kIrrealis},
    {"support", Cue::kSupport},   {"future", Cue::kFuture},           {"topic", Cue::kTopic},
    {"subject", Cue::kSubject},
    {"participant", Cue::kParticipant}, {"participation", Cue::kParticipation},
    {"not_date", Cue::kNotDate},  {"resumptive", Cue::kResumptive},   {"complement", Cue::kComplement},
    {"suffix", Cue::kSuffix},     {"bound_link", Cue::kBoundLink},
    {"continuation", Cue::kContinuation}, {"pair", Cue::kPair},
    {"opener", Cue::kOpener},     {"matter", Cue::kMatter},           {"background", Cue::kBackground},
    {"assertion", Cue::kAssertion}, {"since", Cue::kSince}, {"background_adverb", Cue::kBackgroundAdverb},
    {"never", Cue::kNever},       {"pair_pronoun", Cue::kPairPronoun},
    {"came", Cue::kCame},         {"that_report", Cue::kThatReport}, {"issuer", Cue::kIssuer},
    {"issue_verb", Cue::kIssueVerb}, {"ahead", Cue::kAhead},
};

Status ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return Status::Ok();
}

}  // namespace

Status Lexicon::AddTriggers(std::string_view tsv, const std::string& name) {
  return ForEachRow(tsv, name, {"type", "cameo", "class", "pos", "flags", "forms", "unless_next"},
                    [&](const std::vector<std::string_view>& f, const std::string& where) {
    TriggerEntry e;
    e.type = std::string(f[0]);
    e.cameo = std::string(f[1]);
    if (e.type.empty()) return Status::InvalidInput(where + "empty type");
    if (!ParseClass(f[2], &e.event_class)) return Status::InvalidInput(where + "unknown class " + std::string(f[2]));
    if (f[3] != "verb" && f[3] != "noun") return Status::InvalidInput(where + "pos must be verb or noun");
    e.verb = f[3] == "verb";
    for (std::string_view flag : Split(f[4], ',')) {
      if (flag == "speech") e.speech = true;
      else if (flag == "attributed") e.attributed = true;
      else if (flag == "issued") e.issued = true;
      else if (flag == "ongoing") e.ongoing = true;
      else if (flag == "generic") e.generic = true;
      else if (flag == "suffix") e.suffix = true;
      else if (!flag.empty()) return Status::InvalidInput(where + "unknown flag " + std::string(flag));
    }
    for (std::string_view w : Split(f[6], '|')) {
      if (!w.empty()) e.unless_next.push_back(NormalizeWord(w));
    }
    const uint32_t index = static_cast<uint32_t>(entries_.size());
    entries_.push_back(std::move(e));
    for (std::string_view form : Split(f[5], '|')) {
      std::vector<std::string> words = NormalizedWords(form);
      if (words.empty()) return Status::InvalidInput(where + "empty form");
      std::vector<Phrase>& list = phrases_[words[0]];
      list.push_back({std::vector<std::string>(words.begin() + 1, words.end()), index});
      std::stable_sort(list.begin(), list.end(),
                       [](const Phrase& a, const Phrase& b) { return a.rest.size() > b.rest.size(); });
    }
    return Status::Ok();
  });
}

Status Lexicon::AddCues(std::string_view tsv, const std::string& name) {
  return ForEachRow(tsv, name, {"kind", "forms"}, [&](const std::vector<std::string_view>& f,
                                                      const std::string& where) {
    const auto* kind = std::find_if(std::begin(kCueNames), std::end(kCueNames),
                                    [&](const auto& p) { return p.first == f[0]; });
    if (kind == std::end(kCueNames)) return Status::InvalidInput(where + "unknown cue kind " + std::string(f[0]));
    for (std::string_view w : Split(f[1], '|')) {
      if (w.empty()) continue;
      std::string norm = NormalizeWord(w);
      if (kind->second == Cue::kSuffix) suffixes_.push_back(norm);
      cues_[std::move(norm)] |= 1u << static_cast<uint32_t>(kind->second);
    }
    return Status::Ok();
  });
}

Result<Lexicon> Lexicon::Load(const std::string& dir) {
  Lexicon lex;
  std::string content;
  const std::string triggers = dir + "/triggers.tsv";
  if (Status s = ReadFile(triggers, &content); !s.ok()) return s;
  if (Status s = lex.AddTriggers(content, triggers); !s.ok()) return s;
  const std::string cues = dir + "/cues.tsv";
  if (Status s = ReadFile(cues, &content); !s.ok()) return s;
  if (Status s = lex.AddCues(content, cues); !s.ok()) return s;
  return lex;
}

const std::vector<Lexicon::Phrase>* Lexicon::Lookup(std::string_view word) const {
  auto it = phrases_.find(word);
  return it == phrases_.end() ? nullptr : &it->second;
}

uint32_t Lexicon::Cues(std::string_view word) const {
  const auto it = cues_.find(word);
  return it == cues_.end() ? 0 : it->second;
}

bool Lexicon::IsCue(Cue cue, std::string_view word) const { return (Cues(word) >> static_cast<uint32_t>(cue)) & 1u; }

}  // namespace tarikh::events
