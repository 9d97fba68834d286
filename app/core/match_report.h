// Honest-coverage and backtest figures for the matcher over the full NRW × pool table
// (printed by `atlas match-report`, quoted in the README):
//   - per component: share of eligible pairs with data, and with a non-zero value;
//   - per component: share of each town's top-10 that drops out when its weight is 0;
//   - backtest: hide each NRW–UK link in turn (from the network and the exclusions) and
//     rank the true partner among the pool; compare with a random ranking.
// Not a tuning target: the weights are not fitted to these numbers.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "match_engine.h"

namespace atlas {

struct ComponentCoverage {
  double with_data = 0.0;  // share of eligible pairs where the component has data
  double non_zero = 0.0;   // share of eligible pairs where its value is > 0
  double top10_dropout = 0.0;  // share of top-10 members that leave the top-10 at weight 0
};

struct CoverageReport {
  std::size_t towns = 0;  // NRW municipalities
  std::size_t pool = 0;   // pool members
  std::size_t pairs = 0;  // eligible (town, candidate) pairs
  std::array<ComponentCoverage, kMatchComponentCount> components{};
};

// Over every NRW municipality × the pool, with `weights` (components at weight 0 are
// still counted for coverage, scored at weight 1).
CoverageReport coverage_report(MatchEngine& engine, PoolKind kind, const MatchWeights& weights);

struct BacktestCase {
  TownIndex town = kNoIndex, partner = kNoIndex;  // NRW municipality, pool member (council)
  std::vector<PartnershipIndex> hidden;           // every partnership joining the two
  double rank = 0.0;        // 1 = first; ties share the mean rank
  std::size_t candidates = 0;  // eligible candidates in that query
};

struct BacktestSummary {
  std::size_t cases = 0;
  double median_rank = 0.0, mean_reciprocal_rank = 0.0, hits_at_10 = 0.0;
  // A random ranking of the same candidates: expected rank (N+1)/2, MRR H_N/N, hits@10 10/N.
  double random_median_rank = 0.0, random_mean_reciprocal_rank = 0.0, random_hits_at_10 = 0.0;
};

// The (municipality, pool member) pairs joined by at least one partnership.
std::vector<BacktestCase> backtest_cases(const MatchEngine& engine, PoolKind kind);
// Ranks every case's true partner (restores the engine's full network afterwards).
BacktestSummary run_backtest(MatchEngine& engine, PoolKind kind, const MatchWeights& weights,
                             std::vector<BacktestCase>& cases);

}  // namespace atlas
