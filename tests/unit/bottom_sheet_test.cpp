// The phone's bottom sheet: heights by stop, snapping on release, flicks and taps.
#include <gtest/gtest.h>

#include "core/bottom_sheet.h"

namespace atlas {
namespace {

constexpr float kPhone = 844.0f;

TEST(BottomSheet, StopHeights) {
  EXPECT_FLOAT_EQ(sheet_stop_height(SheetStop::Collapsed, kPhone), 64.0f);
  EXPECT_FLOAT_EQ(sheet_stop_height(SheetStop::Half, kPhone), 422.0f);
  EXPECT_FLOAT_EQ(sheet_stop_height(SheetStop::Full, kPhone), 844.0f - 56.0f);
  // A tiny screen: no stop is taller than the screen or below the collapsed bar.
  EXPECT_FLOAT_EQ(sheet_stop_height(SheetStop::Collapsed, 40.0f), 40.0f);
  EXPECT_LE(sheet_stop_height(SheetStop::Half, 100.0f), sheet_stop_height(SheetStop::Full, 100.0f));
  EXPECT_GE(sheet_stop_height(SheetStop::Half, 100.0f), 64.0f);
}

TEST(BottomSheet, SlowReleaseSnapsToTheNearestStop) {
  EXPECT_EQ(snap_sheet(100.0f, 0.0f, kPhone), SheetStop::Collapsed);
  EXPECT_EQ(snap_sheet(300.0f, 100.0f, kPhone), SheetStop::Half);
  EXPECT_EQ(snap_sheet(560.0f, -100.0f, kPhone), SheetStop::Half);
  EXPECT_EQ(snap_sheet(700.0f, 0.0f, kPhone), SheetStop::Full);
}

TEST(BottomSheet, FlickMovesOnOneStopInItsDirection) {
  EXPECT_EQ(snap_sheet(100.0f, 900.0f, kPhone), SheetStop::Half);   // up, though nearer collapsed
  EXPECT_EQ(snap_sheet(430.0f, 900.0f, kPhone), SheetStop::Full);
  EXPECT_EQ(snap_sheet(700.0f, -900.0f, kPhone), SheetStop::Half);  // down, though nearer full
  EXPECT_EQ(snap_sheet(400.0f, -900.0f, kPhone), SheetStop::Collapsed);
  EXPECT_EQ(snap_sheet(788.0f, 900.0f, kPhone), SheetStop::Full);
  EXPECT_EQ(snap_sheet(64.0f, -900.0f, kPhone), SheetStop::Collapsed);
}

TEST(BottomSheet, TapStepsThroughTheStops) {
  BottomSheet sheet;
  EXPECT_EQ(sheet.stop(), SheetStop::Collapsed);
  sheet.tap();
  EXPECT_EQ(sheet.stop(), SheetStop::Half);
  sheet.tap();
  EXPECT_EQ(sheet.stop(), SheetStop::Full);
  sheet.tap();
  EXPECT_EQ(sheet.stop(), SheetStop::Collapsed);
}

TEST(BottomSheet, DragFollowsTheFingerClampedThenSnaps) {
  BottomSheet sheet;
  sheet.begin_drag(kPhone);
  EXPECT_TRUE(sheet.dragging());
  sheet.drag(-100.0f, 1.0);  // slowly up by 100 px
  EXPECT_FLOAT_EQ(sheet.height(kPhone), 164.0f);
  sheet.drag(200.0f, 1.0);  // below the bar: held at the collapsed height
  EXPECT_FLOAT_EQ(sheet.height(kPhone), 64.0f);
  sheet.drag(-150.0f, 1.0);  // back up at once: 214, slowly
  EXPECT_FLOAT_EQ(sheet.height(kPhone), 214.0f);
  sheet.drag(-60.0f, 1.0);
  sheet.release(kPhone);
  EXPECT_FALSE(sheet.dragging());
  EXPECT_EQ(sheet.stop(), SheetStop::Half);  // 274 is nearer half (422) than collapsed (64)
  EXPECT_FLOAT_EQ(sheet.height(kPhone), 422.0f);
}

TEST(BottomSheet, QuickPullDownFromFullStopsAtHalf) {
  BottomSheet sheet;
  sheet.set_stop(SheetStop::Full);
  sheet.begin_drag(kPhone);
  sheet.drag(30.0f, 0.016);
  sheet.drag(30.0f, 0.016);  // about 1,900 px/s downwards
  sheet.release(kPhone);
  EXPECT_EQ(sheet.stop(), SheetStop::Half);
}

}  // namespace
}  // namespace atlas
