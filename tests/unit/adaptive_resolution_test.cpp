// Adaptive resolution: reduced only while moving on slow frames, sharp again at rest, no
// flip-flopping while the reduced frames run faster.
#include <gtest/gtest.h>

#include "scene/adaptive_resolution.h"

namespace atlas {
namespace {

TEST(AdaptiveResolutionTest, FastFramesStaySharpWhileMoving) {
  AdaptiveResolution r;
  for (int i = 0; i < 100; ++i) r.update(1.0 / 60.0, true);
  EXPECT_EQ(r.scale, 1.0f);
}

TEST(AdaptiveResolutionTest, SlowFramesReduceOnlyWhileMoving) {
  AdaptiveResolution r;
  for (int i = 0; i < 20; ++i) r.update(0.1, false);
  EXPECT_EQ(r.scale, 1.0f);  // a slow device at rest: sharp
  r.update(0.1, true);
  EXPECT_EQ(r.scale, AdaptiveResolution::kReducedScale);
  r.update(0.1, false);
  EXPECT_EQ(r.scale, 1.0f);  // the camera rests: sharp again at once
}

TEST(AdaptiveResolutionTest, StaysReducedWhenReducedFramesGetFaster) {
  AdaptiveResolution r;
  for (int i = 0; i < 20; ++i) r.update(0.1, true);
  for (int i = 0; i < 100; ++i) r.update(1.0 / 60.0, true);
  EXPECT_EQ(r.scale, AdaptiveResolution::kReducedScale);
}

}  // namespace
}  // namespace atlas
