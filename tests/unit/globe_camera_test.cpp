// Orbit camera: limits, no pole flip, zoom, picking rays, occlusion, fly-to.
#include <gtest/gtest.h>

#include <cmath>

#include "core/geo.h"
#include "core/globe_camera.h"

namespace atlas {
namespace {

TEST(GlobeCameraTest, ClampKeepsLatitudeShortOfThePoles) {
  CameraState c;
  c.lat = 50;
  for (int i = 0; i < 100; ++i) orbit_by_pixels(c, 0, 200, 800);
  EXPECT_LE(c.lat, GlobeCameraLimits{}.max_lat);
  // The view keeps a proper up vector: the north pole projects above the centre.
  glm::dmat4 vp = camera_projection(c, 1.6) * camera_view(c);
  ScreenPos pole = project_to_screen(vp, camera_eye(c), glm::dvec3(0, 1, 0), 1280, 800);
  EXPECT_LT(pole.y, 400);
}

TEST(GlobeCameraTest, ZoomLimitsHold) {
  CameraState c;
  for (int i = 0; i < 200; ++i) zoom_by(c, 0.8);
  EXPECT_DOUBLE_EQ(c.distance, GlobeCameraLimits{}.min_distance);
  for (int i = 0; i < 200; ++i) zoom_by(c, 1.25);
  EXPECT_DOUBLE_EQ(c.distance, GlobeCameraLimits{}.max_distance);
}

TEST(GlobeCameraTest, DefaultViewShowsNrwAndTheWholeUk) {
  CameraState c;  // the default view
  glm::dmat4 vp = camera_projection(c, 1280.0 / 800.0) * camera_view(c);
  glm::dvec3 eye = camera_eye(c);
  struct P { double lat, lon; } places[] = {
      {60.15, -1.15},  // Lerwick, Shetland
      {49.9, -6.3},    // Isles of Scilly
      {54.6, -7.9},    // western Northern Ireland
      {50.33, 6.0},    // NRW south-west corner
      {52.5, 9.45},    // NRW north-east corner
  };
  for (const P& p : places) {
    ScreenPos s = project_to_screen(vp, eye, geo::to_unit(p.lat, p.lon), 1280, 800);
    EXPECT_TRUE(s.visible) << p.lat << "," << p.lon;
    EXPECT_GT(s.x, 0); EXPECT_LT(s.x, 1280);
    EXPECT_GT(s.y, 0); EXPECT_LT(s.y, 800);
  }
}

TEST(GlobeCameraTest, CentreRayHitsTheSubCameraPoint) {
  CameraState c;
  c.lat = 51.0; c.lon = 7.0; c.distance = 2.5;
  Ray r = camera_ray(c, 1.6, 0.0, 0.0);
  double t = 0;
  ASSERT_TRUE(ray_sphere(r, 1.0, t));
  EXPECT_NEAR(t, 1.5, 1e-9);
  geo::LatLonDeg hit = geo::from_unit(r.origin + r.dir * t);
  EXPECT_NEAR(hit.lat, 51.0, 1e-7);
  EXPECT_NEAR(hit.lon, 7.0, 1e-7);
}

TEST(GlobeCameraTest, RayPickRoundTripsProjection) {
  CameraState c;
  double w = 1280, h = 800;
  glm::dmat4 vp = camera_projection(c, w / h) * camera_view(c);
  glm::dvec3 target = geo::to_unit(51.45, 7.01);  // Essen
  ScreenPos s = project_to_screen(vp, camera_eye(c), target, w, h);
  ASSERT_TRUE(s.visible);
  Ray r = camera_ray(c, w / h, s.x / w * 2 - 1, 1 - s.y / h * 2);
  double t = 0;
  ASSERT_TRUE(ray_sphere(r, 1.0, t));
  EXPECT_LT(geo::angle_between(r.origin + r.dir * t, target), 1e-6);
}

TEST(GlobeCameraTest, RayMissesBesideTheGlobe) {
  CameraState c;
  c.distance = 5.0;
  Ray r = camera_ray(c, 1.0, 0.95, 0.95);
  double t = 0;
  EXPECT_FALSE(ray_sphere(r, 1.0, t));
}

TEST(GlobeCameraTest, FarSideIsOccluded) {
  glm::dvec3 eye(0, 0, 3);
  EXPECT_FALSE(occluded_by_globe(eye, geo::to_unit(0, 0)));
  EXPECT_TRUE(occluded_by_globe(eye, geo::to_unit(0, 180)));
  EXPECT_TRUE(occluded_by_globe(eye, geo::to_unit(10, 120)));
  // A lifted arc point behind the limb but high enough stays visible.
  EXPECT_FALSE(occluded_by_globe(eye, geo::to_unit(0, 85) * 1.3));
}

TEST(GlobeCameraTest, FlightEndsExactlyAtTargetTheShortWayRound) {
  CameraState from, to;
  from.lat = 50; from.lon = 170; from.distance = 2.0;
  to.lat = 40; to.lon = -170; to.distance = 1.5;
  CameraFlight f;
  f.start(from, to, 1.0);
  double max_abs_lon_change = 0, prev_lon = from.lon, max_distance = 0;
  CameraState c;
  for (int i = 0; i < 100 && f.active(); ++i) {
    c = f.step(1.0 / 60.0);
    max_abs_lon_change = std::max(max_abs_lon_change, std::abs(geo::wrap_lon(c.lon - prev_lon)));
    prev_lon = c.lon;
    max_distance = std::max(max_distance, c.distance);
  }
  EXPECT_FALSE(f.active());
  EXPECT_DOUBLE_EQ(c.lat, 40);
  EXPECT_DOUBLE_EQ(c.lon, -170);
  EXPECT_DOUBLE_EQ(c.distance, 1.5);
  EXPECT_LT(max_abs_lon_change, 2.0);  // never swings the long way (340 degrees)
  EXPECT_GT(max_distance, 2.0);        // zooms out a little on the way
}

TEST(GlobeCameraTest, EaseInOutIsMonotonicFromZeroToOne) {
  EXPECT_DOUBLE_EQ(ease_in_out(0), 0);
  EXPECT_DOUBLE_EQ(ease_in_out(1), 1);
  EXPECT_NEAR(ease_in_out(0.5), 0.5, 1e-12);
  double prev = 0;
  for (double t = 0.01; t <= 1.0; t += 0.01) {
    EXPECT_GE(ease_in_out(t), prev);
    prev = ease_in_out(t);
  }
}

}  // namespace
}  // namespace atlas
