#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/testing_corpus.h"
#include "render/testing_util.h"
#include "tarikh/render.h"

namespace tarikh {
namespace {

using render_testing::Contains;
using render_testing::FilesByName;

std::vector<std::string> Lines(const std::string& text, const std::string& separator) {
  std::vector<std::string> out;
  for (size_t i = 0; i < text.size();) {
    size_t end = text.find(separator, i);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(i, end - i));
    i = end + separator.size();
  }
  return out;
}

TEST(RenderCsvTest, OneRowPerEventWithRfc4180Quoting) {
  testing::Corpus c = testing::SeedCorpus();
  c.events[1].place.name = "Baku, \"the capital\"";
  std::string csv = EventsCsv(c.documents, c.actors, c.events);
  EXPECT_NE(csv.substr(0, 3), "\xEF\xBB\xBF");  // no BOM
  std::vector<std::string> rows = Lines(csv, "\r\n");
  ASSERT_EQ(rows.size(), c.events.size() + 1);  // header, events
  EXPECT_EQ(rows[0], "id,date,start,end,class,type,cameo,planned,actors,actors_en,actors_ar,place,place_ar,"
                     "sources,evidence,date_display,outlets,urls");
  EXPECT_TRUE(Contains(rows[1], ",ربيع 2014 · spring 2014,"));  // the date in words beside its TIMEX3 value
  EXPECT_TRUE(Contains(rows[1], "e-0000000000000001,2014-SP,2014-03-01,2014-05-31,rupture,suspension,161,false,"
                                "nato; russia,NATO; Russia,حلف شمال الأطلسي; روسيا,"));
  EXPECT_TRUE(Contains(rows[2], ",\"Baku, \"\"the capital\"\"\",باكو,"));
  EXPECT_TRUE(Contains(rows[7], "2022-01-13,2022-01-13,2022-01-13,contact,conference,046,true"));
  EXPECT_FALSE(Contains(csv, "\n\n"));
}

// OWASP's advice against CSV injection: a cell a spreadsheet would read as a
// formula (= + - @ first) begins with ' instead; other cells are untouched.
TEST(RenderCsvTest, FormulasAreNeutralised) {
  const struct {
    const char* place;
    const char* cell;
  } cases[] = {
      {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
      {"+9647700000000", "'+9647700000000"},
      {"-2+3", "'-2+3"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"  =1+1", "'=1+1"},  // cleaned first: the space does not hide it
      {"a=b", "a=b"},
      {"جنيف - سويسرا", "جنيف - سويسرا"},
  };
  for (const auto& c : cases) {
    testing::Corpus corpus = testing::SeedCorpus();
    corpus.events.resize(1);
    corpus.events[0].place.name = c.place;
    std::vector<std::string> rows = Lines(EventsCsv(corpus.documents, corpus.actors, corpus.events), "\r\n");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_TRUE(Contains(rows[1], std::string(",") + c.cell + ",")) << c.place << " in " << rows[1];
  }
}

TEST(RenderCsvTest, SourcesOutletsAndUrls) {
  testing::Corpus c = testing::SeedCorpus();
  c.events.resize(1);
  c.events[0].sources.resize(1);
  for (Document& d : c.documents) {
    if (d.id != c.events[0].sources[0].document) continue;
    d.source = "Al Mayadeen";
    d.url = "https://example.org/news/1";
  }
  std::vector<std::string> rows = Lines(EventsCsv(c.documents, c.actors, c.events), "\r\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_TRUE(rows[1].ends_with(",Al Mayadeen,https://example.org/news/1")) << rows[1];
}

TEST(RenderGraphmlTest, DeclaresEveryKeyItUses) {
  testing::Corpus c = testing::SeedCorpus();
  std::string xml = NetworkGraphml(BuildActorGraph(c.actors, c.events));
  for (const char* key : {"label", "name_ar", "type", "country", "role", "degree", "contacts", "component",
                          "betweenness", "weight", "kind", "dates", "types", "events"})
    EXPECT_TRUE(Contains(xml, std::string("<key id=\"") + key + "\"")) << key;
  EXPECT_TRUE(Contains(xml, "edgedefault=\"undirected\""));
  EXPECT_TRUE(Contains(xml, "<data key=\"kind\">rupture</data>"));
  EXPECT_TRUE(Contains(xml, "<data key=\"name_ar\">سيرغي ريابكوف</data>"));
  EXPECT_TRUE(Contains(xml, "<data key=\"dates\">2022-01-09/2022-01-10; 2022-01-13</data>"));
}

// What TimelineJS3 requires of a slide: start_date with an integer year, and
// text (headline or text) or media.
void ExpectTimelineJsSlide(const nlohmann::json& slide) {
  ASSERT_TRUE(slide.contains("start_date")) << slide.dump();
  ASSERT_TRUE(slide["start_date"].contains("year")) << slide.dump();
  EXPECT_TRUE(slide["start_date"]["year"].is_number_integer()) << slide.dump();
  for (const char* part : {"start_date", "end_date"}) {
    if (!slide.contains(part)) continue;
    for (const char* field : {"month", "day"})
      EXPECT_TRUE(!slide[part].contains(field) || slide[part][field].is_number_integer()) << slide.dump();
    EXPECT_TRUE(!slide[part].contains("day") || slide[part].contains("month")) << slide.dump();
  }
  bool has_text = slide.contains("text") && (slide["text"].contains("headline") || slide["text"].contains("text"));
  EXPECT_TRUE(has_text || slide.contains("media")) << slide.dump();
}

TEST(RenderTimelineJsonTest, ValidatesAgainstTimelineJs3RequiredFields) {
  testing::Corpus c = testing::SeedCorpus();
  c.events.push_back(testing::MakeEvent("e-undated", "visit", "042", EventClass::kContact, "", "russia,nato"));
  nlohmann::json root = nlohmann::json::parse(TimelineJson(c.actors, c.events, {}));
  ASSERT_TRUE(root["events"].is_array());
  EXPECT_EQ(root["events"].size(), 7u);  // the undated visit cannot be placed
  EXPECT_TRUE(Contains(root["title"]["text"]["text"].get<std::string>(), "1 without a calendar date"));
  for (const auto& slide : root["events"]) ExpectTimelineJsSlide(slide);
  const auto& season = root["events"][0];
  EXPECT_EQ(season["start_date"], (nlohmann::json{{"year", 2014}, {"month", 3}}));
  EXPECT_EQ(season["end_date"], (nlohmann::json{{"year", 2014}, {"month", 5}}));
  EXPECT_EQ(season["display_date"], "ربيع 2014 · spring 2014");
  EXPECT_EQ(root["events"][3]["display_date"], "9–10 كانون الثاني/يناير 2022 · 9–10 Jan 2022");
  EXPECT_EQ(root["events"][1]["start_date"], (nlohmann::json{{"year", 2017}, {"month", 2}}));  // no invented day
  EXPECT_FALSE(root["events"][1].contains("end_date"));
  EXPECT_EQ(root["events"][3]["end_date"], (nlohmann::json{{"year", 2022}, {"month", 1}, {"day", 10}}));
  EXPECT_EQ(root["events"][3]["group"], "تواصل");
}

}  // namespace
}  // namespace tarikh
