// The whole-network figures `atlas graph-stats` prints (issue 6, item 5), computed and
// formatted in core so the command stays thin and its output is unit-tested.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "graph.h"

namespace atlas {

struct GraphSummary {
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::size_t components = 0;
  std::size_t largest_component_size = 0;
  double average_degree = 0.0;        // 2 * edges / nodes; 0 without nodes
  double degree_assortativity = 0.0;  // NaN when undefined (see graph_metrics.h)
  double average_clustering = 0.0;
  std::uint32_t largest_component_diameter = 0;
};

GraphSummary summarize_graph(const Graph& g);

// Eight "name: value" lines, each ending in '\n':
//   nodes, edges, connected components, largest component size   integers
//   average degree, degree assortativity, average clustering coefficient
//                                                                 fixed, 6 decimals ("nan")
//   diameter of the largest component                             integer (hops)
std::string format_graph_summary(const GraphSummary& s);

}  // namespace atlas
