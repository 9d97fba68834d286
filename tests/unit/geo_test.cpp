// Sphere geometry: conversions, distances, great-circle interpolation, lifted arcs.
#include <gtest/gtest.h>

#include <cmath>

#include "core/geo.h"

namespace atlas::geo {
namespace {

TEST(GeoTest, UnitVectorAxes) {
  glm::dvec3 p = to_unit(0, 0);
  EXPECT_NEAR(p.z, 1.0, 1e-12);
  p = to_unit(0, 90);
  EXPECT_NEAR(p.x, 1.0, 1e-12);
  p = to_unit(90, 0);
  EXPECT_NEAR(p.y, 1.0, 1e-12);
}

TEST(GeoTest, RoundTripLatLon) {
  for (double lat : {-89.0, -45.5, 0.0, 51.45, 88.9})
    for (double lon : {-179.5, -3.2, 0.0, 7.1, 120.0, 180.0}) {
      LatLonDeg r = from_unit(to_unit(lat, lon));
      EXPECT_NEAR(r.lat, lat, 1e-9);
      EXPECT_NEAR(r.lon, lon, 1e-9);
    }
}

TEST(GeoTest, DistanceKoelnLondonAbout500Km) {
  double km = distance_km(50.9375, 6.9603, 51.5074, -0.1278);
  EXPECT_NEAR(km, 497.0, 5.0);
  EXPECT_NEAR(distance_km(0, 0, 0, 180), kPi * kEarthRadiusKm, 1e-6);
  EXPECT_NEAR(distance_km(10, 10, 10, 10), 0.0, 1e-9);
}

TEST(GeoTest, SlerpStaysOnGreatCircleAndHitsEnds) {
  glm::dvec3 a = to_unit(51, 7), b = to_unit(53, -2);
  EXPECT_NEAR(glm::length(slerp(a, b, 0.0) - a), 0.0, 1e-12);
  EXPECT_NEAR(glm::length(slerp(a, b, 1.0) - b), 0.0, 1e-12);
  glm::dvec3 n = glm::normalize(glm::cross(a, b));
  for (double t = 0; t <= 1.0; t += 0.125) {
    glm::dvec3 p = slerp(a, b, t);
    EXPECT_NEAR(glm::length(p), 1.0, 1e-12);
    EXPECT_NEAR(glm::dot(p, n), 0.0, 1e-12);
    EXPECT_NEAR(angle_between(a, p), t * angle_between(a, b), 1e-9);
  }
}

TEST(GeoTest, SlerpAntipodalIsDefined) {
  glm::dvec3 a = to_unit(0, 0), b = to_unit(0, 180);
  glm::dvec3 m = slerp(a, b, 0.5);
  EXPECT_NEAR(glm::length(m), 1.0, 1e-12);
  EXPECT_NEAR(angle_between(a, m), kPi / 2, 1e-9);
  EXPECT_NEAR(glm::length(slerp(a, b, 1.0) - b), 0.0, 1e-9);
}

TEST(GeoTest, WrapLon) {
  EXPECT_DOUBLE_EQ(wrap_lon(190), -170);
  EXPECT_DOUBLE_EQ(wrap_lon(-190), 170);
  EXPECT_DOUBLE_EQ(wrap_lon(-180), 180);
  EXPECT_DOUBLE_EQ(wrap_lon(540), 180);
  EXPECT_DOUBLE_EQ(wrap_lon(7.5), 7.5);
}

TEST(GeoTest, ShortArcsKeepMinimumHeight) {
  ArcLift lift;
  // Two NRW towns 3 km apart still get the minimum lift.
  glm::dvec3 a = to_unit(51.50, 7.00), b = to_unit(51.52, 7.01);
  glm::dvec3 mid = arc_point(a, b, 0.5, lift);
  EXPECT_NEAR(glm::length(mid) - 1.0, lift.min_height, 2e-4);
  EXPECT_NEAR(glm::length(arc_point(a, b, 0.0, lift)), 1.0, 1e-12);
  EXPECT_NEAR(glm::length(arc_point(a, b, 1.0, lift)), 1.0, 1e-12);
  // Longer arcs rise higher, up to the cap.
  glm::dvec3 c = to_unit(51.5, 7.0), d = to_unit(-33.9, 151.2);
  double h_long = glm::length(arc_point(c, d, 0.5, lift)) - 1.0;
  EXPECT_GT(h_long, lift.min_height);
  EXPECT_LE(h_long, lift.max_height + 1e-12);
}

TEST(GeoTest, ArcSegmentsGrowWithLength) {
  EXPECT_EQ(arc_segments(radians(1.0), 8, 48), 8);
  EXPECT_EQ(arc_segments(radians(179.0), 8, 48), 48);
  EXPECT_LT(arc_segments(radians(30.0), 8, 48), arc_segments(radians(100.0), 8, 48));
}

}  // namespace
}  // namespace atlas::geo
