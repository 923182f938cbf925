#include "entities/phrase_table.h"

#include <algorithm>

namespace tarikh::entities {
namespace {

constexpr std::string_view kAl = "\u0627\u0644";     // ال
constexpr std::string_view kLamLam = "\u0644\u0644";  // لل

// The proclitics of a reading, without the article: و ف then ب ل ك س.
char FirstPreposition(std::string_view prefix) {
  if (prefix.starts_with("\u0648") || prefix.starts_with("\u0641")) prefix.remove_prefix(2);
  if (prefix.starts_with("\u0628")) return 'b';
  if (prefix.starts_with("\u0644")) return 'l';
  if (prefix.starts_with("\u0643")) return 'k';
  return 0;
}

}  // namespace

bool Phrase::Has(Sense::Kind kind) const {
  return std::any_of(senses.begin(), senses.end(), [kind](const Sense& s) { return s.kind == kind; });
}

bool IsTransparent(const Token& token) {
  return token.kind == TokenKind::kClitic || (token.kind == TokenKind::kPunct && token.text == "\"");
}

std::vector<std::string> PhraseTable::Tokens(std::string_view phrase) {
  std::vector<std::string> out;
  for (const Token& t : AnalyzeText(phrase).tokens) {
    if (!IsTransparent(t)) out.push_back(t.text);
  }
  return out;
}

void PhraseTable::Add(const std::vector<std::string>& tokens, const Sense& sense) {
  if (tokens.empty()) return;
  std::vector<Phrase>& list = phrases_[tokens[0]];
  const std::vector<std::string> rest(tokens.begin() + 1, tokens.end());
  auto same = std::find_if(list.begin(), list.end(), [&](const Phrase& p) { return p.rest == rest; });
  if (same == list.end()) {
    // Longest first, and in order of addition among phrases of one length:
    // inserted after the last phrase at least as long (as a stable sort would).
    auto at = std::find_if(list.begin(), list.end(), [&](const Phrase& p) { return p.rest.size() < rest.size(); });
    same = list.insert(at, Phrase{rest, {}});
  }
  auto equal = [&](const Sense& s) { return s.kind == sense.kind && s.index == sense.index; };
  if (std::none_of(same->senses.begin(), same->senses.end(), equal)) same->senses.push_back(sense);
}

const std::vector<Phrase>* PhraseTable::Lookup(std::string_view first) const {
  auto it = phrases_.find(first);
  return it == phrases_.end() ? nullptr : &it->second;
}

ArticleHits::ArticleHits(const PhraseTable& table, const AnalyzedText& text) : table_(table), text_(text) {
  begin_.resize(text.tokens.size() + 1);
  std::string buffer;
  for (uint32_t i = 0; i < text.tokens.size(); ++i) {
    begin_[i] = static_cast<uint32_t>(hits_.size());
    if (text.tokens[i].kind == TokenKind::kArabic || text.tokens[i].kind == TokenKind::kLatin) AddHits(i, &buffer);
  }
  begin_[text.tokens.size()] = static_cast<uint32_t>(hits_.size());
}

void ArticleHits::AddHits(uint32_t i, std::string* buffer) {
  const Token& t = text_.tokens[i];
  Match(i, t.text, Hit{nullptr, i, i, t.begin, false, false, 0});
  for (const CliticSplit& split : t.splits()) {
    const std::string_view prefix = std::string_view(t.text).substr(0, split.prefix_bytes);
    Hit hit{nullptr, i, i, text_.StemBegin(t, split), false, false, FirstPreposition(prefix)};
    hit.preposition = hit.first_clitic != 0;
    if (!split.article) {
      Match(i, t.Stem(split), hit);
      continue;
    }
    // The article belongs to the name (`بالناتو` is mentioned as `الناتو`)
    // unless ل + ال fused into لل, which leaves no ال in the text.
    hit.fused_article = prefix.ends_with(kLamLam);
    if (!hit.fused_article) hit.begin = text_.OriginalOffset(t.norm_begin + split.prefix_bytes - kAl.size());
    buffer->assign(kAl);
    buffer->append(t.Stem(split));
    Match(i, *buffer, hit);
  }
}

void ArticleHits::Match(uint32_t i, std::string_view word, Hit hit) {
  const std::vector<Phrase>* phrases = table_.Lookup(word);
  if (phrases == nullptr) return;
  const size_t first_hit = begin_[i];
  const std::vector<Token>& tokens = text_.tokens;
  for (const Phrase& p : *phrases) {
    size_t j = i + 1;
    bool ok = true;
    for (size_t k = 0; ok && k < p.rest.size(); ++k, ++j) {
      while (j < tokens.size() && IsTransparent(tokens[j])) ++j;
      ok = j < tokens.size() && tokens[j].text == p.rest[k];
    }
    if (!ok) continue;
    hit.phrase = &p;
    hit.end = static_cast<uint32_t>(j);
    const bool seen = std::any_of(hits_.begin() + first_hit, hits_.end(),
                                  [&](const Hit& h) { return h.phrase == &p && h.end == hit.end; });
    if (!seen) hits_.push_back(hit);
  }
}

const Hit* ArticleHits::Longest(size_t token, Sense::Kind kind) const {
  const Hit* best = nullptr;
  for (const Hit& h : At(token)) {
    if (h.phrase->Has(kind) && (best == nullptr || h.end > best->end)) best = &h;
  }
  return best;
}

const Hit* ArticleHits::Longest(size_t token) const {
  const Hit* best = nullptr;
  for (const Hit& h : At(token)) {
    if (best == nullptr || h.end > best->end) best = &h;
  }
  return best;
}

}  // namespace tarikh::entities
