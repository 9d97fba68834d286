// A deterministic force-directed 2D layout for the graph panel's node-link view
// (a few hundred nodes): Fruchterman-Reingold (1991) as in networkx.spring_layout -
// O(n^2) per iteration, a linearly cooling step limit, a fixed seed - plus a weak pull
// towards the centre so separate components stay in view. Positions end in [-1, 1]^2.
// packed_component_layout lays out each component on its own and packs them.
#pragma once

#include <cstdint>
#include <vector>

#include "graph.h"
#include "graph_traversal.h"

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

// The node-link view's layout of a network made of many small components: each component of
// three or more nodes gets its own force layout in a square whose area grows with its node
// count, and the squares are packed in rows, largest first; pairs and single nodes follow in
// compact rows of small cells. Neighbouring nodes end about the same distance apart in every
// component, so a big component gets the space and forty isolated pairs take a strip.
// Deterministic; fitted to [-1, 1]^2 like force_layout (options.initial is not used).
std::vector<LayoutPoint> packed_component_layout(const Graph& g, const Components& components,
                                                 const LayoutOptions& options = {});

}  // namespace atlas
