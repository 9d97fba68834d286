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


// A 30-node ring with chords (one big component) and 40 isolated pairs, as the NRW-UK network
// is one larger component among many pairs.
Graph ring_and_pairs(std::vector<Edge>* pair_edges = nullptr) {
  std::vector<Edge> edges;
  for (NodeId i = 0; i < 30; ++i) edges.push_back({i, (i + 1) % 30});
  for (NodeId i = 0; i < 30; i += 5) edges.push_back({i, (i + 7) % 30});
  for (NodeId k = 0; k < 40; ++k) {
    edges.push_back({30 + 2 * k, 31 + 2 * k});
    if (pair_edges) pair_edges->push_back(edges.back());
  }
  return Graph::from_edges(110, edges);
}

struct Extent {
  double min_x = 1e9, max_x = -1e9, min_y = 1e9, max_y = -1e9;
  void add(const LayoutPoint& p) {
    min_x = std::min(min_x, p.x), max_x = std::max(max_x, p.x);
    min_y = std::min(min_y, p.y), max_y = std::max(max_y, p.y);
  }
  double area() const { return (max_x - min_x) * (max_y - min_y); }
};

TEST(PackedComponentLayoutTest, FitsTheUnitSquareAndIsDeterministic) {
  Graph g = ring_and_pairs();
  Components c = connected_components(g);
  std::vector<LayoutPoint> a = packed_component_layout(g, c), b = packed_component_layout(g, c);
  ASSERT_EQ(a.size(), 110u);
  double extent = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_LE(std::fabs(a[i].x), 1.0 + 1e-12);
    EXPECT_LE(std::fabs(a[i].y), 1.0 + 1e-12);
    EXPECT_EQ(a[i].x, b[i].x);
    EXPECT_EQ(a[i].y, b[i].y);
    extent = std::max({extent, std::fabs(a[i].x), std::fabs(a[i].y)});
  }
  EXPECT_NEAR(extent, 1.0, 1e-12);
}

TEST(PackedComponentLayoutTest, TheBigComponentGetsTheSpaceAndPairsArePackedTightly) {
  std::vector<Edge> pairs;
  Graph g = ring_and_pairs(&pairs);
  Components c = connected_components(g);
  std::vector<LayoutPoint> pos = packed_component_layout(g, c);
  Extent ring, all_pairs;
  for (NodeId v = 0; v < 30; ++v) ring.add(pos[v]);
  for (NodeId v = 30; v < 110; ++v) all_pairs.add(pos[v]);
  // The 40 pairs' 80 nodes fill a few tight rows, less high than the ring's 30 nodes.
  EXPECT_LT(all_pairs.max_y - all_pairs.min_y, ring.max_y - ring.min_y);
  // A pair's two towns sit much closer together than the ring is wide.
  for (const Edge& e : pairs) EXPECT_LT(distance(pos[e.a], pos[e.b]), (ring.max_x - ring.min_x) / 4.0);
  // The force layout without packing squeezes the ring: the packed one is larger.
  Extent forced_ring;
  std::vector<LayoutPoint> forced = force_layout(g);
  for (NodeId v = 0; v < 30; ++v) forced_ring.add(forced[v]);
  EXPECT_GT(ring.area(), forced_ring.area());
}

TEST(PackedComponentLayoutTest, ComponentsDoNotOverlap) {
  Graph g = ring_and_pairs();
  Components c = connected_components(g);
  std::vector<LayoutPoint> pos = packed_component_layout(g, c);
  std::vector<Extent> box(c.count());
  for (NodeId v = 0; v < g.node_count(); ++v) box[c.component_of[v]].add(pos[v]);
  for (std::size_t i = 0; i < box.size(); ++i)
    for (std::size_t j = i + 1; j < box.size(); ++j) {
      bool apart = box[i].max_x < box[j].min_x || box[j].max_x < box[i].min_x || box[i].max_y < box[j].min_y ||
                   box[j].max_y < box[i].min_y;
      EXPECT_TRUE(apart) << "components " << i << " and " << j;
    }
}

TEST(PackedComponentLayoutTest, TinyGraphs) {
  Graph none = Graph::from_edges(0, {});
  EXPECT_TRUE(packed_component_layout(none, connected_components(none)).empty());
  Graph one = Graph::from_edges(1, {});
  std::vector<LayoutPoint> p = packed_component_layout(one, connected_components(one));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].x, 0.0);
  EXPECT_EQ(p[0].y, 0.0);
  Graph pair = Graph::from_edges(2, {{0, 1}});
  p = packed_component_layout(pair, connected_components(pair));
  EXPECT_NEAR(distance(p[0], p[1]), 2.0, 1e-12);  // side by side across the square
}

}  // namespace
}  // namespace atlas
