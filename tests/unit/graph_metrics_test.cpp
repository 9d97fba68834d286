// Tests of clustering, assortativity and diameter (graph_metrics.h). Expected values are
// worked out by hand in the comments; they agree with networkx's definitions.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/graph_metrics.h"
#include "core/split_mix64.h"

namespace atlas {
namespace {

Graph path4() { return Graph::from_edges(4, {{0, 1}, {1, 2}, {2, 3}}); }
Graph star4() { return Graph::from_edges(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}); }
Graph cycle4() { return Graph::from_edges(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}); }
// Triangle 0-1-2 with a tail 2-3.
Graph triangle_tail() { return Graph::from_edges(4, {{0, 1}, {1, 2}, {0, 2}, {2, 3}}); }
Graph k4() { return Graph::from_edges(4, {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}}); }

TEST(ClusteringTest, TriangleWithTail) {
  // Nodes 0 and 1: their two neighbours are linked -> 1. Node 2: neighbours 0,1,3, one
  // link of three pairs -> 1/3. Node 3 (degree 1) -> 0. Mean over 4 nodes: 7/12.
  std::vector<double> c = local_clustering(triangle_tail());
  EXPECT_DOUBLE_EQ(c[0], 1.0);
  EXPECT_DOUBLE_EQ(c[1], 1.0);
  EXPECT_DOUBLE_EQ(c[2], 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(c[3], 0.0);
  EXPECT_DOUBLE_EQ(average_clustering(triangle_tail()), 7.0 / 12.0);
}

TEST(ClusteringTest, TreesAndCyclesWithoutTrianglesAreZero) {
  EXPECT_DOUBLE_EQ(average_clustering(path4()), 0.0);
  EXPECT_DOUBLE_EQ(average_clustering(star4()), 0.0);
  EXPECT_DOUBLE_EQ(average_clustering(cycle4()), 0.0);
}

TEST(ClusteringTest, CompleteGraphIsOneAndIsolatedNodesCountAsZero) {
  EXPECT_DOUBLE_EQ(average_clustering(k4()), 1.0);
  // K3 plus two isolated nodes: (1 + 1 + 1 + 0 + 0) / 5.
  EXPECT_DOUBLE_EQ(average_clustering(Graph::from_edges(5, {{0, 1}, {1, 2}, {0, 2}})), 0.6);
  EXPECT_DOUBLE_EQ(average_clustering(Graph()), 0.0);
}

TEST(AssortativityTest, StarIsPerfectlyDisassortative) {
  // Every edge joins degree 4 to degree 1.
  EXPECT_DOUBLE_EQ(degree_assortativity(star4()), -1.0);
}

TEST(AssortativityTest, PathOfFourIsMinusOneHalf) {
  // Edge ends (both directions): (1,2) (2,1) (2,2) (2,2) (2,1) (1,2); mean 5/3;
  // sum of products of deviations -2/3, sum of squared deviations 4/3 -> -1/2.
  EXPECT_NEAR(degree_assortativity(path4()), -0.5, 1e-12);
}

TEST(AssortativityTest, TriangleWithTailIsMinusFiveSevenths) {
  // Degrees 2,2,3,1; edge ends mean 2.25; covariance sum -2.5, variance sum 3.5.
  EXPECT_NEAR(degree_assortativity(triangle_tail()), -5.0 / 7.0, 1e-12);
}

TEST(AssortativityTest, UndefinedForRegularGraphsAndNoEdges) {
  EXPECT_TRUE(std::isnan(degree_assortativity(cycle4())));
  EXPECT_TRUE(std::isnan(degree_assortativity(k4())));
  EXPECT_TRUE(std::isnan(degree_assortativity(Graph::from_edges(2, {{0, 1}}))));
  EXPECT_TRUE(std::isnan(degree_assortativity(Graph::from_edges(3, {}))));
}

TEST(AssortativityTest, TwoStarsJoinedAtTheirCentres) {
  // Centres 0 and 1 (degree 3 each), leaves 2,3 on 0 and 4,5 on 1. Ten edge ends:
  // (3,3) twice, (3,1) and (1,3) four times each; mean 2.2, deviations +0.8 / -1.2;
  // products 2*0.64 - 8*0.96 = -6.4, squares 6*0.64 + 4*1.44 = 9.6 -> -2/3.
  Graph g = Graph::from_edges(6, {{0, 1}, {0, 2}, {0, 3}, {1, 4}, {1, 5}});
  EXPECT_NEAR(degree_assortativity(g), -2.0 / 3.0, 1e-12);
}

TEST(DiameterTest, SmallGraphs) {
  EXPECT_EQ(largest_component_diameter(path4()), 3u);
  EXPECT_EQ(largest_component_diameter(star4()), 2u);
  EXPECT_EQ(largest_component_diameter(cycle4()), 2u);
  EXPECT_EQ(largest_component_diameter(triangle_tail()), 2u);
  EXPECT_EQ(largest_component_diameter(k4()), 1u);
  EXPECT_EQ(largest_component_diameter(Graph::from_edges(1, {})), 0u);
  EXPECT_EQ(largest_component_diameter(Graph()), 0u);
}

TEST(DiameterTest, UsesTheLargestComponentOnly) {
  // Path 0-1-2, star 3..7 (5 nodes: the largest, diameter 2) and the longer but
  // smaller path 8-9-10-11 (4 nodes, diameter 3).
  Graph g = Graph::from_edges(12, {{0, 1}, {1, 2}, {3, 4}, {3, 5}, {3, 6}, {3, 7}, {8, 9},
                                   {9, 10}, {10, 11}});
  EXPECT_EQ(largest_component_diameter(g), 2u);
  Components c = connected_components(g);
  EXPECT_EQ(component_diameter(g, c, c.component_of[8]), 3u);
  EXPECT_EQ(component_diameter(g, c, 99), 0u);
}

TEST(DiameterTest, EccentricityOfPathEnds) {
  EXPECT_EQ(eccentricity(path4(), 0), 3u);
  EXPECT_EQ(eccentricity(path4(), 1), 2u);
  EXPECT_EQ(eccentricity(path4(), 9), 0u);
}

// iFUB against the definition (largest eccentricity over all nodes of the component) on
// seeded random sparse graphs of the twin network's shape: many trees, a few cycles.
TEST(DiameterTest, AgreesWithAllPairsBfsOnRandomGraphs) {
  SplitMix64 rng(7);
  for (int round = 0; round < 60; ++round) {
    const std::size_t n = 20 + rng.below(300);
    const std::size_t m = n / 2 + rng.below(n + n / 2);
    std::vector<Edge> edges;
    for (std::size_t i = 0; i < m; ++i)
      edges.push_back({static_cast<NodeId>(rng.below(n)), static_cast<NodeId>(rng.below(n))});
    Graph g = Graph::from_edges(n, edges);
    Components c = connected_components(g);
    const std::uint32_t largest = c.largest();
    std::uint32_t expected = 0;
    for (NodeId v = 0; v < n; ++v)
      if (c.component_of[v] == largest) expected = std::max(expected, eccentricity(g, v));
    EXPECT_EQ(component_diameter(g, c, largest), expected) << "round " << round;
  }
}

}  // namespace
}  // namespace atlas
