// Trigger matching over proclitic readings (see triggers.h).
#include "events/triggers.h"

#include <algorithm>

#include <string>
#include <string_view>

namespace tarikh::events {
namespace {

constexpr std::string_view kSin = "\xD8\xB3";       // س
constexpr std::string_view kTa = "\xD8\xAA";        // ت
constexpr std::string_view kHa = "\xD9\x87";        // ه (ta marbuta folded)
constexpr std::string_view kLam = "\xD9\x84";       // ل
constexpr std::string_view kLamLam = "\xD9\x84\xD9\x84";     // لل (ل + ال)
constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";    // ال
// Words a verb's subject may take between the verb and the rest of its phrase.
constexpr size_t kMaxSubjectWords = 11;  // نائب وزير الخارجية الإيراني للشؤون السياسية علي باقري كني

struct Reading {
  std::string_view stem;
  uint8_t prefix_bytes = 0;
  bool article = false;
};

// The whole word first, then the splits, fewest proclitics first.
template <typename Fn>
bool AnyReading(const Token& token, Fn fn) {
  if (fn(Reading{token.text, 0, false})) return true;
  for (const CliticSplit& s : token.splits()) {
    if (fn(Reading{token.Stem(s), s.prefix_bytes, s.article})) return true;
  }
  return false;
}

bool PrefixHasSin(const Token& token, uint8_t prefix_bytes) {
  return std::string_view(token.text).substr(0, prefix_bytes).find(kSin) != std::string_view::npos;
}

// Whether the proclitics of a reading hold the preposition ل (`للتشاور` is
// ل + ال; the ل of the article alone does not count).
bool PrefixHasLam(const Token& token, const Reading& r) {
  std::string_view prefix = std::string_view(token.text).substr(0, r.prefix_bytes);
  if (r.article) {
    if (prefix.ends_with(kLamLam)) return true;
    if (prefix.ends_with(kArticle)) prefix.remove_suffix(kArticle.size());
  }
  return prefix.find(kLam) != std::string_view::npos;
}

// Where the rest of a verb phrase starts: after its subject, which is a name
// (`قطعت السعودية العلاقات`) possibly after its title (`وصل الرئيس الفرنسي
// إيمانويل ماكرون إلى`). A gap that does not end in a name is not a subject
// (`وصل عدد القتلى إلى`).
size_t AfterSubject(const std::vector<Token>& tokens, const std::vector<bool>& skip, size_t i,
                    std::string_view next_word) {
  size_t at = i + 1;
  while (at < tokens.size() && skip[at]) ++at;
  if (at < tokens.size() && ReadsAs(tokens[at], next_word)) return at;
  for (size_t k = i + 1; k < tokens.size() && k <= i + kMaxSubjectWords; ++k) {
    if (tokens[k].kind != TokenKind::kArabic || tokens[k].clause != tokens[i].clause) break;
    if (k > i + 1 && skip[k - 1] && ReadsAs(tokens[k], next_word)) return k;
  }
  return at;
}

// `علاقاتهما` for `العلاقات` in `رفع العلاقات`: a definite word of a phrase
// written with a possessive pronoun instead of the article.
bool ReadsAsPossessed(const Token& token, std::string_view word, const Lexicon& lexicon) {
  if (!word.starts_with(kArticle)) return false;
  std::string base(word.substr(kArticle.size()));
  if (base.ends_with(kHa)) base.replace(base.size() - kHa.size(), kHa.size(), kTa);  // ة is written ت before a suffix
  return AnyReading(token, [&](const Reading& r) {
    if (r.article || !r.stem.starts_with(base)) return false;
    const std::string_view rest = r.stem.substr(base.size());
    const auto& suffixes = lexicon.suffixes();
    return std::any_of(suffixes.begin(), suffixes.end(), [&](const std::string& x) { return x == rest; });
  });
}

// The rest of the phrase matches the tokens after `i`, and the word after the
// phrase is not one of the entry's `unless_next`.
// Returns the end of the phrase, or 0. A verb phrase lets its subject stand
// after the verb: `قطعت السعودية العلاقات` (mention tokens are skipped).
size_t RestMatches(const std::vector<Token>& tokens, const std::vector<bool>& skip, size_t i,
                   const Lexicon::Phrase& phrase, const TriggerEntry& e, const Lexicon& lexicon) {
  size_t at = i + 1;
  if (e.verb && !phrase.rest.empty()) at = AfterSubject(tokens, skip, i, phrase.rest[0]);
  if (at + phrase.rest.size() > tokens.size()) return 0;
  for (size_t k = 0; k < phrase.rest.size(); ++k) {
    const Token& t = tokens[at + k];
    if (t.kind != TokenKind::kArabic || t.sentence != tokens[i].sentence ||
        (!ReadsAs(t, phrase.rest[k]) && !ReadsAsPossessed(t, phrase.rest[k], lexicon))) {
      return 0;
    }
  }
  const size_t next = at + phrase.rest.size();
  if (next < tokens.size()) {
    for (const std::string& w : e.unless_next) {
      if (ReadsAs(tokens[next], w)) return 0;
    }
  }
  return next;
}

// Keys a stem may be looked up under once an attached pronoun is removed:
// `لقائهم` → `لقائ`, `زيارته` → `زيارت` and `زياره` (ة written ت before a suffix).
struct Unsuffixed {
  std::string key;
  std::string_view suffix;
};

std::vector<Unsuffixed> UnsuffixedKeys(std::string_view stem, const Lexicon& lexicon) {
  std::vector<Unsuffixed> keys;
  for (const std::string& suffix : lexicon.suffixes()) {
    if (stem.size() < suffix.size() + 4 || !stem.ends_with(suffix)) continue;
    std::string base(stem.substr(0, stem.size() - suffix.size()));
    keys.push_back({base, suffix});
    if (base.ends_with(kTa)) keys.push_back({base.substr(0, base.size() - kTa.size()) + std::string(kHa), suffix});
  }
  return keys;
}

char PronounOf(std::string_view suffix) {
  if (suffix == kHa) return 'm';
  if (suffix == "\xD9\x87\xD8\xA7") return 'f';  // ها
  return 0;
}

struct Best {
  bool found = false;
  size_t words = 0;
  TriggerMatch match;
};

void Consider(const std::vector<Token>& tokens, const std::vector<bool>& skip, size_t i,
              const Lexicon& lexicon, std::string_view key, std::string_view suffix, const Reading& r, Best* best) {
  const bool unsuffixed = !suffix.empty();
  const std::vector<Lexicon::Phrase>* phrases = lexicon.Lookup(key);
  if (phrases == nullptr) return;
  for (const Lexicon::Phrase& p : *phrases) {
    const TriggerEntry& e = lexicon.entry(p.entry);
    if (unsuffixed && (!e.suffix || !p.rest.empty())) continue;
    const size_t words = 1 + p.rest.size();
    if (best->found && words <= best->words) continue;
    const size_t end = RestMatches(tokens, skip, i, p, e, lexicon);
    if (end == 0) continue;
    best->found = true;
    best->words = words;
    best->match = {static_cast<uint32_t>(i), static_cast<uint32_t>(end), p.entry,
                   PrefixHasSin(tokens[i], r.prefix_bytes), r.article, PrefixHasLam(tokens[i], r),
                   e.verb ? PronounOf(suffix) : '\0'};
  }
}

}  // namespace

bool ReadsAs(const Token& token, std::string_view word) {
  return AnyReading(token, [&](const Reading& r) { return r.stem == word; });
}

bool HasCue(const Lexicon& lexicon, const Token& token, Cue cue) {
  // The cues of every reading of a token, kept for the next question about
  // the same token (each is asked about a dozen cues): one lookup per
  // reading, not one per reading and cue. The readings are the token's
  // text's, so a token at the same address with the same text has the same.
  struct Known {
    const Lexicon* lexicon = nullptr;
    const Token* token = nullptr;
    std::string text;
    uint32_t cues = 0;
  };
  thread_local Known known;
  if (known.lexicon != &lexicon || known.token != &token || known.text != token.text) {
    uint32_t cues = 0;
    AnyReading(token, [&](const Reading& r) {
      cues |= lexicon.Cues(r.stem);
      return false;  // every reading
    });
    known = {&lexicon, &token, token.text, cues};
  }
  return (known.cues >> static_cast<uint32_t>(cue)) & 1u;
}

bool HasFuturePrefix(const Token& token) {
  for (const CliticSplit& s : token.splits()) {
    if (PrefixHasSin(token, s.prefix_bytes)) return true;
  }
  return false;
}

std::vector<TriggerMatch> FindTriggers(const AnalyzedText& text, const Lexicon& lexicon,
                                       const std::vector<bool>& in_mention, const std::vector<bool>& skip) {
  std::vector<TriggerMatch> out;
  const std::vector<Token>& tokens = text.tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kArabic || in_mention[i] || HasCue(lexicon, tokens[i], Cue::kNever)) continue;
    Best best;
    AnyReading(tokens[i], [&](const Reading& r) {
      Consider(tokens, skip, i, lexicon, r.stem, {}, r, &best);
      for (const Unsuffixed& u : UnsuffixedKeys(r.stem, lexicon)) Consider(tokens, skip, i, lexicon, u.key, u.suffix, r, &best);
      return false;
    });
    if (!best.found) continue;
    out.push_back(best.match);
    i = best.match.end - 1;
  }
  return out;
}

}  // namespace tarikh::events
