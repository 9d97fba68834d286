// Degree and betweenness centrality, rankings (see graph_centrality.h).
#include "graph_centrality.h"

#include <algorithm>
#include <numeric>

#include "graph_traversal.h"
#include "split_mix64.h"

namespace atlas {

namespace {

// Scratch for one Brandes single-source pass, reused across sources.
struct BrandesScratch {
  std::vector<NodeId> order;          // nodes in BFS order (non-decreasing distance)
  std::vector<std::uint32_t> dist;
  std::vector<double> paths;          // sigma: number of shortest paths from the source
  std::vector<double> dependency;     // delta
  explicit BrandesScratch(std::size_t n)
      : dist(n, kUnreachable), paths(n, 0.0), dependency(n, 0.0) {
    order.reserve(n);
  }
};

void accumulate_from(const Graph& g, NodeId s, BrandesScratch& b, std::vector<double>& score) {
  for (NodeId v : b.order) {
    b.dist[v] = kUnreachable;
    b.paths[v] = 0.0;
    b.dependency[v] = 0.0;
  }
  b.order.clear();
  b.order.push_back(s);
  b.dist[s] = 0;
  b.paths[s] = 1.0;
  for (std::size_t head = 0; head < b.order.size(); ++head) {
    const NodeId v = b.order[head];
    for (NodeId w : g.neighbors(v)) {
      if (b.dist[w] == kUnreachable) {
        b.dist[w] = b.dist[v] + 1;
        b.order.push_back(w);
      }
      if (b.dist[w] == b.dist[v] + 1) b.paths[w] += b.paths[v];
    }
  }
  // Predecessors of w are its neighbours one level closer; no lists need storing.
  for (std::size_t i = b.order.size(); i-- > 1;) {
    const NodeId w = b.order[i];
    const double share = (1.0 + b.dependency[w]) / b.paths[w];
    for (NodeId v : g.neighbors(w))
      if (b.dist[v] + 1 == b.dist[w]) b.dependency[v] += b.paths[v] * share;
    score[w] += b.dependency[w];
  }
}

std::vector<NodeId> pick_sources(std::size_t n, std::size_t k, std::uint64_t seed) {
  std::vector<NodeId> all(n);
  std::iota(all.begin(), all.end(), NodeId{0});
  if (k == 0 || k >= n) return all;
  SplitMix64 rng(seed);
  for (std::size_t i = 0; i < k; ++i)  // partial Fisher-Yates
    std::swap(all[i], all[i + static_cast<std::size_t>(rng.below(n - i))]);
  all.resize(k);
  std::sort(all.begin(), all.end());  // fixed summation order
  return all;
}

}  // namespace

std::vector<double> degree_centrality(const Graph& g) {
  const std::size_t n = g.node_count();
  std::vector<double> c(n, 1.0);
  if (n <= 1) return c;
  for (NodeId v = 0; v < n; ++v) c[v] = g.degree(v) / static_cast<double>(n - 1);
  return c;
}

std::vector<double> betweenness_centrality(const Graph& g, const BetweennessOptions& options) {
  const std::size_t n = g.node_count();
  std::vector<double> score(n, 0.0);
  const std::vector<NodeId> sources = pick_sources(n, options.sample_sources, options.seed);
  BrandesScratch scratch(n);
  for (NodeId s : sources) accumulate_from(g, s, scratch, score);

  if (options.normalized && n <= 2) return score;  // all zero: no node lies between two others
  // Every pair was counted from both ends: (n-1)(n-2) is twice the number of pairs.
  double scale =
      options.normalized ? 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2)) : 0.5;
  if (!sources.empty() && sources.size() < n)
    scale *= static_cast<double>(n) / static_cast<double>(sources.size());
  for (double& v : score) v *= scale;
  return score;
}

std::vector<NodeId> rank_nodes(const std::vector<double>& score, std::size_t top_k) {
  std::vector<NodeId> order(score.size());
  std::iota(order.begin(), order.end(), NodeId{0});
  auto higher = [&](NodeId a, NodeId b) {
    return score[a] > score[b] || (score[a] == score[b] && a < b);
  };
  if (top_k == 0 || top_k >= order.size()) {
    std::sort(order.begin(), order.end(), higher);
    return order;
  }
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(top_k), order.end(),
                    higher);
  order.resize(top_k);
  return order;
}

}  // namespace atlas
