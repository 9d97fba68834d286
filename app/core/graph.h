// An undirected simple graph over dense node indices, stored as CSR adjacency.
// The twin-town network (issue 6, items 4 and 5) is built into one of these; every graph
// algorithm in core (graph_traversal, graph_metrics, graph_centrality, graph_communities,
// graph_layout) reads it. Self-loops are dropped and duplicate edges merged on build, and
// each node's neighbours are sorted ascending, so every algorithm is deterministic.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace atlas {

using NodeId = std::uint32_t;

struct Edge {
  NodeId a = 0;
  NodeId b = 0;
};

// A read-only view of one node's neighbours (C++17 has no std::span).
class NeighborRange {
 public:
  NeighborRange(const NodeId* first, const NodeId* last) : first_(first), last_(last) {}
  const NodeId* begin() const { return first_; }
  const NodeId* end() const { return last_; }
  std::size_t size() const { return static_cast<std::size_t>(last_ - first_); }
  bool empty() const { return first_ == last_; }
  NodeId operator[](std::size_t i) const { return first_[i]; }

 private:
  const NodeId* first_;
  const NodeId* last_;
};

class Graph {
 public:
  Graph() = default;

  // Nodes 0..node_count-1. Self-loops are dropped, duplicates (in either direction)
  // merged, and edges naming a node >= node_count ignored.
  static Graph from_edges(std::size_t node_count, const std::vector<Edge>& edges);

  std::size_t node_count() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
  std::size_t edge_count() const { return targets_.size() / 2; }
  bool contains(NodeId v) const { return v < node_count(); }

  // 0 for a node outside the graph.
  std::uint32_t degree(NodeId v) const;
  // Sorted ascending; empty for a node outside the graph.
  NeighborRange neighbors(NodeId v) const;
  bool has_edge(NodeId a, NodeId b) const;
  // Each edge once, with a < b, in ascending order.
  std::vector<Edge> edges() const;

 private:
  std::vector<std::uint32_t> offsets_;  // node_count + 1 entries
  std::vector<NodeId> targets_;         // 2 * edge_count entries
};

// The graph induced by `nodes` (duplicates and out-of-range ids ignored). Node i of
// `graph` is original[i]; original keeps the order of first appearance in `nodes`.
struct Subgraph {
  Graph graph;
  std::vector<NodeId> original;
};
Subgraph induced_subgraph(const Graph& g, const std::vector<NodeId>& nodes);

}  // namespace atlas
