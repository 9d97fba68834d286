// Tests of components, BFS distances, ego networks and shortest paths (graph_traversal.h),
// on small graphs whose answers can be read off a drawing.
#include <gtest/gtest.h>

#include <vector>

#include "core/graph_traversal.h"

namespace atlas {
namespace {

// 0-1 and 2-3-4, plus isolated 5.
Graph two_components_and_an_island() { return Graph::from_edges(6, {{0, 1}, {2, 3}, {3, 4}}); }

TEST(ComponentsTest, NumbersComponentsBySmallestNode) {
  Components c = connected_components(two_components_and_an_island());
  ASSERT_EQ(c.count(), 3u);
  EXPECT_EQ(c.component_of, (std::vector<std::uint32_t>{0, 0, 1, 1, 1, 2}));
  EXPECT_EQ(c.sizes, (std::vector<std::uint32_t>{2, 3, 1}));
  EXPECT_EQ(c.largest(), 1u);
}

TEST(ComponentsTest, LargestTieGoesToLowestNumber) {
  Components c = connected_components(Graph::from_edges(4, {{2, 3}, {0, 1}}));
  EXPECT_EQ(c.largest(), 0u);
}

TEST(ComponentsTest, EmptyGraphHasNone) {
  Components c = connected_components(Graph());
  EXPECT_EQ(c.count(), 0u);
  EXPECT_EQ(c.largest(), kUnreachable);
}

TEST(BfsDistancesTest, CountsHopsAndStopsAtTheLimit) {
  Graph path = Graph::from_edges(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
  EXPECT_EQ(bfs_distances(path, 0), (std::vector<std::uint32_t>{0, 1, 2, 3, 4}));
  EXPECT_EQ(bfs_distances(path, 2, 1),
            (std::vector<std::uint32_t>{kUnreachable, 1, 0, 1, kUnreachable}));
  std::vector<std::uint32_t> other = bfs_distances(two_components_and_an_island(), 0);
  EXPECT_EQ(other[2], kUnreachable);
  EXPECT_EQ(bfs_distances(path, 77), std::vector<std::uint32_t>(5, kUnreachable));
}

TEST(EgoNetworkTest, ListsNodesWithinHopsInBfsOrder) {
  // Star centre 0 with leaves 1..3, and a tail 3-4-5.
  Graph g = Graph::from_edges(6, {{0, 1}, {0, 2}, {0, 3}, {3, 4}, {4, 5}});
  std::vector<HopNode> ego = ego_network(g, 3, 1);
  ASSERT_EQ(ego.size(), 3u);
  EXPECT_EQ(ego[0].node, 3u);
  EXPECT_EQ(ego[0].hops, 0u);
  EXPECT_EQ(ego[1].node, 0u);
  EXPECT_EQ(ego[1].hops, 1u);
  EXPECT_EQ(ego[2].node, 4u);
  EXPECT_EQ(ego[2].hops, 1u);
  ego = ego_network(g, 3, 2);
  ASSERT_EQ(ego.size(), 6u);
  EXPECT_EQ(ego[3].node, 1u);
  EXPECT_EQ(ego[3].hops, 2u);
  EXPECT_EQ(ego[5].node, 5u);
  EXPECT_EQ(ego_network(g, 3, 0).size(), 1u);
  EXPECT_TRUE(ego_network(g, 6, 2).empty());
}

TEST(ShortestPathTest, FollowsFewestHopsWithLowNumberedNodesFirst) {
  // 4-cycle 0-1-2-3-0: two shortest paths 0->2; BFS with ascending neighbours takes 1.
  Graph cycle = Graph::from_edges(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}});
  EXPECT_EQ(shortest_path(cycle, 0, 2), (std::vector<NodeId>{0, 1, 2}));
  EXPECT_EQ(shortest_path(cycle, 0, 3), (std::vector<NodeId>{0, 3}));
  EXPECT_EQ(shortest_path(cycle, 2, 2), (std::vector<NodeId>{2}));
}

TEST(ShortestPathTest, EmptyWhenUnreachableOrOutside) {
  Graph g = two_components_and_an_island();
  EXPECT_EQ(shortest_path(g, 2, 4), (std::vector<NodeId>{2, 3, 4}));
  EXPECT_TRUE(shortest_path(g, 0, 4).empty());
  EXPECT_TRUE(shortest_path(g, 0, 60).empty());
  EXPECT_TRUE(shortest_path(Graph(), 0, 0).empty());
}

}  // namespace
}  // namespace atlas
