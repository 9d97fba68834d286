// Whole-network figures for graph-stats (see graph_summary.h).
#include "graph_summary.h"

#include <cmath>
#include <cstdio>

#include "graph_metrics.h"
#include "graph_traversal.h"

namespace atlas {

namespace {

std::string fixed6(double v) {
  if (std::isnan(v)) return "nan";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f", v);
  std::string s = buf;
  return s == "-0.000000" ? "0.000000" : s;
}

}  // namespace

GraphSummary summarize_graph(const Graph& g) {
  GraphSummary s;
  s.nodes = g.node_count();
  s.edges = g.edge_count();
  const Components components = connected_components(g);
  s.components = components.count();
  s.degree_assortativity = degree_assortativity(g);
  s.average_clustering = average_clustering(g);
  if (s.nodes == 0) return s;
  const std::uint32_t largest = components.largest();
  s.largest_component_size = components.sizes[largest];
  s.average_degree = 2.0 * static_cast<double>(s.edges) / static_cast<double>(s.nodes);
  s.largest_component_diameter = component_diameter(g, components, largest);
  return s;
}

std::string format_graph_summary(const GraphSummary& s) {
  std::string out;
  out += "nodes: " + std::to_string(s.nodes) + "\n";
  out += "edges: " + std::to_string(s.edges) + "\n";
  out += "connected components: " + std::to_string(s.components) + "\n";
  out += "largest component size: " + std::to_string(s.largest_component_size) + "\n";
  out += "average degree: " + fixed6(s.average_degree) + "\n";
  out += "degree assortativity: " + fixed6(s.degree_assortativity) + "\n";
  out += "average clustering coefficient: " + fixed6(s.average_clustering) + "\n";
  out += "diameter of the largest component: " + std::to_string(s.largest_component_diameter) +
         "\n";
  return out;
}

}  // namespace atlas
