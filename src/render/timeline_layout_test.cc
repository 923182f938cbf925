#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "graph/testing_corpus.h"
#include "render/timeline_layout.h"

namespace tarikh::render_internal {
namespace {

TimelineLayout SeedLayout(RenderOptions options = {}) {
  static const testing::Corpus corpus = testing::SeedCorpus();
  return LayoutTimeline(corpus.actors, corpus.events, options);
}

TEST(RenderTimelineLayoutTest, ColumnsInDateOrderWithHonestPrecision) {
  TimelineLayout t = SeedLayout();
  std::vector<std::string> dates;
  for (const TimelineColumn& c : t.columns) dates.push_back(c.date);
  EXPECT_EQ(dates, (std::vector<std::string>{"2014-SP", "2017-02", "2017-03-03", "2022-01-09/2022-01-10",
                                             "2022-01-12", "2022-01-13"}));
  EXPECT_EQ(t.columns[0].precision, DatePrecision::kSeason);
  EXPECT_EQ(t.columns[1].precision, DatePrecision::kMonth);
  EXPECT_EQ(t.columns[3].precision, DatePrecision::kDays);
  EXPECT_EQ(t.columns[4].cards.size(), 2u);  // the council and the press conference share 2022-01-12
}

TEST(RenderTimelineLayoutTest, LongGapsAreCompressedAndMarked) {
  TimelineLayout t = SeedLayout();
  // 2014 -> 2017 and 2017 -> 2022 are years apart but drawn a short gap apart.
  EXPECT_TRUE(t.columns[1].gap_before);
  EXPECT_TRUE(t.columns[3].gap_before);
  EXPECT_GT(t.columns[3].gap_days, 4 * 365);
  EXPECT_LT(t.columns[3].left - t.columns[2].right, 120);
  EXPECT_LT(t.columns[1].left - t.columns[0].right, 120);
  // Days apart are not a gap, and two days take more room than one.
  EXPECT_FALSE(t.columns[4].gap_before);
  EXPECT_GT(t.columns[4].left - t.columns[3].right, t.columns[5].left - t.columns[4].right);
}

TEST(RenderTimelineLayoutTest, CardsNeverOverlap) {
  testing::Corpus c = testing::SyntheticCorpus(60, 400);
  TimelineLayout t = LayoutTimeline(c.actors, c.events, {});
  for (size_t k = 1; k < t.cards.size(); ++k)
    EXPECT_LE(t.cards[k - 1].x + t.cards[k - 1].width / 2, t.cards[k].x - t.cards[k].width / 2) << k;
  for (const TimelineColumn& col : t.columns)
    for (size_t k : col.cards) {
      EXPECT_GE(t.cards[k].x - t.cards[k].width / 2, col.left - 0.01);
      EXPECT_LE(t.cards[k].x + t.cards[k].width / 2, col.right + 0.01);
    }
}

TEST(RenderTimelineLayoutTest, LanesForTheMostActiveActors) {
  RenderOptions options;
  options.max_lanes = 3;
  TimelineLayout t = SeedLayout(options);
  ASSERT_EQ(t.lanes.size(), 3u);
  EXPECT_GT(t.lanes[0].y, t.lanes[1].y);  // the most active lane is on top
  EXPECT_GT(t.lanes[2].y, t.band_y);      // lanes are above the cards
  EXPECT_GT(t.band_y, t.axis_y);          // cards are above the axis
  options.actor_lanes = false;
  EXPECT_TRUE(SeedLayout(options).lanes.empty());
}

TEST(RenderTimelineLayoutTest, UndatedEventsComeLastAndSeasonsSpanTheirMonths) {
  std::vector<Event> events = {
      testing::MakeEvent("a", "meeting", "040", EventClass::kContact, "", "x,y"),
      testing::MakeEvent("b", "meeting", "040", EventClass::kContact, "2014-04-10", "x,y"),
      testing::MakeEvent("c", "meeting", "040", EventClass::kContact, "2014-SP", "x,y"),
      testing::MakeEvent("d", "meeting", "040", EventClass::kContact, "2014-05", "x,y"),
      testing::MakeEvent("e", "meeting", "040", EventClass::kContact, "2014-07-01", "x,y")};
  TimelineLayout t = LayoutTimeline({}, events, {});
  ASSERT_EQ(t.columns.size(), 5u);
  EXPECT_EQ(t.columns[0].date, "2014-SP");
  EXPECT_EQ(t.columns[0].span_to, 2u);  // over 2014-04-10 and 2014-05, not 2014-07-01
  EXPECT_EQ(t.columns[2].span_to, 2u);
  EXPECT_EQ(t.columns.back().date, "");
  EXPECT_TRUE(t.columns.back().gap_before);
}

}  // namespace
}  // namespace tarikh::render_internal
