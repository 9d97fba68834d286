// Breadth-first questions about a Graph: connected components, hop distances, the
// n-hop ego network of a node and the shortest (fewest-hop) path between two nodes.
// All results are deterministic: neighbours are visited in ascending order.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "graph.h"

namespace atlas {

constexpr std::uint32_t kUnreachable = std::numeric_limits<std::uint32_t>::max();

struct Components {
  std::vector<std::uint32_t> component_of;  // per node; components numbered by smallest node
  std::vector<std::uint32_t> sizes;         // per component
  std::size_t count() const { return sizes.size(); }
  // The biggest component (ties: lowest number); kUnreachable when there are no nodes.
  std::uint32_t largest() const;
};
Components connected_components(const Graph& g);

// Hop distance from `source` to every node; kUnreachable beyond max_hops or another
// component. All kUnreachable when source is not a node.
std::vector<std::uint32_t> bfs_distances(const Graph& g, NodeId source,
                                         std::uint32_t max_hops = kUnreachable);

struct HopNode {
  NodeId node = 0;
  std::uint32_t hops = 0;
};
// The centre (0 hops) and every node within `hops` hops, in BFS order (by hop count,
// then by discovery from lower-numbered parents). Empty when centre is not a node.
std::vector<HopNode> ego_network(const Graph& g, NodeId centre, std::uint32_t hops);

// Nodes from `from` to `to` along a fewest-hop path, both ends included; {from} when
// from == to; empty when unreachable or either end is not a node. Among equally short
// paths the one found first by BFS with ascending neighbours is returned.
std::vector<NodeId> shortest_path(const Graph& g, NodeId from, NodeId to);

}  // namespace atlas
