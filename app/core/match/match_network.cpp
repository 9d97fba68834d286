// The matcher's view of the twin network (see match_network.h).
#include "match_network.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

namespace atlas {

MatchNetwork::MatchNetwork(const Dataset& dataset, const std::vector<PartnershipIndex>& hidden) {
  const std::size_t n = dataset.towns.size();
  node_count_ = n;
  std::vector<bool> is_hidden(dataset.partnerships.size(), false);
  for (PartnershipIndex p : hidden)
    if (p < is_hidden.size()) is_hidden[p] = true;

  std::vector<std::pair<TownIndex, TownIndex>> edges;
  edges.reserve(dataset.partnerships.size() * 2);
  for (PartnershipIndex p = 0; p < dataset.partnerships.size(); ++p) {
    if (is_hidden[p]) continue;
    const Partnership& link = dataset.partnerships[p];
    if (link.a >= n || link.b >= n) continue;
    TownIndex a = link.a, b = link.b;
    if (a == b) continue;
    edges.emplace_back(a, b);
    edges.emplace_back(b, a);
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

  offsets_.assign(n + 1, 0);
  for (const auto& e : edges) ++offsets_[e.first + 1];
  for (std::size_t i = 0; i < n; ++i) offsets_[i + 1] += offsets_[i];
  adjacency_.resize(edges.size());
  for (std::size_t i = 0; i < edges.size(); ++i) adjacency_[i] = edges[i].second;  // sorted within a node
  inv_sqrt_degree_.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t d = offsets_[i + 1] - offsets_[i];
    inv_sqrt_degree_[i] = d ? 1.0 / std::sqrt(static_cast<double>(d)) : 0.0;
  }
}

TownIndex MatchNetwork::node_of(TownIndex town) const {
  return town < node_count_ ? town : kNoIndex;
}

std::size_t MatchNetwork::degree(TownIndex node) const {
  return node < node_count_ ? offsets_[node + 1] - offsets_[node] : 0;
}

const TownIndex* MatchNetwork::partners_begin(TownIndex node) const {
  return node < node_count_ ? adjacency_.data() + offsets_[node] : nullptr;
}

const TownIndex* MatchNetwork::partners_end(TownIndex node) const {
  return node < node_count_ ? adjacency_.data() + offsets_[node + 1] : nullptr;
}

bool MatchNetwork::are_partners(TownIndex a, TownIndex b) const {
  if (a >= node_count_ || b >= node_count_) return false;
  return std::binary_search(partners_begin(a), partners_end(a), b);
}

void MatchNetwork::accumulate_l3(TownIndex a, std::vector<double>& out,
                                 std::vector<TownIndex>& touched) const {
  if (a >= node_count_) return;
  for (const TownIndex* x = partners_begin(a); x != partners_end(a); ++x) {
    for (const TownIndex* y = partners_begin(*x); y != partners_end(*x); ++y) {
      if (*y == a) continue;
      const double w = inv_sqrt_degree_[*x] * inv_sqrt_degree_[*y];
      for (const TownIndex* b = partners_begin(*y); b != partners_end(*y); ++b) {
        if (*b == a || *b == *x) continue;
        if (out[*b] == 0.0) touched.push_back(*b);
        out[*b] += w;
      }
    }
  }
}

std::vector<MatchNetwork::L3Path> MatchNetwork::l3_paths(TownIndex a, TownIndex b) const {
  std::vector<L3Path> paths;
  if (a >= node_count_ || b >= node_count_ || a == b) return paths;
  for (const TownIndex* x = partners_begin(a); x != partners_end(a); ++x) {
    if (*x == b) continue;
    for (const TownIndex* y = partners_begin(*x); y != partners_end(*x); ++y) {
      if (*y == a || *y == b) continue;
      if (are_partners(*y, b))
        paths.push_back({*x, *y, inv_sqrt_degree_[*x] * inv_sqrt_degree_[*y]});
    }
  }
  std::sort(paths.begin(), paths.end(), [](const L3Path& p, const L3Path& q) {
    if (p.weight != q.weight) return p.weight > q.weight;
    if (p.x != q.x) return p.x < q.x;
    return p.y < q.y;
  });
  return paths;
}

std::vector<TownIndex> MatchNetwork::common_partners(TownIndex a, TownIndex b) const {
  std::vector<TownIndex> out;
  if (a >= node_count_ || b >= node_count_) return out;
  std::set_intersection(partners_begin(a), partners_end(a), partners_begin(b), partners_end(b),
                        std::back_inserter(out));
  return out;
}

}  // namespace atlas
