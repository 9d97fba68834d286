// Sphere geometry (see geo.h).
#include "geo.h"

#include <algorithm>
#include <cmath>

namespace atlas::geo {

glm::dvec3 to_unit(double lat_deg, double lon_deg) {
  double lat = radians(lat_deg), lon = radians(lon_deg);
  return {std::cos(lat) * std::sin(lon), std::sin(lat), std::cos(lat) * std::cos(lon)};
}

LatLonDeg from_unit(const glm::dvec3& p) {
  double len = glm::length(p);
  if (len <= 0.0) return {};
  glm::dvec3 u = p / len;
  LatLonDeg r;
  r.lat = degrees(std::asin(std::clamp(u.y, -1.0, 1.0)));
  r.lon = (std::abs(u.x) < 1e-15 && std::abs(u.z) < 1e-15) ? 0.0 : degrees(std::atan2(u.x, u.z));
  if (r.lon <= -180.0) r.lon += 360.0;
  return r;
}

double angle_between(const glm::dvec3& a, const glm::dvec3& b) {
  return std::atan2(glm::length(glm::cross(a, b)), glm::dot(a, b));
}

double distance_km(double lat1, double lon1, double lat2, double lon2) {
  return angle_between(to_unit(lat1, lon1), to_unit(lat2, lon2)) * kEarthRadiusKm;
}

glm::dvec3 slerp(const glm::dvec3& a, const glm::dvec3& b, double t) {
  double omega = angle_between(a, b);
  if (omega < 1e-9) return glm::normalize(a + (b - a) * t);
  double s = std::sin(omega);
  if (s < 1e-9) {  // antipodal: rotate about an axis perpendicular to a
    glm::dvec3 axis = glm::cross(a, std::abs(a.y) < 0.9 ? glm::dvec3(0, 1, 0) : glm::dvec3(1, 0, 0));
    axis = glm::normalize(axis);
    glm::dvec3 perp = glm::cross(axis, a);
    double ang = kPi * t;
    return glm::normalize(a * std::cos(ang) + perp * std::sin(ang));
  }
  return glm::normalize(a * (std::sin((1.0 - t) * omega) / s) + b * (std::sin(t * omega) / s));
}

double wrap_lon(double lon_deg) {
  double l = std::fmod(lon_deg + 180.0, 360.0);
  if (l < 0) l += 360.0;
  l -= 180.0;
  return l == -180.0 ? 180.0 : l;
}

double ArcLift::height(double angle_rad) const {
  return std::clamp(min_height + per_radian * angle_rad, min_height, max_height);
}

glm::dvec3 arc_point(const glm::dvec3& a, const glm::dvec3& b, double t, const ArcLift& lift) {
  double h = lift.height(angle_between(a, b));
  return slerp(a, b, t) * (1.0 + h * std::sin(kPi * t));
}

int arc_segments(double angle_rad, int min_segments, int max_segments) {
  int n = static_cast<int>(std::ceil(degrees(angle_rad) / 2.5));
  return std::clamp(n, min_segments, max_segments);
}

}  // namespace atlas::geo
