// Geometry on the unit sphere: lat/lon <-> unit vectors, great-circle distance and
// interpolation, and the lifted arcs that draw partnerships above the surface.
// Convention: y is the north pole, lon 0 / lat 0 is +z, lon 90 E is +x.
#pragma once

#include <glm/glm.hpp>

namespace atlas::geo {

constexpr double kPi = 3.14159265358979323846;
constexpr double kEarthRadiusKm = 6371.0;

inline double radians(double degrees) { return degrees * (kPi / 180.0); }
inline double degrees(double radians) { return radians * (180.0 / kPi); }

struct LatLonDeg {
  double lat = 0.0, lon = 0.0;
};

glm::dvec3 to_unit(double lat_deg, double lon_deg);
// lon in (-180, 180]; the poles give lon 0.
LatLonDeg from_unit(const glm::dvec3& p);

// Angle between two unit vectors in radians (robust for tiny and antipodal angles).
double angle_between(const glm::dvec3& a, const glm::dvec3& b);
double distance_km(double lat1, double lon1, double lat2, double lon2);

// Great-circle interpolation between unit vectors a and b, t in [0, 1]. Antipodal
// endpoints have no unique great circle: one through the pole direction is chosen.
glm::dvec3 slerp(const glm::dvec3& a, const glm::dvec3& b, double t);

// Wraps a longitude into (-180, 180].
double wrap_lon(double lon_deg);

// Partnership arcs: a great circle lifted by height(angle) * sin(pi t) radii, so that
// short arcs (NRW-UK pairs, a few degrees) keep a minimum height and stay visible.
struct ArcLift {
  double min_height = 0.035;   // earth radii at the middle of the shortest arcs
  double per_radian = 0.22;    // extra height per radian of arc length
  double max_height = 0.45;
  double height(double angle_rad) const;
};
glm::dvec3 arc_point(const glm::dvec3& a, const glm::dvec3& b, double t, const ArcLift& lift);
// Segments that keep an arc smooth on screen: more for long arcs.
int arc_segments(double angle_rad, int min_segments, int max_segments);

}  // namespace atlas::geo
