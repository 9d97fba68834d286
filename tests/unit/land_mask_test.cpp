// Land rasterisation: a square island's coverage, holes, and antialiased edges.
#include <gtest/gtest.h>

#include "scene/land_mask.h"

namespace atlas {
namespace {

WorldMap square(float lon0, float lat0, float lon1, float lat1) {
  WorldMap m;
  m.land.push_back({Ring{{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}}});
  return m;
}

int at(const LandMask& m, double lat, double lon) {
  int x = int((lon + 180.0) / 360.0 * m.width), y = int((90.0 - lat) / 180.0 * m.height);
  return m.coverage[std::size_t(y) * std::size_t(m.width) + std::size_t(x)];
}

TEST(LandMaskTest, SquareIslandIsLandInsideSeaOutside) {
  LandMask m = rasterize_land(square(0, 0, 36, 18), 360, 180);
  ASSERT_EQ(m.coverage.size(), 360u * 180u);
  EXPECT_EQ(at(m, 9.5, 18.5), 255);
  EXPECT_EQ(at(m, -9.5, 18.5), 0);
  EXPECT_EQ(at(m, 9.5, 40.5), 0);
  long total = 0;
  for (auto c : m.coverage) total += c;
  EXPECT_NEAR(double(total) / 255.0, 36.0 * 18.0, 1.0);  // area in texels
}

TEST(LandMaskTest, HoleStaysSea) {
  WorldMap m = square(0, 0, 40, 40);
  m.land[0].push_back(Ring{{10, 10}, {30, 10}, {30, 30}, {10, 30}});
  LandMask mask = rasterize_land(m, 360, 180);
  EXPECT_EQ(at(mask, 20.5, 20.5), 0);
  EXPECT_EQ(at(mask, 5.5, 5.5), 255);
}

TEST(LandMaskTest, EdgeThroughTexelGivesPartialCoverage) {
  LandMask m = rasterize_land(square(0.5f, 0, 10, 10), 360, 180);
  int edge = at(m, 5.5, 0.2);  // texel [0,1) deg lon, half covered
  EXPECT_GT(edge, 100);
  EXPECT_LT(edge, 155);
}

}  // namespace
}  // namespace atlas
