// Hand-computed values of each match component on the small fixture (match_fixture.h).
// UK pool idf reference set: Aheim, Bstadt, Cton, Dford, Eham (N = 5), so
//   idf(com) = idf(coal) = idf(uni) = ln(6/3) + 1 = L2 (df 2), idf(ce) = ln(6/2) + 1 = L3 (df 1).
#include <gtest/gtest.h>

#include <cmath>

#include "core/match/match_engine.h"
#include "match_fixture.h"

namespace atlas {
namespace {

using namespace atlas::testing;

const double L2 = std::log(2.0) + 1.0;
const double L3 = std::log(3.0) + 1.0;

class MatchScorerTest : public ::testing::Test {
 protected:
  Dataset data = make_match_fixture();
  MatchEngine engine{data};

  Suggestion explain(TownIndex town, TownIndex candidate, const MatchWeights& w = MatchWeights()) {
    const MatchPool& pool = engine.pool(PoolKind::UkCouncil);
    const MatchProfile a = engine.profile(MatchQuery::for_town(data, town), PoolKind::UkCouncil);
    MatchScratch scratch;
    MatchScorer scorer(data, engine.network(), a, w, scratch);
    return scorer.explain(pool.profiles[pool.position(candidate)], 5);
  }
};

TEST_F(MatchScorerTest, IdfIsSmoothedInverseDocumentFrequencyOverPoolAndNrw) {
  const IdfTable& idf = engine.pool(PoolKind::UkCouncil).idf;
  EXPECT_EQ(idf.reference_count, 5u);
  EXPECT_EQ(idf.df[data.find_tag("com")], 2u);
  EXPECT_EQ(idf.df[data.find_tag("ce")], 1u);
  EXPECT_NEAR(idf.weight(data.find_tag("com")), L2, 1e-12);
  EXPECT_NEAR(idf.weight(data.find_tag("ce")), L3, 1e-12);
  EXPECT_NEAR(idf.weight(data.find_tag("fair")), std::log(6.0) + 1.0, 1e-12);
}

TEST_F(MatchScorerTest, SharedGoalsIsIdfWeightedCosine) {
  // Aheim {com}, Cton {com, ce}: L2·L2 / (L2 · sqrt(L2² + L3²)).
  const Suggestion s = explain(kAheim, kCton);
  const ComponentScore& g = s[MatchComponent::Goals];
  EXPECT_TRUE(g.has_data);
  EXPECT_NEAR(g.value, L2 / std::sqrt(L2 * L2 + L3 * L3), 1e-12);
  ASSERT_EQ(g.tags.size(), 1u);
  EXPECT_EQ(g.tags[0], data.find_tag("com"));
}

TEST_F(MatchScorerTest, SharedChallengesIsIdfWeightedCosine) {
  // Aheim {coal}, Cton {coal, uni}, equal idf: 1/sqrt(2). Aheim vs Dford {uni}: 0 with data.
  const Suggestion s = explain(kAheim, kCton);
  EXPECT_NEAR(s[MatchComponent::Challenges].value, 1.0 / std::sqrt(2.0), 1e-12);
  EXPECT_EQ(s[MatchComponent::Challenges].tags, std::vector<TagIndex>{data.find_tag("coal")});
  const Suggestion d = explain(kAheim, kDford);
  EXPECT_TRUE(d[MatchComponent::Challenges].has_data);
  EXPECT_EQ(d[MatchComponent::Challenges].value, 0.0);
  EXPECT_TRUE(d[MatchComponent::Challenges].tags.empty());
}

TEST_F(MatchScorerTest, MissingTagsAreNoDataNotMismatch) {
  const Suggestion d = explain(kAheim, kDford);  // Dford has no goal tag
  EXPECT_FALSE(d[MatchComponent::Goals].has_data);
  EXPECT_EQ(d[MatchComponent::Goals].contribution, 0.0);
  EXPECT_FALSE(d[MatchComponent::Complement].has_data);
  const Suggestion e = explain(kAheim, kEham);  // Eham has no tag at all
  EXPECT_FALSE(e[MatchComponent::Goals].has_data);
  EXPECT_FALSE(e[MatchComponent::Challenges].has_data);
}

TEST_F(MatchScorerTest, ComplementIsLackedCompleteGoalsTimesSharedChallenges) {
  // Cton's goals com (Aheim has it) and ce (complete, Aheim lacks): share L3 / (L2 + L3),
  // times challenges 1/sqrt(2).
  const Suggestion s = explain(kAheim, kCton);
  const ComponentScore& c = s[MatchComponent::Complement];
  EXPECT_TRUE(c.has_data);
  EXPECT_NEAR(c.value, L3 / (L2 + L3) / std::sqrt(2.0), 1e-12);
  EXPECT_EQ(c.tags, std::vector<TagIndex>{data.find_tag("ce")});
  EXPECT_EQ(c.shared_challenges, std::vector<TagIndex>{data.find_tag("coal")});
}

TEST_F(MatchScorerTest, ComplementIgnoresGoalsNotRecordedInTheTownsCountry) {
  // Without Kreis K's ce, no German town carries ce: its absence in Aheim is no fact.
  data.towns[kKreis].tags.clear();
  MatchEngine e2(data);
  const MatchPool& pool = e2.pool(PoolKind::UkCouncil);
  const MatchProfile a = e2.profile(MatchQuery::for_town(data, kAheim), PoolKind::UkCouncil);
  MatchScratch scratch;
  MatchScorer scorer(data, e2.network(), a, MatchWeights(), scratch);
  const Suggestion s = scorer.explain(pool.profiles[pool.position(kCton)], 5);
  EXPECT_TRUE(s[MatchComponent::Complement].has_data);
  EXPECT_EQ(s[MatchComponent::Complement].value, 0.0);
  EXPECT_TRUE(s[MatchComponent::Complement].tags.empty());
}

TEST_F(MatchScorerTest, ComplementIgnoresPartialCoverageGoals) {
  // A partial-coverage goal the town lacks may just be missing from the data.
  add_tag(data, kCton, "fair");
  MatchEngine e2(data);
  const MatchPool& pool = e2.pool(PoolKind::UkCouncil);
  const MatchProfile a = e2.profile(MatchQuery::for_town(data, kAheim), PoolKind::UkCouncil);
  MatchScratch scratch;
  MatchScorer scorer(data, e2.network(), a, MatchWeights(), scratch);
  const Suggestion s = scorer.explain(pool.profiles[pool.position(kCton)], 5);
  const double fair = pool.idf.weight(data.find_tag("fair"));
  const double ce = pool.idf.weight(data.find_tag("ce"));
  const double com = pool.idf.weight(data.find_tag("com"));
  EXPECT_NEAR(s[MatchComponent::Complement].value, ce / (com + ce + fair) / std::sqrt(2.0), 1e-12);
  EXPECT_EQ(s[MatchComponent::Complement].tags, std::vector<TagIndex>{data.find_tag("ce")});
}

TEST_F(MatchScorerTest, SizeIsLogPopulationKernelPlusSettlementClass) {
  // Aheim 100000 vs Cton 100000, Cton's settlement unknown: population part only, 1.
  EXPECT_NEAR(explain(kAheim, kCton)[MatchComponent::Size].value, 1.0, 1e-12);
  // Aheim vs Dford (100000·e, rural vs urban): 0.75·exp(-1) + 0.25·0.
  const Suggestion d = explain(kAheim, kDford);
  EXPECT_NEAR(d[MatchComponent::Size].value, 0.75 * std::exp(-1.0), 1e-12);
  EXPECT_EQ(d[MatchComponent::Size].same_settlement, 0);
  // Aheim vs Eham (50000, both urban): 0.75·0.5 + 0.25.
  const Suggestion e = explain(kAheim, kEham);
  EXPECT_NEAR(e[MatchComponent::Size].value, 0.625, 1e-12);
  EXPECT_EQ(e[MatchComponent::Size].same_settlement, 1);
  EXPECT_EQ(e[MatchComponent::Size].candidate_population, 50000.0);
}

TEST_F(MatchScorerTest, SizeScaleChangesTheKernel) {
  MatchWeights w;
  w.size_scale = 2.0;
  EXPECT_NEAR(explain(kAheim, kDford, w)[MatchComponent::Size].value, 0.75 * std::exp(-0.5), 1e-12);
}

TEST_F(MatchScorerTest, NetworkCountsL3PathsWeightedByDegree) {
  // Aheim–Dford–Bstadt–Cton (via Cton Village): deg Dford 2, deg Bstadt 2 -> 1/sqrt(4).
  const Suggestion s = explain(kAheim, kCton);
  const ComponentScore& n = s[MatchComponent::Network];
  EXPECT_TRUE(n.has_data);
  EXPECT_EQ(n.path_count, 1u);
  EXPECT_NEAR(n.path_weight, 0.5, 1e-12);
  EXPECT_NEAR(n.value, 1.0 - std::exp(-0.5), 1e-12);
  ASSERT_EQ(n.paths.size(), 1u);
  EXPECT_EQ(n.paths[0], (std::vector<TownIndex>{kAheim, kDford, kBstadt, kCton}));
  EXPECT_TRUE(n.shared_partners.empty());
}

TEST_F(MatchScorerTest, NetworkCountsPartnersSharedInThirdCountries) {
  // Aheim (DE) and Eham (GB) both partner Gburg (FR); no L3 path.
  const Suggestion s = explain(kAheim, kEham);
  const ComponentScore& n = s[MatchComponent::Network];
  EXPECT_EQ(n.path_count, 0u);
  EXPECT_EQ(n.shared_partners, std::vector<TownIndex>{kGburg});
  EXPECT_NEAR(n.value, 1.0 - std::exp(-1.0), 1e-12);
}

TEST_F(MatchScorerTest, NetworkWithoutPartnersIsNoData) {
  // Bstadt's only UK neighbours are partners; a profile without a base town has no network.
  MatchQuery custom;
  custom.tags = {data.find_tag("coal")};
  const MatchProfile a = engine.profile(custom, PoolKind::UkCouncil);
  MatchScratch scratch;
  MatchScorer scorer(data, engine.network(), a, MatchWeights(), scratch);
  const MatchPool& pool = engine.pool(PoolKind::UkCouncil);
  const Suggestion s = scorer.explain(pool.profiles[pool.position(kCton)], 5);
  EXPECT_FALSE(s[MatchComponent::Network].has_data);
  EXPECT_EQ(s[MatchComponent::Network].contribution, 0.0);
}

TEST_F(MatchScorerTest, DistanceIsExponentialInGreatCircleKm) {
  // Aheim (0°, 1°E) and Cton (0°, 2°E): one degree of the equator.
  MatchWeights w;
  w[MatchComponent::Distance] = 1.0;
  const Suggestion s = explain(kAheim, kCton, w);
  const double km = 6371.0088 * 3.14159265358979323846 / 180.0;
  EXPECT_NEAR(s[MatchComponent::Distance].distance_km, km, 1e-6);
  EXPECT_NEAR(s[MatchComponent::Distance].value, std::exp(-km / 500.0), 1e-9);
}

TEST_F(MatchScorerTest, TotalIsTheHandComputedWeightedSum) {
  // Default weights goals 1, challenges 1, size 0.5, complement 0.5, network 1, distance 0.
  const double expected = L2 / std::sqrt(L2 * L2 + L3 * L3) + 1.0 / std::sqrt(2.0) + 0.5 * 1.0 +
                          0.5 * (L3 / (L2 + L3) / std::sqrt(2.0)) + (1.0 - std::exp(-0.5));
  EXPECT_NEAR(explain(kAheim, kCton).total, expected, 1e-12);
}

TEST_F(MatchScorerTest, SparseCosineOfDisjointAndEmptyVectorsIsZero) {
  SparseTagVector a, b, empty;
  a.tags = {1, 3};
  a.weights = {1.0, 2.0};
  a.norm = std::sqrt(5.0);
  b.tags = {2};
  b.weights = {1.0};
  b.norm = 1.0;
  EXPECT_EQ(sparse_cosine(a, b), 0.0);
  EXPECT_EQ(sparse_cosine(a, empty), 0.0);
  EXPECT_NEAR(sparse_cosine(a, a), 1.0, 1e-12);
}

TEST_F(MatchScorerTest, TagMaskShortcutAgreesWithTheSparseMerge) {
  const MatchPool& pool = engine.pool(PoolKind::UkCouncil);
  for (TownIndex a : {kAheim, kBstadt}) {
    const MatchProfile pa = engine.profile(MatchQuery::for_town(data, a), PoolKind::UkCouncil);
    for (const MatchProfile& pb : pool.profiles) {
      for (bool goals : {true, false}) {
        SparseTagVector x = goals ? pa.goals : pa.challenges, y = goals ? pb.goals : pb.challenges;
        ASSERT_TRUE(x.mask_valid && y.mask_valid);
        const double fast = sparse_cosine(x, y);
        x.mask_valid = y.mask_valid = false;
        EXPECT_EQ(fast, sparse_cosine(x, y));
      }
    }
  }
}

}  // namespace
}  // namespace atlas
