// The orbit camera around the unit globe, as pure math on CameraState (app_state.h):
// view/projection matrices, drag-to-rotate and zoom with limits (latitude is clamped
// short of the poles, so the view never flips), fly-to animation with easing, and the
// ray/sphere maths that picking needs. No GL: the renderers and GlobeView use it, the
// unit tests check it.
#pragma once

#include <glm/glm.hpp>

#include "core/app_state.h"

namespace atlas {

struct GlobeCameraLimits {
  double min_distance = 1.12;  // earth radii from the centre (inside url_state's [1.05, 12])
  double max_distance = 8.0;
  double max_lat = 85.0;       // short of the pole: the up vector stays defined
};
constexpr double kCameraFovYDeg = 20.0;  // narrow: the default view frames NRW and the UK

// Clamps latitude and distance, wraps longitude into (-180, 180].
void clamp_camera(CameraState& camera, const GlobeCameraLimits& limits = {});

glm::dvec3 camera_eye(const CameraState& camera);
glm::dmat4 camera_view(const CameraState& camera);
// `shift` moves the image in normalised device coordinates (x right, y up), so that the
// globe centre sits in the middle of the part of the screen that panels leave free.
glm::dmat4 camera_projection(const CameraState& camera, double aspect, const glm::dvec2& shift = glm::dvec2(0.0));

// Drag by (dx, dy) pixels in a viewport `viewport_h` pixels high: the globe follows the
// pointer at about the same angular speed at every zoom level.
void orbit_by_pixels(CameraState& camera, double dx, double dy, double viewport_h,
                     const GlobeCameraLimits& limits = {});
// factor < 1 zooms in; the height above the surface scales, so zoom feels even.
void zoom_by(CameraState& camera, double factor, const GlobeCameraLimits& limits = {});

struct Ray {
  glm::dvec3 origin, dir;  // dir normalised
};
// The ray through normalised device coordinates (x, y in [-1, 1], y up).
Ray camera_ray(const CameraState& camera, double aspect, double ndc_x, double ndc_y,
               const glm::dvec2& shift = glm::dvec2(0.0));
// Nearest hit t >= 0 of a ray with the sphere of radius r around the origin.
bool ray_sphere(const Ray& ray, double radius, double& t);
// True when the straight line from `eye` to `p` passes through the unit globe first.
bool occluded_by_globe(const glm::dvec3& eye, const glm::dvec3& p);

struct ScreenPos {
  double x = 0, y = 0;     // pixels, origin top-left
  bool visible = false;    // in front of the camera and not hidden by the globe
};
ScreenPos project_to_screen(const glm::dmat4& view_proj, const glm::dvec3& eye, const glm::dvec3& p,
                            double width, double height);

// A smooth flight from one camera to another: ease-in-out, the shorter way round in
// longitude, and a zoom-out in the middle of long flights.
class CameraFlight {
 public:
  void start(const CameraState& from, const CameraState& to, double seconds = 1.0);
  bool active() const { return active_; }
  // Advances by dt seconds and returns the camera; finishes exactly at `to`.
  CameraState step(double dt);
  void cancel() { active_ = false; }

 private:
  CameraState from_, to_;
  double duration_ = 1.0, elapsed_ = 0.0, bump_ = 0.0;
  bool active_ = false;
};

double ease_in_out(double t);

}  // namespace atlas
