// Whole-graph measures, following networkx's definitions so figures can be compared:
// clustering (networkx.clustering / average_clustering), degree assortativity
// (networkx.degree_assortativity_coefficient) and diameter (networkx.diameter).
#pragma once

#include <cstdint>
#include <vector>

#include "graph.h"
#include "graph_traversal.h"

namespace atlas {

// Per node: 2 * triangles / (deg * (deg - 1)); 0 for nodes of degree < 2.
std::vector<double> local_clustering(const Graph& g);
// Mean of local_clustering over all nodes (degree < 2 counts as 0); 0 for no nodes.
double average_clustering(const Graph& g);

// Pearson correlation of the degrees at the two ends of each edge, every edge taken in
// both directions (Newman 2002). NaN when undefined: no edges, or all edge ends share
// one degree (a regular graph, a single edge).
double degree_assortativity(const Graph& g);

// Largest hop distance from v to any node of its component (0 for an isolated node or
// a node outside the graph).
std::uint32_t eccentricity(const Graph& g, NodeId v);

// Largest eccentricity within one component, found with iFUB (Crescenzi et al. 2013):
// a double sweep picks a central root, then eccentricities are computed level by level
// from the deepest fringe until the bounds meet, so usually few BFS runs are needed.
// The value is exact. 0 for a component number that does not exist.
std::uint32_t component_diameter(const Graph& g, const Components& components,
                                 std::uint32_t component);
// component_diameter of components.largest(); 0 for an empty graph.
std::uint32_t largest_component_diameter(const Graph& g);

}  // namespace atlas
