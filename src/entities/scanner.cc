#include "entities/scanner.h"

#include <algorithm>

namespace tarikh::entities {

Scanner::Scanner(const Model& model, std::string_view original, const AnalyzedText& text, std::string_view doc_date)
    : model_(model), original_(original), text_(text), doc_date_(doc_date), index_(original),
      hits_(model.table, text) {}

EntityResult Scanner::Run() {
  for (size_t i = 0; i < text_.tokens.size();) i = std::max(Step(i), i + 1);
  ResolveAnaphors();
  return Collect();
}

// Handles the token at `i`; returns the first token not consumed.
size_t Scanner::Step(size_t i) {
  const Token& t = text_.tokens[i];
  if (t.kind != TokenKind::kArabic && t.kind != TokenKind::kLatin) return i + 1;
  // A surname this article gave to someone the lexicon lacks is theirs
  // (`أوليه ميلنيك` … `ميلنيك`), not the lexicon person's of that surname.
  if (!hits_.At(i).empty() && OnlySurnames(i)) {
    if (size_t next = OnDynamicName(i); next > i) return next;
  }
  // Longest first; a shorter phrase gets its turn when a longer one is
  // rejected (`روسيا اليوم الأربعاء` is Russia, not the channel RT).
  std::vector<const Hit*> hits;
  for (const Hit& h : hits_.At(i)) hits.push_back(&h);
  std::stable_sort(hits.begin(), hits.end(), [](const Hit* a, const Hit* b) { return a->end > b->end; });
  for (const Hit* hit : hits) {
    if (size_t next = OnHit(i, *hit); next > i) return next;
  }
  if (size_t next = OnDynamicName(i); next > i) return next;
  return OnNameBeforeTitle(i);
}

size_t Scanner::OnHit(size_t i, const Hit& hit) {
  const Phrase& p = *hit.phrase;
  if (p.Has(Sense::Kind::kName)) {
    if (size_t next = OnName(i, hit, false); next > i) return next;
  }
  if (p.Has(Sense::Kind::kTitle)) return OnTitle(i, *ChooseTitle(i));
  if (p.Has(Sense::Kind::kAdjective)) {
    if (size_t next = OnCapitalPeriphrasis(i, hit); next > i) return next;
    for (const Sense& s : p.senses) {
      if (s.kind != Sense::Kind::kAdjective) continue;
      seen_countries_.insert(model_.entity(s.index).actor.country);
      if (!s.plural) continue;
      Emit(Make(model_.entity(s.index).actor.id, Mention::Kind::kAdjective, i, hit.end, hit.begin),
           hit.fused_article);
      return hit.end;
    }
  }
  if (p.Has(Sense::Kind::kWord)) {
    if (size_t next = OnWord(i, hit); next > i) return next;
  }
  return i;
}

// Of the titles at `i`, the one that leaves the longest name after it:
// `رئيس اللجنة العسكرية للحلف` is رئيس + the committee, not the role
// phrase `رئيس اللجنة العسكرية` + الحلف.
const Hit* Scanner::BestTitle(size_t i) const {
  const Hit* best = nullptr;
  size_t best_reach = 0;
  for (const Hit& h : hits_.At(i)) {
    if (!h.phrase->Has(Sense::Kind::kTitle)) continue;
    size_t reach = h.end;
    const size_t k = Skip(h.end);
    if (k < text_.tokens.size()) {
      // A nationality adjective completes a title as a name does: `وزيرة
      // الخارجية الفرنسية` is the minister, not `وزيرة` + the ministry.
      for (Sense::Kind kind : {Sense::Kind::kName, Sense::Kind::kAdjective}) {
        const Hit* next = hits_.Longest(k, kind);
        if (next != nullptr) reach = std::max<size_t>(reach, next->end);
      }
    }
    if (best == nullptr || reach > best_reach || (reach == best_reach && h.end > best->end)) {
      best = &h;
      best_reach = reach;
    }
  }
  return best;
}

size_t Scanner::OnName(size_t i, const Hit& hit, bool after_title) {
  const int chosen = ChooseEntity(*hit.phrase, after_title || NameCueBefore(i));
  if (chosen < 0 || EndsWithTanween(hit)) return i;
  const Entity& e = model_.entity(static_cast<uint32_t>(chosen));
  if (e.actor.type == ActorType::kPlace) {
    if (!e.stands_for.empty() && model_.Find(e.stands_for[0]) != nullptr && !PlaceContext(i, hit)) {
      Emit(Make(e.stands_for[0], Mention::Kind::kMetonym, i, hit.end, hit.begin), hit.fused_article);
    } else {
      Mention m = Make(e.actor.id, Mention::Kind::kName, i, hit.end, hit.begin);
      m.place = true;
      m.stands_for = DestinationCountry(i, e);
      Emit(std::move(m), hit.fused_article);
    }
    return hit.end;
  }
  // `كيم سونغ مين` is not Kim Song: a full name that goes on is someone else's.
  if (e.actor.type == ActorType::kPerson && hit.end > i + 1 && ContinuesName(hit.end)) {
    continued_name_ = i;
    return i;
  }
  bool surname = false;
  for (const Sense& s : hit.phrase->senses) {
    if (s.kind == Sense::Kind::kName && s.index == static_cast<uint32_t>(chosen)) surname = s.surname;
  }
  Emit(Make(e.actor.id, surname ? Mention::Kind::kSurname : Mention::Kind::kName, i, hit.end, hit.begin),
       hit.fused_article);
  if (e.actor.type == ActorType::kPerson && hit.phrase->rest.size() >= 1) named_in_full_.insert(e.actor.id);
  return hit.end;
}

// `العاصمة النمساوية` with no name after it: the capital of that country, a
// place (the talks held there are not Austria's).
size_t Scanner::OnCapitalPeriphrasis(size_t i, const Hit& hit) {
  if (i == 0 || !IsWord(i - 1, WordKind::kCapitalWord, i)) return i;
  const size_t k = Skip(hit.end);
  if (k < text_.tokens.size() && NameHit(k) == nullptr && hits_.Longest(k, Sense::Kind::kName) != nullptr) {
    return i;  // `العاصمة النمساوية فيينا`: the name says it
  }
  for (const Sense& s : hit.phrase->senses) {
    if (s.kind != Sense::Kind::kAdjective) continue;
    auto capital = model_.capital_by_iso.find(model_.entity(s.index).actor.country);
    if (capital == model_.capital_by_iso.end()) continue;
    const Entity& place = model_.entity(capital->second);
    Mention m = Make(place.actor.id, Mention::Kind::kName, i - 1, hit.end, text_.tokens[i - 1].begin);
    m.place = true;
    m.stands_for = DestinationCountry(i - 1, place);
    Emit(std::move(m));
    return hit.end;
  }
  return i;
}

// Among the actors a name may denote, the one this article means, or -1.
// A common word (الأسد) needs a title before it or the full name earlier.
int Scanner::ChooseEntity(const Phrase& phrase, bool after_title) const {
  bool common = false;
  for (const Sense& s : phrase.senses) {
    if (s.kind == Sense::Kind::kWord && model_.data.words[s.index].kind == WordKind::kCommon) common = true;
  }
  std::vector<uint32_t> candidates;
  for (const Sense& s : phrase.senses) {
    if (s.kind != Sense::Kind::kName) continue;
    if (common && !after_title && !named_in_full_.count(model_.entity(s.index).actor.id)) continue;
    candidates.push_back(s.index);
  }
  if (candidates.size() <= 1) return candidates.empty() ? -1 : static_cast<int>(candidates[0]);
  int best = -1, best_score = 0;
  bool tie = false;
  for (uint32_t c : candidates) {
    const Actor& a = model_.entity(c).actor;
    int score = named_in_full_.count(a.id) ? 8 : count_.count(a.id) ? 4 : 0;
    if (!a.country.empty() && seen_countries_.count(a.country)) score += 2;
    if (a.type == ActorType::kPerson && model_.RoleAt(c, doc_date_) != nullptr) score += 1;
    tie = score == best_score ? true : score > best_score ? false : tie;
    if (score > best_score) best = static_cast<int>(c), best_score = score;
  }
  return tie ? -1 : best;
}

// A name is never written with tanween: `تهديداً روسياً` is an adjective.
bool Scanner::EndsWithTanween(const Hit& hit) const {
  const std::string_view last = index_.Slice(original_, text_.tokens[hit.end - 1].begin, text_.tokens[hit.end - 1].end);
  return last.find("\u064b") != std::string_view::npos;
}

// `قناة (روسيا اليوم)`: a word that announces a name, before it past brackets and quotes.
bool Scanner::NameCueBefore(size_t i) const {
  size_t k = i;
  while (k > 0 && (IsTransparent(text_.tokens[k - 1]) || text_.tokens[k - 1].text == "(")) --k;
  for (size_t back = 1; back <= 2 && back <= k; ++back) {
    if (IsWord(k - back, WordKind::kNameCue, k)) return true;
  }
  return false;
}

bool Scanner::IsWord(size_t i, WordKind kind, size_t end) const {
  if (i >= text_.tokens.size()) return false;
  for (const Hit& h : hits_.At(i)) {
    if (h.end != end) continue;
    for (const Sense& s : h.phrase->senses) {
      if (s.kind == Sense::Kind::kWord && model_.data.words[s.index].kind == kind) return true;
    }
  }
  return false;
}

size_t Scanner::OnWord(size_t i, const Hit& hit) {
  for (const Sense& s : hit.phrase->senses) {
    if (s.kind != Sense::Kind::kWord) continue;
    switch (model_.data.words[s.index].kind) {
      case WordKind::kSide: {  // الجانب الروسي, الوفد الأمريكي
        const size_t j = Skip(hit.end);
        const Hit* adj = j < text_.tokens.size() ? hits_.Longest(j, Sense::Kind::kAdjective) : nullptr;
        if (adj == nullptr || adj != hits_.Longest(j)) break;
        for (const Sense& a : adj->phrase->senses) {
          if (a.kind != Sense::Kind::kAdjective) continue;
          Emit(Make(model_.entity(a.index).actor.id, Mention::Kind::kAdjective, i, adj->end, hit.begin),
               hit.fused_article);
          return SecondSide(adj->end);
        }
        break;
      }
      case WordKind::kAnaphor:
      case WordKind::kNationalBody:
        Emit(Make("", Mention::Kind::kAnaphor, i, hit.end, hit.begin), hit.fused_article);
        anaphors_.push_back({mentions_.size() - 1, s.index});
        return hit.end;
      case WordKind::kOrgHead:
        if (size_t next = OnUnknownOrg(i, hit); next > i) return next;
        break;
      case WordKind::kCounterpart:
        if (size_t next = OnCounterpart(i, hit); next > i) return next;
        break;
      default:
        break;
    }
  }
  return i;
}

// `الجانبان الروسي والأوكراني`: an adjective joined by و after a side's
// adjective is the other side. Returns the token after it, or `j`.
size_t Scanner::SecondSide(size_t j) {
  const size_t k = Skip(j);
  const int country = AdjectiveCountry(k);
  if (country < 0) return j;
  const Hit* adj = hits_.Longest(k, Sense::Kind::kAdjective);
  if (adj->begin == text_.tokens[k].begin) return j;  // no و before it
  Emit(Make(model_.entity(static_cast<uint32_t>(country)).actor.id, Mention::Kind::kAdjective, k, adj->end,
            adj->begin));
  return adj->end;
}

// A person the lexicon lacks but this article already named in full.
size_t Scanner::OnDynamicName(size_t i) {
  if (dynamic_.empty()) return i;
  const Token& t = text_.tokens[i];
  auto try_word = [&](std::string_view word, uint32_t begin) -> size_t {
    auto it = dynamic_.find(std::string(word));
    if (it == dynamic_.end()) return i;
    for (const DynamicName& d : it->second) {
      size_t j = i + 1;
      bool ok = true;
      for (size_t k = 0; ok && k < d.rest.size(); ++k, ++j) {
        j = Skip(j);
        ok = j < text_.tokens.size() && text_.tokens[j].text == d.rest[k];
      }
      if (!ok) continue;
      Emit(Make(d.id, d.surname ? Mention::Kind::kSurname : Mention::Kind::kName, i, j, begin));
      return j;
    }
    return i;
  };
  if (size_t next = try_word(t.text, t.begin); next > i) return next;
  for (const CliticSplit& split : t.splits()) {
    if (split.article) continue;
    if (size_t next = try_word(t.Stem(split), text_.StemBegin(t, split)); next > i) return next;
  }
  return i;
}

Mention Scanner::Make(const std::string& id, Mention::Kind kind, size_t first, size_t end, uint32_t begin) const {
  Mention m;
  m.actor_id = id;
  m.kind = kind;
  m.first_token = static_cast<uint32_t>(first);
  m.end_token = static_cast<uint32_t>(end);
  m.begin = begin;
  m.end = text_.tokens[end - 1].end;
  m.text = std::string(index_.Slice(original_, m.begin, m.end));
  return m;
}

// A person this article named in full whose name starts with tokens [first, end).
std::string Scanner::PersonByPrefix(size_t first, size_t end) const {
  const size_t n = end - first;
  for (auto f = full_names_.rbegin(); f != full_names_.rend(); ++f) {
    const std::vector<std::string>& full = f->first;
    if (full.size() <= n) continue;
    // From the start of the name, or inside it for two tokens or more: `عبد
    // الله` of `الملك عبد الله الثاني`.
    for (size_t at = 0; at + n <= full.size() && (at == 0 || n >= 2); ++at) {
      bool same = true;
      for (size_t k = 0; same && k < n; ++k) same = full[at + k] == text_.tokens[first + k].text;
      if (same) return f->second;
    }
  }
  return "";
}

void Scanner::Emit(Mention m, bool fused_article) {
  if (m.kind == Mention::Kind::kRole) {
    // The organisation inside a role phrase is named too (for الحلف later).
    for (size_t k = m.first_token; k < m.end_token; ++k) {
      const Hit* h = hits_.Longest(k, Sense::Kind::kName);
      if (h == nullptr || h->end > m.end_token) continue;
      for (const Sense& s : h->phrase->senses) {
        if (s.kind != Sense::Kind::kName) continue;
        const std::string& id = model_.entity(s.index).actor.id;
        ++count_[id];
        last_sentence_[id] = text_.tokens[k].sentence;
      }
      break;
    }
  }
  surfaces_.push_back(fused_article ? "\u0627\u0644" + m.text : m.text);  // للناتو is a mention of الناتو
  if (m.kind == Mention::Kind::kName && m.end_token > m.first_token + 1 && !m.actor_id.empty()) {
    const Entity* e = model_.Find(m.actor_id);
    if ((e != nullptr && e->actor.type == ActorType::kPerson) || unknown_.count(m.actor_id)) {
      std::vector<std::string> tokens;
      for (size_t k = m.first_token; k < m.end_token; ++k) {
        if (!IsTransparent(text_.tokens[k])) tokens.push_back(text_.tokens[k].text);
      }
      full_names_.emplace_back(std::move(tokens), m.actor_id);
    }
  }
  if (!m.actor_id.empty()) {
    ++count_[m.actor_id];
    last_sentence_[m.actor_id] = text_.tokens[m.first_token].sentence;
    if (const Entity* e = model_.Find(m.actor_id); e != nullptr && !e->actor.country.empty()) {
      seen_countries_.insert(e->actor.country);
    }
  }
  mentions_.push_back(std::move(m));
}

// The token at `k` goes on with a name written right before it: glued to it
// (no punctuation), not a particle, not a word the dictionary knows.
bool Scanner::ContinuesName(size_t k) const {
  if (k >= text_.tokens.size()) return false;
  const Token& t = text_.tokens[k];
  if (t.kind != TokenKind::kArabic || t.newline_before || t.sentence != text_.tokens[k - 1].sentence ||
      !hits_.At(k).empty() || t.split_count > 0) {
    return false;
  }
  if (const NamePart* part = FindNamePartOf(t)) return part->kind != NamePart::Kind::kParticle;
  return !model_.dictionary->IsDictionaryWord(index_.Slice(original_, t.begin, t.end));
}

size_t Scanner::Skip(size_t j) const {
  while (j < text_.tokens.size() && IsTransparent(text_.tokens[j])) ++j;
  return j;
}

std::string Scanner::TokensKey(size_t first, size_t end) const {
  std::string key;
  for (size_t k = first; k < end; ++k) {
    if (IsTransparent(text_.tokens[k])) continue;
    key += (key.empty() ? "" : " ") + text_.tokens[k].text;
  }
  return key;
}

}  // namespace tarikh::entities
