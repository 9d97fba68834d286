// Ribbon lines (borders, graticule): a polyline is one continuous strip, two vertices per
// point with unit tangents along it, two triangles per segment, nothing for a lone point.
#include <gtest/gtest.h>

#include <glm/glm.hpp>

#include "scene/globe_scene.h"

namespace atlas {
namespace {

const std::uint8_t kWhite[4] = {255, 255, 255, 255};

TEST(RibbonLinesTest, PolylineIsOneStripWithUnitTangents) {
  RibbonLines r;
  r.add_polyline({{1, 0, 0}, {0.8, 0.6, 0}, {0.6, 0.8, 0}}, kWhite);
  ASSERT_EQ(r.vertices.size(), 6u);
  EXPECT_EQ(r.indices.size(), 12u);
  for (std::uint32_t i : r.indices) EXPECT_LT(i, 6u);
  for (const RibbonVertex& v : r.vertices) {
    EXPECT_NEAR(glm::length(glm::vec3(v.tangent[0], v.tangent[1], v.tangent[2])), 1.0f, 1e-5f);
    EXPECT_TRUE(v.side == -1.0f || v.side == 1.0f);
  }
  // The middle point's tangent runs from the first point to the last.
  glm::vec3 t(r.vertices[2].tangent[0], r.vertices[2].tangent[1], r.vertices[2].tangent[2]);
  EXPECT_GT(glm::dot(t, glm::normalize(glm::vec3(-0.4f, 0.8f, 0.0f))), 0.999f);
}

TEST(RibbonLinesTest, SecondPolylineIndexesItsOwnVertices) {
  RibbonLines r;
  r.add_polyline({{1, 0, 0}, {0, 1, 0}}, kWhite);
  r.add_polyline({{0, 0, 1}}, kWhite);  // a lone point draws nothing
  r.add_polyline({{0, 0, 1}, {0, 1, 0}}, kWhite);
  ASSERT_EQ(r.vertices.size(), 8u);
  ASSERT_EQ(r.indices.size(), 12u);
  for (std::size_t k = 6; k < 12; ++k) EXPECT_GE(r.indices[k], 4u);
}

TEST(RibbonLinesTest, ChunksCoverEverySegmentOnce) {
  RibbonLines r;
  std::vector<glm::dvec3> long_line;
  for (int i = 0; i <= 40; ++i) long_line.push_back(glm::normalize(glm::dvec3(1.0, 0.02 * i, 0.0)));
  r.add_polyline({{1, 0, 0}, {0.8, 0.6, 0}}, kWhite);
  r.add_polyline(long_line, kWhite);  // 40 segments: chunks of 16, 16 and 8
  ASSERT_EQ(r.chunks.size(), 4u);
  std::uint32_t next = 0;
  for (const IndexChunk& c : r.chunks) {
    EXPECT_EQ(c.range.first, next);
    EXPECT_EQ(c.range.count % 6, 0u);
    next += c.range.count;
  }
  EXPECT_EQ(next, r.indices.size());
  EXPECT_EQ(r.chunks[1].range.count, 16u * 6u);
  EXPECT_EQ(r.chunks[3].range.count, 8u * 6u);
}

}  // namespace
}  // namespace atlas
