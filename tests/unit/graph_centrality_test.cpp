// Tests of degree and betweenness centrality and rankings (graph_centrality.h). Values
// are networkx's (normalised by the n-1 other nodes / (n-1)(n-2)/2 pairs), by hand.
#include <gtest/gtest.h>

#include <vector>

#include "core/graph_centrality.h"

namespace atlas {
namespace {

Graph path4() { return Graph::from_edges(4, {{0, 1}, {1, 2}, {2, 3}}); }
Graph star4() { return Graph::from_edges(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}); }
Graph cycle4() { return Graph::from_edges(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}); }

TEST(DegreeCentralityTest, DividesByOtherNodes) {
  std::vector<double> c = degree_centrality(star4());
  EXPECT_DOUBLE_EQ(c[0], 1.0);
  EXPECT_DOUBLE_EQ(c[1], 0.25);
  EXPECT_EQ(degree_centrality(Graph::from_edges(1, {})), std::vector<double>{1.0});
  EXPECT_TRUE(degree_centrality(Graph()).empty());
}

TEST(BetweennessTest, StarCentreLiesOnEveryLeafPair) {
  std::vector<double> b = betweenness_centrality(star4());
  EXPECT_DOUBLE_EQ(b[0], 1.0);
  for (NodeId leaf = 1; leaf <= 4; ++leaf) EXPECT_DOUBLE_EQ(b[leaf], 0.0);
  BetweennessOptions raw;
  raw.normalized = false;
  EXPECT_DOUBLE_EQ(betweenness_centrality(star4(), raw)[0], 6.0);  // C(4,2) leaf pairs
}

TEST(BetweennessTest, PathOfFour) {
  // Node 1 lies on 0-2 and 0-3, node 2 on 1-3 and 0-3: 2 of C(3,2) = 3 pairs.
  std::vector<double> b = betweenness_centrality(path4());
  EXPECT_DOUBLE_EQ(b[0], 0.0);
  EXPECT_DOUBLE_EQ(b[1], 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(b[2], 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(b[3], 0.0);
}

TEST(BetweennessTest, CycleSplitsBetweenEqualPaths) {
  // 0-2 has two shortest paths (via 1, via 3): node 1 gets 1/2 of one pair, / 3 pairs.
  for (double b : betweenness_centrality(cycle4())) EXPECT_DOUBLE_EQ(b, 1.0 / 6.0);
}

TEST(BetweennessTest, TriangleWithTailOnlyTheJoint) {
  Graph g = Graph::from_edges(4, {{0, 1}, {1, 2}, {0, 2}, {2, 3}});
  std::vector<double> b = betweenness_centrality(g);
  EXPECT_DOUBLE_EQ(b[2], 2.0 / 3.0);  // on 0-3 and 1-3
  EXPECT_DOUBLE_EQ(b[0], 0.0);
  EXPECT_DOUBLE_EQ(b[1], 0.0);
}

TEST(BetweennessTest, TinyGraphsAreZero) {
  EXPECT_EQ(betweenness_centrality(Graph::from_edges(2, {{0, 1}})),
            (std::vector<double>{0.0, 0.0}));
  EXPECT_TRUE(betweenness_centrality(Graph()).empty());
}

TEST(BetweennessTest, SamplingAllSourcesIsExactAndSamplingIsRepeatable) {
  Graph g = Graph::from_edges(8, {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 7}, {2, 6}});
  BetweennessOptions all;
  all.sample_sources = 8;
  EXPECT_EQ(betweenness_centrality(g, all), betweenness_centrality(g));
  BetweennessOptions some;
  some.sample_sources = 3;
  some.seed = 11;
  const std::vector<double> first = betweenness_centrality(g, some);
  EXPECT_EQ(first, betweenness_centrality(g, some));
  some.seed = 12;
  EXPECT_EQ(betweenness_centrality(g, some).size(), 8u);
}

TEST(RankNodesTest, HighestFirstTiesByLowerId) {
  const std::vector<double> score = {0.5, 2.0, 0.5, 3.0, 0.0};
  EXPECT_EQ(rank_nodes(score), (std::vector<NodeId>{3, 1, 0, 2, 4}));
  EXPECT_EQ(rank_nodes(score, 3), (std::vector<NodeId>{3, 1, 0}));
  EXPECT_EQ(rank_nodes(score, 50).size(), 5u);
  EXPECT_TRUE(rank_nodes({}).empty());
}

}  // namespace
}  // namespace atlas
