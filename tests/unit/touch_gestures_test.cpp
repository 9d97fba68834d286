// Touch gestures: tap, drag, long press and pinch told apart by distance (CSS px) and time (ms).
#include <gtest/gtest.h>

#include "core/touch_gestures.h"

namespace atlas {
namespace {

TEST(TouchGestures, ShortStillTouchIsATap) {
  TouchGestures g;
  g.finger_down(1, 100, 200, 0);
  g.finger_move(1, 104, 203, 80);  // within the slop
  g.finger_up(1, 104, 203, 150);
  TouchGestureOutput out = g.take();
  EXPECT_TRUE(out.touch_started);
  EXPECT_TRUE(out.tap);
  EXPECT_FALSE(out.long_press);
  EXPECT_FLOAT_EQ(out.x, 104);
  EXPECT_FLOAT_EQ(out.y, 203);
  EXPECT_FLOAT_EQ(out.rotate_dx, 0);
  EXPECT_FLOAT_EQ(out.rotate_dy, 0);
  EXPECT_FALSE(g.take().tap);  // taken once
}

TEST(TouchGestures, DragBeyondSlopRotatesByTheWholeMovementAndIsNoTap) {
  TouchGestures g;
  g.finger_down(1, 100, 200, 0);
  g.finger_move(1, 106, 200, 16);  // within the slop: nothing yet
  EXPECT_FLOAT_EQ(g.take().rotate_dx, 0);
  g.finger_move(1, 130, 190, 32);  // beyond: from where it came down
  TouchGestureOutput out = g.take();
  EXPECT_FLOAT_EQ(out.rotate_dx, 30);
  EXPECT_FLOAT_EQ(out.rotate_dy, -10);
  g.finger_move(1, 150, 195, 48);
  out = g.take();
  EXPECT_FLOAT_EQ(out.rotate_dx, 20);
  EXPECT_FLOAT_EQ(out.rotate_dy, 5);
  g.finger_up(1, 150, 195, 64);
  EXPECT_FALSE(g.take().tap);
}

TEST(TouchGestures, HeldStillIsALongPressNotATap) {
  TouchGestures g;
  g.finger_down(1, 50, 60, 1000);
  g.tick(1499);
  EXPECT_FALSE(g.take().long_press);
  g.tick(1500);
  TouchGestureOutput out = g.take();
  EXPECT_TRUE(out.long_press);
  EXPECT_FLOAT_EQ(out.x, 50);
  EXPECT_FLOAT_EQ(out.y, 60);
  g.tick(1600);
  EXPECT_FALSE(g.take().long_press);  // fires once
  g.finger_move(1, 80, 60, 1700);     // then follows the finger, without rotating
  out = g.take();
  EXPECT_TRUE(out.long_press);
  EXPECT_FLOAT_EQ(out.x, 80);
  EXPECT_FLOAT_EQ(out.rotate_dx, 0);
  g.finger_up(1, 80, 60, 1800);
  EXPECT_FALSE(g.take().tap);
}

TEST(TouchGestures, MoveBeyondSlopAfterASlowFrameStillDrags) {
  TouchGestures g;
  g.finger_down(1, 50, 60, 0);
  g.finger_move(1, 90, 60, 700);  // no frame ticked for 0.7 s, and the finger is away
  TouchGestureOutput out = g.take();
  EXPECT_FALSE(out.long_press);
  EXPECT_FLOAT_EQ(out.rotate_dx, 40);
}

TEST(TouchGestures, ReleaseAfterTheLongPressTimeWithoutTickIsNoTap) {
  TouchGestures g;
  g.finger_down(1, 50, 60, 0);
  g.finger_up(1, 50, 60, 700);  // no frame ticked in between: the event's time decides
  TouchGestureOutput out = g.take();
  EXPECT_FALSE(out.tap);
  EXPECT_TRUE(out.long_press);
}

TEST(TouchGestures, SpreadingTwoFingersZoomsIn) {
  TouchGestures g;
  g.finger_down(1, 100, 100, 0);
  g.finger_down(2, 200, 100, 10);
  g.finger_move(1, 50, 100, 20);
  g.finger_move(2, 250, 100, 30);  // spread 100 -> 200, midpoint kept
  TouchGestureOutput out = g.take();
  EXPECT_NEAR(out.zoom, 0.5, 1e-9);
  EXPECT_FLOAT_EQ(out.rotate_dx, 0);
  EXPECT_FLOAT_EQ(out.rotate_dy, 0);
  g.finger_move(2, 150, 100, 40);  // spread 200 -> 100
  EXPECT_NEAR(g.take().zoom, 2.0, 1e-9);
  g.finger_up(1, 50, 100, 50);
  g.finger_up(2, 150, 100, 60);
  out = g.take();
  EXPECT_FALSE(out.tap);
  EXPECT_FALSE(out.long_press);
}

TEST(TouchGestures, TwoFingersMovingTogetherRotate) {
  TouchGestures g;
  g.finger_down(1, 100, 100, 0);
  g.finger_down(2, 200, 100, 0);
  g.finger_move(1, 100, 140, 10);
  g.finger_move(2, 200, 140, 10);
  TouchGestureOutput out = g.take();
  EXPECT_NEAR(out.zoom, 1.0, 1e-6);
  EXPECT_FLOAT_EQ(out.rotate_dy, 40);
}

TEST(TouchGestures, FingerLeftAfterAPinchRotatesWithoutAJump) {
  TouchGestures g;
  g.finger_down(1, 100, 100, 0);
  g.finger_down(2, 200, 100, 0);
  g.finger_up(2, 200, 100, 10);
  g.take();
  g.finger_move(1, 110, 100, 20);
  TouchGestureOutput out = g.take();
  EXPECT_FLOAT_EQ(out.rotate_dx, 10);
  g.finger_up(1, 110, 100, 30);
  EXPECT_FALSE(g.take().tap);
  EXPECT_EQ(g.fingers(), 0);
}

TEST(TouchGestures, ThirdFingerAndUnknownIdsAreIgnored) {
  TouchGestures g;
  g.finger_down(1, 0, 0, 0);
  g.finger_down(2, 100, 0, 0);
  g.finger_down(3, 50, 50, 0);
  EXPECT_EQ(g.fingers(), 2);
  g.finger_move(9, 10, 10, 5);
  g.finger_up(9, 10, 10, 5);
  EXPECT_EQ(g.fingers(), 2);
  EXPECT_NEAR(g.take().zoom, 1.0, 1e-9);
}

}  // namespace
}  // namespace atlas
