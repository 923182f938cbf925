// TemporalTagger: loads the lexicon once and runs the matchers over an
// article, left to right, keeping the longest expression at each token.
#include <algorithm>

#include "tarikh/temporal.h"
#include "temporal/lexicon.h"
#include "temporal/matchers.h"

namespace tarikh {
namespace temporal {

std::optional<Candidate> MatchAt(const Article& a, size_t i) {
  using Matcher = std::optional<Candidate> (*)(const Article&, size_t);
  // Most specific first: on equal length the earlier one wins ("أول أمس" is a
  // relative day before it is the start of "أمس"; "الجمعة الأولى من أيار" the first
  // Friday of May unless 1 May is a Friday, counted.cc).
  static constexpr Matcher kMatchers[] = {
      MatchRange,     MatchCountedInMonth, MatchExplicitDate, MatchYear,     MatchRelativeDay,
      MatchWeekday,   MatchRelativePeriod, MatchSeason,  MatchDecadeOrCentury, MatchQuarter,
      MatchOffset,    MatchDuration,  MatchPartOf,       MatchReference,      MatchClock,
  };
  std::optional<Candidate> best;
  for (Matcher m : kMatchers) {
    std::optional<Candidate> c = m(a, i);
    if (c && (!best || c->end > best->end)) best = std::move(c);
  }
  return best;
}

namespace {

// Only tokens that are numbers, detached clitics or start a lexicon phrase can
// start an expression; most tokens are skipped with no matcher run.
bool MayStart(const Article& a, size_t i) {
  const TokenKind kind = a.token(i).kind;
  if (kind == TokenKind::kNumber || kind == TokenKind::kClitic) return true;
  return a.BeginCp(i) != a.token(i).begin || a.HasStartingPhrase(i);
}

// "في 13 تموز على مدى ثلاثة أيام": a day and the days it lasts are one range.
bool MergeDuration(const Article& a, Candidate* day, const Candidate& duration) {
  if (!day->as_anchor || !day->as_anchor->has_day() || duration.first > day->end + 1) return false;
  if (!a.HasWord(duration.first, Role::kDurationLead) || duration.value.size() < 3 ||
      duration.value.back() != 'D' || duration.value[0] != 'P' || duration.value[1] == 'T') {
    return false;
  }
  const int days = std::atoi(duration.value.c_str() + 1);
  if (days < 2 || days > 366 || day->value.find('/') != std::string::npos) return false;
  auto last = AddDays(*day->as_anchor->day_date(), days - 1);
  if (!last) return false;
  day->value += "/" + FormatDay(*last);
  day->end = duration.end;
  day->end_cp = duration.end_cp;
  return true;
}

std::vector<Candidate> FindCandidates(Article& a, size_t first, size_t end) {
  std::vector<Candidate> out;
  for (size_t i = first; i < end;) {
    std::optional<Candidate> c = MayStart(a, i) ? MatchAt(a, i) : std::nullopt;
    if (!c) {
      ++i;
      continue;
    }
    i = c->end;
    if (!out.empty() && c->type == TimexType::kDuration && MergeDuration(a, &out.back(), *c)) continue;
    if (c->as_anchor) a.reference = *c->as_anchor, a.reference_end = c->end;
    out.push_back(std::move(*c));
  }
  return out;
}

}  // namespace
}  // namespace temporal

TemporalTagger::TemporalTagger(std::shared_ptr<const temporal::Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}

Result<TemporalTagger> TemporalTagger::Load(const std::string& data_dir) {
  Result<temporal::Lexicon> lexicon = temporal::Lexicon::Load(data_dir + "/temporal");
  if (!lexicon.ok()) return lexicon.status();
  return TemporalTagger(std::make_shared<const temporal::Lexicon>(std::move(lexicon).value()));
}

std::vector<Timex> TemporalTagger::Tag(std::string_view original, const AnalyzedText& text,
                                       std::string_view doc_date) const {
  temporal::Article article(*lexicon_, text, temporal::Anchor::Parse(doc_date));
  std::vector<temporal::Candidate> found = temporal::FindCandidates(article, 0, article.size());
  CodePointIndex index(original);
  std::vector<Timex> out;
  out.reserve(found.size());
  for (temporal::Candidate& c : found) {
    if (c.end_cp > index.size() || c.begin_cp >= c.end_cp) continue;
    Timex t;
    t.text = std::string(index.Slice(original, c.begin_cp, c.end_cp));
    t.begin = c.begin_cp;
    t.end = c.end_cp;
    t.type = c.type;
    t.value = std::move(c.value);
    t.anchor = c.anchor;
    t.mod = c.mod;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace tarikh
