// Clustering, assortativity and diameter (see graph_metrics.h).
#include "graph_metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace atlas {

namespace {

std::size_t triangles_at(const Graph& g, NodeId v, std::vector<bool>& mark) {
  for (NodeId w : g.neighbors(v)) mark[w] = true;
  std::size_t links = 0;  // each edge among v's neighbours is seen from both ends
  for (NodeId u : g.neighbors(v))
    for (NodeId w : g.neighbors(u))
      if (mark[w]) ++links;
  for (NodeId w : g.neighbors(v)) mark[w] = false;
  return links / 2;
}

// Reusable BFS state for repeated eccentricity runs: dist is kept all-kUnreachable
// between runs by resetting only the nodes a run touched.
struct BfsScratch {
  std::vector<std::uint32_t> dist;
  std::vector<NodeId> queue;
  explicit BfsScratch(std::size_t n) : dist(n, kUnreachable) { queue.reserve(n); }

  // Runs BFS from source; leaves the visit order in queue and distances in dist.
  void run(const Graph& g, NodeId source) {
    reset();
    queue.push_back(source);
    dist[source] = 0;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const NodeId v = queue[head];
      for (NodeId w : g.neighbors(v))
        if (dist[w] == kUnreachable) {
          dist[w] = dist[v] + 1;
          queue.push_back(w);
        }
    }
  }
  void reset() {
    for (NodeId v : queue) dist[v] = kUnreachable;
    queue.clear();
  }
  NodeId last() const { return queue.back(); }  // a node of greatest distance
  std::uint32_t depth() const { return dist[queue.back()]; }
};

std::uint32_t ifub(const Graph& g, NodeId root, std::uint32_t lower, BfsScratch& bfs) {
  bfs.run(g, root);
  std::uint32_t level = bfs.depth();
  lower = std::max(lower, level);
  std::uint32_t upper = 2 * level;
  std::vector<std::vector<NodeId>> fringe(level + 1);
  for (NodeId v : bfs.queue) fringe[bfs.dist[v]].push_back(v);
  while (upper > lower && level > 0) {
    for (NodeId v : fringe[level]) {
      bfs.run(g, v);
      lower = std::max(lower, bfs.depth());
    }
    // Any node at a level < `level` is within 2 * (level - 1) of every other such node.
    if (lower > 2 * (level - 1)) return lower;
    upper = 2 * (level - 1);
    --level;
  }
  return lower;
}

}  // namespace

std::vector<double> local_clustering(const Graph& g) {
  const std::size_t n = g.node_count();
  std::vector<double> c(n, 0.0);
  std::vector<bool> mark(n, false);
  for (NodeId v = 0; v < n; ++v) {
    const double d = g.degree(v);
    if (d < 2) continue;
    c[v] = 2.0 * static_cast<double>(triangles_at(g, v, mark)) / (d * (d - 1.0));
  }
  return c;
}

double average_clustering(const Graph& g) {
  if (g.node_count() == 0) return 0.0;
  double sum = 0.0;
  for (double c : local_clustering(g)) sum += c;
  return sum / static_cast<double>(g.node_count());
}

double degree_assortativity(const Graph& g) {
  const std::vector<Edge> edges = g.edges();
  if (edges.empty()) return std::numeric_limits<double>::quiet_NaN();
  double sum = 0.0;
  for (const Edge& e : edges) sum += g.degree(e.a) + g.degree(e.b);
  const double mean = sum / (2.0 * static_cast<double>(edges.size()));
  double covariance = 0.0, variance = 0.0;
  for (const Edge& e : edges) {
    const double x = g.degree(e.a) - mean, y = g.degree(e.b) - mean;
    covariance += 2.0 * x * y;
    variance += x * x + y * y;
  }
  if (variance <= 0.0) return std::numeric_limits<double>::quiet_NaN();
  return covariance / variance;
}

std::uint32_t eccentricity(const Graph& g, NodeId v) {
  if (!g.contains(v)) return 0;
  BfsScratch bfs(g.node_count());
  bfs.run(g, v);
  return bfs.depth();
}

std::uint32_t component_diameter(const Graph& g, const Components& components,
                                 std::uint32_t component) {
  if (component >= components.count()) return 0;
  // Double sweep from the component's highest-degree node (lowest id on ties).
  NodeId start = kUnreachable;
  for (NodeId v = 0; v < g.node_count(); ++v)
    if (components.component_of[v] == component &&
        (start == kUnreachable || g.degree(v) > g.degree(start)))
      start = v;
  BfsScratch bfs(g.node_count());
  bfs.run(g, start);
  const NodeId a = bfs.last();
  const std::vector<std::uint32_t> from_a = bfs_distances(g, a);
  NodeId b = a;
  for (NodeId v = 0; v < g.node_count(); ++v)
    if (from_a[v] != kUnreachable && from_a[v] > from_a[b]) b = v;
  const std::uint32_t lower = from_a[b];
  // Walk back from b towards a to the middle of that a-b path: a central root.
  NodeId middle = b;
  for (std::uint32_t step = 0; step < lower / 2; ++step)
    for (NodeId w : g.neighbors(middle))
      if (from_a[w] + 1 == from_a[middle]) {
        middle = w;
        break;
      }
  return ifub(g, middle, lower, bfs);
}

std::uint32_t largest_component_diameter(const Graph& g) {
  const Components components = connected_components(g);
  if (components.count() == 0) return 0;
  return component_diameter(g, components, components.largest());
}

}  // namespace atlas
