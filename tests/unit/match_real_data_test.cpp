// The matcher's invariants on the real data/ (skipped when data/ is absent): for every NRW
// municipality, UK and European suggestions never include the town itself, its own Kreis or
// an existing partner, stay in their pool, and their components sum to the total.
#include <gtest/gtest.h>

#include <cmath>

#include "core/match/match_engine.h"
#include "core/match/match_explanation.h"
#include "real_data.h"

namespace atlas {
namespace {

TEST(MatchRealDataTest, SuggestionsRespectExclusionsPoolsAndSums) {
  if (!testing::real_dataset()) GTEST_SKIP() << "data/ not available";
  const Dataset& data = *testing::real_dataset();
  MatchEngine engine(data);
  ASSERT_FALSE(engine.pool(PoolKind::Uk).members.empty());
  ASSERT_FALSE(engine.pool(PoolKind::Europe).members.empty());
  const MatchNetwork& net = engine.network();
  SuggestOptions opt;
  opt.top = 10;
  std::size_t checked = 0, texts_with_no_data = 0;
  for (TownIndex t = 0; t < data.towns.size(); ++t) {
    if (data.towns[t].role != TownRole::NrwMunicipality) continue;
    for (PoolKind kind : {PoolKind::Uk, PoolKind::Europe}) {
      if (kind == PoolKind::Europe && t % 20 != 0) continue;  // a sample of the bigger pool
      const auto list = engine.suggest_for_town(t, kind, MatchWeights(), opt);
      EXPECT_EQ(list.size(), 10u);
      for (std::size_t i = 0; i < list.size(); ++i) {
        const Suggestion& s = list[i];
        EXPECT_NE(s.candidate, t);
        EXPECT_NE(s.candidate, data.towns[t].parent);
        EXPECT_FALSE(s.existing_partner);
        EXPECT_FALSE(net.are_partners(net.node_of(t), net.node_of(s.candidate)));
        EXPECT_TRUE(in_pool(data, s.candidate, kind));
        double sum = 0.0;
        for (const ComponentScore& c : s.components) sum += c.contribution;
        EXPECT_NEAR(sum - s.hub_penalty, s.total, 1e-6);
        if (i > 0) {
          EXPECT_GE(list[i - 1].total, s.total);
        }
        const std::string text = describe_suggestion(data, s);
        EXPECT_FALSE(text.empty());
        texts_with_no_data += text.find("no data") != std::string::npos;
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 3960u);
  EXPECT_GT(texts_with_no_data, 0u);  // sparse goal data shows as "no data", not as a mismatch
}

}  // namespace
}  // namespace atlas
