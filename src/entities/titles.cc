// People introduced by a title: `نائب وزير الخارجية الروسي، ألكسندر غروشكو`,
// `السفيرة الأميركية الجديدة في حلف شمال الأطلسي جوليان سميث`, a role phrase
// standing for its holder at the document date (`الأمين العام لحلف شمال
// الأطلسي`), a bare title standing for the person last introduced with it,
// and a name set off before its title.
#include <algorithm>

#include "entities/scanner.h"
#include "entities/transliterate.h"

namespace tarikh::entities {
namespace {

bool HasArticle(const Token& t) {
  return t.text.starts_with("\u0627\u0644") || t.text.starts_with("\u0644\u0644");  // ال or لل
}

bool IsComma(const Token& t) { return t.kind == TokenKind::kPunct && (t.text == "\u060c" || t.text == ","); }

std::string Capitalized(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

}  // namespace

// A lexicon person right after a title, written without a clitic (`وبوتين`
// after a title is another person, "and Putin").
const Hit* Scanner::NameHit(size_t i) const {
  if (i >= text_.tokens.size()) return nullptr;
  const Hit* h = hits_.Longest(i);
  if (h == nullptr || h->begin != text_.tokens[i].begin) return nullptr;
  for (const Sense& s : h->phrase->senses) {
    if (s.kind == Sense::Kind::kName && model_.entity(s.index).actor.type == ActorType::kPerson) return h;
  }
  return nullptr;
}

// The words after a title that say whose title it is: a nationality
// adjective, an organisation or country, modifiers (الجديد), a posting
// (في بروكسل, لدى الأمم المتحدة) and the genitive words of the title itself
// (الخارجية للشؤون السياسية). Returns the token after them.
size_t Scanner::TitleComplement(size_t j, std::string* entity, std::string* posted_to, std::vector<Mention>* inner,
                                size_t* entity_end) {
  bool after_prep = false;
  *entity_end = j;
  size_t before_prep = j;  // a preposition with nothing after it is not part of the title
  for (int steps = 0; steps < 7; ++steps) {
    const size_t k = Skip(j);
    if (k >= text_.tokens.size() || text_.tokens[k].kind != TokenKind::kArabic) break;
    const Hit* h = hits_.Longest(k);
    if (h != nullptr && h->phrase->Has(Sense::Kind::kName)) {
      const int e = ChooseEntity(*h->phrase, false);
      if (e < 0) break;
      const Actor& a = model_.entity(static_cast<uint32_t>(e)).actor;
      if (a.type == ActorType::kPerson) break;
      // `المبعوث الأمريكي الخاص بإيران`: ب glued to a country after the
      // title's own country is a posting; `الممثل الأعلى للاتحاد` is the
      // title's organisation.
      const bool posting = after_prep || (h->first_clitic == 'b' && !entity->empty()) ||
                           (h->first_clitic == 'l' && !entity->empty() && !h->fused_article);
      if (a.type == ActorType::kPlace && !posting) break;
      if (a.type != ActorType::kPlace) {
        if (entity->empty()) *entity = a.id, *entity_end = h->end;
        else if (posting) *posted_to = a.id;
        else if (a.id != *entity) break;
      }
      Mention m = Make(a.id, Mention::Kind::kName, k, h->end, h->begin);
      m.place = a.type == ActorType::kPlace;
      if (m.place) m.stands_for = DestinationCountry(k, model_.entity(static_cast<uint32_t>(e)));
      inner->push_back(std::move(m));
      j = h->end;
      after_prep = false;
      continue;
    }
    if (h != nullptr && h->phrase->Has(Sense::Kind::kAdjective) && after_prep) {  // في العاصمة الروسية
      j = h->end;
      continue;
    }
    if (h != nullptr && h->phrase->Has(Sense::Kind::kAdjective) && entity->empty()) {
      for (const Sense& s : h->phrase->senses) {
        if (s.kind == Sense::Kind::kAdjective && entity->empty()) *entity = model_.entity(s.index).actor.id;
      }
      title_adjective_ = {k, h->end};
      seen_countries_.insert(model_.Find(*entity)->actor.country);
      j = h->end;
      *entity_end = j;
      continue;
    }
    if (h != nullptr && entity->empty() && IsWord(k, WordKind::kAnaphor, h->end)) {  // رئيس اللجنة العسكرية للحلف
      for (const Sense& s : h->phrase->senses) {
        if (s.kind == Sense::Kind::kWord && entity->empty()) *entity = ResolveAnaphorNow(s.index);
      }
      if (entity->empty()) break;
      *entity_end = h->end;
      Mention m = Make(*entity, Mention::Kind::kAnaphor, k, h->end, h->begin);
      inner->push_back(std::move(m));
      j = h->end;
      continue;
    }
    if (h != nullptr && IsWord(k, WordKind::kModifier, h->end)) {
      j = h->end;
      continue;
    }
    if (h != nullptr && (IsWord(k, WordKind::kPosting, h->end) ||
                         (after_prep && IsWord(k, WordKind::kPlacePrep, h->end)))) {
      if (!after_prep) before_prep = j;
      after_prep = true;
      j = h->end;
      continue;
    }
    if (h == nullptr && entity->empty() && !after_prep && HasArticle(text_.tokens[k])) {
      j = k + 1;
      continue;
    }
    break;
  }
  return after_prep ? before_prep : j;
}

// Whether reading the title `h` at `i` names someone who holds it at the
// document date (its complement resolved as OnTitle resolves it).
bool Scanner::NamesAHolder(size_t i, const Hit& h) {
  (void)i;
  const TitleInfo* title = nullptr;
  for (const Sense& s : h.phrase->senses) {
    if (s.kind == Sense::Kind::kTitle) title = &model_.titles[s.index];
  }
  if (title == nullptr) return false;
  std::string entity, posted;
  std::vector<Mention> inner;
  size_t entity_end = h.end;
  const auto adjective = title_adjective_;
  TitleComplement(h.end, &entity, &posted, &inner, &entity_end);
  title_adjective_ = adjective;
  return (!entity.empty() && !RoleHolder(title->key, entity).empty()) ||
         (!posted.empty() && !RoleHolder(title->key, posted).empty());
}

// The title to read at `i`: BestTitle, unless only a shorter or longer title
// names a holder — `المتحدثة باسم` + `الخارجية الروسية` (the ministry's office)
// against `المتحدثة باسم الخارجية` + `الروسية` (no such role).
const Hit* Scanner::ChooseTitle(size_t i) {
  const Hit* best = BestTitle(i);
  if (NamesAHolder(i, *best)) return best;
  for (const Hit& h : hits_.At(i)) {
    if (&h != best && h.phrase->Has(Sense::Kind::kTitle) && NamesAHolder(i, h)) return &h;
  }
  return best;
}

// The last mention (a person just named with a title) belongs to `entity`,
// the title's country or organisation.
void Scanner::Affiliate(const std::string& entity, const std::vector<Mention>& inner) {
  if (entity.empty() || mentions_.empty()) return;
  const Entity* e = model_.Find(entity);
  if (e == nullptr || (e->actor.type != ActorType::kCountry && e->actor.type != ActorType::kOrganization)) return;
  Mention& m = mentions_.back();
  m.affiliation = entity;
  if (title_adjective_.second > title_adjective_.first) {
    m.affiliation_text = std::string(index_.Slice(original_, text_.tokens[title_adjective_.first].begin,
                                                  text_.tokens[title_adjective_.second - 1].end));
    return;
  }
  for (const Mention& x : inner) {
    if (x.actor_id == entity) m.affiliation_text = x.text;
  }
  if (m.affiliation_text.empty()) m.affiliation_text = e->actor.name_ar;
}

size_t Scanner::OnTitle(size_t i, const Hit& hit) {
  uint32_t title_index = 0;
  for (const Sense& s : hit.phrase->senses) {
    if (s.kind == Sense::Kind::kTitle) title_index = s.index;
  }
  const TitleInfo& title = model_.titles[title_index];
  std::string entity, posted;
  std::vector<Mention> inner;
  size_t entity_end = hit.end;
  title_adjective_ = {0, 0};
  const size_t j = TitleComplement(hit.end, &entity, &posted, &inner, &entity_end);
  size_t k = Skip(j);
  if (k < text_.tokens.size() && IsComma(text_.tokens[k])) k = Skip(k + 1);
  auto emit_inner = [&](size_t from = 0) {  // the complement's mentions from token `from` on
    for (Mention& m : inner) {
      if (m.first_token >= from) Emit(std::move(m));
    }
  };
  if (const Hit* person = NameHit(k); person != nullptr && k < text_.tokens.size()) {
    const size_t before = mentions_.size();
    emit_inner();
    if (size_t next = OnName(k, *person, true); next > k) {
      if (model_.Find(mentions_.back().actor_id)->actor.type == ActorType::kPerson) {
        Affiliate(entity, inner);
        Introduced(title.key, mentions_.back().actor_id);
        return next;
      }
    }
    mentions_.resize(before);
    surfaces_.resize(before);
    inner.clear();
  }
  if (const size_t len = UnknownNameLength(k); len > 0) {
    emit_inner();
    // `الملك عبد الله` after `الملك عبد الله الثاني`: the start of a name given in full earlier.
    for (size_t n = len; n >= 1; --n) {
      if (std::string earlier = PersonByPrefix(k, k + n); !earlier.empty()) {
        Emit(Make(earlier, Mention::Kind::kSurname, k, k + n, text_.tokens[k].begin));
        return k + n;
      }
    }
    const Entity* e = model_.Find(entity);
    std::string role = Capitalized(title.role_en.empty() ? title.key : title.role_en);
    if (e != nullptr) role += " of " + e->actor.name;
    const std::string id = AddUnknownPerson(k, k + len, e != nullptr ? e->actor.country : "", role);
    Emit(Make(id, Mention::Kind::kName, k, k + len, text_.tokens[k].begin));
    Affiliate(entity, inner);
    Introduced(title.key, id);
    return k + len;
  }
  // `X، السفير الروسي في بروكسل`: the title describes the person just named.
  if (!mentions_.empty() && i >= 1 && mentions_.back().end_token + 1 >= i && IsComma(text_.tokens[i - 1]) &&
      mentions_.back().kind != Mention::Kind::kRole) {
    if (const Entity* last = model_.Find(mentions_.back().actor_id);
        (last != nullptr && last->actor.type == ActorType::kPerson) || unknown_.count(mentions_.back().actor_id)) {
      emit_inner();
      return j;
    }
  }
  std::string holder = entity.empty() ? "" : RoleHolder(title.key, entity);
  if (holder.empty() && !posted.empty()) holder = RoleHolder(title.key, posted);
  if (holder.empty() && entity.empty()) {
    auto it = title_holder_.find(title.key);
    holder = it != title_holder_.end() ? it->second : TopicHolder(title.key);
    if (!holder.empty()) {
      Emit(Make(holder, Mention::Kind::kRole, i, hit.end, hit.begin), hit.fused_article);
      emit_inner(hit.end);
      return j;
    }
  }
  // `فرانسوا دولاتر، وهو المدير العام لوزارة الخارجية الفرنسية`: the holder is
  // already named in this sentence, so the organisation is the news here.
  const bool holder_named = !holder.empty() && count_.count(holder) &&
                            last_sentence_.at(holder) == text_.tokens[i].sentence && !inner.empty();
  if (holder.empty() && !entity.empty() && inner.empty() && hit.phrase->Has(Sense::Kind::kWord)) {
    if (size_t next = OnWord(i, hit); next > i) return next;  // الدبلوماسية الروسية: Russian diplomacy
  }
  if (holder.empty() && !title.org_head && title_adjective_.second > title_adjective_.first) {
    // `السفير الألماني`, `القائم بالأعمال اللبناني`: an unnamed official stands for the country.
    if (const Entity* country = model_.Find(entity); country != nullptr && country->actor.type == ActorType::kCountry) {
      Emit(Make(entity, Mention::Kind::kAdjective, title_adjective_.first, title_adjective_.second,
                text_.tokens[title_adjective_.first].begin));
      emit_inner(title_adjective_.second);
      return j;
    }
  }
  if (holder.empty() || holder_named) {
    emit_inner();
    return j;
  }
  Emit(Make(holder, Mention::Kind::kRole, i, entity_end, hit.begin), hit.fused_article);
  Affiliate(entity, inner);
  emit_inner(entity_end);
  title_holder_[title.key] = holder;
  return j;
}

// The person holding a title of an entity at the document date; when
// several do, the one this article names, else nobody.
std::string Scanner::RoleHolder(const std::string& title_key, const std::string& entity_id) const {
  auto it = model_.roles_by_title.find(title_key + '\t' + entity_id);
  if (it == model_.roles_by_title.end()) return "";
  std::vector<std::string> holders;
  AddHoldersAt(it->second, &holders);
  return OnlyHolder(holders);
}

// The people of `roles` in office at the document date, each once, added to `holders`.
void Scanner::AddHoldersAt(const std::vector<uint32_t>& roles, std::vector<std::string>* holders) const {
  for (uint32_t r : roles) {
    const Role& role = model_.data.roles[r];
    const std::string& id = model_.entity(role.person).actor.id;
    if (RoleHoldsAt(role, doc_date_) && std::find(holders->begin(), holders->end(), id) == holders->end()) {
      holders->push_back(id);
    }
  }
}

// The one holder; among several, the one this article names; else nobody.
std::string Scanner::OnlyHolder(const std::vector<std::string>& holders) const {
  if (holders.size() == 1) return holders[0];
  std::vector<std::string> named;
  for (const std::string& h : holders) {
    if (count_.count(h)) named.push_back(h);
  }
  return named.size() == 1 ? named[0] : "";
}

// A bare title (`الأمين العام`) names the holder of that office in an
// organisation the article just named (this or the previous sentence) or is
// about (named most, at least twice). Countries do not count: `وزير الخارجية`
// alone is too often another country's minister.
std::string Scanner::TopicHolder(const std::string& title_key) const {
  if (mentions_.empty()) return "";
  const uint32_t sentence = text_.tokens[mentions_.back().first_token].sentence;
  uint32_t most = 0;
  for (const auto& [id, n] : count_) {
    const Entity* e = model_.Find(id);
    if (e != nullptr && e->actor.type == ActorType::kOrganization) most = std::max(most, n);
  }
  for (auto m = mentions_.rbegin(); m != mentions_.rend(); ++m) {
    const Entity* e = model_.Find(m->actor_id);
    if (e == nullptr || e->actor.type != ActorType::kOrganization) continue;
    const bool recent = last_sentence_.at(m->actor_id) + 1 >= sentence;
    const bool topic = count_.at(m->actor_id) == most && most >= 2;
    if (!recent && !topic) continue;
    if (std::string holder = RoleHolder(title_key, m->actor_id); !holder.empty()) return holder;
  }
  return "";
}

// `فيكتور بوت، تاجر الأسلحة`: with no title, a name whose given name the
// table knows and the dictionary does not (a foreign given name, never an
// Arabic word) is a person. Arabic given names are words too: they need a title.
size_t Scanner::OnForeignName(size_t i, size_t len) {
  const NamePart* given = model_.FindNamePart(text_.tokens[i].text);
  if (given == nullptr || given->kind != NamePart::Kind::kGiven || len > 3 ||
      model_.dictionary->IsDictionaryWord(index_.Slice(original_, text_.tokens[i].begin, text_.tokens[i].end))) {
    return i + 1;
  }
  const std::string id = AddUnknownPerson(i, i + len, "", "");
  Emit(Make(id, Mention::Kind::kName, i, i + len, text_.tokens[i].begin));
  return i + len;
}

// `ألكسندر توكوفينين، السفير الروسي …`: an unknown name set off by a comma before a title.
size_t Scanner::OnNameBeforeTitle(size_t i) {
  const size_t len = UnknownNameLength(i);
  if (len == 0) return i + 1;
  size_t k = i + len;
  if (k >= text_.tokens.size() || !IsComma(text_.tokens[k])) return OnForeignName(i, len);
  k = Skip(k + 1);
  const Hit* title = k < text_.tokens.size() ? hits_.Longest(k) : nullptr;
  if (title == nullptr || !title->phrase->Has(Sense::Kind::kTitle) || title->phrase->Has(Sense::Kind::kName)) {
    return OnForeignName(i, len);
  }
  const TitleInfo* info = nullptr;
  for (const Sense& s : title->phrase->senses) {
    if (s.kind == Sense::Kind::kTitle) info = &model_.titles[s.index];
  }
  std::string entity, posted;
  std::vector<Mention> unused;
  size_t entity_end = 0;
  TitleComplement(title->end, &entity, &posted, &unused, &entity_end);
  const Entity* e = model_.Find(entity);
  std::string role = Capitalized(info->role_en.empty() ? info->key : info->role_en);
  if (e != nullptr) role += " of " + e->actor.name;
  const std::string id = AddUnknownPerson(i, i + len, e != nullptr ? e->actor.country : "", role);
  Emit(Make(id, Mention::Kind::kName, i, i + len, text_.tokens[i].begin));
  Introduced(info->key, id);
  return i + len;
}

}  // namespace tarikh::entities
