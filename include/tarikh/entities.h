// Actors and places: who an Arabic news article names, as what, and which
// mentions are the same actor.
//
// The recogniser matches the lexicons of data/entities/ (countries with their
// nationality adjectives, organisations, people with dated roles, places,
// titles) over the tokens of an AnalyzedText — once per article, through a
// table keyed by normalised tokens, trying each proclitic reading (`لحلف` is
// looked up as `حلف`). Beyond the lexicon it recognises people introduced by a
// title (`نائب وزير الخارجية الروسي، ألكسندر غروشكو` → a person of RUS), and
// organisations built as `وزارة …`, `منظمة …`, `مجلس …`, `لجنة …`; such actors
// get an id from their Arabic name and an English display name by ICU
// transliteration.
//
// Coreference inside an article: a surname or a role phrase resolves to the
// person named in full (or holding the role at the document date); `الحلف`
// and `التحالف` to the alliance the article is about; `الجانب الروسي` to
// Russia. Capitals stand for their governments (`أجرت موسكو وواشنطن محادثات`)
// except where they are places (`في جنيف`).
#ifndef TARIKH_ENTITIES_H_
#define TARIKH_ENTITIES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tarikh/status.h"
#include "tarikh/text.h"

namespace tarikh {

enum class ActorType : uint8_t { kPerson, kOrganization, kCountry, kPlace };
const char* ActorTypeName(ActorType type);  // "person", "org", "country", "place"

// An actor as the JSON reports it (SPEC §3 `actors`).
struct Actor {
  std::string id;       // lexicon id, or one derived from the Arabic name for actors the lexicon lacks
  std::string name;     // English display name
  std::string name_ar;  // Arabic name
  ActorType type = ActorType::kPerson;
  std::string country;  // ISO 3166 alpha-3, empty if none
  std::string role;     // English role at the document date, if known
  std::vector<std::string> mentions;  // surface forms as written, without clitics, in order of first use
  // Organisations: what kind (intl, gov, party, media, military, other — the
  // lexicon's column); a news agency reports events, it does not take part.
  std::string kind;
  // CAMEO actor code, as GDELT and ICEWS write them: the country and the
  // role (`RUSGOV` a Russian official, `USAMIL`, `IRNSPY`), `IGO` for an
  // international organisation or its officials, the country alone
  // (`EGY`) for a country; empty when unknown (data/entities/cameo.tsv).
  std::string cameo;
};

// An Actor's fields as views into bytes that hold them (a stored record,
// store/record.h): read without a copy.
struct ActorView {
  std::string_view id, name, name_ar;
  ActorType type = ActorType::kPerson;
  std::string_view country, role, kind, cameo;
  std::vector<std::string_view> mentions;
};

// One place in the text where an actor is named.
struct Mention {
  enum class Kind : uint8_t {
    kName,         // a name or alias: ينس ستولتنبرغ, الناتو, روسيا
    kSurname,      // a part of a full name seen earlier: ستولتنبرغ
    kRole,         // a title phrase standing for its holder: الأمين العام لحلف شمال الأطلسي
    kAdjective,    // a nationality adjective used as the actor: الجانب الروسي, الوفد الأمريكي
    kAnaphor,      // الحلف, التحالف
    kMetonym,      // a capital standing for its government: موسكو, واشنطن
  };
  std::string actor_id;
  Kind kind = Kind::kName;
  bool place = false;   // the mention names a location (في جنيف), not a participant
  // A destination (`وصل إلى الرياض`): the country it lies in, which a visit
  // there is to; that country is listed among the actors. Empty otherwise.
  std::string stands_for;
  // A person named with a title: the country or organisation the title names
  // (`الرئيس الجيبوتي` → djibouti, `المتحدث باسم الحكومة الإيرانية` → the
  // government of Iran), and those words as written. Empty otherwise.
  std::string affiliation, affiliation_text;
  uint32_t begin = 0, end = 0;              // original code points, attached clitics excluded
  uint32_t first_token = 0, end_token = 0;  // tokens of the AnalyzedText, [first, end)
  std::string text;     // the original surface, == file_text[begin:end]
};

struct EntityResult {
  std::vector<Actor> actors;      // every actor mentioned, sorted by id
  std::vector<Mention> mentions;  // sorted by position, never overlapping
};

class EntityRecognizer {
 public:
  // Reads data_dir/entities/*.tsv, then each user lexicon (same format; a row
  // with a built-in id replaces it), and the Arabic Hunspell dictionary of
  // dictionary_dir (ar.aff, ar.dic; empty = Debian's /usr/share/hunspell).
  // Errors name the file and line.
  static Result<EntityRecognizer> Load(const std::string& data_dir,
                                       const std::vector<std::string>& user_lexicons = {},
                                       const std::string& dictionary_dir = "");

  // `original` is the text the token offsets point into (the whole file);
  // `doc_date` ("YYYY[-MM[-DD]]" or "") picks role holders.
  EntityResult Recognize(std::string_view original, const AnalyzedText& text,
                         std::string_view doc_date) const;

  // The lexicon's actor for an id, or nullptr (for the corpus and diagrams).
  const Actor* Find(std::string_view id) const;

  ~EntityRecognizer();
  EntityRecognizer(EntityRecognizer&&) noexcept;
  EntityRecognizer& operator=(EntityRecognizer&&) noexcept;

 private:
  struct Impl;
  explicit EntityRecognizer(std::unique_ptr<const Impl> impl);
  std::unique_ptr<const Impl> impl_;
};

// The lexicons' date: the newest date data_dir/entities/roles.tsv records (an
// office's start or end), so that `tarikh --version` says how current the
// people and their roles are from the data itself, never from the clock of
// the machine that built tarikh. An error names the file.
Result<std::string> LexiconsDate(const std::string& data_dir);

}  // namespace tarikh

#endif  // TARIKH_ENTITIES_H_
