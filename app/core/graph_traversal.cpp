// Components, BFS distances, ego networks and shortest paths (see graph_traversal.h).
#include "graph_traversal.h"

#include <algorithm>

namespace atlas {

std::uint32_t Components::largest() const {
  if (sizes.empty()) return kUnreachable;
  auto it = std::max_element(sizes.begin(), sizes.end());  // first of the maxima
  return static_cast<std::uint32_t>(it - sizes.begin());
}

Components connected_components(const Graph& g) {
  const std::size_t n = g.node_count();
  Components c;
  c.component_of.assign(n, kUnreachable);
  std::vector<NodeId> queue;
  queue.reserve(n);
  for (NodeId start = 0; start < n; ++start) {
    if (c.component_of[start] != kUnreachable) continue;
    const auto id = static_cast<std::uint32_t>(c.sizes.size());
    queue.clear();
    queue.push_back(start);
    c.component_of[start] = id;
    for (std::size_t head = 0; head < queue.size(); ++head)
      for (NodeId w : g.neighbors(queue[head]))
        if (c.component_of[w] == kUnreachable) {
          c.component_of[w] = id;
          queue.push_back(w);
        }
    c.sizes.push_back(static_cast<std::uint32_t>(queue.size()));
  }
  return c;
}

std::vector<std::uint32_t> bfs_distances(const Graph& g, NodeId source, std::uint32_t max_hops) {
  std::vector<std::uint32_t> dist(g.node_count(), kUnreachable);
  if (!g.contains(source)) return dist;
  std::vector<NodeId> queue{source};
  dist[source] = 0;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const NodeId v = queue[head];
    if (dist[v] >= max_hops) continue;
    for (NodeId w : g.neighbors(v))
      if (dist[w] == kUnreachable) {
        dist[w] = dist[v] + 1;
        queue.push_back(w);
      }
  }
  return dist;
}

std::vector<HopNode> ego_network(const Graph& g, NodeId centre, std::uint32_t hops) {
  std::vector<HopNode> out;
  if (!g.contains(centre)) return out;
  std::vector<bool> seen(g.node_count(), false);
  out.push_back({centre, 0});
  seen[centre] = true;
  for (std::size_t head = 0; head < out.size(); ++head) {
    const HopNode at = out[head];
    if (at.hops >= hops) continue;
    for (NodeId w : g.neighbors(at.node))
      if (!seen[w]) {
        seen[w] = true;
        out.push_back({w, at.hops + 1});
      }
  }
  return out;
}

std::vector<NodeId> shortest_path(const Graph& g, NodeId from, NodeId to) {
  if (!g.contains(from) || !g.contains(to)) return {};
  if (from == to) return {from};
  std::vector<NodeId> parent(g.node_count(), kUnreachable);
  std::vector<NodeId> queue{from};
  parent[from] = from;
  for (std::size_t head = 0; head < queue.size() && parent[to] == kUnreachable; ++head)
    for (NodeId w : g.neighbors(queue[head]))
      if (parent[w] == kUnreachable) {
        parent[w] = queue[head];
        queue.push_back(w);
      }
  if (parent[to] == kUnreachable) return {};
  std::vector<NodeId> path{to};
  while (path.back() != from) path.push_back(parent[path.back()]);
  std::reverse(path.begin(), path.end());
  return path;
}

}  // namespace atlas
