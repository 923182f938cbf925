// The temporal tagger: finds Arabic (and quoted English) time expressions in
// an article and normalises them to TIMEX3 values (SPEC §3), anchored to the
// document creation date.
//
// Usage:
//   Result<TemporalTagger> tagger = TemporalTagger::Load(DefaultDataDir());
//   if (!tagger.ok()) { report tagger.status(); }
//   AnalyzedText body = AnalyzeText(body_utf8, doc.body_begin);
//   std::vector<Timex> t = tagger->Tag(doc.text, body, doc.doc_date);
//
// What it recognises lives in data files, not in code: data_dir/temporal/*.tsv
// hold the month names of every family (Levantine, Egyptian/Gulf, Maghreb,
// Hijri, English), weekdays, relative words, numerals, periods, seasons,
// decades, tense markers and known traps. Each file opens with a comment that
// documents its columns; entries are written in ordinary Arabic and
// normalised with NormalizeWord when loaded.
//
// Anchoring follows news conventions: relative expressions resolve against
// the document date and never claim more precision than it has; a bare
// weekday or month is the latest one on or before the document date unless
// its clause is marked as future; an expression such as "في اليوم التالي"
// resolves against the previous date in the article. Expressions with no
// anchor get TIMEX3 unknowns ("XXXX-XX-XX"), never the machine's clock.
//
// A loaded TemporalTagger is immutable: Tag and FindDateline are const and
// may be called from several threads at once.
#ifndef TARIKH_TEMPORAL_H_
#define TARIKH_TEMPORAL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tarikh/document.h"
#include "tarikh/status.h"
#include "tarikh/text.h"
#include "tarikh/timex.h"

namespace tarikh {

namespace temporal {
class Lexicon;
}  // namespace temporal

struct DocumentDate {
  std::string value;  // "YYYY-MM-DD" or "YYYY-MM"; empty when the page shows none
  DocDateSource source = DocDateSource::kNone;
  std::string evidence;  // the words or the url it was read from
};

class TemporalTagger {
 public:
  // Reads data_dir/temporal/*.tsv. Errors name the file and line.
  static Result<TemporalTagger> Load(const std::string& data_dir);

  // Time expressions of `text`, sorted by position and never overlapping.
  // `original` is the text the token offsets of `text` point into (usually
  // the whole file; AnalyzeText was given the body and the body's offset).
  // `doc_date` is "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" (unknown).
  std::vector<Timex> Tag(std::string_view original, const AnalyzedText& text,
                         std::string_view doc_date) const;

  // The publication date a page shows (SPEC §2), for an article given none:
  // a publication line or timestamp (`تاريخ النشر : 2021-12-21`, `الإثنين
  // 09/ديسمبر/2019 - 06:34 م`), a dateline (`بغداد 27 يونيو 2021 (وال)`), the
  // url or file path (`/2022/12/08/`, `190712_`), or `اليوم الخميس 21 يناير`;
  // the article's relative days (`اليوم الخميس`, `أمس الأربعاء`) decide
  // between candidates. Dates in prose are never taken. An empty value when
  // the page has none.
  DocumentDate FindDocumentDate(std::string_view original, const AnalyzedText& text, std::string_view url,
                                std::string_view path) const;

 private:
  explicit TemporalTagger(std::shared_ptr<const temporal::Lexicon> lexicon);
  std::shared_ptr<const temporal::Lexicon> lexicon_;
};

// `text` with inline TimeML tags, HeidelTime style:
//   ... <TIMEX3 tid="t1" type="DATE" value="2022-01-12">اليوم الأربعاء</TIMEX3> ...
// `text` is a slice of the file whose first code point is at offset `base`;
// timexes outside it are skipped. Text and attributes are XML-escaped.
std::string ToTimeMLInline(std::string_view text, uint32_t base, const std::vector<Timex>& timexes);

// A complete TimeML document: the DCT (when `doc_date` is not empty) and
// ToTimeMLInline's text inside <TEXT>.
std::string ToTimeML(std::string_view text, uint32_t base, const std::vector<Timex>& timexes,
                     std::string_view doc_date);

}  // namespace tarikh

#endif  // TARIKH_TEMPORAL_H_
