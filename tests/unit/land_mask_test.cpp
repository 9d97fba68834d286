// Land rasterisation: a square island's coverage, holes, antialiased edges, and islands
// across the antimeridian.
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

// Like Russia's Chukotka in Natural Earth: one ring from 170 E across the antimeridian to
// 170 W. Its two jump edges must not fill the whole 60-70 N band round the Earth.
TEST(LandMaskTest, IslandAcrossTheAntimeridianFillsOnlyItself) {
  WorldMap m;
  m.land.push_back({Ring{{170, 60}, {-170, 60}, {-170, 70}, {170, 70}}});
  LandMask mask = rasterize_land(m, 360, 180);
  EXPECT_EQ(at(mask, 65.5, 175.5), 255);
  EXPECT_EQ(at(mask, 65.5, -175.5), 255);
  EXPECT_EQ(at(mask, 65.5, 0.5), 0);
  EXPECT_EQ(at(mask, 65.5, -100.5), 0);
  long total = 0;
  for (auto c : mask.coverage) total += c;
  EXPECT_NEAR(double(total) / 255.0, 20.0 * 10.0, 1.0);
}

// Like Antarctica: a coast that goes once round the south pole (with a jump at the
// antimeridian) encloses everything south of it, the pole included.
TEST(LandMaskTest, RingRoundThePoleFillsToThePole) {
  WorldMap m;
  Ring coast;
  for (int lon = 170; lon >= -180; lon -= 10) coast.push_back({float(lon), -70.0f});
  coast.push_back({175.0f, -70.0f});  // jump across the antimeridian
  m.land.push_back({coast});
  LandMask mask = rasterize_land(m, 360, 180);
  EXPECT_EQ(at(mask, -89.5, 0.5), 255);
  EXPECT_EQ(at(mask, -75.5, -120.5), 255);
  EXPECT_EQ(at(mask, -65.5, 60.5), 0);
  long total = 0;
  for (auto c : mask.coverage) total += c;
  EXPECT_NEAR(double(total) / 255.0, 360.0 * 20.0, 2.0);
}

}  // namespace
}  // namespace atlas
