// Tests of the CSR graph itself (graph.h): building, merging, neighbours, subgraphs.
#include <gtest/gtest.h>

#include <vector>

#include "core/graph.h"

namespace atlas {
namespace {

std::vector<NodeId> neighbours(const Graph& g, NodeId v) {
  NeighborRange r = g.neighbors(v);
  return std::vector<NodeId>(r.begin(), r.end());
}

TEST(GraphTest, EmptyGraphHasNoNodesOrEdges) {
  Graph g;
  EXPECT_EQ(g.node_count(), 0u);
  EXPECT_EQ(g.edge_count(), 0u);
  EXPECT_EQ(g.degree(0), 0u);
  EXPECT_TRUE(g.neighbors(3).empty());
  EXPECT_TRUE(g.edges().empty());
}

TEST(GraphTest, DropsSelfLoopsAndMergesDuplicatesInEitherDirection) {
  Graph g = Graph::from_edges(4, {{0, 1}, {1, 0}, {0, 1}, {2, 2}, {1, 2}, {3, 1}});
  EXPECT_EQ(g.node_count(), 4u);
  EXPECT_EQ(g.edge_count(), 3u);
  EXPECT_EQ(g.degree(0), 1u);
  EXPECT_EQ(g.degree(1), 3u);
  EXPECT_EQ(g.degree(2), 1u);
  EXPECT_EQ(neighbours(g, 1), (std::vector<NodeId>{0, 2, 3}));
  EXPECT_TRUE(g.has_edge(3, 1));
  EXPECT_TRUE(g.has_edge(1, 3));
  EXPECT_FALSE(g.has_edge(2, 2));
  EXPECT_FALSE(g.has_edge(0, 3));
}

TEST(GraphTest, IgnoresEdgesToNodesOutsideTheGraph) {
  Graph g = Graph::from_edges(2, {{0, 1}, {1, 7}, {9, 0}});
  EXPECT_EQ(g.edge_count(), 1u);
  EXPECT_FALSE(g.has_edge(1, 7));
  EXPECT_FALSE(g.contains(7));
  EXPECT_EQ(g.degree(7), 0u);
}

TEST(GraphTest, KeepsIsolatedNodes) {
  Graph g = Graph::from_edges(5, {{3, 1}});
  EXPECT_EQ(g.node_count(), 5u);
  EXPECT_EQ(g.degree(0), 0u);
  EXPECT_EQ(g.degree(4), 0u);
}

TEST(GraphTest, ListsEachEdgeOnceInAscendingOrder) {
  Graph g = Graph::from_edges(4, {{3, 2}, {1, 0}, {2, 0}});
  std::vector<Edge> e = g.edges();
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].a, 0u);
  EXPECT_EQ(e[0].b, 1u);
  EXPECT_EQ(e[1].a, 0u);
  EXPECT_EQ(e[1].b, 2u);
  EXPECT_EQ(e[2].a, 2u);
  EXPECT_EQ(e[2].b, 3u);
}

TEST(GraphTest, InducedSubgraphKeepsOnlyEdgesBetweenChosenNodes) {
  Graph g = Graph::from_edges(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}});
  Subgraph s = induced_subgraph(g, {3, 2, 1, 2, 99});
  EXPECT_EQ(s.original, (std::vector<NodeId>{3, 2, 1}));
  EXPECT_EQ(s.graph.node_count(), 3u);
  EXPECT_EQ(s.graph.edge_count(), 2u);
  EXPECT_TRUE(s.graph.has_edge(0, 1));   // 3-2
  EXPECT_TRUE(s.graph.has_edge(1, 2));   // 2-1
  EXPECT_FALSE(s.graph.has_edge(0, 2));  // 3-1 is no edge
}

}  // namespace
}  // namespace atlas
