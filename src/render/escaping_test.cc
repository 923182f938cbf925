#include <gtest/gtest.h>

#include <string>

#include "graph/testing_corpus.h"
#include "render/testing_util.h"
#include "tarikh/render.h"

namespace tarikh {
namespace {

using render_testing::Contains;
using render_testing::FilesByName;

// A corpus whose every text tries to break out of its format: markup, quotes,
// ampersands, Graphviz escapes and entities, and bidi overrides.
testing::Corpus HostileCorpus() {
  testing::Corpus c = testing::SeedCorpus();
  Actor& ryabkov = c.actors[8];
  ryabkov.name = "<script>alert(1)</script> \"Ryabkov\" & Co \\N \u202Egnp.exe";
  ryabkov.name_ar = "سيرغي\u202E ريابكوف\u2066 &#x202E;";
  ryabkov.role = "</td><script>x</script>";
  Event& talks = c.events[3];
  talks.place.name = "Geneva\"; rankdir=TB; \"";
  talks.place.name_ar = "جنيف<img src=x onerror=alert(1)>";
  talks.type = "talks<script>";
  talks.sources[0].evidence[0].text = "<b>bold</b> \u202Eمقلوب & \"quoted\", comma";
  c.documents[0].title = "</title><script>alert(1)</script>\u2067";
  return c;
}

bool HasBidiControl(const std::string& s) {
  for (const char* control : {"\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
                              "\u2067", "\u2068", "\u2069", "\u061C"})
    if (Contains(s, control)) return true;
  return false;
}

TEST(RenderEscapingTest, NothingHostileReachesAnyOutput) {
  testing::Corpus c = HostileCorpus();
  Result<std::vector<OutputFile>> files = RenderOutputs(c.documents, c.actors, c.events, {});
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  for (const OutputFile& f : files.value()) {
    EXPECT_FALSE(HasBidiControl(f.content)) << f.name;
    bool markup = f.name.ends_with(".svg") || f.name.ends_with(".html") || f.name.ends_with(".graphml") ||
                  f.name.ends_with(".json");
    if (!markup && !f.name.ends_with(".dot")) continue;
    EXPECT_FALSE(Contains(f.content, "&#x202E;")) << f.name;  // not even as an entity a renderer would decode
    if (!markup) continue;
    // index.html holds two scripts of its own (its code, and the ids of new
    // events as JSON), never one from the input.
    EXPECT_FALSE(Contains(f.content, "<script>alert")) << f.name;
    if (!f.name.ends_with(".html")) {
      EXPECT_FALSE(Contains(f.content, "<script")) << f.name;
    }
    EXPECT_FALSE(Contains(f.content, "<img")) << f.name;
    EXPECT_FALSE(Contains(f.content, "<b>bold")) << f.name;
    EXPECT_FALSE(Contains(f.content, "</td><script")) << f.name;
  }
  auto by_name = FilesByName(files.value());
  EXPECT_TRUE(Contains(by_name["network.svg"], "&lt;script&gt;alert(1)&lt;/script&gt; &quot;Ryabkov&quot; &amp; Co \\N"));
  EXPECT_TRUE(Contains(by_name["index.html"], "&lt;b&gt;bold&lt;/b&gt; مقلوب &amp; &quot;quoted&quot;"));
  EXPECT_TRUE(Contains(by_name["timeline.json"], "&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_TRUE(Contains(by_name["events.csv"], "\"<b>bold</b> مقلوب & \"\"quoted\"\", comma | "));
  // The DOT label keeps the text, escaped for Graphviz: `\N` would otherwise
  // become the node's name, and `&amp;` stays an ampersand.
  EXPECT_TRUE(Contains(by_name["network.dot"], "\\\\N gnp.exe"));
  EXPECT_TRUE(Contains(by_name["timeline.dot"], "Geneva&quot;;"));  // card labels are HTML-like: escaped as XML
}

}  // namespace
}  // namespace tarikh
