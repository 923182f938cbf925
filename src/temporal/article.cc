#include "temporal/article.h"

#include <algorithm>

namespace tarikh::temporal {
namespace {

constexpr std::string_view kAl = "\u0627\u0644";  // ال

bool StartsWithConjunction(std::string_view s) {
  return s.rfind("\u0648", 0) == 0 || s.rfind("\u0641", 0) == 0;  // و ف
}

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace

Article::Article(const Lexicon& lexicon, const AnalyzedText& text, Anchor doc_date, size_t first_token,
                 size_t end_token)
    : reference(doc_date), lexicon_(lexicon), text_(text), doc_(doc_date),
      end_(std::min(end_token, text.tokens.size())) {
  hit_begin_.assign(end_ + 1, 0);
  blocked_.assign(end_, false);
  for (size_t i = 0; i < end_; ++i) {
    hit_begin_[i] = static_cast<uint32_t>(hits_.size());
    if (i >= first_token) AddHits(i);
  }
  hit_begin_[end_] = static_cast<uint32_t>(hits_.size());
  for (size_t i = 0; i < end_; ++i) {
    for (uint32_t h = hit_begin_[i]; h < hit_begin_[i + 1]; ++h) {
      const Lexeme& l = *hits_[h].lexeme;
      if (l.kind == Kind::kTrap && i + l.a < end_) blocked_[i + l.a] = true;
    }
  }
  ComputeTenses();
}

void Article::AddHits(size_t i) {
  const Token& t = text_.tokens[i];
  MatchPhrases(i, t.text, t.begin);
  std::string with_article;
  for (const CliticSplit& split : t.splits()) {
    std::string_view prefix = std::string_view(t.text).substr(0, split.prefix_bytes);
    // A conjunction is not part of the expression: "وأمس" is reported as "أمس".
    uint32_t begin = StartsWithConjunction(prefix) ? text_.OriginalOffset(t.norm_begin + 2) : t.begin;
    if (split.article) {
      with_article.assign(kAl);
      with_article += t.Stem(split);
      MatchPhrases(i, with_article, begin);
    } else {
      MatchPhrases(i, t.Stem(split), begin);
    }
  }
}

void Article::MatchPhrases(size_t i, std::string_view word, uint32_t begin_cp) {
  const std::vector<Lexicon::Phrase>* phrases = lexicon_.Lookup(word);
  if (phrases == nullptr) return;
  const size_t first_hit = hit_begin_[i];
  for (const Lexicon::Phrase& p : *phrases) {
    if (i + 1 + p.rest.size() > end_) continue;
    bool ok = true;
    for (size_t k = 0; ok && k < p.rest.size(); ++k) ok = text_.tokens[i + 1 + k].text == p.rest[k];
    if (!ok) continue;
    const uint32_t end = static_cast<uint32_t>(i + 1 + p.rest.size());
    const bool seen = std::any_of(hits_.begin() + first_hit, hits_.end(),
                                  [&](const Hit& h) { return h.lexeme == &p.lexeme && h.end == end; });
    if (!seen) hits_.push_back({&p.lexeme, end, begin_cp});
  }
}

const Hit* Article::Find(size_t i, Kind kind) const {
  if (i >= end_) return nullptr;
  const Hit* best = nullptr;
  for (uint32_t h = hit_begin_[i]; h < hit_begin_[i + 1]; ++h) {
    if (hits_[h].lexeme->kind == kind && (best == nullptr || hits_[h].end > best->end)) best = &hits_[h];
  }
  return best;
}

bool Article::HasStartingPhrase(size_t i) const {
  if (i >= end_) return false;
  for (uint32_t h = hit_begin_[i]; h < hit_begin_[i + 1]; ++h) {
    const Kind k = hits_[h].lexeme->kind;
    if (k != Kind::kModifier && k != Kind::kTense && k != Kind::kTrap) return true;
  }
  return false;
}

const Hit* Article::FindWord(size_t i, Role role) const {
  if (i >= end_) return nullptr;
  const Hit* best = nullptr;
  for (uint32_t h = hit_begin_[i]; h < hit_begin_[i + 1]; ++h) {
    const Lexeme& l = *hits_[h].lexeme;
    if (l.kind == Kind::kWord && l.a == static_cast<int16_t>(role) && (best == nullptr || hits_[h].end > best->end)) {
      best = &hits_[h];
    }
  }
  return best;
}

int Article::Number(size_t i) const {
  if (i >= end_ || text_.tokens[i].kind != TokenKind::kNumber) return -1;
  const std::string& s = text_.tokens[i].text;
  if (s.size() > 9) return -1;
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

int Article::Digits(size_t i) const {
  if (i >= end_ || text_.tokens[i].kind != TokenKind::kNumber) return 0;
  return static_cast<int>(text_.tokens[i].text.size());
}

bool Article::IsPunct(size_t i, std::string_view mark) const {
  return i < end_ && text_.tokens[i].kind == TokenKind::kPunct && text_.tokens[i].text == mark;
}

bool Article::IsText(size_t i, std::string_view text) const { return i < end_ && text_.tokens[i].text == text; }

bool Article::SameSentence(size_t i, size_t j) const {
  return i < end_ && j < end_ && text_.tokens[i].sentence == text_.tokens[j].sentence;
}

uint32_t Article::BeginCp(size_t i) const {
  uint32_t begin = text_.tokens[i].begin;
  for (uint32_t h = hit_begin_[i]; h < hit_begin_[i + 1]; ++h) begin = std::max(begin, hits_[h].begin_cp);
  return begin;
}

Candidate Article::Make(size_t first, size_t end, std::string value, TimexType type) const {
  Candidate c;
  c.first = static_cast<uint32_t>(first);
  c.end = static_cast<uint32_t>(end);
  c.begin_cp = BeginCp(first);
  c.end_cp = EndCp(end);
  c.value = std::move(value);
  c.type = type;
  return c;
}

Tense Article::TenseAt(size_t i) const {
  const uint32_t clause = text_.tokens[i].clause;
  return clause < clause_tense_.size() ? clause_tense_[clause] : Tense::kNone;
}

// A future verb: س + an imperfect prefix ي/ت/ن and at least two more letters
// (سيعقد، ستكون، سيتم), unless the lexicon lists the word as not a verb.
bool Article::LooksLikeFutureVerb(size_t i) const {
  const Token& t = text_.tokens[i];
  if (t.kind != TokenKind::kArabic) return false;
  const Hit* tense = Find(i, Kind::kTense);
  if (tense != nullptr && tense->lexeme->a == static_cast<int16_t>(TenseMark::kNotVerb)) return false;
  std::string_view w = t.text;
  if (StartsWithConjunction(w) && CodePoints(w) > 5) w.remove_prefix(2);
  if (w.rfind("\u0633", 0) != 0 || CodePoints(w) < 4) return false;  // س
  std::string_view next = w.substr(2, 2);
  if (next != "\u064a" && next != "\u062a" && next != "\u0646") return false;  // ي ت ن
  return lexicon_.Lookup(w) == nullptr;  // a listed word is something else
}

// Each clause's tense from the marks of tense.tsv, strongest first: a future
// marker (سوف، المقرر), a past auxiliary (`وكان الرئيسان يجتمعان` is past), a
// future verb (يعقد، سيزور), a past word (التقى، أمس).
void Article::ComputeTenses() {
  const uint32_t clauses = end_ == 0 ? 0 : text_.tokens[end_ - 1].clause + 1;
  constexpr int kMarks = static_cast<int>(TenseMark::kNotVerb);
  std::vector<uint8_t> marks(clauses, 0);  // bit m: TenseMark m is in the clause
  for (size_t i = 0; i < end_;) {
    const uint32_t c = text_.tokens[i].clause;
    const Hit* h = Find(i, Kind::kTense);
    if (h != nullptr && h->lexeme->a != static_cast<int16_t>(TenseMark::kNotVerb)) {
      marks[c] |= static_cast<uint8_t>(1u << h->lexeme->a);
      i = h->end;  // "كان من المقرر" is one (past) marker
      continue;
    }
    if (LooksLikeFutureVerb(i)) marks[c] |= 1u << static_cast<int>(TenseMark::kFutureVerb);
    ++i;
  }
  clause_tense_.assign(clauses, Tense::kNone);
  for (uint32_t c = 0; c < clauses; ++c) {
    for (int m = 0; m < kMarks; ++m) {
      if ((marks[c] & (1u << m)) == 0) continue;
      const TenseMark mark = static_cast<TenseMark>(m);
      clause_tense_[c] = mark == TenseMark::kFuture || mark == TenseMark::kFutureVerb ? Tense::kFuture : Tense::kPast;
      break;
    }
  }
}

}  // namespace tarikh::temporal
