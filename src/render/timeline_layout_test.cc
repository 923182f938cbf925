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

bool Overlap(const TimelineCard& a, const TimelineCard& b) {
  return a.x - a.width / 2 < b.x + b.width / 2 && b.x - b.width / 2 < a.x + a.width / 2 &&
         a.y - a.height / 2 < b.y + b.height / 2 && b.y - b.height / 2 < a.y + a.height / 2;
}

TEST(RenderTimelineLayoutTest, GroupsDownThePageInDateOrderWithHonestPrecision) {
  TimelineLayout t = SeedLayout();
  std::vector<std::string> dates;
  for (const TimelineGroup& g : t.groups) dates.push_back(g.date);
  EXPECT_EQ(dates, (std::vector<std::string>{"2014-SP", "2017-02", "2017-03-03", "2022-01-09/2022-01-10",
                                             "2022-01-12", "2022-01-13"}));
  EXPECT_EQ(t.groups[0].precision, DatePrecision::kSeason);
  EXPECT_EQ(t.groups[1].precision, DatePrecision::kMonth);
  EXPECT_EQ(t.groups[3].precision, DatePrecision::kDays);
  EXPECT_EQ(t.groups[4].cards.size(), 2u);  // the council and the press conference share 2022-01-12
  EXPECT_EQ(t.groups[1].label, (std::vector<std::string>{"شباط/فبراير 2017", "Feb 2017"}));
  for (size_t k = 1; k < t.groups.size(); ++k) EXPECT_GE(t.groups[k].top, t.groups[k - 1].bottom);  // time flows down
}

TEST(RenderTimelineLayoutTest, AsWideAsABrowserWindowWhateverTheNumberOfEvents) {
  for (size_t n : {5, 500}) {
    testing::Corpus c = testing::SyntheticCorpus(60, n);
    TimelineLayout t = LayoutTimeline(c.actors, c.events, {});
    EXPECT_EQ(t.width, kTimelineWidth);
    for (const TimelineCard& card : t.cards) {
      EXPECT_GE(card.x - card.width / 2, 0);
      EXPECT_LE(card.x + card.width / 2, t.axis_x);  // cards left of the axis, dates right of it
    }
    EXPECT_GT(t.date_x - t.date_width / 2, t.axis_x);
    EXPECT_LE(t.date_x + t.date_width / 2, t.width);
  }
}

TEST(RenderTimelineLayoutTest, LongGapsAreCompressedAndLabelled) {
  TimelineLayout t = SeedLayout();
  // 2014 -> 2017 and 2017 -> 2022 are years apart but drawn a short gap apart.
  EXPECT_TRUE(t.groups[1].gap_before);
  EXPECT_TRUE(t.groups[3].gap_before);
  EXPECT_GT(t.groups[3].gap_days, 4 * 365);
  EXPECT_LT(t.groups[3].top - t.groups[2].bottom, 60);
  // Days apart are not a gap, and two days take more room than none.
  EXPECT_FALSE(t.groups[4].gap_before);
  EXPECT_GT(t.groups[4].top - t.groups[3].bottom, 0);
}

TEST(RenderTimelineLayoutTest, CardsNeverOverlapAndNameTheirDateTypeAndParties) {
  testing::Corpus c = testing::SyntheticCorpus(60, 400);
  TimelineLayout t = LayoutTimeline(c.actors, c.events, {});
  for (size_t k = 1; k < t.cards.size(); ++k)
    for (size_t j = k >= 6 ? k - 6 : 0; j < k; ++j) EXPECT_FALSE(Overlap(t.cards[j], t.cards[k])) << j << " " << k;
  for (const TimelineCard& card : t.cards) {
    bool headline = false, date = false, names = false;
    for (const CardLine& l : card.lines) {
      headline |= l.kind == CardLine::Kind::kHeadline;
      date |= l.kind == CardLine::Kind::kDate;
      names |= l.kind == CardLine::Kind::kNames;
    }
    EXPECT_TRUE(headline && date && names) << card.event->id;
  }
}

TEST(RenderTimelineLayoutTest, UndatedEventsAreLeftOutAndSeasonsSpanTheirMonths) {
  std::vector<Event> events = {
      testing::MakeEvent("a", "meeting", "040", EventClass::kContact, "", "x,y"),
      testing::MakeEvent("b", "meeting", "040", EventClass::kContact, "2014-04-10", "x,y"),
      testing::MakeEvent("c", "meeting", "040", EventClass::kContact, "2014-SP", "x,y"),
      testing::MakeEvent("d", "meeting", "040", EventClass::kContact, "2014-05", "x,y"),
      testing::MakeEvent("e", "meeting", "040", EventClass::kContact, "2014-07-01", "x,y"),
      testing::MakeEvent("f", "meeting", "040", EventClass::kContact, "PRESENT_REF", "x,y")};
  TimelineLayout t = LayoutTimeline({}, events, {});
  ASSERT_EQ(t.groups.size(), 4u);
  EXPECT_EQ(t.undated, 2u);
  EXPECT_EQ(t.groups[0].date, "2014-SP");
  EXPECT_EQ(t.groups[0].span_to, 2u);  // over 2014-04-10 and 2014-05, not 2014-07-01
  EXPECT_EQ(t.groups[2].span_to, 2u);
}

}  // namespace
}  // namespace tarikh::render_internal
