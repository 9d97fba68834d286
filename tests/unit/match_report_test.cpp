// Coverage and backtest figures on the hand-made fixture (match_fixture.h), computed by hand.
#include <gtest/gtest.h>

#include "core/match/match_report.h"
#include "match_fixture.h"

namespace atlas {
namespace {

using namespace atlas::testing;

// The hand computations leave the hubness correction out (match_hubness_test.cpp tests it).
MatchWeights no_hub() {
  MatchWeights w;
  w.hub_correction = 0.0;
  return w;
}

TEST(MatchReportTest, CoverageCountsDataAndNonZeroOverEligiblePairs) {
  // Eligible UK pairs: Aheim–Cton, Aheim–Eham, Bstadt–Eham (the rest are partners).
  const Dataset data = make_match_fixture();
  MatchEngine engine(data);
  const CoverageReport r = coverage_report(engine, PoolKind::UkCouncil, no_hub(), TownRole::NrwMunicipality);
  EXPECT_EQ(r.towns, 2u);
  EXPECT_EQ(r.pool, 3u);
  EXPECT_EQ(r.pairs, 3u);
  const auto& goals = r.components[static_cast<std::size_t>(MatchComponent::Goals)];
  EXPECT_NEAR(goals.with_data, 1.0 / 3.0, 1e-12);  // only Aheim–Cton: Eham and Bstadt have no goal
  EXPECT_NEAR(goals.non_zero, 1.0 / 3.0, 1e-12);
  const auto& net = r.components[static_cast<std::size_t>(MatchComponent::Network)];
  EXPECT_NEAR(net.with_data, 1.0, 1e-12);
  EXPECT_NEAR(net.non_zero, 2.0 / 3.0, 1e-12);  // Bstadt–Eham: no L3 path, no shared partner
  // Distance is off by default: no ranking decided by it.
  EXPECT_EQ(r.components[static_cast<std::size_t>(MatchComponent::Distance)].top10_dropout, 0.0);
}

TEST(MatchReportTest, BacktestRanksHiddenPartnersByHand) {
  // Hidden Aheim–Dford: Cton ≈ 2.03, Eham ≈ 0.95, Dford = 0.5·0.75·e^-1 ≈ 0.14 -> rank 3.
  // Hidden Bstadt–Cton Village: Eham 0.5·0.3 = 0.15 > Cton 0.5·0.2 = 0.10 -> rank 2.
  // Hidden Bstadt–Dford: Dford 0.5·(0.75·20000/271828 + 0.25) ≈ 0.1526 > Eham 0.15 -> rank 1.
  const Dataset data = make_match_fixture();
  MatchEngine engine(data);
  std::vector<BacktestCase> cases = backtest_cases(engine, PoolKind::UkCouncil, TownRole::NrwMunicipality);
  ASSERT_EQ(cases.size(), 3u);
  const BacktestSummary s = run_backtest(engine, PoolKind::UkCouncil, no_hub(), cases);
  ASSERT_EQ(s.cases, 3u);
  EXPECT_EQ(cases[0].town, kAheim);
  EXPECT_EQ(cases[0].partner, kDford);
  EXPECT_EQ(cases[0].rank, 3.0);
  EXPECT_EQ(cases[1].partner, kCton);
  EXPECT_EQ(cases[1].rank, 2.0);
  EXPECT_EQ(cases[2].rank, 1.0);
  EXPECT_EQ(s.median_rank, 2.0);
  EXPECT_NEAR(s.mean_reciprocal_rank, (1.0 / 3 + 1.0 / 2 + 1.0) / 3, 1e-12);
  EXPECT_EQ(s.hits_at_10, 1.0);
  // Random: 3, 2 and 2 candidates.
  EXPECT_EQ(s.random_median_rank, 1.5);
  EXPECT_NEAR(s.random_mean_reciprocal_rank, ((1 + 0.5 + 1.0 / 3) / 3 + 0.75 + 0.75) / 3, 1e-12);
  // The engine's full network is back afterwards.
  EXPECT_TRUE(engine.excluded(kAheim, kDford, false));
}

TEST(MatchReportTest, BacktestTiesShareTheMeanRank) {
  // With only the network weight, Bstadt's hidden Cton and Eham both score 0 -> rank 1.5.
  const Dataset data = make_match_fixture();
  MatchEngine engine(data);
  MatchWeights w = no_hub();
  w.weight = {0, 0, 0, 0, 1, 0};
  std::vector<BacktestCase> cases = backtest_cases(engine, PoolKind::UkCouncil, TownRole::NrwMunicipality);
  run_backtest(engine, PoolKind::UkCouncil, w, cases);
  EXPECT_EQ(cases[1].rank, 1.5);
}

}  // namespace
}  // namespace atlas
