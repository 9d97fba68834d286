// Fuzz target: graph-stats' edge-list CSV (app/core/edge_list.h). Property: no crash, every
// edge joins two listed nodes, problems are capped, and the graph builds from the edges.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/edge_list.h"
#include "core/graph.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const atlas::EdgeList list = atlas::parse_edge_list(std::string_view(reinterpret_cast<const char*>(data), size));
  FUZZ_CHECK(list.problems.size() <= atlas::EdgeList::kMaxProblems, "more problems kept than the cap");
  FUZZ_CHECK(list.problem_count >= list.problems.size(), "problem count below the problems kept");
  for (const atlas::Edge& e : list.edges)
    FUZZ_CHECK(e.a < list.nodes.size() && e.b < list.nodes.size(), "an edge names a missing node");
  for (const atlas::EdgeListNode& n : list.nodes) FUZZ_CHECK(!n.city.empty(), "a node without a city");
  const atlas::Graph graph = atlas::Graph::from_edges(list.nodes.size(), list.edges);
  FUZZ_CHECK(graph.node_count() == list.nodes.size(), "graph and node list disagree");
  return 0;
}
