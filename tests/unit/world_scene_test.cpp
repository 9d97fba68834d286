// World-mode draw data: each pair is one polyline of shared vertices with GL_LINES index
// pairs from town to town; the label order puts the best-connected towns first.
#include <gtest/gtest.h>

#include <glm/glm.hpp>

#include "core/geo.h"
#include "scene/globe_scene.h"

namespace atlas {
namespace {

WorldNetwork three_towns() {
  WorldNetwork w;
  w.countries = {"DE", "FR", "GB"};
  w.towns = {{"Bonn", 0, 50.73f, 7.10f, "DE:05314000"}, {"Paris", 1, 48.86f, 2.35f, ""}, {"Oxford", 2, 51.75f, -1.26f, ""}};
  w.pairs = {{0, 1}, {0, 2}};
  return w;
}

TEST(WorldSceneTest, PairsArePolylinesOfSharedVerticesFromTownToTown) {
  WorldNetwork w = three_towns();
  WorldScene s;
  build_world_scene(w, s);
  ASSERT_EQ(s.town_positions.size(), 3u);
  ASSERT_FALSE(s.arc_segments.empty());
  EXPECT_EQ(s.arc_segments.size() % 2, 0u);
  for (std::uint32_t i : s.arc_segments) EXPECT_LT(i, s.arc_vertices.size());
  // Two polylines: n + 1 vertices and n segments each, so vertices = segments + 2.
  EXPECT_EQ(s.arc_vertices.size(), s.arc_segments.size() / 2 + 2);
  auto at = [&](std::uint32_t i) {
    const LineVertex& v = s.arc_vertices[i];
    return glm::vec3(v.pos[0], v.pos[1], v.pos[2]);
  };
  EXPECT_LT(glm::distance(at(s.arc_segments.front()), s.town_positions[0]), 1e-5f);  // starts at Bonn
  EXPECT_LT(glm::distance(at(s.arc_segments.back()), s.town_positions[2]), 1e-3f);   // ends at Oxford
  // Within a polyline each segment starts where the one before ended: all joins but one shared.
  std::size_t segments = s.arc_segments.size() / 2, shared = 0;
  for (std::size_t k = 2; k < s.arc_segments.size(); k += 2) shared += s.arc_segments[k] == s.arc_segments[k - 1];
  EXPECT_EQ(shared, segments - 2);
}

TEST(WorldSceneTest, LabelOrderPutsTheBestConnectedFirst) {
  WorldNetwork w = three_towns();
  WorldScene s;
  build_world_scene(w, s);
  ASSERT_EQ(s.label_order.size(), 3u);
  EXPECT_EQ(s.label_order[0], 0u);  // Bonn: two twin towns
  EXPECT_EQ(s.label_order[1], 2u);  // then by name: Oxford before Paris
  EXPECT_EQ(s.label_order[2], 1u);
  ASSERT_EQ(s.point_radii.size(), 3u);
  EXPECT_GT(s.point_radii[0], s.point_radii[1]);
}

}  // namespace
}  // namespace atlas
