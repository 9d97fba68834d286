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
#include <string>
#include <utility>
#include <vector>

#include "match_engine.h"

namespace atlas {

struct ComponentCoverage {
  double with_data = 0.0;  // share of eligible pairs where the component has data
  double non_zero = 0.0;   // share of eligible pairs where its value is > 0
  double top10_dropout = 0.0;  // share of top-10 members that leave the top-10 at weight 0
};

struct CoverageReport {
  std::size_t towns = 0;  // NRW towns of the pool's side
  std::size_t pool = 0;   // pool members
  std::size_t pairs = 0;  // eligible (town, candidate) pairs
  std::array<ComponentCoverage, kMatchComponentCount> components{};
};

// Hubness and credibility of the top-k lists of every NRW town of the pool's side.
//   k-occurrence N_k(y): the number of lists that hold candidate y; per council, the number of
//   lists that hold at least one of its places, against the council's share of the pool.
struct CountryShare {
  std::string country;
  double slot_share = 0.0;  // share of all top-k slots
  double pool_share = 0.0;  // share of the pool's members
};
struct HubnessReport {
  std::size_t k = 10;
  std::size_t lists = 0, slots = 0;
  std::size_t distinct = 0;           // distinct candidates over all lists
  std::size_t max_occurrence = 0;     // max N_k
  TownIndex max_candidate = kNoIndex;
  double p99_occurrence = 0.0;        // 99th percentile of N_k over candidates that occur
  std::vector<std::pair<TownIndex, std::size_t>> most_frequent;  // the ten largest N_k
  std::size_t councils = 0;           // councils with a place in some list
  std::size_t max_council_lists = 0;  // most lists holding a place of one council
  TownIndex max_council = kNoIndex;
  double p99_council_lists = 0.0;
  double max_council_excess = 0.0;    // max over councils of (lists share) ÷ (share of pool × k)
  double beyond_size_share = 0.0;     // rows with a reason beyond size (has_reason_beyond_size)
  std::size_t small_towns = 0;        // NRW towns under 30,000 people with a list
  double small_town_median_ratio = 0.0;  // median candidate ÷ town population, their top-3 rows
  std::vector<CountryShare> countries;   // by slot share, largest first
};
HubnessReport hubness_report(const MatchEngine& engine, PoolKind kind, const MatchWeights& weights,
                             std::size_t k = 10);

// True when a suggestion stands on more than size: a shared goal, a shared challenge that is
// not a size class, complementarity, or a network path or shared partner.
bool has_reason_beyond_size(const Dataset& dataset, const Suggestion& suggestion);

// Over every NRW municipality × the pool, with `weights` (components at weight 0 are
// still counted for coverage, scored at weight 1).
CoverageReport coverage_report(MatchEngine& engine, PoolKind kind, const MatchWeights& weights);
// The same over the NRW towns of `side` (the pool's own side: query_role(kind)).
CoverageReport coverage_report(MatchEngine& engine, PoolKind kind, const MatchWeights& weights, TownRole side);

struct BacktestCase {
  TownIndex town = kNoIndex, partner = kNoIndex;  // NRW municipality, the partner pool member
  TownIndex linked = kNoIndex;  // the partner as linked: a council stands for its namesake
                                // place, or else its largest place, in the place pool
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

// The (municipality, pool member) pairs joined by at least one partnership (a link to a
// council that is no pool member counts for its namesake or largest place in the pool).
std::vector<BacktestCase> backtest_cases(const MatchEngine& engine, PoolKind kind);
std::vector<BacktestCase> backtest_cases(const MatchEngine& engine, PoolKind kind, TownRole side);
// Ranks every case's true partner (restores the engine's full network afterwards).
BacktestSummary run_backtest(MatchEngine& engine, PoolKind kind, const MatchWeights& weights,
                             std::vector<BacktestCase>& cases);

}  // namespace atlas
