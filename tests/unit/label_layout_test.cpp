// Label placement: priority wins, collisions move or drop labels, bounds are kept, a name
// is not repeated close by.
#include <gtest/gtest.h>

#include "scene/label_layout.h"

namespace atlas {
namespace {

const ScreenRect kScreen{0, 0, 800, 600};

bool overlap(const PlacedLabel& a, const PlacedLabel& b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

TEST(LabelLayoutTest, FirstCandidateTakesTheRightSide) {
  LabelLayout layout;
  layout.place({{100, 100, 3, 50, 14, 7}}, kScreen, 10);
  ASSERT_EQ(layout.placed().size(), 1u);
  EXPECT_GT(layout.placed()[0].x, 100);
  EXPECT_EQ(layout.placed()[0].id, 7u);
}

TEST(LabelLayoutTest, CollidingLabelMovesToAnotherSide) {
  LabelLayout layout;
  // The second point sits under the first one's label: right and left are taken, above is free.
  std::vector<LabelCandidate> c = {{100, 100, 3, 60, 10, 1}, {160, 100, 3, 30, 10, 2}};
  layout.place(c, kScreen, 10);
  ASSERT_EQ(layout.placed().size(), 2u);
  EXPECT_FALSE(overlap(layout.placed()[0], layout.placed()[1]));
  EXPECT_LT(layout.placed()[1].y + layout.placed()[1].height, 100);  // above its point
}

TEST(LabelLayoutTest, DenseClusterKeepsHighestPriorityAndNoOverlaps) {
  LabelLayout layout;
  std::vector<LabelCandidate> c;
  for (std::uint32_t i = 0; i < 30; ++i) c.push_back({200.0f + float(i % 3), 200.0f + float(i / 3), 2, 70, 14, i});
  layout.place(c, kScreen, 100);
  const auto& p = layout.placed();
  ASSERT_FALSE(p.empty());
  EXPECT_LT(p.size(), 30u);
  EXPECT_EQ(p[0].id, 0u);  // the first (highest priority) always gets a place
  for (std::size_t i = 0; i < p.size(); ++i)
    for (std::size_t j = i + 1; j < p.size(); ++j) EXPECT_FALSE(overlap(p[i], p[j])) << i << " " << j;
}

TEST(LabelLayoutTest, StaysInsideTheScreenAndRespectsTheLimit) {
  LabelLayout layout;
  std::vector<LabelCandidate> c = {{795, 300, 3, 80, 14, 1}, {5, 5, 3, 80, 14, 2}};
  for (std::uint32_t i = 0; i < 50; ++i) c.push_back({float(i * 15), 400, 2, 10, 10, 10 + i});
  layout.place(c, kScreen, 5);
  EXPECT_EQ(layout.placed().size(), 5u);
  for (const PlacedLabel& l : layout.placed()) {
    EXPECT_GE(l.x, 0);
    EXPECT_LE(l.x + l.width, 800);
    EXPECT_GE(l.y, 0);
  }
}

TEST(LabelLayoutTest, StaysOutOfTheSidePanel) {
  // The globe shows right of a 340 px panel. Town 1 sits under the panel; town 3 at its
  // edge has its right side taken by town 5's label, and its left would reach under the
  // panel. On the whole screen both get labels.
  std::vector<LabelCandidate> c = {{200, 300, 3, 40, 14, 1}, {360, 300, 3, 60, 14, 5}, {350, 300, 3, 40, 14, 3}};
  auto ids = [&](const ScreenRect& bounds) {
    LabelLayout layout;
    layout.place(c, bounds, 10);
    std::vector<std::uint32_t> out;
    for (const PlacedLabel& l : layout.placed()) {
      out.push_back(l.id);
      EXPECT_GE(l.x, bounds.x0) << l.id;
    }
    return out;
  };
  EXPECT_EQ(ids(ScreenRect{340, 0, 800, 600}), (std::vector<std::uint32_t>{5}));
  EXPECT_EQ(ids(kScreen), (std::vector<std::uint32_t>{1, 5, 3}));
}

TEST(LabelLayoutTest, SameNameCloseByIsShownOnceFarAwayTwice) {
  LabelLayout layout;
  // Köln the city and Köln the Kreis-level record at one spot; another "Köln" far away;
  // a differently named town at the same spot still gets its label.
  std::vector<LabelCandidate> c = {{300, 300, 3, 40, 14, 1, 5}, {300, 300, 3, 40, 14, 2, 5},
                                   {700, 100, 3, 40, 14, 3, 5}, {302, 330, 3, 40, 14, 4, 6}};
  layout.place(c, kScreen, 10);
  std::vector<std::uint32_t> ids;
  for (const PlacedLabel& l : layout.placed()) ids.push_back(l.id);
  EXPECT_EQ(ids, (std::vector<std::uint32_t>{1, 3, 4}));
}

TEST(LabelLayoutTest, BuffersKeepTheirSizeWhenTheCrowdMoves) {
  // 200 points crowded into a corner of the screen, then the same crowd at 35 other places (steps
  // of two grid cells, so every frame has the same entries): the reused buffers keep the size
  // of the first frame instead of growing with every cell that was ever crowded.
  auto crowd = [](float x, float y) {
    std::vector<LabelCandidate> c;
    for (std::uint32_t i = 0; i < 200; ++i) c.push_back({x + float(i % 10) * 2, y + float(i / 10) * 2, 1, 30, 10, i});
    return c;
  };
  LabelLayout layout;
  layout.place(crowd(60, 60), kScreen, 20);
  const std::size_t first = layout.reserved_bytes();
  const std::size_t placed = layout.placed().size();
  for (int gx = 0; gx < 7; ++gx)
    for (int gy = 0; gy < 5; ++gy) {
      layout.place(crowd(60.0f + float(gx) * 96.0f, 60.0f + float(gy) * 96.0f), kScreen, 20);
      EXPECT_EQ(layout.placed().size(), placed) << gx << " " << gy;
      EXPECT_EQ(layout.reserved_bytes(), first) << gx << " " << gy;
    }
}

}  // namespace
}  // namespace atlas
