// Filling an event from the words around its trigger: whether the article
// reports it at all (negation, denial, proposals), its participants, place,
// date and whether it is planned.
//
// Participants are the actor mentions of the trigger's scope that are not
// places and not the subject matter (`بشأن أوكرانيا`; `بين`, `مع` and `وفد`
// end a subject-matter phrase). A reporting verb is an event only with a named
// speaker right after it (`وقال ستولتنبرغ`) or right before it; a press
// conference or an interview belongs to the sentence's speaker. The place is
// the first place named after the trigger, followed through `في … في …` to
// the last (`في مقر حلف شمال الأطلسي في بروكسل` → Brussels), else the nearest
// before it.
#ifndef TARIKH_EVENTS_ARGUMENTS_H_
#define TARIKH_EVENTS_ARGUMENTS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "events/article.h"

namespace tarikh::events {

// One trigger the article reports, with what its own sentence says.
struct Candidate {
  size_t trigger = 0;  // index into ArticleView::triggers()
  const TriggerEntry* entry = nullptr;
  uint32_t sentence = 0;
  uint32_t position = 0;  // first token of the trigger (or of the participation cue)
  Scope scope;
  std::vector<std::string> participants;  // sorted, unique
  std::string place;                      // actor id of a place mention, or ""
  std::string date;                       // TIMEX3 value or ""
  DateSource date_source = DateSource::kNone;
  bool planned = false;
  // Told as background (`وكان الوزيران قد التقيا`): undated, it is not the day's news.
  bool background = false;
  // Reported as having taken place: a verb, a press conference or interview,
  // or a noun after a verb that asserts it (`أجرى اتصالا`, `أعلنت قطع العلاقات`).
  bool asserted = false;
  bool reference = false;           // a definite noun with no participants: `الاجتماع` said again
  bool participation_only = false;  // `يرأس الوفد …`: adds participants to the event just reported
  // Joins an event reported before but never starts one: `وبحث الجانبان …`
  // (the two parties just named), `وبحث معه …`, a lone `بحث مجلس الوزراء …`.
  bool dependent = false;
  // Its parties are the pair just named (`الجانبان`, `بحثا خلاله`), and no one else.
  bool pair = false;
};

enum class Modality : uint8_t { kReported, kNegated, kIrrealis };

Modality ModalityOf(const ArticleView& view, const TriggerMatch& m);
bool IsPlanned(const ArticleView& view, const TriggerMatch& m, const std::string& date);
bool IsBackground(const ArticleView& view, const TriggerMatch& m);
bool IsAsserted(const ArticleView& view, const TriggerMatch& m);
// The date of the reporting verb whose words report `m` (`أعلنت باكستان،
// الأربعاء، استدعاء سفيرها`, `قالت الوزارة أمس إن الوزير التقى …`), or "".
std::string SpeechDate(const ArticleView& view, const TriggerMatch& m);
// The speaker of the reporting verb whose object `m` is, or "".
std::string AnnouncerOf(const ArticleView& view, const TriggerMatch& m);
std::vector<std::string> ParticipantsIn(const ArticleView& view, const Scope& scope, const TriggerMatch& m);
std::string PlaceOf(const ArticleView& view, const Scope& scope, const TriggerMatch& m);
// The same place as an index into view.mentions(), or -1.
int PlaceMentionOf(const ArticleView& view, const Scope& scope, const TriggerMatch& m);
// The actor named as the subject of a reporting verb, or "".
std::string SpeakerOf(const ArticleView& view, const TriggerMatch& m);
// The participants of a trigger as its entry reads them: the speaker of a
// reporting verb, the sentence's speaker for a press conference or an
// interview, else the scope's participants (with the speaker of the sentence
// where the clause resumes it: `أعلنت X أنها أجرت اتصالات مع Y`).
std::vector<std::string> ParticipantsOf(const ArticleView& view, const TriggerMatch& m, const Scope& scope);

// Every reported trigger of the article, in text order, plus one
// participation-only candidate per sentence that names delegation heads.
std::vector<Candidate> BuildCandidates(const ArticleView& view);

}  // namespace tarikh::events

#endif  // TARIKH_EVENTS_ARGUMENTS_H_
