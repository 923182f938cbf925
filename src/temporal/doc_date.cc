// The document date of a real page (see TemporalTagger::FindDocumentDate).
//
// Pages put their date in a few places: a publication line (`تاريخ النشر :
// 2021-12-21`, `نشر بتاريخ 2020/10/03`), a timestamp line standing alone
// (`الإثنين 09/ديسمبر/2019 - 06:34 م`), a dateline opening the first
// paragraph (`بغداد 27 يونيو 2021 (وال)-`, `(سبوتنيك - 19 كانون الثاني 2022ء)`),
// the url (`/2022/12/08/`, `190712_`, a Unix time), or the article's own
// `اليوم الخميس 21 يناير`. Each candidate gets a score from where it stands;
// the article's relative days (`اليوم الخميس`, `أمس الأربعاء`) confirm the
// candidates whose weekday they agree with and sink those they contradict, and
// a url's month sinks dates outside it. Dates in prose (`في 5 آذار 2019 التقى`)
// are when things happened, not when the page was written: never candidates.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>

#include "tarikh/temporal.h"
#include "temporal/lexicon.h"
#include "temporal/matchers.h"

namespace tarikh {
namespace temporal {
namespace {

// Scores of where a date stands (higher wins).
constexpr int kPublished = 100;  // after a publication marker
constexpr int kUrlDay = 90;
constexpr int kDateline = 80;
constexpr int kToday = 75;       // `اليوم الخميس 21 يناير`
constexpr int kTimestamp = 70;   // a line that is a date and a time, little else
constexpr int kUrlMonth = 40;
constexpr int kListed = 20;      // one of several timestamp lines: a list of related articles
constexpr int kWeekdayAgrees = 25;
constexpr int kWeekdayContradicts = -60;
constexpr int kOutsideUrlMonth = -50;
// A timestamp line has at most this many words besides its date, clock and markers.
constexpr int kTimestampWords = 5;
// A dateline's date starts within the first words of a line of prose this long.
constexpr int kDatelineLead = 7;
constexpr int kDatelineLineWords = 6;
// How many words before a date a publication marker may stand; the marker opens
// its line (at most kMarkerLead words before it) or the line is short.
constexpr size_t kMarkerReach = 4;
constexpr int kMarkerLead = 2;
constexpr int kMarkerLineWords = 8;
// Three timestamp lines with different dates are a list, not the page's date.
constexpr int kListSize = 3;
// The other reading of a numeric date ("11/3/2019" month-first) is a candidate
// too, a little behind: the article's weekdays decide.
constexpr int kOtherOrder = -5;
// A date on the page's first line that is later than another timestamp is the
// site's banner of the day it was crawled, not the article's.
constexpr int kBanner = -30;
// With nothing else, a page tells the day's news by its weekday and date
// (`وصف الرئيس الخميس (12 فبراير 2015) الاتفاق`): the latest such day of a
// past or present clause is the page's day, well behind every other source.
constexpr int kProseWeekday = 10;

struct Found {
  int year = 0, month = 0, day = 0;  // day 0: month precision
  int score = 0;
  DocDateSource source = DocDateSource::kNone;
  std::string evidence;
  size_t order = 0;  // position: the earlier wins a tie
  size_t line = SIZE_MAX;  // line of the text, for dates read from it
};

std::optional<Date> DayOf(const Found& f) { return f.day == 0 ? std::nullopt : MakeDate(f.year, f.month, f.day); }

std::string ValueOf(const Found& f) {
  return f.day == 0 ? FormatMonth(f.year, f.month) : FormatDay(*MakeDate(f.year, f.month, f.day));
}

bool IsWordToken(const Token& t) { return t.kind == TokenKind::kArabic || t.kind == TokenKind::kLatin; }

// ---- the url and the file path

bool Digit(char c) { return c >= '0' && c <= '9'; }

// The number of `len` digits at s[i], or -1.
int DigitsAt(std::string_view s, size_t i, size_t len) {
  if (i + len > s.size()) return -1;
  int v = 0;
  for (size_t k = i; k < i + len; ++k) {
    if (!Digit(s[k])) return -1;
    v = v * 10 + (s[k] - '0');
  }
  return v;
}

// Digits of 1 or 2 at s[i] (a month or a day written without a leading zero).
int ShortNumberAt(std::string_view s, size_t i, size_t* len) {
  *len = i + 1 < s.size() && Digit(s[i]) && Digit(s[i + 1]) ? 2 : 1;
  const int v = DigitsAt(s, i, *len);
  if (v < 0) return -1;
  if (i + *len < s.size() && Digit(s[i + *len])) return -1;
  return v;
}

bool Plausible(int year) { return year >= 1990 && year <= 2100; }

// `/2022/12/08/`, `2023-04-14`, `/2021/11/4/`, `/2019/07/`, `20230414`,
// `190712_` (BBC), and a 10-digit Unix time. The first day found wins; a month
// only when no day is there.
std::optional<Found> DateInUrl(std::string_view url) {
  std::optional<Found> month;
  for (size_t i = 0; i < url.size(); ++i) {
    if (i > 0 && Digit(url[i - 1])) continue;
    const int year = DigitsAt(url, i, 4);
    if (year >= 0 && Plausible(year) && i + 4 < url.size()) {
      const char sep = url[i + 4];
      if (sep == '/' || sep == '-' || sep == '_' || sep == '.') {
        size_t mlen = 0, dlen = 0;
        const int m = ShortNumberAt(url, i + 5, &mlen);
        if (m >= 1 && m <= 12) {
          const size_t after = i + 5 + mlen;
          const int d = after < url.size() && url[after] == sep ? ShortNumberAt(url, after + 1, &dlen) : -1;
          if (d >= 1 && MakeDate(year, m, d)) return Found{year, m, d, kUrlDay, DocDateSource::kUrl, "", 0};
          if (!month && (after == url.size() || url[after] == '/')) {
            month = Found{year, m, 0, kUrlMonth, DocDateSource::kUrl, "", 0};
          }
        }
      } else if (i + 8 <= url.size() && (i + 8 == url.size() || !Digit(url[i + 8]))) {
        const int m = DigitsAt(url, i + 4, 2), d = DigitsAt(url, i + 6, 2);  // 20230414
        if (m > 0 && d > 0 && MakeDate(year, m, d)) return Found{year, m, d, kUrlDay, DocDateSource::kUrl, "", 0};
      }
    }
    // BBC's `120512_name`: YYMMDD and an underscore.
    if (i + 6 < url.size() && url[i + 6] == '_') {
      const int yy = DigitsAt(url, i, 2), m = DigitsAt(url, i + 2, 2), d = DigitsAt(url, i + 4, 2);
      if (yy >= 0 && m > 0 && d > 0 && MakeDate(2000 + yy, m, d)) {
        return Found{2000 + yy, m, d, kUrlDay, DocDateSource::kUrl, "", 0};
      }
    }
    // A Unix time of 2010..2030 standing alone.
    if (i + 10 <= url.size() && (i + 10 == url.size() || !Digit(url[i + 10]))) {
      long long t = 0;
      bool all = true;
      for (size_t k = i; k < i + 10; ++k) all = all && Digit(url[k]), t = t * 10 + (url[k] - '0');
      if (all && t >= 1262304000LL && t < 1893456000LL) {
        const Date epoch(1970, 1, 1);
        const Date d = epoch + boost::gregorian::days(static_cast<long>(t / 86400));
        return Found{d.year(), d.month(), d.day(), kUrlDay - 10, DocDateSource::kUrl, "", 0};
      }
    }
  }
  return month;
}

// ---- the text

class Finder {
 public:
  // Per token, how many words of its line stand before it (all words, and the
  // words a timestamp may not hold), so that each candidate is judged in
  // constant time whatever the length of its line.
  Finder(const Article& a, std::string_view original) : a_(a), original_(original), index_(original) {
    const size_t n = a.size();
    line_.resize(n);
    words_before_.resize(n + 1);
    plain_before_.resize(n + 1);
    size_t line = 0;
    int words = 0, plain = 0;
    for (size_t i = 0; i < n; ++i) {
      if (i > 0 && a.token(i).newline_before) {
        ++line;
        line_words_.push_back(words);
        line_plain_.push_back(plain);
        words = plain = 0;
      }
      line_[i] = line;
      words_before_[i] = words;
      plain_before_[i] = plain;
      words += IsWordToken(a.token(i)) ? 1 : 0;
      plain += Plain(i) ? 1 : 0;
    }
    line_words_.push_back(words);
    line_plain_.push_back(plain);
    words_before_[n] = words;
    plain_before_[n] = plain;
  }

  void Collect(std::vector<Found>* out) {
    for (size_t i = 0; i < a_.size(); ++i) {
      auto parts = ParseExplicitDate(a_, i);
      if (!parts || parts->month == 0) continue;
      Consider(i, *parts, out);
      i = parts->end - 1;
    }
    MarkLists(out);
    KeepLatestProseDay(out);
  }

  // ISO weekday of the document date by the article's `اليوم الخميس`, `أمس
  // الأربعاء`, `غدا الجمعة` (the most frequent), or 0.
  int WeekdayVote() const {
    std::array<int, 8> votes{};
    for (size_t i = 0; i < a_.size(); ++i) {
      const Hit* rel = a_.Find(i, Kind::kRelativeDay);
      if (rel == nullptr) continue;
      size_t k = rel->end;
      if (a_.IsPunct(k, "\u060c") || a_.IsPunct(k, ",")) ++k;
      if (const Hit* day = a_.FindWord(k, Role::kDayWord)) k = day->end;
      const Hit* wd = a_.Find(k, Kind::kWeekday);
      if (wd == nullptr) continue;
      const int doc = ((wd->lexeme->a - 1 - rel->lexeme->a) % 7 + 7) % 7 + 1;
      ++votes[doc];
    }
    int best = 0;
    for (int d = 1; d <= 7; ++d) {
      if (votes[d] > votes[best]) best = d;
    }
    return best;
  }

  // Years the text writes out, for a date given without one.
  std::vector<int> Years() const {
    std::vector<int> out;
    for (size_t i = 0; i < a_.size(); ++i) {
      if (auto y = ParseYearNumber(a_, i, true); y && !y->hijri && Plausible(y->year)) out.push_back(y->year);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // Year-less `اليوم الخميس 21 يناير` dates, to complete with a year found elsewhere.
  const std::vector<DateParts>& Undated() const { return undated_; }
  std::string Surface(const DateParts& p) const {
    return std::string(index_.Slice(original_, a_.token(p.first).begin, a_.token(p.end - 1).end));
  }

 private:
  // `تاريخ النشر : …`, `نشر في …` on a line of its own or opening one; in prose
  // (`منشور على موقع الناتو بتاريخ 11 يوليو 2022`) it dates something else.
  bool Marker(size_t first, size_t end) const {
    for (size_t k = first; k-- > 0 && first - k <= kMarkerReach && line_[k] == line_[first];) {
      if (!a_.HasWord(k, Role::kPublished)) continue;
      return words_before_[k] <= kMarkerLead || OtherWords(first, end) <= kMarkerLineWords;
    }
    return false;
  }

  // A word a timestamp line may not hold: not a clock word, weekday, marker or era sign.
  bool Plain(size_t k) const {
    return IsWordToken(a_.token(k)) && !a_.HasWord(k, Role::kClock) && !a_.HasWord(k, Role::kPublished) &&
           !a_.Has(k, Kind::kWeekday) && !a_.HasWord(k, Role::kPartOfDay) && !a_.HasWord(k, Role::kEra) &&
           !a_.HasWord(k, Role::kDayWord);
  }

  // Plain words of the date's line outside the date [first, end).
  int OtherWords(size_t first, size_t end) const {
    const size_t line = line_[first];
    const int inside = (end < a_.size() && line_[end] == line ? plain_before_[end] : line_plain_[line]) -
                       plain_before_[first];
    return line_plain_[line] - inside;
  }

  bool Dateline(size_t first, size_t end) const {
    const size_t line = line_[first];
    if (line_words_[line] < kDatelineLineWords || words_before_[first] > kDatelineLead) return false;
    auto mark = [&](size_t k) {
      if (k >= a_.size() || a_.token(k).kind != TokenKind::kPunct) return false;
      const std::string& t = a_.token(k).text;
      return t == "(" || t == ")" || t == "-" || t == "/" || t == ":" || t == "\u060c" || t == ",";
    };
    return (first > 0 && line_[first - 1] == line && mark(first - 1)) || mark(end) ||
           (end + 1 < a_.size() && mark(end + 1) && a_.HasWord(end, Role::kEra));
  }

  // `اليوم الخميس 21 يناير`, `اليوم، الجمعة 29 مارس`.
  bool Today(size_t first) const {
    size_t k = first;
    while (k > 0 && (a_.IsPunct(k - 1, "\u060c") || a_.IsPunct(k - 1, ","))) --k;
    if (k == 0) return false;
    for (size_t back = 1; back <= 2 && back <= k; ++back) {
      const Hit* rel = a_.Find(k - back, Kind::kRelativeDay);
      if (rel != nullptr && rel->end == k && rel->lexeme->a == 0) return true;
    }
    return false;
  }

  // A full date in prose with its weekday just before it (`الخميس (12 فبراير
  // 2015)`, `يوم الأربعاء 11 شباط 2015`), the weekday right for the date, in a
  // clause that does not speak of the future.
  bool ProseWeekday(size_t first, const DateParts& p) const {
    if (p.year == 0 || p.day == 0 || p.hijri || a_.TenseAt(first) == Tense::kFuture) return false;
    const std::optional<Date> d = MakeDate(p.year, p.month, p.day);
    if (!d) return false;
    int weekday = p.weekday;
    size_t k = first;
    while (weekday == 0 && k > 0 && first - k < 2 && a_.token(k - 1).kind == TokenKind::kPunct) --k;
    if (weekday == 0 && k > 0) {
      const Hit* w = a_.Find(k - 1, Kind::kWeekday);
      if (w != nullptr && w->end == k) weekday = w->lexeme->a;
    }
    return weekday != 0 && IsoWeekday(*d) == weekday;
  }

  // Only the latest day told by its weekday in prose stays a candidate.
  static void KeepLatestProseDay(std::vector<Found>* out) {
    std::string latest;
    for (const Found& f : *out) {
      if (f.score == kProseWeekday && ValueOf(f) > latest) latest = ValueOf(f);
    }
    std::erase_if(*out, [&](const Found& f) { return f.score == kProseWeekday && ValueOf(f) != latest; });
  }

  void Consider(size_t i, const DateParts& p, std::vector<Found>* out) {
    int score = 0;
    DocDateSource source = DocDateSource::kTimestamp;
    if (Marker(i, p.end)) {
      score = kPublished;
    } else if (Today(i)) {
      score = kToday;
      source = DocDateSource::kText;
    } else if (OtherWords(i, p.end) <= kTimestampWords) {
      score = kTimestamp;
    } else if (Dateline(i, p.end)) {
      score = kDateline;
      source = DocDateSource::kDateline;
    } else if (ProseWeekday(i, p)) {
      score = kProseWeekday;
      source = DocDateSource::kText;
    } else {
      return;  // a date in prose: when something happened
    }
    if (p.year == 0) {
      if (p.day != 0 && !p.hijri) undated_.push_back(p);
      return;
    }
    Found f;
    if (p.hijri) {
      auto c = ResolveDate(a_, p);
      auto range = c ? CalendarRange(c->value) : std::nullopt;
      if (!range || range->first != range->last) return;
      const std::string v = c->value;
      f.year = std::atoi(v.c_str()), f.month = std::atoi(v.c_str() + 5), f.day = std::atoi(v.c_str() + 8);
    } else {
      if (p.day != 0 && !MakeDate(p.year, p.month, p.day)) return;
      f.year = p.year, f.month = p.month, f.day = p.day;
    }
    if (!Plausible(f.year)) return;
    f.score = score - (f.day == 0 ? 30 : 0);
    f.source = source;
    f.evidence = Surface(p);
    f.order = i;
    f.line = line_[i];
    if (score == kTimestamp) timestamp_lines_.push_back(out->size());
    out->push_back(f);
    if (p.order_ambiguous && f.day != 0 && f.month != f.day) {
      std::swap(f.month, f.day);
      f.score += kOtherOrder;
      if (score == kTimestamp) other_orders_.push_back(out->size());
      out->push_back(std::move(f));
    }
  }

  // Several timestamp lines with different dates list other articles; a
  // banner on the first line later than another timestamp is the crawl's day.
  void MarkLists(std::vector<Found>* out) const {
    std::string earliest_below;  // the earliest timestamp below the first line
    for (const Found& g : *out) {
      if (g.line != 0 && g.score >= kTimestamp && (earliest_below.empty() || ValueOf(g) < earliest_below)) {
        earliest_below = ValueOf(g);
      }
    }
    for (size_t k : timestamp_lines_) {
      Found& f = (*out)[k];
      if (f.line == 0 && !earliest_below.empty() && earliest_below < ValueOf(f)) f.score += kBanner;
    }
    std::vector<std::string> values;
    for (size_t k : timestamp_lines_) values.push_back(ValueOf((*out)[k]));
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    if (static_cast<int>(values.size()) < kListSize) return;
    for (size_t k : timestamp_lines_) (*out)[k].score = kListed;
    for (size_t k : other_orders_) (*out)[k].score = kListed + kOtherOrder;
  }

  const Article& a_;
  std::string_view original_;
  CodePointIndex index_;
  std::vector<size_t> line_;                      // token -> line
  std::vector<int> words_before_, plain_before_;  // token -> words of its line before it
  std::vector<int> line_words_, line_plain_;      // line -> its words
  std::vector<size_t> timestamp_lines_;  // candidates from timestamp lines (their first reading)
  std::vector<size_t> other_orders_;     // the other reading of an ambiguous numeric one
  std::vector<DateParts> undated_;
};

// A year for a day and month written without one: the url's, else the latest
// year the text names in which the day falls on the weekday the article says
// it is (or the year itself when there is no weekday to check).
int YearFor(const DateParts& p, int weekday, const std::optional<Found>& url, const std::vector<int>& years) {
  auto fits = [&](int y) {
    auto d = MakeDate(y, p.month, p.day);
    const int wd = p.weekday != 0 ? p.weekday : weekday;
    return d && (wd == 0 || IsoWeekday(*d) == wd);
  };
  if (url && fits(url->year)) return url->year;
  int best = 0;
  for (int y : years) {
    if ((p.weekday != 0 || weekday != 0) && fits(y) && y > best) best = y;
  }
  return best;
}

}  // namespace
}  // namespace temporal

DocumentDate TemporalTagger::FindDocumentDate(std::string_view original, const AnalyzedText& text,
                                              std::string_view url, std::string_view path) const {
  using namespace temporal;
  const Article article(*lexicon_, text, Anchor());
  Finder finder(article, original);
  std::vector<Found> found;
  finder.Collect(&found);
  std::optional<Found> from_url = DateInUrl(url);
  if (!from_url) from_url = DateInUrl(path);
  const int weekday = finder.WeekdayVote();
  const std::vector<int> years = finder.Years();
  for (const DateParts& p : finder.Undated()) {
    const int y = YearFor(p, weekday, from_url, years);
    if (y == 0) continue;
    Found f{y, p.month, p.day, kToday, DocDateSource::kText, finder.Surface(p), p.first};
    found.push_back(std::move(f));
  }
  if (from_url) {
    from_url->evidence = std::string(url.empty() ? path : url);
    from_url->order = SIZE_MAX;
    found.push_back(*from_url);
  }
  for (Found& f : found) {
    const std::optional<Date> day = DayOf(f);
    if (day && weekday != 0) f.score += IsoWeekday(*day) == weekday ? kWeekdayAgrees : kWeekdayContradicts;
    if (from_url && from_url->day == 0 && f.source != DocDateSource::kUrl &&
        (f.year != from_url->year || f.month != from_url->month)) {
      f.score += kOutsideUrlMonth;
    }
  }
  const auto best = std::max_element(found.begin(), found.end(), [](const Found& x, const Found& y) {
    return x.score != y.score ? x.score < y.score : x.order > y.order;
  });
  if (best == found.end() || best->score <= 0) return {};
  DocumentDate out;
  out.value = ValueOf(*best);
  out.source = best->source;
  out.evidence = best->evidence;
  return out;
}

}  // namespace tarikh
