// One article's recognition: a single left-to-right pass over the tokens
// that turns lexicon hits, title constructs and unknown names into mentions,
// keeping what coreference needs (people named in full, who was introduced
// with which title, which actors were named where), then a short pass that
// resolves anaphors (الحلف) against the article's named actors.
#ifndef TARIKH_ENTITIES_SCANNER_H_
#define TARIKH_ENTITIES_SCANNER_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/model.h"
#include "entities/phrase_table.h"
#include "tarikh/entities.h"
#include "tarikh/text.h"

namespace tarikh::entities {

class Scanner {
 public:
  Scanner(const Model& model, std::string_view original, const AnalyzedText& text, std::string_view doc_date);
  EntityResult Run();

 private:
  struct DynamicName {  // a person the lexicon lacks, as named in this article
    std::vector<std::string> rest;
    std::string id;
    bool surname = false;
  };
  struct Anaphor {
    size_t mention;
    uint32_t word;
  };

  size_t Step(size_t i);
  size_t OnHit(size_t i, const Hit& hit);
  size_t OnCapitalPeriphrasis(size_t i, const Hit& hit);
  const Hit* BestTitle(size_t i) const;
  const Hit* ChooseTitle(size_t i);
  bool NamesAHolder(size_t i, const Hit& h);
  size_t OnName(size_t i, const Hit& hit, bool after_title);
  bool EndsWithTanween(const Hit& hit) const;
  bool NameCueBefore(size_t i) const;
  std::string ResolveAnaphorNow(uint32_t word) const;
  size_t OnWord(size_t i, const Hit& hit);
  size_t SecondSide(size_t j);
  size_t OnTitle(size_t i, const Hit& hit);
  void Affiliate(const std::string& entity, const std::vector<Mention>& inner);
  size_t OnDynamicName(size_t i);
  size_t OnUnknownOrg(size_t i, const Hit& head);
  size_t OnNameBeforeTitle(size_t i);
  size_t OnForeignName(size_t i, size_t len);

  // Title helpers (titles.cc).
  size_t TitleComplement(size_t j, std::string* entity, std::string* posted_to, std::vector<Mention>* inner,
                         size_t* entity_end);
  size_t UnknownNameLength(size_t k) const;
  bool NameEvidence(size_t k, size_t n) const;
  const NamePart* FindNamePartOf(const Token& t) const;
  std::string EnglishName(size_t first, size_t end) const;
  bool NameToken(size_t k, bool first) const;
  bool OnlySurnames(size_t k) const;
  bool ContinuesName(size_t k) const;
  std::string PersonByPrefix(size_t first, size_t end) const;
  std::string RoleHolder(const std::string& title_key, const std::string& entity_id) const;
  void AddHoldersAt(const std::vector<uint32_t>& roles, std::vector<std::string>* holders) const;
  std::string OnlyHolder(const std::vector<std::string>& holders) const;
  std::string TopicHolder(const std::string& title_key) const;
  std::string AddUnknownPerson(size_t first, size_t end, const std::string& country, const std::string& role);

  // Choosing among the senses of a name.
  int ChooseEntity(const Phrase& phrase, bool after_title) const;
  bool PlaceContext(size_t i, const Hit& hit) const;
  bool OpensDateline(size_t i, const Hit& hit) const;
  std::string DestinationCountry(size_t i, const Entity& place) const;
  bool IsWord(size_t i, WordKind kind, size_t end) const;
  const Hit* NameHit(size_t i) const;

  Mention Make(const std::string& id, Mention::Kind kind, size_t first, size_t end, uint32_t begin) const;
  void Emit(Mention m, bool fused_article = false);
  size_t Skip(size_t j) const;  // past quotes and detached clitics
  std::string TokensKey(size_t first, size_t end) const;

  // Counterparts (counterpart.cc).
  void Introduced(const std::string& title_key, const std::string& person);
  int AdjectiveCountry(size_t j) const;
  bool NameFollows(size_t k) const;
  size_t OnCounterpart(size_t i, const Hit& hit);
  std::string CounterpartReferent(size_t i) const;
  std::string CounterpartOf(const std::string& person, const std::string& iso3) const;

  // Results (result.cc).
  void ResolveAnaphors();
  std::string HomeCountry() const;
  EntityResult Collect();

  const Model& model_;
  std::string_view original_;
  const AnalyzedText& text_;
  std::string doc_date_;
  CodePointIndex index_;
  ArticleHits hits_;

  std::vector<Mention> mentions_;
  std::vector<std::string> surfaces_;  // Actor::mentions form of each mention
  std::map<std::string, Actor> unknown_;
  std::unordered_map<std::string, std::vector<DynamicName>> dynamic_;
  std::unordered_map<std::string, std::string> title_holder_;  // title key -> person id
  std::unordered_map<std::string, std::string> introduced_as_;  // person id -> title key it was introduced with
  std::unordered_map<std::string, uint32_t> count_;            // actor id -> mentions so far
  std::unordered_map<std::string, uint32_t> last_sentence_;    // actor id -> sentence of its last mention
  std::set<std::string> named_in_full_;
  std::set<std::string> seen_countries_;  // ISO3 codes named or implied by adjectives
  std::vector<Anaphor> anaphors_;
  // Tokens [first, end) of the nationality adjective TitleComplement read last, if any.
  std::pair<size_t, size_t> title_adjective_{0, 0};
  // A lexicon person's name at this token goes on with another name (`كيم
  // سونغ مين`): it starts a name of its own.
  size_t continued_name_ = SIZE_MAX;
  // People named with two or more tokens, in text order: their tokens and id.
  std::vector<std::pair<std::vector<std::string>, std::string>> full_names_;
};

}  // namespace tarikh::entities

#endif  // TARIKH_ENTITIES_SCANNER_H_
