// The counterpart: `التقى وزير الخارجية المصري سامح شكري نظيره التركي`. The
// pronoun of `نظيره` refers to the person just named in the sentence (the
// subject, as diplomacy news writes it), and the phrase names whoever holds
// that person's office, at the document date, in the country of the
// adjective. The office is the person's dated roles in the lexicon, or the
// title the article introduced them with. When the holder is not known for
// certain the phrase stays unresolved: a wrong minister costs more than none.
#include <algorithm>

#include "entities/scanner.h"

namespace tarikh::entities {

void Scanner::Introduced(const std::string& title_key, const std::string& person) {
  title_holder_[title_key] = person;
  introduced_as_[person] = title_key;
}

// The country (entity index) of the nationality adjective that is the whole
// hit at `j`, or -1.
int Scanner::AdjectiveCountry(size_t j) const {
  if (j >= text_.tokens.size()) return -1;
  const Hit* adj = hits_.Longest(j, Sense::Kind::kAdjective);
  if (adj == nullptr || adj != hits_.Longest(j)) return -1;
  for (const Sense& s : adj->phrase->senses) {
    if (s.kind == Sense::Kind::kAdjective) return static_cast<int>(s.index);
  }
  return -1;
}

bool Scanner::NameFollows(size_t k) const {
  if (k < text_.tokens.size() && (text_.tokens[k].text == "\u060c" || text_.tokens[k].text == ",")) k = Skip(k + 1);
  if (k >= text_.tokens.size()) return false;
  if (NameHit(k) != nullptr || UnknownNameLength(k) > 0) return true;
  const Hit* h = hits_.Longest(k);
  return h != nullptr && h->phrase->Has(Sense::Kind::kTitle);
}

// `نظيره التركي` (and `نظيريه الأمريكي والفرنسي`): one role mention per
// adjective whose counterpart is known. A name right after it (`نظيره التركي
// هاكان فيدان`) says who it is, so nothing is emitted for the phrase then.
size_t Scanner::OnCounterpart(size_t i, const Hit& hit) {
  struct Side {
    size_t end;
    uint32_t begin;
    int country;
  };
  std::vector<Side> sides;
  for (size_t j = Skip(hit.end); AdjectiveCountry(j) >= 0;) {
    const Hit* adj = hits_.Longest(j, Sense::Kind::kAdjective);
    if (!sides.empty() && adj->begin == text_.tokens[j].begin) break;  // only `و` joins a second one
    sides.push_back({adj->end, adj->begin, AdjectiveCountry(j)});
    seen_countries_.insert(model_.entity(static_cast<uint32_t>(sides.back().country)).actor.country);
    j = Skip(adj->end);
  }
  if (sides.empty()) return i;
  const size_t end = sides.back().end;
  if (NameFollows(Skip(end))) return end;
  const std::string referent = doc_date_.empty() ? "" : CounterpartReferent(i);
  for (size_t s = 0; s < sides.size() && !referent.empty(); ++s) {
    const std::string holder = CounterpartOf(referent, model_.entity(sides[s].country).actor.country);
    if (holder.empty() || holder == referent) continue;
    // The first mention spans `نظيره التركي`, a second one its adjective (`والفرنسي`).
    const size_t first = s == 0 ? i : sides[s - 1].end;
    Emit(Make(holder, Mention::Kind::kRole, Skip(first), sides[s].end, s == 0 ? hit.begin : sides[s].begin),
         s == 0 && hit.fused_article);
  }
  return end;
}

// The person the pronoun refers to: the last person named before `i` in its sentence.
std::string Scanner::CounterpartReferent(size_t i) const {
  const uint32_t sentence = text_.tokens[i].sentence;
  for (auto m = mentions_.rbegin(); m != mentions_.rend(); ++m) {
    if (text_.tokens[m->first_token].sentence != sentence) break;
    if (m->place || m->actor_id.empty()) continue;
    const Entity* e = model_.Find(m->actor_id);
    auto unknown = unknown_.find(m->actor_id);
    const ActorType type = e != nullptr ? e->actor.type
                           : unknown != unknown_.end() ? unknown->second.type : ActorType::kPlace;
    if (type == ActorType::kPerson) return m->actor_id;
  }
  return "";
}

// Who holds, at the document date, an office of `person` in the country `iso3`;
// "" unless exactly one person does (or exactly one of them is named here).
std::string Scanner::CounterpartOf(const std::string& person, const std::string& iso3) const {
  // Offices in the order they decide: the title the article introduced the
  // person with, then the person's offices of a country, then of an
  // organisation (Erdogan's counterpart is Russia's president, not the
  // chairman of a Russian party).
  std::vector<std::string> introduced, of_country, of_org;
  if (auto it = introduced_as_.find(person); it != introduced_as_.end()) {
    introduced.push_back(OfficeKey(it->second, iso3, true));
  }
  if (auto known = model_.data.by_id.find(person); known != model_.data.by_id.end()) {
    for (uint32_t r : model_.roles_of[known->second]) {
      const Role& role = model_.data.roles[r];
      const Entity* of = model_.Find(role.entity_id);
      if (!RoleHoldsAt(role, doc_date_) || of == nullptr) continue;
      const bool country = of->actor.type == ActorType::kCountry;
      for (const std::string& phrase : role.phrases) {
        std::string key;
        for (const std::string& t : PhraseTable::Tokens(phrase)) key += (key.empty() ? "" : " ") + t;
        (country ? of_country : of_org).push_back(OfficeKey(key, iso3, country));
      }
    }
  }
  for (const std::vector<std::string>* offices : {&introduced, &of_country, &of_org}) {
    std::vector<std::string> holders;
    for (const std::string& office : *offices) {
      if (auto it = model_.roles_by_office.find(office); it != model_.roles_by_office.end()) {
        AddHoldersAt(it->second, &holders);
      }
    }
    if (std::string holder = OnlyHolder(holders); !holder.empty()) return holder;
  }
  return "";
}

}  // namespace tarikh::entities
