// Building and querying the CSR graph (see graph.h).
#include "graph.h"

#include <algorithm>
#include <utility>

namespace atlas {

Graph Graph::from_edges(std::size_t node_count, const std::vector<Edge>& edges) {
  std::vector<std::pair<NodeId, NodeId>> arcs;
  arcs.reserve(edges.size() * 2);
  for (const Edge& e : edges) {
    if (e.a == e.b || e.a >= node_count || e.b >= node_count) continue;
    arcs.emplace_back(e.a, e.b);
    arcs.emplace_back(e.b, e.a);
  }
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());

  Graph g;
  g.offsets_.assign(node_count + 1, 0);
  g.targets_.reserve(arcs.size());
  for (const auto& arc : arcs) {
    ++g.offsets_[arc.first + 1];
    g.targets_.push_back(arc.second);
  }
  for (std::size_t i = 0; i < node_count; ++i) g.offsets_[i + 1] += g.offsets_[i];
  return g;
}

std::uint32_t Graph::degree(NodeId v) const {
  return contains(v) ? offsets_[v + 1] - offsets_[v] : 0;
}

NeighborRange Graph::neighbors(NodeId v) const {
  if (!contains(v)) return NeighborRange(nullptr, nullptr);
  const NodeId* base = targets_.data();
  return NeighborRange(base + offsets_[v], base + offsets_[v + 1]);
}

bool Graph::has_edge(NodeId a, NodeId b) const {
  NeighborRange n = neighbors(a);
  return std::binary_search(n.begin(), n.end(), b);
}

std::vector<Edge> Graph::edges() const {
  std::vector<Edge> out;
  out.reserve(edge_count());
  for (NodeId v = 0; v < node_count(); ++v)
    for (NodeId w : neighbors(v))
      if (v < w) out.push_back({v, w});
  return out;
}

Subgraph induced_subgraph(const Graph& g, const std::vector<NodeId>& nodes) {
  constexpr NodeId kAbsent = static_cast<NodeId>(-1);
  std::vector<NodeId> local(g.node_count(), kAbsent);
  Subgraph sub;
  for (NodeId v : nodes) {
    if (!g.contains(v) || local[v] != kAbsent) continue;
    local[v] = static_cast<NodeId>(sub.original.size());
    sub.original.push_back(v);
  }
  std::vector<Edge> edges;
  for (NodeId v : sub.original)
    for (NodeId w : g.neighbors(v))
      if (v < w && local[w] != kAbsent) edges.push_back({local[v], local[w]});
  sub.graph = Graph::from_edges(sub.original.size(), edges);
  return sub;
}

}  // namespace atlas
