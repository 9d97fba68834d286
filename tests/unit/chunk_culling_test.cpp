// Chunk culling (scene/chunk_culling.h): a piece is drawn unless it lies wholly behind the
// globe's horizon or wholly outside the view's sides; lifted pieces are seen beyond the
// horizon; adjacent ranges merge into one draw.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "core/geo.h"
#include "scene/chunk_culling.h"

namespace atlas {
namespace {

// A piece: a short run of points around (lat, lon) at `radius`.
IndexChunk piece_at(double lat, double lon, std::uint32_t first, double radius = 1.0) {
  std::vector<glm::dvec3> points;
  for (double d = -1.0; d <= 1.0; d += 0.5) points.push_back(geo::to_unit(lat + d, lon + d) * radius);
  return make_chunk({first, 6}, points);
}

// Looking at (lat, lon) from `distance` globe radii from the centre, 45-degree field of view.
struct View {
  glm::mat4 view_proj;
  glm::vec3 eye;
};
View looking_at(double lat, double lon, double distance) {
  glm::vec3 eye(geo::to_unit(lat, lon) * distance);
  glm::vec3 up = std::abs(lat) > 80.0 ? glm::vec3(0, 0, 1) : glm::vec3(0, 1, 0);
  glm::mat4 proj = glm::perspective(glm::radians(45.0f), 1.6f, 0.01f, 10.0f);
  return {proj * glm::lookAt(eye, glm::vec3(0.0f), up), eye};
}

std::vector<IndexRange> visible(const std::vector<IndexChunk>& chunks, const View& v) {
  std::vector<IndexRange> out;
  visible_ranges(chunks, v.view_proj, v.eye, out);
  return out;
}

TEST(ChunkCullingTest, ChunkBoundsHoldAllItsPoints) {
  std::vector<glm::dvec3> points = {geo::to_unit(50.0, 6.0), geo::to_unit(51.0, 7.0), geo::to_unit(52.0, 8.0) * 1.01};
  IndexChunk c = make_chunk({12, 18}, points);
  EXPECT_EQ(c.range, (IndexRange{12, 18}));
  EXPECT_NEAR(c.max_radius, 1.01f, 1e-5f);
  for (const glm::dvec3& p : points) {
    EXPECT_LE(std::acos(std::min(1.0, glm::dot(glm::dvec3(c.direction), glm::normalize(p)))), double(c.angular_radius));
    EXPECT_LE(glm::length(glm::vec3(p) - c.centre), c.radius);
  }
}

TEST(ChunkCullingTest, FarSideIsCulledNearSideKept) {
  std::vector<IndexChunk> chunks = {piece_at(51.0, 7.0, 0), piece_at(-51.0, -173.0, 6)};
  auto out = visible(chunks, looking_at(51.0, 7.0, 3.0));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0], (IndexRange{0, 6}));
}

TEST(ChunkCullingTest, OutsideTheViewSidesIsCulled) {
  // Zoomed in over NRW: Spain is on the facing hemisphere but outside the view.
  std::vector<IndexChunk> chunks = {piece_at(51.0, 7.0, 0), piece_at(40.0, -4.0, 6)};
  auto out = visible(chunks, looking_at(51.0, 7.0, 1.3));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].first, 0u);
  // From farther away both are in view.
  EXPECT_EQ(visible(chunks, looking_at(51.0, 7.0, 4.0)).size(), 1u);  // merged: adjacent ranges
  EXPECT_EQ(visible(chunks, looking_at(51.0, 7.0, 4.0))[0], (IndexRange{0, 12}));
}

TEST(ChunkCullingTest, LiftedPieceBeyondTheHorizonIsKept) {
  // 80 degrees from the view centre seen from 3 radii: the surface there is hidden (the
  // horizon is at acos(1/3) = 70.5 degrees) but an arc lifted to 1.2 radii rises above it.
  View v = looking_at(0.0, 0.0, 3.0);
  EXPECT_TRUE(visible({piece_at(0.0, 80.0, 0)}, v).empty());
  EXPECT_EQ(visible({piece_at(0.0, 80.0, 0, 1.2)}, v).size(), 1u);
}

TEST(ChunkCullingTest, OnlyAdjacentRangesMerge) {
  std::vector<IndexChunk> chunks = {piece_at(51.0, 7.0, 0), piece_at(51.5, 7.5, 6), piece_at(52.0, 8.0, 30)};
  auto out = visible(chunks, looking_at(51.0, 7.0, 2.0));
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0], (IndexRange{0, 12}));
  EXPECT_EQ(out[1], (IndexRange{30, 6}));
}

TEST(ChunkCullingTest, OutputIsClearedEachCall) {
  std::vector<IndexChunk> chunks = {piece_at(51.0, 7.0, 0)};
  std::vector<IndexRange> out = {{99, 3}};
  visible_ranges(chunks, looking_at(51.0, 7.0, 2.0).view_proj, looking_at(51.0, 7.0, 2.0).eye, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].first, 0u);
}

}  // namespace
}  // namespace atlas
