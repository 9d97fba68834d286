// Chunk bounds and the per-frame visibility test (see chunk_culling.h).
#include "scene/chunk_culling.h"

#include <algorithm>
#include <cmath>

namespace atlas {

IndexChunk make_chunk(IndexRange range, const std::vector<glm::dvec3>& points) {
  IndexChunk c;
  c.range = range;
  if (points.empty()) return c;
  glm::dvec3 sum(0.0), lo(points.front()), hi(points.front());
  double max_radius = 0.0;
  for (const glm::dvec3& p : points) {
    sum += glm::normalize(p);
    lo = glm::min(lo, p);
    hi = glm::max(hi, p);
    max_radius = std::max(max_radius, glm::length(p));
  }
  glm::dvec3 dir = glm::length(sum) > 1e-12 ? glm::normalize(sum) : glm::normalize(points.front());
  double angle = 0.0, radius = 0.0;
  const glm::dvec3 centre = (lo + hi) * 0.5;
  for (const glm::dvec3& p : points) {
    angle = std::max(angle, std::acos(std::clamp(glm::dot(dir, glm::normalize(p)), -1.0, 1.0)));
    radius = std::max(radius, glm::length(p - centre));
  }
  c.direction = glm::vec3(dir);
  c.angular_radius = float(angle) + 1e-4f;
  c.max_radius = float(max_radius);
  c.centre = glm::vec3(centre);
  c.radius = float(radius) * 1.0001f + 1e-5f;
  return c;
}

namespace {

// The four side planes of the frustum (x and y within w), unnormalised: a point p is
// inside when dot(plane.xyz, p) + plane.w >= 0.
void side_planes(const glm::mat4& m, glm::vec4 planes[4]) {
  const glm::vec4 row0(m[0][0], m[1][0], m[2][0], m[3][0]), row1(m[0][1], m[1][1], m[2][1], m[3][1]),
      row3(m[0][3], m[1][3], m[2][3], m[3][3]);
  planes[0] = row3 + row0;
  planes[1] = row3 - row0;
  planes[2] = row3 + row1;
  planes[3] = row3 - row1;
}

}  // namespace

void visible_ranges(const std::vector<IndexChunk>& chunks, const glm::mat4& view_proj, const glm::vec3& eye,
                    std::vector<IndexRange>& out) {
  out.clear();
  glm::vec4 planes[4];
  side_planes(view_proj, planes);
  float plane_length[4];
  for (int i = 0; i < 4; ++i) plane_length[i] = glm::length(glm::vec3(planes[i]));
  const float eye_distance = glm::length(eye);
  const glm::vec3 eye_dir = eye / std::max(eye_distance, 1e-6f);
  // A point at radius r is above the horizon seen from distance d when its angle from the
  // eye's direction is at most acos(1/d) + acos(1/r).
  const float eye_horizon = eye_distance > 1.0f ? std::acos(1.0f / eye_distance) : 0.0f;
  for (const IndexChunk& c : chunks) {
    if (!c.range.count) continue;
    const float point_horizon = c.max_radius > 1.0f ? std::acos(1.0f / c.max_radius) : 0.0f;
    const float angle = std::acos(std::clamp(glm::dot(c.direction, eye_dir), -1.0f, 1.0f));
    if (eye_distance > 1.0f && angle - c.angular_radius > eye_horizon + point_horizon) continue;
    bool outside = false;
    for (int i = 0; i < 4 && !outside; ++i)
      outside = glm::dot(glm::vec3(planes[i]), c.centre) + planes[i].w < -c.radius * plane_length[i];
    if (outside) continue;
    if (!out.empty() && out.back().first + out.back().count == c.range.first) out.back().count += c.range.count;
    else out.push_back(c.range);
  }
}

}  // namespace atlas
