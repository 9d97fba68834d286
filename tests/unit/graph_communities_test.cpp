// Tests of deterministic Louvain communities and modularity (graph_communities.h).
#include <gtest/gtest.h>

#include <vector>

#include "core/graph_communities.h"

namespace atlas {
namespace {

// Triangles 0-1-2 and 3-4-5 joined by the bridge 2-3.
Graph two_triangles() {
  return Graph::from_edges(6, {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}});
}

TEST(ModularityTest, TwoTrianglesSplitAtTheBridge) {
  // m = 7; each side holds 3 edges and degree sum 7: 2 * (3/7 - (7/14)^2) = 5/14.
  EXPECT_NEAR(modularity(two_triangles(), {0, 0, 0, 1, 1, 1}), 5.0 / 14.0, 1e-12);
  EXPECT_NEAR(modularity(two_triangles(), {0, 0, 0, 0, 0, 0}), 0.0, 1e-12);
  EXPECT_EQ(modularity(two_triangles(), {0, 1}), 0.0);
  EXPECT_EQ(modularity(Graph::from_edges(3, {}), {0, 1, 2}), 0.0);
}

TEST(LouvainTest, FindsTheTwoTriangles) {
  Communities c = louvain_communities(two_triangles());
  EXPECT_EQ(c.community_of, (std::vector<std::uint32_t>{0, 0, 0, 1, 1, 1}));
  EXPECT_EQ(c.sizes, (std::vector<std::uint32_t>{3, 3}));
  EXPECT_NEAR(c.modularity, 5.0 / 14.0, 1e-12);
}

TEST(LouvainTest, RingOfCliquesGivesOneCommunityPerClique) {
  // Six K5s, clique i linked to clique i+1 by one edge: the textbook Louvain case.
  std::vector<Edge> edges;
  const NodeId k = 5, cliques = 6;
  for (NodeId c = 0; c < cliques; ++c) {
    for (NodeId i = 0; i < k; ++i)
      for (NodeId j = i + 1; j < k; ++j) edges.push_back({c * k + i, c * k + j});
    edges.push_back({c * k, ((c + 1) % cliques) * k + 1});
  }
  Graph g = Graph::from_edges(k * cliques, edges);
  Communities c = louvain_communities(g);
  ASSERT_EQ(c.count(), cliques);
  for (NodeId v = 0; v < g.node_count(); ++v) EXPECT_EQ(c.community_of[v], v / k);
  EXPECT_GT(c.modularity, 0.7);
}

TEST(LouvainTest, LargestFirstAndIsolatedNodesAlone) {
  // K4 on 2..5, a single edge 0-1 and isolated 6: sizes 4, 2, 1.
  Graph g = Graph::from_edges(7, {{2, 3}, {2, 4}, {2, 5}, {3, 4}, {3, 5}, {4, 5}, {0, 1}});
  Communities c = louvain_communities(g);
  EXPECT_EQ(c.community_of, (std::vector<std::uint32_t>{1, 1, 0, 0, 0, 0, 2}));
  EXPECT_EQ(c.sizes, (std::vector<std::uint32_t>{4, 2, 1}));
}

TEST(LouvainTest, EdgelessAndEmptyGraphs) {
  Communities c = louvain_communities(Graph::from_edges(3, {}));
  EXPECT_EQ(c.community_of, (std::vector<std::uint32_t>{0, 1, 2}));
  EXPECT_EQ(c.modularity, 0.0);
  EXPECT_EQ(louvain_communities(Graph()).count(), 0u);
}

TEST(LouvainTest, SameGraphSameAnswer) {
  Graph g = two_triangles();
  EXPECT_EQ(louvain_communities(g).community_of, louvain_communities(g).community_of);
}

}  // namespace
}  // namespace atlas
