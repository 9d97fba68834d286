// Node centralities for the graph panel's rankings, with networkx's normalisation
// (degree_centrality, betweenness_centrality) so figures can be compared.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "graph.h"

namespace atlas {

// degree / (n - 1); every node 1.0 when n <= 1 (as networkx).
std::vector<double> degree_centrality(const Graph& g);

struct BetweennessOptions {
  bool normalized = true;  // divide by (n-1)(n-2) pairs; else halve (each pair counted once)
  // 0 or >= node count: exact, Brandes from every node. Otherwise Brandes from this many
  // distinct source nodes drawn with `seed`, scaled by n / sample_sources (an estimate).
  std::size_t sample_sources = 0;
  std::uint64_t seed = 42;
};
// Brandes (2001): O(n m) for the exact value.
std::vector<double> betweenness_centrality(const Graph& g, const BetweennessOptions& options = {});

// Node ids ordered by score, highest first, ties by lower id; at most top_k of them
// (0 = all).
std::vector<NodeId> rank_nodes(const std::vector<double>& score, std::size_t top_k = 0);

}  // namespace atlas
