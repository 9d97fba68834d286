// World-mode draw data: each pair is one polyline of shared vertices with GL_LINES index
// pairs from town to town, carrying its two towns and an opacity that falls where arcs
// crowd; the label order puts the best-connected towns first.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

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

TEST(WorldSceneTest, ArcVerticesCarryTheirTwoTowns) {
  WorldNetwork w = three_towns();
  WorldScene s;
  build_world_scene(w, s);
  // Polylines in pair order: Bonn-Paris first, then Bonn-Oxford from the shared vertex on.
  const LineVertex& first = s.arc_vertices[s.arc_segments.front()];
  const LineVertex& last = s.arc_vertices[s.arc_segments.back()];
  EXPECT_EQ(first.town_a, 0.0f);
  EXPECT_EQ(first.town_b, 1.0f);
  EXPECT_EQ(last.town_a, 0.0f);
  EXPECT_EQ(last.town_b, 2.0f);
}

TEST(WorldSceneTest, ArcOpacityFallsWithCrowding) {
  EXPECT_EQ(world_arc_alpha(0.0), 1.0f);
  EXPECT_EQ(world_arc_alpha(kWorldArcSparse), 1.0f);
  EXPECT_FLOAT_EQ(world_arc_alpha(4.0 * kWorldArcSparse), 0.5f);  // 1 / sqrt(4)
  EXPECT_FLOAT_EQ(world_arc_alpha(1e9), float(kWorldArcMinAlpha));
}

TEST(WorldSceneTest, CrowdedArcsAreFainterThanALoneOne) {
  // Twenty towns within one 2-degree cell near Bonn, each twinned with the next, and one
  // pair across the world (Oxford - Sapporo) whose cells hold only its own ends.
  WorldNetwork w;
  w.countries = {"DE", "GB", "JP"};
  for (int i = 0; i < 20; ++i) w.towns.push_back({"T" + std::to_string(i), 0, 50.1f + 0.05f * float(i), 7.1f, ""});
  for (std::uint32_t i = 0; i + 1 < 20; ++i) w.pairs.push_back({i, i + 1});
  w.towns.push_back({"Oxford", 1, 51.75f, -1.26f, ""});
  w.towns.push_back({"Sapporo", 2, 43.06f, 141.35f, ""});
  w.pairs.push_back({20, 21});
  WorldScene s;
  build_world_scene(w, s);
  const std::uint8_t crowded = s.arc_vertices.front().color[3], lone = s.arc_vertices.back().color[3];
  EXPECT_EQ(lone, 255);
  // 38 arc ends in the cell: alpha sqrt(12 / 38), about 0.56.
  EXPECT_EQ(crowded, std::uint8_t(std::lround(255.0f * world_arc_alpha(38.0))));
  EXPECT_LT(crowded, 150);
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
