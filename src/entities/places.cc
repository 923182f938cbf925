// Places: when a capital names a location rather than its government (after
// a place preposition, with ب, in a dateline), and which country a place
// named as a destination stands for in a visit.
#include "entities/scanner.h"

namespace tarikh::entities {

// A capital is a place, not its government, after في / إلى / بمدينة, after
// `العاصمة الروسية`, with the proclitic ب (ببروكسل), in a dateline, or in the
// name of a process (محادثات فيينا).
bool Scanner::PlaceContext(size_t i, const Hit& hit) const {
  if (hit.first_clitic == 'b' || OpensDateline(i, hit)) return true;
  // `محادثات فيينا`, `مسار أستانا`, `اتفاق مينسك`: the name of a process holds its place.
  if (i >= 1 && IsWord(i - 1, WordKind::kProcess, i)) return true;
  for (size_t back = 1; back <= 2 && back <= i; ++back) {
    if (IsWord(i - back, WordKind::kPlacePrep, i)) return true;
  }
  if (i >= 2) {
    const Hit* adj = hits_.Longest(i - 1, Sense::Kind::kAdjective);
    if (adj != nullptr && adj->end == i && IsWord(i - 2, WordKind::kPlacePrep, i - 1)) return true;
  }
  return false;
}

// The country of a place named as a destination (`إلى الرياض`, `إلى مدينة
// جدة`, `إلى العاصمة الروسية موسكو`), or "".
std::string Scanner::DestinationCountry(size_t i, const Entity& place) const {
  auto country = model_.country_by_iso.find(place.actor.country);
  if (country == model_.country_by_iso.end()) return "";
  for (size_t k = i, steps = 0; k > 0 && steps < 3; ++steps) {
    if (IsWord(k - 1, WordKind::kDestination, k)) return model_.entity(country->second).actor.id;
    // `استدعت سفيرها لدى طهران`, `سفارتها في الدوحة`: the mission's host country.
    if (k >= 2 && IsWord(k - 1, WordKind::kPosting, k) && IsWord(k - 2, WordKind::kEnvoy, k - 1)) {
      return model_.entity(country->second).actor.id;
    }
    const Hit* adj = hits_.Longest(k - 1, Sense::Kind::kAdjective);
    if (adj != nullptr && adj->end == k) {
      --k;
    } else if (IsWord(k - 1, WordKind::kPlacePrep, k)) {
      --k;
    } else {
      break;
    }
  }
  return "";
}

// `الرياض - واس`, `القاهرة، 5 مايو (رويترز) -`, `موسكو – (رياليست عربي):`: a
// city opening a line before a dash or a comma says where the story was
// filed. A colon counts only at the very start of the article: a line
// `موسكو: لن نقبل …` inside it is a headline quoting the government.
bool Scanner::OpensDateline(size_t i, const Hit& hit) const {
  if (i != 0 && !text_.tokens[i].newline_before) return false;
  if (hit.end >= text_.tokens.size()) return false;
  const Token& next = text_.tokens[hit.end];
  if (next.kind != TokenKind::kPunct) return false;
  if (next.text == "-" || next.text == "\u060c" || next.text == ",") return true;
  return i == 0 && next.text == ":";
}

}  // namespace tarikh::entities
