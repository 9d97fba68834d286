// Community detection for the graph panel: Louvain modularity optimisation (Blondel et
// al. 2008) made deterministic - nodes are visited in index order, a node moves only for
// a strictly better gain, ties go to the lower community number - so the same graph
// always gives the same communities, natively and in wasm.
#pragma once

#include <cstdint>
#include <vector>

#include "graph.h"

namespace atlas {

struct Communities {
  // Per node. Communities are numbered by size, largest first; ties by smallest member.
  std::vector<std::uint32_t> community_of;
  std::vector<std::uint32_t> sizes;
  double modularity = 0.0;
  std::size_t count() const { return sizes.size(); }
};

Communities louvain_communities(const Graph& g);

// Newman-Girvan modularity of a partition (one community number per node); 0 when the
// graph has no edges or the sizes do not match.
double modularity(const Graph& g, const std::vector<std::uint32_t>& community_of);

}  // namespace atlas
