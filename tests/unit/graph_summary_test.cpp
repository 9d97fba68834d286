// Tests of the figures and text `atlas graph-stats` prints (graph_summary.h), from CSV
// text through edge_list and Graph - the command minus reading the file - plus a
// cross-check on a mid-size real network against an independent calculation.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/edge_list.h"
#include "core/graph_centrality.h"
#include "core/graph_summary.h"
#include "core/graph_traversal.h"

namespace atlas {
namespace {

std::string graph_stats(const std::string& csv) {
  EdgeList list = parse_edge_list(csv);
  return format_graph_summary(summarize_graph(Graph::from_edges(list.nodes.size(), list.edges)));
}

TEST(GraphSummaryTest, PrintsTheEightLinesForAStarWithAnExtraComponent) {
  // Star Bonn-{Oxford, Leiden, Tours} (+ a repeated pair and a self-loop, dropped) and
  // the separate pair Lyon-Leeds. 6 nodes, 4 edges, average degree 8/6. Assortativity:
  // 8 edge ends, degrees 3 (x3) and 1 (x5), mean 1.75, deviations +1.25 / -0.75;
  // products 6*(-0.9375) + 2*0.5625 = -4.5, squares 3*1.5625 + 5*0.5625 = 7.5 -> -0.6.
  const std::string out = graph_stats(
      "city1,country1,city2,country2\n"
      "Bonn,Germany,Oxford,England\n"
      "Bonn,Germany,Leiden,Netherlands\n"
      "Tours,France,Bonn,Germany\n"
      "Oxford,England,Bonn,Germany\n"
      "Bonn,Germany,Bonn,Germany\n"
      "Lyon,France,Leeds,England\n");
  EXPECT_EQ(out,
            "nodes: 6\n"
            "edges: 4\n"
            "connected components: 2\n"
            "largest component size: 4\n"
            "average degree: 1.333333\n"
            "degree assortativity: -0.600000\n"
            "average clustering coefficient: 0.000000\n"
            "diameter of the largest component: 2\n");
}

TEST(GraphSummaryTest, TriangleWithTail) {
  // Clustering 7/12 and assortativity -5/7 as worked out in graph_metrics_test.cpp.
  const std::string out =
      graph_stats("city1,country1,city2,country2\nA,X,B,X\nB,X,C,X\nA,X,C,X\nC,X,D,X\n");
  EXPECT_EQ(out,
            "nodes: 4\n"
            "edges: 4\n"
            "connected components: 1\n"
            "largest component size: 4\n"
            "average degree: 2.000000\n"
            "degree assortativity: -0.714286\n"
            "average clustering coefficient: 0.583333\n"
            "diameter of the largest component: 2\n");
}

TEST(GraphSummaryTest, UndefinedAssortativityPrintsNan) {
  const std::string out =
      graph_stats("city1,country1,city2,country2\nA,X,B,X\nB,X,C,X\nC,X,D,X\nD,X,A,X\n");
  EXPECT_NE(out.find("degree assortativity: nan\n"), std::string::npos);
  EXPECT_NE(out.find("diameter of the largest component: 2\n"), std::string::npos);
}

TEST(GraphSummaryTest, EmptyInputGivesZerosNotACrash) {
  EXPECT_EQ(graph_stats(""),
            "nodes: 0\n"
            "edges: 0\n"
            "connected components: 0\n"
            "largest component size: 0\n"
            "average degree: 0.000000\n"
            "degree assortativity: nan\n"
            "average clustering coefficient: 0.000000\n"
            "diameter of the largest component: 0\n");
}

std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(ATLAS_FIXTURES_DIR) + "/graph/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// tests/fixtures/graph/east_asia_twin_towns.csv: the 583 rows of
// /work/shared/datasets/raw/world_twin_towns_enwiki_raw.csv (English Wikipedia, CC BY-SA,
// via Hekman/twincities) with both countries among China, Japan and South Korea.
// Expected values come from tests/fixtures/graph/reference_metrics.py (standard-library
// Python, written separately from core: all-pairs BFS for the diameter, betweenness
// counted pair by pair from its definition rather than by Brandes):
//   cd tests/fixtures/graph && python3 reference_metrics.py east_asia_twin_towns.csv --betweenness
TEST(GraphSummaryTest, EastAsiaFixtureMatchesIndependentCalculation) {
  const std::string csv = read_fixture("east_asia_twin_towns.csv");
  ASSERT_FALSE(csv.empty()) << "fixture missing";
  EdgeList list = parse_edge_list(csv);
  EXPECT_TRUE(list.problems.empty());
  const Graph g = Graph::from_edges(list.nodes.size(), list.edges);
  EXPECT_EQ(format_graph_summary(summarize_graph(g)),
            "nodes: 693\n"
            "edges: 583\n"
            "connected components: 130\n"
            "largest component size: 258\n"
            "average degree: 1.682540\n"
            "degree assortativity: -0.045661\n"
            "average clustering coefficient: 0.026327\n"
            "diameter of the largest component: 33\n");

  const std::vector<double> b = betweenness_centrality(g);
  const std::vector<NodeId> top = rank_nodes(b, 3);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(node_label(list.nodes[top[0]]), "Nonsan, South Korea");
  EXPECT_NEAR(b[top[0]], 0.068898500, 1e-9);
  EXPECT_EQ(node_label(list.nodes[top[1]]), "Jining, China");
  EXPECT_NEAR(b[top[1]], 0.066616197, 1e-9);
  EXPECT_EQ(node_label(list.nodes[top[2]]), "Himeji, Japan");
  EXPECT_NEAR(b[top[2]], 0.059015724, 1e-9);
}

}  // namespace
}  // namespace atlas
