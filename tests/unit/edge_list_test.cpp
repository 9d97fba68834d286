// Tests of the CSV edge-list reader (edge_list.h): RFC 4180 quoting, column order,
// nodes exactly as written, and problems reported - never a crash - for bad input.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/edge_list.h"
#include "core/split_mix64.h"

namespace atlas {
namespace {

std::vector<std::string> labels(const EdgeList& list) {
  std::vector<std::string> out;
  for (const EdgeListNode& n : list.nodes) out.push_back(node_label(n));
  return out;
}

TEST(EdgeListTest, ReadsNodesInOrderOfFirstAppearance) {
  EdgeList l = parse_edge_list(
      "city1,country1,city2,country2\n"
      "Bonn,Germany,Oxford,England\n"
      "Oxford,England,Leiden,Netherlands\n");
  EXPECT_TRUE(l.has_header);
  EXPECT_TRUE(l.problems.empty());
  EXPECT_EQ(labels(l), (std::vector<std::string>{"Bonn, Germany", "Oxford, England",
                                                 "Leiden, Netherlands"}));
  ASSERT_EQ(l.edges.size(), 2u);
  EXPECT_EQ(l.edges[1].a, 1u);
  EXPECT_EQ(l.edges[1].b, 2u);
}

TEST(EdgeListTest, ColumnsInAnyOrderOthersIgnored) {
  EdgeList l = parse_edge_list(
      "note,country2,city2,year,country1,city1\n"
      "x,England,Oxford,1947,Germany,Bonn\n");
  ASSERT_EQ(l.nodes.size(), 2u);
  EXPECT_EQ(node_label(l.nodes[0]), "Bonn, Germany");
  EXPECT_EQ(node_label(l.nodes[1]), "Oxford, England");
}

TEST(EdgeListTest, QuotedFieldsWithCommasQuotesAndLineBreaks) {
  EdgeList l = parse_edge_list(
      "city1,country1,city2,country2\r\n"
      "\"C\u00f3rdoba, Bol\u00edvar\",Colombia,"
      "\"The \"\"Big\"\" Town\",\"Wales, United Kingdom\"\r\n"
      "\"Two\r\nLines\",X,Y,Z\r\n"
      "bad,row\r\n");
  ASSERT_EQ(l.nodes.size(), 4u);
  EXPECT_EQ(l.nodes[0].city, "C\u00f3rdoba, Bol\u00edvar");
  EXPECT_EQ(l.nodes[1].city, "The \"Big\" Town");
  EXPECT_EQ(l.nodes[1].country, "Wales, United Kingdom");
  EXPECT_EQ(l.nodes[2].city, "Two\r\nLines");
  // The quoted line break moves the line count on: the bad row is on line 5.
  ASSERT_EQ(l.problems.size(), 1u);
  EXPECT_EQ(l.problems[0].line, 5u);
}

TEST(EdgeListTest, NodesAreExactlyAsWritten) {
  EdgeList l = parse_edge_list(
      "city1,country1,city2,country2\n"
      "K\u00f6ln,Germany,Koln,Germany\n"
      " K\u00f6ln,Germany,k\u00f6ln,Germany\n"
      "Portsmouth,England,Portsmouth,\"England, United Kingdom\"\n");
  EXPECT_EQ(l.nodes.size(), 6u);
  EXPECT_TRUE(l.problems.empty());
}

TEST(EdgeListTest, KeepsSelfLoopsAndRepeatsForTheGraphToDrop) {
  EdgeList l = parse_edge_list(
      "city1,country1,city2,country2\nA,X,B,Y\nB,Y,A,X\nA,X,A,X\n");
  EXPECT_EQ(l.nodes.size(), 2u);
  ASSERT_EQ(l.edges.size(), 3u);
  EXPECT_EQ(Graph::from_edges(l.nodes.size(), l.edges).edge_count(), 1u);
}

TEST(EdgeListTest, EmptyCountryIsAllowedEmptyCityIsNot) {
  EdgeList l = parse_edge_list(
      "city1,country1,city2,country2\n"
      "Portsmouth,England,Falkland Islands,\n"
      ",Germany,Oxford,England\n");
  ASSERT_EQ(l.edges.size(), 1u);
  EXPECT_EQ(l.nodes[1].country, "");
  ASSERT_EQ(l.problems.size(), 1u);
  EXPECT_EQ(l.problems[0].line, 3u);
  EXPECT_EQ(l.problems[0].problem, "empty city1; row skipped");
}

TEST(EdgeListTest, ByteOrderMarkTrailingAndBlankLines) {
  EdgeList l = parse_edge_list("\xEF\xBB\xBF" "city1,country1,city2,country2\n\nA,X,B,Y\n\n\n");
  EXPECT_TRUE(l.has_header);
  EXPECT_EQ(l.edges.size(), 1u);
  EXPECT_TRUE(l.problems.empty());
  EXPECT_EQ(parse_edge_list("city1,country1,city2,country2\nA,X,B,Y").edges.size(), 1u);
}

TEST(EdgeListTest, EmptyInputIsAProblem) {
  for (const char* text : {"", "\n\n", "\r\n"}) {
    EdgeList l = parse_edge_list(text);
    EXPECT_FALSE(l.has_header);
    ASSERT_EQ(l.problems.size(), 1u);
    EXPECT_EQ(l.problems[0].line, 0u);
  }
  EdgeList header_only = parse_edge_list("city1,country1,city2,country2\n");
  EXPECT_TRUE(header_only.has_header);
  EXPECT_TRUE(header_only.problems.empty());
  EXPECT_TRUE(header_only.nodes.empty());
}

TEST(EdgeListTest, MissingColumnsAreEachReported) {
  EdgeList l = parse_edge_list("city1,country,city2\nA,X,B\n");
  EXPECT_FALSE(l.has_header);
  ASSERT_EQ(l.problems.size(), 2u);
  EXPECT_EQ(l.problems[0].problem, "header has no column country1");
  EXPECT_EQ(l.problems[1].problem, "header has no column country2");
  EXPECT_EQ(l.problems[1].line, 1u);
  EXPECT_TRUE(l.edges.empty());
}

TEST(EdgeListTest, ShortRowsAreSkippedWithTheirLine) {
  EdgeList l = parse_edge_list("city1,country1,city2,country2\nA,X,B,Y\nA,X,B\nC,Z,D,W\n");
  EXPECT_EQ(l.edges.size(), 2u);
  ASSERT_EQ(l.problems.size(), 1u);
  EXPECT_EQ(l.problems[0].line, 3u);
  EXPECT_EQ(l.problems[0].problem, "row has 3 fields, no country2; row skipped");
}

TEST(EdgeListTest, UnclosedQuoteIsReportedWhereItOpened) {
  EdgeList l = parse_edge_list("city1,country1,city2,country2\nA,X,B,Y\nA,\"X,B,Y\nC,Z,D,W\n");
  EXPECT_EQ(l.edges.size(), 1u);
  ASSERT_EQ(l.problems.size(), 1u);
  EXPECT_EQ(l.problems[0].line, 3u);
  EXPECT_EQ(l.problems[0].problem, "quoted field opened on line 3 is never closed; row skipped");
}

TEST(EdgeListTest, TextAfterClosingQuoteIsAProblem) {
  EdgeList l = parse_edge_list("city1,country1,city2,country2\n\"A\"b,X,B,Y\n");
  EXPECT_TRUE(l.edges.empty());
  ASSERT_EQ(l.problems.size(), 1u);
  EXPECT_EQ(l.problems[0].problem, "text after a closing quote; row skipped");
}

TEST(EdgeListTest, QuoteInsideUnquotedFieldIsKept) {
  EdgeList l = parse_edge_list("city1,country1,city2,country2\nSt John\"s,X,B,Y\n");
  ASSERT_EQ(l.nodes.size(), 2u);
  EXPECT_EQ(l.nodes[0].city, "St John\"s");
}

TEST(EdgeListTest, KeepsAtMostAHundredProblemsButCountsAll) {
  std::string text = "city1,country1,city2,country2\n";
  for (int i = 0; i < 150; ++i) text += "only,three,fields\n";
  EdgeList l = parse_edge_list(text);
  EXPECT_EQ(l.problems.size(), EdgeList::kMaxProblems);
  EXPECT_EQ(l.problem_count, 150u);
}

// A small fuzz run: random bytes, and valid CSV with random bytes flipped, must never
// crash and must keep the result consistent.
TEST(EdgeListTest, SurvivesRandomAndMutatedInput) {
  SplitMix64 rng(2024);
  const std::string valid =
      "city1,country1,city2,country2\r\n\"A, a\",X,B,Y\r\nB,Y,\"C \"\"c\"\"\",Z\r\n";
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    if (round % 2 == 0) {
      text.resize(rng.below(200));
      for (char& c : text) c = static_cast<char>(rng.below(256));
      if (round % 4 == 0) text = "city1,country1,city2,country2\n" + text;
    } else {
      text = valid;
      for (int flips = 1 + static_cast<int>(rng.below(4)); flips > 0; --flips)
        text[rng.below(text.size())] = "\",\r\n\0x"[rng.below(6)];
      text.resize(rng.below(text.size() + 1));
    }
    EdgeList l = parse_edge_list(text);
    for (const Edge& e : l.edges) {
      ASSERT_LT(e.a, l.nodes.size());
      ASSERT_LT(e.b, l.nodes.size());
    }
    ASSERT_LE(l.problems.size(), l.problem_count);
    ASSERT_LE(l.problems.size(), EdgeList::kMaxProblems);
    if (!l.has_header) {
      ASSERT_TRUE(l.edges.empty());
    }
  }
}

}  // namespace
}  // namespace atlas
