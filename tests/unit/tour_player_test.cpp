// Tour stepping and kiosk timing (core/tour_player.h), time passed in.
#include <gtest/gtest.h>

#include "core/tour_player.h"

namespace atlas {
namespace {

Tour three_stops() {
  Tour t;
  t.name = "t";
  t.stops.push_back({"cam=50,7,2", "eins", "one", 0});
  t.stops.push_back({"cam=51,0,2", "zwei", "two", 5});
  t.stops.push_back({"cam=52,-1,2", "drei", "three", 0});
  return t;
}

TEST(TourPlayerTest, PresenterStepsStopAtBothEnds) {
  TourPlayer p;
  EXPECT_FALSE(p.next());
  EXPECT_EQ(p.current(), nullptr);
  p.start(three_stops());
  ASSERT_TRUE(p.active());
  EXPECT_EQ(p.index(), 0u);
  EXPECT_FALSE(p.previous());
  EXPECT_TRUE(p.next());
  EXPECT_TRUE(p.next());
  EXPECT_EQ(p.current()->caption_en, "three");
  EXPECT_FALSE(p.next());  // the last stop stays
  EXPECT_EQ(p.index(), 2u);
  EXPECT_TRUE(p.previous());
  EXPECT_EQ(p.index(), 1u);
  p.stop();
  EXPECT_FALSE(p.active());
}

TEST(TourPlayerTest, AnEmptyTourDoesNotStart) {
  TourPlayer p;
  p.start(Tour{});
  EXPECT_FALSE(p.active());
  p.play(0.0, 1.0, false);
  EXPECT_FALSE(p.playing());
  EXPECT_FALSE(p.update(100.0));
}

TEST(TourPlayerTest, KioskLoopsWithEachStopsDuration) {
  TourPlayer p;
  p.start(three_stops());
  p.play(10.0, 2.0, false);  // stop 1: 2 s (no duration), stop 2: its own 5 s, stop 3: 2 s
  EXPECT_FALSE(p.update(11.9));
  EXPECT_TRUE(p.update(12.0));
  EXPECT_EQ(p.index(), 1u);
  EXPECT_FALSE(p.update(16.9));
  EXPECT_TRUE(p.update(17.0));
  EXPECT_EQ(p.index(), 2u);
  EXPECT_TRUE(p.update(19.0));
  EXPECT_EQ(p.index(), 0u);  // a loop
}

TEST(TourPlayerTest, EveryOverridesTheStopsDuration) {
  TourPlayer p;
  p.start(three_stops());
  p.play(0.0, 1.0, true);
  EXPECT_TRUE(p.update(1.0));
  EXPECT_TRUE(p.update(2.0));  // stop 2's 5 s is overridden
  EXPECT_EQ(p.index(), 2u);
}

TEST(TourPlayerTest, InputPausesTheKiosk) {
  TourPlayer p;
  p.start(three_stops());
  p.play(0.0, 1.0, true);
  p.pause(0.5, 60.0);
  EXPECT_TRUE(p.paused(30.0));
  EXPECT_FALSE(p.update(1.0));
  EXPECT_FALSE(p.update(59.0));
  EXPECT_EQ(p.index(), 0u);
  EXPECT_FALSE(p.paused(60.5));
  EXPECT_TRUE(p.update(60.5));  // resumes when the pause ends
  EXPECT_EQ(p.index(), 1u);
  EXPECT_FALSE(p.update(61.0));
  EXPECT_TRUE(p.update(61.5));
}

TEST(KioskClockTest, TicksOncePerInterval) {
  KioskClock c;
  c.start(0.0, 20.0);
  EXPECT_FALSE(c.due(19.99));
  EXPECT_TRUE(c.due(20.0));
  EXPECT_FALSE(c.due(20.0));
  EXPECT_TRUE(c.due(45.0));  // a late frame: the next interval starts then
  EXPECT_FALSE(c.due(64.0));
  EXPECT_TRUE(c.due(65.0));
}

TEST(KioskClockTest, ALaterPauseExtendsAnEarlierOne) {
  KioskClock c;
  c.start(0.0, 1.0);
  c.pause(0.0, 10.0);
  c.pause(5.0, 10.0);
  EXPECT_FALSE(c.due(14.9));
  EXPECT_TRUE(c.due(15.0));
}

}  // namespace
}  // namespace atlas
