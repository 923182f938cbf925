// Actors the lexicon lacks: the shape of an unknown person's name (how it
// starts and, above all, how it ends), such a person's actor and the names
// that refer back to it later in the article, and organisations named by a
// head noun (`وزارة …`, `منظمة …`).
#include <algorithm>

#include "entities/scanner.h"
#include "entities/transliterate.h"

namespace tarikh::entities {
namespace {

bool HasArticle(const Token& t) {
  return t.text.starts_with("\u0627\u0644") || t.text.starts_with("\u0644\u0644");  // ال or لل
}

}  // namespace

// Every lexicon phrase at `k` is one token long and only a person's surname.
bool Scanner::OnlySurnames(size_t k) const {
  for (const Hit& h : hits_.At(k)) {
    if (h.end != k + 1) return false;
    for (const Sense& s : h.phrase->senses) {
      if (s.kind != Sense::Kind::kName || !s.surname) return false;
    }
  }
  return true;
}

bool Scanner::NameToken(size_t k, bool first) const {
  if (k >= text_.tokens.size()) return false;
  const Token& t = text_.tokens[k];
  if (t.kind != TokenKind::kArabic || t.text.size() < 4) return false;
  if (!first && (t.newline_before || t.sentence != text_.tokens[k - 1].sentence)) return false;
  // A known word, title, actor or stop word ends a name; a lexicon person's
  // surname does not end another's (`بيير دوفال` is not Ajit Doval).
  if (!hits_.At(k).empty() && !(first ? continued_name_ == k : OnlySurnames(k))) return false;
  if (first && HasArticle(t)) return false;
  // Tanween marks adverbs and adjectives (دائماً، روسياً), never names.
  if (index_.Slice(original_, t.begin, t.end).find("\u064b") != std::string_view::npos) return false;
  // Inside a name a word with و/ف glued to it is the next clause (ووصل).
  if (!first && (t.text.starts_with("\u0648") || t.text.starts_with("\u0641")) && t.split_count > 0) return false;
  return true;
}

// A name part written as token `t` is, also without its article (الجبير is جبير).
const NamePart* Scanner::FindNamePartOf(const Token& t) const {
  if (const NamePart* part = model_.FindNamePart(t.text)) return part;
  constexpr std::string_view kAl = "\u0627\u0644";
  if (t.text.starts_with(kAl) && t.text.size() > kAl.size() + 2) return model_.FindNamePart(t.text.substr(kAl.size()));
  return nullptr;
}

// A run of dictionary words (`مغادرة البلاد`, `لإبلاغه احتجاج`) is prose: a
// name holds a known given name or name part (`سعيد خطيب زاده`), or a word
// the dictionary does not know — a transliterated name (`إنريكي مورا`).
bool Scanner::NameEvidence(size_t k, size_t n) const {
  for (size_t t = k; t < k + n; ++t) {
    if (t + 1 < k + n) {
      const NamePart* pair = model_.FindNamePart(text_.tokens[t].text + " " + text_.tokens[t + 1].text);
      if (pair != nullptr && pair->kind != NamePart::Kind::kParticle) return true;
    }
    const NamePart* part = FindNamePartOf(text_.tokens[t]);
    if (part != nullptr) {
      if (part->kind != NamePart::Kind::kParticle) return true;
      continue;
    }
    if (!model_.dictionary->IsDictionaryWord(index_.Slice(original_, text_.tokens[t].begin, text_.tokens[t].end))) {
      return true;
    }
  }
  return false;
}

// Tokens of an unknown person's name at `k`: 2 to 4 name tokens that end at
// punctuation, a known word or the end of the text (a run that goes on is
// prose), and hold some evidence of being a name (NameEvidence).
size_t Scanner::UnknownNameLength(size_t k) const {
  size_t n = 0;
  while (n < 5 && NameToken(k + n, n == 0)) ++n;
  if (n < 2 || n > 4) return 0;
  const size_t e = k + n;
  if (e < text_.tokens.size()) {
    const Token& t = text_.tokens[e];
    const bool boundary = t.kind != TokenKind::kArabic || t.newline_before || !hits_.At(e).empty() ||
                          t.sentence != text_.tokens[e - 1].sentence || dynamic_.count(t.text);
    if (!boundary && !(t.text.starts_with("\u0648") && t.split_count > 0)) return 0;
  }
  if (!NameEvidence(k, n)) return 0;
  // `عبد الله دعم`: a last word the dictionary knows and no table names, after
  // a name that stands without it, is the next word of the sentence.
  if (n >= 3 && !FindNamePartOf(text_.tokens[k + n - 1]) && NameEvidence(k, n - 1) &&
      model_.dictionary->IsDictionaryWord(
          index_.Slice(original_, text_.tokens[k + n - 1].begin, text_.tokens[k + n - 1].end))) {
    --n;
  }
  return n;
}

// The English spelling of the name on tokens [first, end): each known given
// name or part as name_parts.tsv spells it (a pair such as عبد الله first),
// `ال` as "al-", the rest by ReadableLatin.
std::string Scanner::EnglishName(size_t first, size_t end) const {
  std::string out;
  constexpr std::string_view kAl = "\u0627\u0644";
  for (size_t t = first; t < end; ++t) {
    const Token& tok = text_.tokens[t];
    if (IsTransparent(tok)) continue;
    std::string word;
    if (t + 1 < end) {
      if (const NamePart* pair = model_.FindNamePart(tok.text + " " + text_.tokens[t + 1].text)) {
        word = pair->english;
        ++t;
      }
    }
    if (word.empty()) {
      if (const NamePart* part = model_.FindNamePart(tok.text)) {
        word = part->english;
      } else if (tok.text.starts_with(kAl) && tok.text.size() > kAl.size() + 2) {
        const NamePart* stem = model_.FindNamePart(tok.text.substr(kAl.size()));
        word = "al-" + (stem != nullptr ? stem->english
                                        : ReadableLatin(index_.Slice(original_, text_.OriginalOffset(tok.norm_begin + 4),
                                                                     tok.end)));
      } else {
        word = ReadableLatin(index_.Slice(original_, tok.begin, tok.end));
      }
    }
    if (!word.empty()) out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

std::string Scanner::AddUnknownPerson(size_t first, size_t end, const std::string& country, const std::string& role) {
  const std::string latin = EnglishName(first, end);
  std::string id = KebabId(latin);
  if (model_.Find(id) != nullptr) id += "-x";  // never take a lexicon actor's id
  auto [it, inserted] = unknown_.emplace(id, Actor{});
  if (inserted) {
    Actor& a = it->second;
    a.id = id;
    a.name = DisplayName(latin);
    a.name_ar = std::string(index_.Slice(original_, text_.tokens[first].begin, text_.tokens[end - 1].end));
    a.type = ActorType::kPerson;
    a.country = country;
    a.role = role;
  }
  std::vector<std::string> tokens;
  for (size_t k = first; k < end; ++k) tokens.push_back(text_.tokens[k].text);
  dynamic_[tokens[0]].push_back({std::vector<std::string>(tokens.begin() + 1, tokens.end()), id, false});
  dynamic_[tokens.back()].push_back({{}, id, true});
  for (auto& [word, list] : dynamic_) {
    std::stable_sort(list.begin(), list.end(),
                     [](const DynamicName& x, const DynamicName& y) { return x.rest.size() > y.rest.size(); });
  }
  named_in_full_.insert(id);
  return id;
}

// `وزارة الخارجية الفرنسية`, `منظمة التجارة العالمية`: a head noun, then words
// with the article, ending at a nationality adjective or a country. Without a
// country it needs two words (`وزارة الدفاع` alone is any country's).
size_t Scanner::OnUnknownOrg(size_t i, const Hit& head) {
  size_t j = head.end, words = 0;
  std::string country;
  while (words < 3) {
    const size_t k = Skip(j);
    if (k >= text_.tokens.size() || text_.tokens[k].kind != TokenKind::kArabic) break;
    const Hit* h = hits_.Longest(k);
    if (h != nullptr) {
      for (const Sense& s : h->phrase->senses) {
        if (s.kind != Sense::Kind::kAdjective && s.kind != Sense::Kind::kName) continue;
        const Actor& a = model_.entity(s.index).actor;
        if (a.type == ActorType::kCountry && country.empty()) country = a.country, j = h->end, ++words;
      }
      break;
    }
    if (!HasArticle(text_.tokens[k])) break;
    j = k + 1;
    ++words;
  }
  if (words == 0 || (country.empty() && words < 2)) return i;
  const std::string latin = EnglishName(i, j);
  std::string id = KebabId(latin);
  if (model_.Find(id) != nullptr) id += "-x";
  Mention m = Make(id, Mention::Kind::kName, i, j, head.begin);
  auto [it, inserted] = unknown_.emplace(id, Actor{});
  if (inserted) it->second = Actor{id, DisplayName(latin), m.text, ActorType::kOrganization, country, "", {}, "", ""};
  Emit(std::move(m), head.fused_article);
  return j;
}

}  // namespace tarikh::entities
