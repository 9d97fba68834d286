// Tests of the force-directed layout (graph_layout.h): bounds, determinism, and that
// the springs do their job.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/graph_layout.h"

namespace atlas {
namespace {

double distance(const LayoutPoint& a, const LayoutPoint& b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

Graph path(NodeId n) {
  std::vector<Edge> edges;
  for (NodeId i = 0; i + 1 < n; ++i) edges.push_back({i, i + 1});
  return Graph::from_edges(n, edges);
}

TEST(ForceLayoutTest, FitsTheUnitSquareAndTouchesItsEdge) {
  std::vector<LayoutPoint> pos = force_layout(path(12));
  ASSERT_EQ(pos.size(), 12u);
  double extent = 0.0;
  for (const LayoutPoint& p : pos) {
    EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
    EXPECT_LE(std::fabs(p.x), 1.0 + 1e-12);
    EXPECT_LE(std::fabs(p.y), 1.0 + 1e-12);
    extent = std::max({extent, std::fabs(p.x), std::fabs(p.y)});
  }
  EXPECT_NEAR(extent, 1.0, 1e-12);
}

TEST(ForceLayoutTest, SameSeedSamePositionsOtherSeedOtherPositions) {
  Graph g = Graph::from_edges(6, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}});
  std::vector<LayoutPoint> a = force_layout(g), b = force_layout(g);
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].x, b[i].x);
    EXPECT_EQ(a[i].y, b[i].y);
  }
  LayoutOptions other;
  other.seed = 43;
  EXPECT_NE(force_layout(g, other)[0].x, a[0].x);
}

TEST(ForceLayoutTest, NeighboursEndCloserThanThePathsEnds) {
  std::vector<LayoutPoint> pos = force_layout(path(10));
  for (NodeId i = 0; i + 1 < 10; ++i)
    EXPECT_LT(distance(pos[i], pos[i + 1]), distance(pos[0], pos[9]));
}

TEST(ForceLayoutTest, TinyGraphs) {
  EXPECT_TRUE(force_layout(Graph()).empty());
  std::vector<LayoutPoint> one = force_layout(Graph::from_edges(1, {}));
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].x, 0.0);
  EXPECT_EQ(one[0].y, 0.0);
  std::vector<LayoutPoint> two = force_layout(Graph::from_edges(2, {{0, 1}}));
  EXPECT_GT(distance(two[0], two[1]), 1.0);
}

TEST(ForceLayoutTest, StartsFromGivenPositions) {
  LayoutOptions options;
  options.iterations = 0;
  options.initial = {{0.0, 0.0}, {2.0, 0.0}, {1.0, 1.0}};
  std::vector<LayoutPoint> pos = force_layout(Graph::from_edges(3, {{0, 1}}), options);
  EXPECT_DOUBLE_EQ(pos[0].x, -1.0);
  EXPECT_DOUBLE_EQ(pos[1].x, 1.0);
  EXPECT_DOUBLE_EQ(pos[2].y, 0.5);
}

}  // namespace
}  // namespace atlas
