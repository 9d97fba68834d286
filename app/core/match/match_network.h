// The twin network as the matcher sees it: one node per town (a UK place keeps its own
// partners and does not take on its council's), undirected, duplicates merged, built once from all
// partnerships. Answers the network-proximity questions: L3 paths a–x–y–b weighted
// 1/sqrt(deg x · deg y), and partners two towns share. Kept separate from graph.h (the
// explorer's graph algorithms) because the matcher needs its own node mapping and a
// scratch-friendly accumulate for every-slider-move queries.
#pragma once

#include <cstddef>
#include <vector>

#include "core/dataset.h"

namespace atlas {

class MatchNetwork {
 public:
  struct L3Path {
    TownIndex x = kNoIndex, y = kNoIndex;  // a–x–y–b
    double weight = 0.0;                   // 1 / sqrt(deg x · deg y)
  };

  MatchNetwork() = default;
  // `hidden` partnerships are left out (the backtest hides one link at a time).
  explicit MatchNetwork(const Dataset& dataset, const std::vector<PartnershipIndex>& hidden = {});

  // The node a town stands for: the town itself (kNoIndex out of range).
  TownIndex node_of(TownIndex town) const;
  std::size_t degree(TownIndex node) const;
  // Partners of a node, sorted by index.
  const TownIndex* partners_begin(TownIndex node) const;
  const TownIndex* partners_end(TownIndex node) const;
  bool are_partners(TownIndex a, TownIndex b) const;  // nodes, not towns

  // For every node b reachable by an L3 path from node a (b != a), adds the summed path
  // weight to out[b]; every b first touched is appended to `touched`. `out` must have
  // one entry per town and be zero where not touched.
  void accumulate_l3(TownIndex a, std::vector<double>& out, std::vector<TownIndex>& touched) const;
  // All L3 paths between nodes a and b, strongest first (ties by x, then y index).
  std::vector<L3Path> l3_paths(TownIndex a, TownIndex b) const;
  // Partners both nodes have, sorted by index.
  std::vector<TownIndex> common_partners(TownIndex a, TownIndex b) const;

  std::size_t node_count() const { return node_count_; }
  std::size_t edge_count() const { return adjacency_.size() / 2; }

 private:
  std::size_t node_count_ = 0;  // one node per town
  std::vector<std::size_t> offsets_;   // CSR: partners of n are adjacency_[offsets_[n] .. offsets_[n+1])
  std::vector<TownIndex> adjacency_;
  std::vector<double> inv_sqrt_degree_;
};

}  // namespace atlas
