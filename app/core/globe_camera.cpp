// Orbit camera math (see globe_camera.h).
#include "globe_camera.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "core/geo.h"

namespace atlas {

void clamp_camera(CameraState& camera, const GlobeCameraLimits& limits) {
  camera.lat = std::clamp(camera.lat, -limits.max_lat, limits.max_lat);
  camera.lon = geo::wrap_lon(camera.lon);
  camera.distance = std::clamp(camera.distance, limits.min_distance, limits.max_distance);
}

glm::dvec3 camera_eye(const CameraState& camera) {
  return geo::to_unit(camera.lat, camera.lon) * camera.distance;
}

glm::dmat4 camera_view(const CameraState& camera) {
  return glm::lookAt(camera_eye(camera), glm::dvec3(0.0), glm::dvec3(0.0, 1.0, 0.0));
}

glm::dmat4 camera_projection(const CameraState& camera, double aspect, const glm::dvec2& shift) {
  double near_plane = std::max(0.002, (camera.distance - 1.0) * 0.5);
  double far_plane = camera.distance + 1.5;
  glm::dmat4 translate = glm::translate(glm::dmat4(1.0), glm::dvec3(shift, 0.0));  // clip x += shift.x * w
  return translate * glm::perspective(geo::radians(kCameraFovYDeg), aspect, near_plane, far_plane);
}

void orbit_by_pixels(CameraState& camera, double dx, double dy, double viewport_h,
                     const GlobeCameraLimits& limits) {
  if (viewport_h <= 0) return;
  // Angular size of one pixel at the point under the view centre.
  double deg_per_px = geo::degrees(2.0 * (camera.distance - 1.0) * std::tan(geo::radians(kCameraFovYDeg) / 2.0)) /
                      viewport_h;
  camera.lat += dy * deg_per_px;
  camera.lon -= dx * deg_per_px / std::max(0.3, std::cos(geo::radians(camera.lat)));
  clamp_camera(camera, limits);
}

void zoom_by(CameraState& camera, double factor, const GlobeCameraLimits& limits) {
  camera.distance = 1.0 + (camera.distance - 1.0) * factor;
  clamp_camera(camera, limits);
}

Ray camera_ray(const CameraState& camera, double aspect, double ndc_x, double ndc_y, const glm::dvec2& shift) {
  glm::dmat4 inv = glm::inverse(camera_projection(camera, aspect, shift) * camera_view(camera));
  glm::dvec4 far_point = inv * glm::dvec4(ndc_x, ndc_y, 1.0, 1.0);
  Ray r;
  r.origin = camera_eye(camera);
  r.dir = glm::normalize(glm::dvec3(far_point) / far_point.w - r.origin);
  return r;
}

bool ray_sphere(const Ray& ray, double radius, double& t) {
  double b = glm::dot(ray.origin, ray.dir);
  double c = glm::dot(ray.origin, ray.origin) - radius * radius;
  double disc = b * b - c;
  if (disc < 0) return false;
  double s = std::sqrt(disc);
  double t0 = -b - s, t1 = -b + s;
  if (t0 >= 0) t = t0;
  else if (t1 >= 0) t = t1;
  else return false;
  return true;
}

bool occluded_by_globe(const glm::dvec3& eye, const glm::dvec3& p) {
  glm::dvec3 d = p - eye;
  double len = glm::length(d);
  if (len <= 0) return false;
  Ray ray{eye, d / len};
  double t = 0;
  if (!ray_sphere(ray, 1.0, t)) return false;
  return t < len * (1.0 - 1e-5) - 1e-6;  // tolerance: points on the surface itself are not hidden
}

ScreenPos project_to_screen(const glm::dmat4& view_proj, const glm::dvec3& eye, const glm::dvec3& p,
                            double width, double height) {
  ScreenPos s;
  glm::dvec4 clip = view_proj * glm::dvec4(p, 1.0);
  if (clip.w <= 1e-9) return s;
  s.x = (clip.x / clip.w * 0.5 + 0.5) * width;
  s.y = (0.5 - clip.y / clip.w * 0.5) * height;
  s.visible = std::abs(clip.x) <= clip.w * 1.2 && std::abs(clip.y) <= clip.w * 1.2 && !occluded_by_globe(eye, p);
  return s;
}

double ease_in_out(double t) {
  t = std::clamp(t, 0.0, 1.0);
  return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2;
}

void CameraFlight::start(const CameraState& from, const CameraState& to, double seconds) {
  from_ = from;
  to_ = to;
  // The shorter way round.
  double dlon = geo::wrap_lon(to_.lon - from_.lon);
  to_.lon = from_.lon + dlon;
  double angle = geo::angle_between(geo::to_unit(from.lat, from.lon), geo::to_unit(to.lat, to.lon));
  bump_ = 0.6 * angle;  // zoom out by up to ~1.9 radii on a flight half round the globe
  duration_ = std::max(0.05, seconds);
  elapsed_ = 0.0;
  active_ = true;
}

CameraState CameraFlight::step(double dt) {
  if (!active_) return to_;
  elapsed_ += std::max(0.0, dt);
  double t = elapsed_ / duration_;
  if (t >= 1.0) {
    active_ = false;
    CameraState end = to_;
    end.lon = geo::wrap_lon(end.lon);
    return end;
  }
  double e = ease_in_out(t);
  CameraState c;
  c.lat = from_.lat + (to_.lat - from_.lat) * e;
  c.lon = geo::wrap_lon(from_.lon + (to_.lon - from_.lon) * e);
  c.distance = from_.distance + (to_.distance - from_.distance) * e + bump_ * std::sin(geo::kPi * e);
  return c;
}

}  // namespace atlas
