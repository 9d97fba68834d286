// Reads an undirected edge list of towns from CSV text, for `atlas graph-stats` and the
// graph panel's "all known partnerships" view. The header must name the columns
// city1, country1, city2, country2 (any order, other columns ignored); a node is the
// (city, country) pair exactly as written - no trimming, case folding or other
// normalisation; an empty country is allowed, an empty city skips the row. CSV follows
// RFC 4180 (quoted fields with commas, line breaks and doubled quotes; CRLF or LF line
// ends). A pure function of its input that never throws and reports every problem as
// (line, text), so it can be fuzzed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph.h"

namespace atlas {

struct EdgeListNode {
  std::string city;
  std::string country;
};

struct EdgeListProblem {
  std::size_t line = 0;  // 1-based physical line where the record starts; 0: whole input
  std::string problem;
};

struct EdgeList {
  std::vector<EdgeListNode> nodes;  // in order of first appearance
  std::vector<Edge> edges;          // one per accepted row, in row order (self-loops and
                                    // repeats kept; Graph::from_edges drops/merges them)
  std::vector<EdgeListProblem> problems;  // at most kMaxProblems kept ...
  std::size_t problem_count = 0;          // ... of this many
  static constexpr std::size_t kMaxProblems = 100;
  bool has_header = false;  // false: the header lacked a required column (no rows read)
};

EdgeList parse_edge_list(std::string_view csv);

// "city, country" for messages and labels.
std::string node_label(const EdgeListNode& node);

}  // namespace atlas
