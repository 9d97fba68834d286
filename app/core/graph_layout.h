// A deterministic force-directed 2D layout for the graph panel's node-link view
// (a few hundred nodes): Fruchterman-Reingold (1991) as in networkx.spring_layout -
// O(n^2) per iteration, a linearly cooling step limit, a fixed seed - plus a weak pull
// towards the centre so separate components stay in view. Positions end in [-1, 1]^2.
#pragma once

#include <cstdint>
#include <vector>

#include "graph.h"

namespace atlas {

struct LayoutPoint {
  double x = 0.0;
  double y = 0.0;
};

struct LayoutOptions {
  int iterations = 100;
  std::uint64_t seed = 42;
  double gravity = 0.05;  // pull towards the centre relative to the spring forces; 0 = none
  // Optional start positions (one per node, e.g. the previous frame's layout so the view
  // does not jump); nodes without one start at seeded random points.
  std::vector<LayoutPoint> initial;
};

// The same graph and options always give the same positions. Centred and scaled so the
// largest |coordinate| is 1 (a single node sits at the origin).
std::vector<LayoutPoint> force_layout(const Graph& g, const LayoutOptions& options = {});

}  // namespace atlas
