// Marks in evidence sentences: the trigger's stem and the parties' names,
// found through the proclitics news glues to them.
#include "render/evidence.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "graph/testing_corpus.h"
#include "render/sha256.h"

namespace tarikh::render_internal {
namespace {

TEST(RenderEvidenceTest, TriggerAndPartiesMarked) {
  TriggerMarker triggers;
  triggers.forms["meeting"] = {PhraseTokens("التقى"), PhraseTokens("اجتماع")};
  triggers.forms["call"] = {PhraseTokens("اتصالا هاتفيا")};
  const Actor egypt = testing::MakeActor("egypt", "Egypt", "مصر", ActorType::kCountry, "EGY");
  Actor nato = testing::MakeActor("nato", "NATO", "حلف شمال الأطلسي", ActorType::kOrganization, "");
  nato.mentions.push_back("الناتو");
  const struct {
    const char* type;
    const char* sentence;
    const char* html;
  } cases[] = {
      {"meeting", "والتقى وزير خارجية مصر أمس", "و<mark class=\"trigger\">التقى</mark> وزير خارجية <mark class=\"party\">مصر</mark> أمس"},
      {"meeting", "عقد اجتماع لحلف شمال الأطلسي", "عقد <mark class=\"trigger\">اجتماع</mark> <mark class=\"party\">لحلف شمال الأطلسي</mark>"},
      {"call", "أجرى اتصالا هاتفيا بالناتو", "أجرى <mark class=\"trigger\">اتصالا هاتفيا</mark> <mark class=\"party\">بالناتو</mark>"},
      {"call", "التقى مسؤولو مصر", "التقى مسؤولو <mark class=\"party\">مصر</mark>"},  // not this event's trigger
      {"meeting", "<b>مصر</b> & \"غيرها\"", "&lt;b&gt;<mark class=\"party\">مصر</mark>&lt;/b&gt; &amp; &quot;غيرها&quot;"},
  };
  for (const auto& c : cases) {
    Event e = testing::MakeEvent("e", c.type, "", EventClass::kContact, "2022-01-10", "egypt,nato");
    PartyPhrases phrases;
    const std::vector<EvidenceMark> marks = MarkEvidence(c.sentence, e, {&egypt, &nato}, phrases, &triggers);
    EXPECT_EQ(MarkedHtml(c.sentence, marks), c.html) << c.sentence;
  }
}

TEST(RenderSha256Test, KnownDigests) {
  // FIPS 180-4 examples, and the digest of nothing.
  EXPECT_EQ(Sha256Base64(""), "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  EXPECT_EQ(Sha256Base64("abc"), "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
  EXPECT_EQ(Sha256Base64("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE=");
}

}  // namespace
}  // namespace tarikh::render_internal
