// Marking triggers and parties in evidence sentences.
#include "render/evidence.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

#include "render/text.h"
#include "tarikh/text.h"

namespace tarikh::render_internal {
namespace {

// Does token `t` read as `word`, whole or through a proclitic reading?
bool Reads(const Token& t, std::string_view word, bool first) {
  if (t.text == word) return true;
  if (!first) {  // inside a phrase only the article may be attached (الأمين العام لحلف شمال الأطلسي)
    for (const CliticSplit& s : t.splits())
      if (t.Stem(s) == word && s.article) return true;
    return false;
  }
  for (const CliticSplit& s : t.splits())
    if (t.Stem(s) == word) return true;
  return false;
}

// Marks every occurrence of `phrase` among the non-space tokens.
void MarkPhrase(const AnalyzedText& text, const std::vector<std::string>& phrase, EvidenceMark::Kind kind,
                std::vector<EvidenceMark>& out) {
  if (phrase.empty()) return;
  const std::vector<Token>& tokens = text.tokens;
  for (size_t i = 0; i + phrase.size() <= tokens.size(); ++i) {
    if (tokens[i].kind == TokenKind::kPunct) continue;
    bool match = true;
    for (size_t k = 0; k < phrase.size() && match; ++k) match = Reads(tokens[i + k], phrase[k], k == 0);
    if (!match) continue;
    // The trigger's stem, not its proclitics, is marked; a name is marked whole.
    uint32_t begin = tokens[i].begin;
    if (kind == EvidenceMark::Kind::kTrigger && tokens[i].text != phrase[0]) {
      for (const CliticSplit& s : tokens[i].splits())
        if (tokens[i].Stem(s) == phrase[0]) begin = text.StemBegin(tokens[i], s);
    }
    out.push_back({kind, begin, tokens[i + phrase.size() - 1].end});
  }
}

}  // namespace

std::vector<std::string> PhraseTokens(std::string_view text) {
  std::vector<std::string> out;
  const std::string clean = CleanText(text);
  for (const Token& t : AnalyzeText(clean).tokens) out.push_back(t.text);
  return out;
}

const std::vector<std::vector<std::string>>& PartyPhrases::Of(const Actor& actor) {
  auto [it, added] = by_id_.try_emplace(actor.id);
  if (!added) return it->second;
  std::vector<std::string> names = actor.mentions;
  names.push_back(actor.name_ar);
  names.push_back(actor.name);
  for (const std::string& n : names) {
    std::vector<std::string> phrase = PhraseTokens(n);
    if (!phrase.empty() && std::find(it->second.begin(), it->second.end(), phrase) == it->second.end())
      it->second.push_back(std::move(phrase));
  }
  return it->second;
}

std::vector<EvidenceMark> MarkEvidence(std::string_view sentence, const Event& event,
                                       const std::vector<const Actor*>& parties, PartyPhrases& phrases,
                                       const TriggerMarker* triggers) {
  const AnalyzedText text = AnalyzeText(sentence);
  std::vector<EvidenceMark> marks;
  if (text.tokens.empty()) return marks;
  if (triggers != nullptr) {
    auto it = triggers->forms.find(event.type);
    if (it != triggers->forms.end())
      for (const auto& phrase : it->second) MarkPhrase(text, phrase, EvidenceMark::Kind::kTrigger, marks);
  }
  for (const Actor* a : parties)
    for (const auto& phrase : phrases.Of(*a)) MarkPhrase(text, phrase, EvidenceMark::Kind::kParty, marks);
  // Earlier first, longer first; then drop what overlaps a mark kept.
  std::sort(marks.begin(), marks.end(), [](const EvidenceMark& a, const EvidenceMark& b) {
    return std::make_tuple(a.begin, b.end, a.kind) < std::make_tuple(b.begin, a.end, b.kind);
  });
  std::vector<EvidenceMark> kept;
  for (const EvidenceMark& m : marks)
    if (kept.empty() || m.begin >= kept.back().end) kept.push_back(m);
  return kept;
}

std::string MarkedHtml(std::string_view sentence, const std::vector<EvidenceMark>& marks) {
  const CodePointIndex index(sentence);
  std::string out;
  uint32_t at = 0;
  const uint32_t size = static_cast<uint32_t>(index.size());
  for (const EvidenceMark& m : marks) {
    if (m.end > size || m.begin < at) continue;
    out += XmlEscape(index.Slice(sentence, at, m.begin));
    out += m.kind == EvidenceMark::Kind::kTrigger ? "<mark class=\"trigger\">" : "<mark class=\"party\">";
    out += XmlEscape(index.Slice(sentence, m.begin, m.end));
    out += "</mark>";
    at = m.end;
  }
  out += XmlEscape(index.Slice(sentence, at, size));
  return out;
}

}  // namespace tarikh::render_internal

namespace tarikh {

// Reads the type and forms columns of triggers.tsv (its format is documented
// in the file): '#' lines and blank lines skipped, the first other line the
// header.
Result<TriggerMarker> LoadTriggerMarker(const std::string& data_dir) {
  const std::string path = data_dir + "/events/triggers.tsv";
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot read");
  TriggerMarker marker;
  std::string line;
  int type_column = -1, forms_column = -1;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream row(line);
    for (std::string f; std::getline(row, f, '\t');) fields.push_back(f);
    if (type_column < 0) {
      for (size_t i = 0; i < fields.size(); ++i) {
        if (fields[i] == "type") type_column = static_cast<int>(i);
        if (fields[i] == "forms") forms_column = static_cast<int>(i);
      }
      if (type_column < 0 || forms_column < 0) return Status::InvalidInput(path + ": no type and forms columns");
      continue;
    }
    if (static_cast<int>(fields.size()) <= std::max(type_column, forms_column)) continue;
    auto& phrases = marker.forms[fields[static_cast<size_t>(type_column)]];
    std::stringstream forms(fields[static_cast<size_t>(forms_column)]);
    for (std::string form; std::getline(forms, form, '|');) {
      std::vector<std::string> phrase = render_internal::PhraseTokens(form);
      if (!phrase.empty()) phrases.push_back(std::move(phrase));
    }
  }
  if (type_column < 0) return Status::InvalidInput(path + ": no header");
  return marker;
}

}  // namespace tarikh
