// The entity lexicon as loaded from data/entities/*.tsv and user lexicons:
// actors (countries, organisations, people, places) with their Arabic names,
// dated roles, titles, and the word lists the recogniser's rules use
// (words.tsv: stop words, place prepositions, "side" nouns, anaphors...).
//
// Loading validates everything a hostile file can get wrong and names the
// file and line: unknown headers, wrong field counts, bad ids, dates or
// codes, duplicate ids, roles of unknown people, and overlapping date ranges
// of the same person, role and entity. Immutable once loaded.
#ifndef TARIKH_ENTITIES_LEXICON_H_
#define TARIKH_ENTITIES_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tarikh/entities.h"
#include "tarikh/status.h"

namespace tarikh::entities {

struct Entity {
  Actor actor;                          // id, name, name_ar, type, country; role and mentions empty
  std::vector<std::string> names;       // name_ar and aliases, as written in the file
  std::vector<std::string> adjectives;  // countries: nationality adjectives
  std::vector<std::string> stands_for;  // places: actors the name can denote
  std::string capital_of;               // places: ISO3 of the country it is the capital of
  std::string kind;                     // organisations and places: the `kind` column
  std::string where;                    // file:line, for messages
  bool user = false;                    // from a --lexicon file, not data/entities/
};

struct Role {
  uint32_t person = 0;               // index into LexiconData::entities
  std::string role_en;
  std::vector<std::string> phrases;  // role_ar, as written
  std::string entity_id;
  std::string from, to;              // YYYY[-MM[-DD]] or empty
  std::string where;
};

struct Title {
  std::string phrase;  // title_ar
  std::string role_en;
  bool org_head = false;
};

enum class WordKind : uint8_t {
  kStop,       // ends a name: function words, frequent verbs, time words
  kPlacePrep,  // makes the next capital a place: في، إلى، بمدينة
  kSide,       // الجانب، الوفد: with a nationality adjective the country as an actor
  kAnaphor,    // الحلف: the named actor among `targets` that the article is about
  kOrgHead,    // وزارة، منظمة: starts an organisation name
  kCommon,     // a common word that is also a lexicon name (الأسد): needs context
  kModifier,   // may stand between a title and its entity: الجديد، المعارض
  kPosting,    // after a title, where its holder serves: السفير الروسي في بروكسل، لدى الأمم المتحدة
  kNameCue,    // announces a name, so a `common` one counts: قناة، صحيفة
  kCounterpart,  // نظيره التركي: the holder of the referent's office in that country
  kDestination,  // إلى: a place after it is where someone goes (its country is visited)
  kEnvoy,        // سفيرها، السفارة: an envoy or mission; `لدى`/`في` + a capital after it is the host country
  kProcess,      // محادثات، مسار، اتفاق: a capital right after it names the process's place (محادثات فيينا)
  kNationalBody,  // رئاسة الجمهورية، الديوان الملكي alone: that body of the article's own country (targets: the slug)
  kCapitalWord,   // العاصمة + a nationality adjective: that country's capital (العاصمة النمساوية is Vienna)
};

struct Word {
  std::string phrase;
  WordKind kind = WordKind::kStop;
  std::vector<std::string> targets;  // anaphors: candidate actor ids, preferred first
};

// A given name or a part of a name as news writes it, and its usual English
// spelling (سعيد Saeed, زاده zadeh, أوغلو oglu).
struct NamePart {
  std::string arabic;   // as written; one word or a fixed pair (عبد الله)
  std::string english;
  enum class Kind : uint8_t { kGiven, kPart, kParticle } kind = Kind::kGiven;
};

// A kind of government body every country has (bodies.tsv): `وزارة الخارجية`
// + a nationality adjective is that country's foreign ministry.
struct Body {
  std::string body_ar;       // with the article: وزارة الخارجية، الرئاسة، الجيش
  std::string construct_ar;  // before a country's name: وزارة خارجية (الأردن); may be empty
  bool feminine = false;     // the adjective agrees: الخارجية الأردنية، الجيش الأردني
  std::string slug;          // id suffix: jordan-mfa
  std::string name_en;       // Ministry of Foreign Affairs (of Jordan)
  std::string kind;          // gov, military
};

// A CAMEO role code for the roles whose English name holds `match` (cameo.tsv).
struct CameoRole {
  std::string match;  // lower case; `kind:gov` matches an organisation's kind
  std::string code;   // GOV, MIL, SPY …
};

struct LexiconData {
  std::vector<Entity> entities;
  std::vector<CameoRole> cameo_roles;  // in file order: the first match wins
  std::vector<NamePart> name_parts;
  std::vector<Body> bodies;
  // "<country id>-<slug>" -> the id of that body: its own, or the lexicon
  // row that already names it (russia-mfa -> russian-mfa).
  std::unordered_map<std::string, std::string> body_ids;
  std::vector<Role> roles;
  std::vector<Title> titles;
  std::vector<Word> words;
  std::unordered_map<std::string, uint32_t> by_id;  // entity id -> index
};

// Adds one file's rows. `builtin` files have one kind (`expected_kind`); a
// user file may hold several sections and may replace built-in rows by id.
Status AddLexiconFile(std::string_view name, std::string_view content, std::string_view expected_kind,
                      bool builtin, LexiconData* data);

// Adds, for every country with nationality adjectives, its government bodies
// (bodies.tsv): `وزارة الخارجية الأردنية`, `الخارجية الأردنية`, `وزارة خارجية
// الأردن` → jordan-mfa, "Ministry of Foreign Affairs of Jordan". A body the
// lexicon already names (russian-mfa) keeps its row; a name another actor
// has is not added.
void AddCountryBodies(LexiconData* data);

// Resolves references and checks roles once every file is in.
Status FinishLexicon(LexiconData* data);

// Reads data_dir/entities/*.tsv and the user lexicons.
Status LoadLexiconData(const std::string& data_dir, const std::vector<std::string>& user_lexicons,
                       LexiconData* data);

// True if `date` lies in [from, to], each compared at the precision both have.
bool RoleHoldsAt(const Role& role, std::string_view date);

// The newest start or end of an office in `roles_tsv` (roles.tsv's content;
// `name` for messages), "" when no row has a date. A date is as precise as its
// row: `2026-01-05` is newer than `2026`, which contains it.
Result<std::string> NewestRoleDate(std::string_view name, std::string_view roles_tsv);

}  // namespace tarikh::entities

#endif  // TARIKH_ENTITIES_LEXICON_H_
