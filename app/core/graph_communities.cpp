// Deterministic Louvain (see graph_communities.h).
#include "graph_communities.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace atlas {

namespace {

// A weighted graph for Louvain's levels. A node's row may hold itself: the weight of
// edges already inside it after aggregation (each such edge counted from both ends).
struct WeightedGraph {
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint32_t> targets;
  std::vector<double> weights;
  std::vector<double> strength;  // row sums
  double total = 0.0;            // sum of strengths = 2 * total edge weight
  std::size_t size() const { return strength.size(); }
};

using Triple = std::tuple<std::uint32_t, std::uint32_t, double>;

// Rows sorted by target; repeated (a, b) pairs are summed.
WeightedGraph from_triples(std::size_t n, std::vector<Triple> t) {
  std::sort(t.begin(), t.end());
  WeightedGraph w;
  w.offsets.assign(n + 1, 0);
  w.strength.assign(n, 0.0);
  for (const auto& [a, b, weight] : t) {
    if (w.offsets[a + 1] > 0 && w.targets.back() == b) {  // row a's last entry: same pair
      w.weights.back() += weight;
    } else {
      w.targets.push_back(b);
      w.weights.push_back(weight);
      ++w.offsets[a + 1];
    }
    w.strength[a] += weight;
    w.total += weight;
  }
  for (std::size_t i = 0; i < n; ++i) w.offsets[i + 1] += w.offsets[i];
  return w;
}

WeightedGraph from_graph(const Graph& g) {
  std::vector<Triple> t;
  for (NodeId v = 0; v < g.node_count(); ++v)
    for (NodeId w : g.neighbors(v)) t.emplace_back(v, w, 1.0);
  return from_triples(g.node_count(), std::move(t));
}

// One Louvain level: local moves until no node improves. Returns whether anything moved;
// `community` ends numbered 0..k-1 in order of first appearance.
bool move_nodes(const WeightedGraph& w, std::vector<std::uint32_t>& community) {
  const std::size_t n = w.size();
  community.resize(n);
  std::iota(community.begin(), community.end(), 0u);
  std::vector<double> tot = w.strength;   // per community: sum of member strengths
  std::vector<double> link(n, 0.0);       // weight from the current node to each community
  std::vector<std::uint32_t> touched;
  bool any_move = false;
  for (int pass = 0; pass < 100; ++pass) {
    bool moved = false;
    for (std::uint32_t v = 0; v < n; ++v) {
      const std::uint32_t own = community[v];
      touched.clear();
      touched.push_back(own);
      for (std::uint32_t e = w.offsets[v]; e < w.offsets[v + 1]; ++e) {
        const std::uint32_t u = w.targets[e];
        if (u == v) continue;
        const std::uint32_t c = community[u];
        if (link[c] == 0.0 && c != own) touched.push_back(c);
        link[c] += w.weights[e];
      }
      tot[own] -= w.strength[v];
      const double k = w.strength[v] / w.total;
      std::uint32_t best = own;
      double best_gain = link[own] - tot[own] * k;
      for (std::uint32_t c : touched) {
        const double gain = link[c] - tot[c] * k;
        // Stay unless strictly better; among equally good moves take the lower number.
        const bool better = gain > best_gain + 1e-12;
        const bool tie = !better && gain >= best_gain - 1e-12 && best != own && c < best;
        if (better || tie) {
          best = c;
          best_gain = gain;
        }
      }
      tot[best] += w.strength[v];
      for (std::uint32_t c : touched) link[c] = 0.0;
      if (best != own) {
        community[v] = best;
        moved = any_move = true;
      }
    }
    if (!moved) break;
  }
  std::vector<std::uint32_t> renumber(n, static_cast<std::uint32_t>(-1));
  std::uint32_t next = 0;
  for (std::uint32_t& c : community) {
    if (renumber[c] == static_cast<std::uint32_t>(-1)) renumber[c] = next++;
    c = renumber[c];
  }
  return any_move;
}

WeightedGraph aggregate(const WeightedGraph& w, const std::vector<std::uint32_t>& community,
                        std::size_t count) {
  std::vector<Triple> t;
  t.reserve(w.targets.size());
  for (std::uint32_t v = 0; v < w.size(); ++v)
    for (std::uint32_t e = w.offsets[v]; e < w.offsets[v + 1]; ++e)
      t.emplace_back(community[v], community[w.targets[e]], w.weights[e]);
  return from_triples(count, std::move(t));
}

// Renumbers so that community 0 is the largest; ties by smallest member node.
Communities order_by_size(std::vector<std::uint32_t> community_of) {
  std::uint32_t count = 0;
  for (std::uint32_t c : community_of) count = std::max(count, c + 1);
  std::vector<std::uint32_t> sizes(count, 0), first(count, static_cast<std::uint32_t>(-1));
  for (std::uint32_t v = 0; v < community_of.size(); ++v) {
    ++sizes[community_of[v]];
    first[community_of[v]] = std::min(first[community_of[v]], v);
  }
  std::vector<std::uint32_t> order(count);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return sizes[a] != sizes[b] ? sizes[a] > sizes[b] : first[a] < first[b];
  });
  std::vector<std::uint32_t> rank(count);
  Communities out;
  for (std::uint32_t i = 0; i < count; ++i) {
    rank[order[i]] = i;
    out.sizes.push_back(sizes[order[i]]);
  }
  for (std::uint32_t& c : community_of) c = rank[c];
  out.community_of = std::move(community_of);
  return out;
}

}  // namespace

Communities louvain_communities(const Graph& g) {
  std::vector<std::uint32_t> membership(g.node_count());
  std::iota(membership.begin(), membership.end(), 0u);
  if (g.edge_count() > 0) {
    WeightedGraph level = from_graph(g);
    std::vector<std::uint32_t> community;
    while (move_nodes(level, community)) {
      for (std::uint32_t& m : membership) m = community[m];
      const std::size_t count = *std::max_element(community.begin(), community.end()) + 1u;
      level = aggregate(level, community, count);
    }
  }
  Communities out = order_by_size(std::move(membership));
  out.modularity = modularity(g, out.community_of);
  return out;
}

double modularity(const Graph& g, const std::vector<std::uint32_t>& community_of) {
  if (g.edge_count() == 0 || community_of.size() != g.node_count()) return 0.0;
  std::uint32_t count = 0;
  for (std::uint32_t c : community_of) count = std::max(count, c + 1);
  std::vector<double> inside(count, 0.0), degree_sum(count, 0.0);
  for (NodeId v = 0; v < g.node_count(); ++v) {
    degree_sum[community_of[v]] += g.degree(v);
    for (NodeId w : g.neighbors(v))
      if (community_of[w] == community_of[v]) inside[community_of[v]] += 0.5;
  }
  const double m = static_cast<double>(g.edge_count());
  double q = 0.0;
  for (std::uint32_t c = 0; c < count; ++c) {
    const double share = degree_sum[c] / (2.0 * m);
    q += inside[c] / m - share * share;
  }
  return q;
}

}  // namespace atlas
