// The matcher's contract: exclusions, pools, weights, determinism, top-k and the sum of
// the explained components, on the hand-made fixture and on the synthetic dataset.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "../benchmark/synthetic_match_dataset.h"
#include "core/filters.h"
#include "core/match/match_engine.h"
#include "core/match/match_explanation.h"
#include "match_fixture.h"

namespace atlas {
namespace {

using namespace atlas::testing;

std::vector<TownIndex> candidates(const std::vector<Suggestion>& s) {
  std::vector<TownIndex> out;
  for (const Suggestion& x : s) out.push_back(x.candidate);
  return out;
}

// The default weights without the hubness correction: the hand computations leave it out.
MatchWeights defaults() {
  MatchWeights w;
  w.hub_correction = 0.0;
  return w;
}

// Every component on, the hubness correction off (its own tests are in match_hubness_test.cpp).
MatchWeights all_on() {
  MatchWeights w;
  w.weight = {1.0, 0.8, 0.6, 0.4, 0.7, 0.3};
  w.hub_correction = 0.0;
  return w;
}

TEST(MatchEngineTest, RanksFixtureCandidatesByHandComputedTotals) {
  // Aheim vs UK pool: Cton ≈ 2.424 (see match_scorer_test), Eham = 0.5·0.625 + (1 - e^-1) ≈ 0.945;
  // Dford is an existing partner.
  const Dataset data = make_match_fixture();
  MatchEngine engine(data);
  const auto top = engine.suggest_for_town(kAheim, PoolKind::UkCouncil, defaults());
  ASSERT_EQ(candidates(top), (std::vector<TownIndex>{kCton, kEham}));
  EXPECT_NEAR(top[1].total, 0.5 * 0.625 + 1.0 - std::exp(-1.0), 1e-12);
  EXPECT_GT(top[0].total, top[1].total);
}

TEST(MatchEngineTest, ExistingPartnersAreNeverSuggestedUnlessAskedThenFlagged) {
  const Dataset data = make_match_fixture();
  MatchEngine engine(data);
  // Bstadt partners Dford directly and Cton through Cton Village.
  EXPECT_EQ(candidates(engine.suggest_for_town(kBstadt, PoolKind::UkCouncil, all_on())),
            std::vector<TownIndex>{kEham});
  SuggestOptions with_partners;
  with_partners.include_existing_partners = true;
  const auto all = engine.suggest_for_town(kBstadt, PoolKind::UkCouncil, all_on(), with_partners);
  ASSERT_EQ(all.size(), 3u);
  for (const Suggestion& s : all) EXPECT_EQ(s.existing_partner, s.candidate != kEham) << s.candidate;
}

TEST(MatchEngineTest, SelfAndSameCouncilAreNeverSuggested) {
  const Dataset data = make_match_fixture();
  MatchEngine engine(data);
  SuggestOptions opt;
  opt.include_existing_partners = true;
  // A UK council asking the UK pool does not get itself.
  for (TownIndex t : candidates(engine.suggest_for_town(kCton, PoolKind::UkCouncil, all_on(), opt))) EXPECT_NE(t, kCton);
  // A UK partner town does not get its own council.
  const auto v = engine.suggest_for_town(kCtonVillage, PoolKind::UkCouncil, all_on(), opt);
  for (TownIndex t : candidates(v)) EXPECT_NE(t, kCton);
  EXPECT_EQ(v.size(), 2u);
  // A municipality and its Kreis exclude each other.
  EXPECT_TRUE(engine.excluded(kAheim, kKreis, true));
  EXPECT_TRUE(engine.excluded(kKreis, kAheim, true));
  EXPECT_FALSE(engine.excluded(kAheim, kBstadt, true));  // same Kreis, different municipalities
}

TEST(MatchEngineTest, TownsInsideAPartnerCouncilCountAsThatPartner) {
  // A GB European candidate inside Dford (Aheim's partner) is not suggested to Aheim.
  Dataset data = make_match_fixture();
  data.towns.push_back(make_town("GN:99", "Dford Green", "GB", TownRole::EuropeCandidate, 20000, "", 2.0, 2.1));
  data.towns.back().parent = kDford;
  data.rebuild_indices();
  MatchEngine engine(data);
  const TownIndex green = data.find_town("GN:99");
  bool partner = false;
  EXPECT_TRUE(engine.excluded(kAheim, green, false, &partner));
  EXPECT_TRUE(partner);
  EXPECT_TRUE(engine.excluded(kDford, green, true));  // its own council
  EXPECT_EQ(candidates(engine.suggest_for_town(kAheim, PoolKind::Europe, all_on())), std::vector<TownIndex>{kFville});
}

TEST(MatchEngineTest, OtherCountriesOnlySkipsTheTownsOwnCountry) {
  Dataset data = make_match_fixture();
  data.towns.push_back(make_town("GN:98", "Dorf", "DE", TownRole::EuropeCandidate, 20000, "", 1.0, 1.5));
  data.rebuild_indices();
  MatchEngine engine(data);
  const TownIndex dorf = data.find_town("GN:98");
  EXPECT_EQ(candidates(engine.suggest_for_town(kAheim, PoolKind::Europe, all_on())),
            (std::vector<TownIndex>{kFville, dorf}));
  SuggestOptions abroad;
  abroad.other_countries_only = true;
  EXPECT_EQ(candidates(engine.suggest_for_town(kAheim, PoolKind::Europe, all_on(), abroad)),
            std::vector<TownIndex>{kFville});
}

TEST(MatchEngineTest, PoolsHoldOnlyTheirRoleAndResultsStayInThePool) {
  const Dataset data = make_match_fixture();
  MatchEngine engine(data);
  EXPECT_EQ(engine.pool(PoolKind::UkCouncil).members, (std::vector<TownIndex>{kCton, kDford, kEham}));
  EXPECT_EQ(engine.pool(PoolKind::Europe).members, std::vector<TownIndex>{kFville});
  const auto eu = engine.suggest_for_town(kAheim, PoolKind::Europe, all_on());
  ASSERT_EQ(candidates(eu), std::vector<TownIndex>{kFville});
  // Fville {com} vs Aheim {com, coal}: identical goal vectors.
  EXPECT_NEAR(eu[0][MatchComponent::Goals].value, 1.0, 1e-12);

  const Dataset syn = synthetic::make_synthetic_match_dataset(7);
  MatchEngine big(syn);
  SuggestOptions opt;
  opt.top = 50;
  for (PoolKind kind : {PoolKind::UkCouncil, PoolKind::Europe})
    for (const Suggestion& s : big.suggest_for_town(syn.find_town("DE:S100003"), kind, all_on(), opt))
      EXPECT_TRUE(in_pool(syn, s.candidate, kind));
}

TEST(MatchEngineTest, ComponentContributionsSumToTheTotal) {
  const Dataset syn = synthetic::make_synthetic_match_dataset(11);
  MatchEngine engine(syn);
  SuggestOptions opt;
  opt.top = 40;
  std::size_t checked = 0;
  for (TownIndex t = 0; t < syn.towns.size(); t += 23) {
    if (syn.towns[t].role != TownRole::NrwMunicipality) continue;
    for (const Suggestion& s : engine.suggest_for_town(t, PoolKind::UkCouncil, all_on(), opt)) {
      double sum = 0.0;
      for (const ComponentScore& c : s.components) {
        EXPECT_NEAR(c.contribution, c.weight * c.value, 1e-12);
        if (!c.has_data) {
          EXPECT_EQ(c.contribution, 0.0);
        }
        EXPECT_GE(c.value, 0.0);
        EXPECT_LE(c.value, 1.0 + 1e-12);
        sum += c.contribution;
      }
      EXPECT_NEAR(sum, s.total, 1e-6);
      ++checked;
    }
  }
  EXPECT_GT(checked, 100u);
}

TEST(MatchEngineTest, ZeroWeightRemovesItsComponent) {
  const Dataset syn = synthetic::make_synthetic_match_dataset(13);
  MatchEngine engine(syn);
  const TownIndex town = syn.find_town("DE:S100001");
  SuggestOptions opt;
  opt.top = 0;  // all
  const auto base = engine.suggest_for_town(town, PoolKind::UkCouncil, all_on(), opt);
  for (MatchComponent c : kMatchComponents) {
    MatchWeights w = all_on();
    w[c] = 0.0;
    const auto without = engine.suggest_for_town(town, PoolKind::UkCouncil, w, opt);
    ASSERT_EQ(without.size(), base.size());
    std::vector<double> expected(syn.towns.size()), got(syn.towns.size());
    for (const Suggestion& s : base) expected[s.candidate] = s.total - s[c].contribution;
    for (const Suggestion& s : without) {
      EXPECT_EQ(s[c].contribution, 0.0);
      EXPECT_EQ(s[c].weight, 0.0);
      got[s.candidate] = s.total;
    }
    for (std::size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], expected[i], 1e-9) << component_key(c);
  }
}

TEST(MatchEngineTest, NegativeWeightsCountAsZero) {
  const Dataset data = make_match_fixture();
  MatchEngine engine(data);
  MatchWeights neg = all_on(), zero = all_on();
  neg[MatchComponent::Goals] = -3.0;
  zero[MatchComponent::Goals] = 0.0;
  const auto a = engine.suggest_for_town(kAheim, PoolKind::UkCouncil, neg);
  const auto b = engine.suggest_for_town(kAheim, PoolKind::UkCouncil, zero);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].total, b[i].total);
}

TEST(MatchEngineTest, SameInputSameOutput) {
  const Dataset syn = synthetic::make_synthetic_match_dataset(17);
  MatchEngine e1(syn), e2(syn);
  SuggestOptions opt;
  opt.top = 20;
  for (TownIndex t : {syn.find_town("DE:S100000"), syn.find_town("DE:S100200")}) {
    const auto a = e1.suggest_for_town(t, PoolKind::UkCouncil, all_on(), opt);
    const auto b = e1.suggest_for_town(t, PoolKind::UkCouncil, all_on(), opt);  // scratch reused
    const auto c = e2.suggest_for_town(t, PoolKind::UkCouncil, all_on(), opt);
    ASSERT_EQ(a.size(), 20u);
    for (std::size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].candidate, b[i].candidate);
      EXPECT_EQ(a[i].total, b[i].total);
      EXPECT_EQ(a[i].candidate, c[i].candidate);
      EXPECT_EQ(a[i].total, c[i].total);
      EXPECT_EQ(describe_suggestion(syn, a[i]), describe_suggestion(syn, c[i]));
    }
  }
}

TEST(MatchEngineTest, TiesAreBrokenByTownId) {
  // Three identical councils added in reverse id order: equal totals, ranked by id.
  Dataset data = make_match_fixture();
  for (const char* id : {"GB:Z3", "GB:Z2", "GB:Z1"})
    data.towns.push_back(make_town(id, id, "GB", TownRole::UkCouncil, 100000, "", 0.0, 2.0));
  data.rebuild_indices();
  for (const char* id : {"GB:Z3", "GB:Z2", "GB:Z1"}) add_tag(data, data.find_town(id), "coal");
  MatchEngine engine(data);
  const auto top = engine.suggest_for_town(kAheim, PoolKind::UkCouncil, defaults());
  std::vector<std::string> z;
  for (const Suggestion& s : top)
    if (data.towns[s.candidate].id.rfind("GB:Z", 0) == 0) z.push_back(data.towns[s.candidate].id);
  EXPECT_EQ(z, (std::vector<std::string>{"GB:Z1", "GB:Z2", "GB:Z3"}));
}

TEST(MatchEngineTest, TopKWithEarlyOutEqualsFullRanking) {
  const Dataset syn = synthetic::make_synthetic_match_dataset(19);
  MatchEngine engine(syn);
  for (PoolKind kind : {PoolKind::UkCouncil, PoolKind::Europe}) {
    for (const char* id : {"DE:S100000", "DE:S100050", "DE:S100395"}) {
      const TownIndex town = syn.find_town(id);
      const MatchQuery q = MatchQuery::for_town(syn, town);
      auto all = engine.score_pool(q, kind, all_on());
      all.erase(std::remove_if(all.begin(), all.end(), [](const CandidateScores& c) { return !c.eligible; }),
                all.end());
      std::sort(all.begin(), all.end(), [](const CandidateScores& a, const CandidateScores& b) {
        return a.scores.total != b.scores.total ? a.scores.total > b.scores.total : a.member < b.member;
      });
      SuggestOptions opt;
      opt.top = 25;
      const auto top = engine.suggest(q, kind, all_on(), opt);
      ASSERT_EQ(top.size(), 25u);
      for (std::size_t i = 0; i < top.size(); ++i) {
        EXPECT_EQ(top[i].candidate, engine.pool(kind).members[all[i].member]) << id << " rank " << i;
        EXPECT_EQ(top[i].total, all[i].scores.total);
      }
    }
  }
}

TEST(MatchEngineTest, CustomProfileIsScoredLikeATown) {
  // "My town" with Aheim's tags and population but no base town: same tag and size
  // components as Aheim, no network, and nothing is excluded (Dford appears).
  const Dataset data = make_match_fixture();
  MatchEngine engine(data);
  MatchQuery mine;
  mine.tags = {data.find_tag("coal"), data.find_tag("com")};
  mine.population = 100000;
  mine.settlement = "urban";
  const auto custom = engine.suggest(mine, PoolKind::UkCouncil, defaults());
  const auto town = engine.suggest_for_town(kAheim, PoolKind::UkCouncil, defaults());
  ASSERT_EQ(custom.size(), 3u);
  const auto cton = std::find_if(custom.begin(), custom.end(), [](const Suggestion& s) { return s.candidate == kCton; });
  ASSERT_NE(cton, custom.end());
  for (MatchComponent c : {MatchComponent::Goals, MatchComponent::Challenges, MatchComponent::Size,
                           MatchComponent::Complement})
    EXPECT_EQ((*cton)[c].value, town[0][c].value) << component_key(c);
  EXPECT_FALSE((*cton)[MatchComponent::Network].has_data);
  EXPECT_EQ(cton->town, kNoIndex);

  // Starting from a town's profile and editing it keeps the base town's exclusions.
  MatchQuery edited = MatchQuery::for_town(data, kAheim);
  edited.tags.push_back(data.find_tag("ce"));
  const auto e = engine.suggest(edited, PoolKind::UkCouncil, defaults());
  EXPECT_EQ(candidates(e), (std::vector<TownIndex>{kCton, kEham}));
  EXPECT_GT(e[0][MatchComponent::Goals].value, town[0][MatchComponent::Goals].value);
}

TEST(MatchEngineTest, HidingAPartnershipRemovesItFromNetworkAndExclusions) {
  const Dataset data = make_match_fixture();
  MatchEngine engine(data);
  EXPECT_TRUE(engine.excluded(kAheim, kDford, false));
  engine.set_hidden_partnerships({0});  // Aheim–Dford
  EXPECT_FALSE(engine.excluded(kAheim, kDford, false));
  const auto top = engine.suggest_for_town(kAheim, PoolKind::UkCouncil, defaults());
  EXPECT_EQ(top.size(), 3u);
  // Without Aheim–Dford, the only L3 path Aheim–Dford–Bstadt–Cton is gone.
  for (const Suggestion& s : top) {
    if (s.candidate == kCton) {
      EXPECT_EQ(s[MatchComponent::Network].path_count, 0u);
    }
  }
}

// An NRW town and a UK council both twinned with the same French town: the UK council's
// partnership abroad (the UK side as `a`, no NRW end) makes the network component non-zero,
// and the explanation names the shared partner.
TEST(MatchEngineTest, SharedPartnerAbroadOfAUkCouncilMakesTheNetworkComponentNonZero) {
  Dataset d;
  d.towns = {make_town("DE:A", "Aheim", "DE", TownRole::NrwMunicipality, 100000, "urban", 0.0, 1.0),
             make_town("GB:U", "Uton", "GB", TownRole::UkCouncil, 100000, "urban", 0.0, 2.0),
             make_town("GB:V", "Vby", "GB", TownRole::UkCouncil, 100000, "urban", 1.0, 2.0),
             make_town("GN:F", "Fville", "FR", TownRole::OtherTown, 50000, "", 0.0, 3.0),
             make_town("GN:G", "Gstadt", "FR", TownRole::OtherTown, 50000, "", 1.0, 3.0)};
  d.rebuild_indices();
  add_partnership(d, 0, 3);  // Aheim – Fville (NRW municipality abroad)
  add_partnership(d, 2, 4);  // Vby – Gstadt: Vby has a partner, but none shared
  auto network_of = [](const Dataset& data, TownIndex candidate) {
    MatchEngine engine(data);
    for (const Suggestion& s : engine.suggest_for_town(0, PoolKind::UkCouncil, defaults()))
      if (s.candidate == candidate) return s;
    return Suggestion{};
  };
  EXPECT_FALSE(network_of(d, 1)[MatchComponent::Network].has_data);  // Uton: no partner yet

  add_partnership(d, 1, 3);  // Uton – Fville: the UK council's partnership abroad
  d.partnerships.back().context_only = true;
  const Suggestion uton = network_of(d, 1);
  ASSERT_EQ(uton.candidate, 1u);
  const ComponentScore& net = uton[MatchComponent::Network];
  EXPECT_TRUE(net.has_data);
  EXPECT_NEAR(net.value, 1.0 - std::exp(-1.0), 1e-12);  // one shared third-country partner
  ASSERT_EQ(net.shared_partners.size(), 1u);
  EXPECT_EQ(net.shared_partners[0], 3u);
  EXPECT_EQ(describe_component(d, uton, MatchComponent::Network), "both partnered with Fville (FR)");
  // Vby has a partner abroad too, but not the same one: data, no proximity
  const Suggestion vby = network_of(d, 2);
  EXPECT_TRUE(vby[MatchComponent::Network].has_data);
  EXPECT_EQ(vby[MatchComponent::Network].value, 0.0);
  EXPECT_EQ(describe_component(d, vby, MatchComponent::Network), "no partner-of-partner path or shared partner");
  // the explorer's scopes leave the context-only link out
  EXPECT_FALSE(in_scope(d.partnerships.back(), Scope::AllNrw));
  EXPECT_FALSE(in_scope(d.partnerships.back(), Scope::NrwUk));
  EXPECT_TRUE(in_scope(d.partnerships.front(), Scope::AllNrw));
}

TEST(MatchExplanationTest, NamesOnlyTheFactsBehindEachComponent) {
  const Dataset data = make_match_fixture();
  MatchEngine engine(data);
  MatchWeights w;
  w[MatchComponent::Distance] = 1.0;
  const auto top = engine.suggest_for_town(kAheim, PoolKind::UkCouncil, w);
  ASSERT_EQ(top[0].candidate, kCton);
  const Suggestion& s = top[0];
  EXPECT_EQ(describe_component(data, s, MatchComponent::Goals), "both: Covenant of Mayors 2030");
  EXPECT_EQ(describe_component(data, s, MatchComponent::Challenges), "both: Former coalfield");
  EXPECT_EQ(describe_component(data, s, MatchComponent::Size), "population 100,000 vs 100,000");
  EXPECT_EQ(describe_component(data, s, MatchComponent::Complement),
            "Cton: Climate emergency declared (not recorded for Aheim in the data); shared challenges: Former coalfield");
  EXPECT_EQ(describe_component(data, s, MatchComponent::Network),
            "1 partner-of-partner path, e.g. Aheim – Dford – Bstadt – Cton");
  EXPECT_EQ(describe_component(data, s, MatchComponent::Distance), "111 km apart");
  const std::string all = describe_suggestion(data, s);
  EXPECT_EQ(all.find("University town"), std::string::npos);  // Cton's, not shared
  EXPECT_NE(all.find("Shared goals: both: Covenant of Mayors 2030"), std::string::npos);
  EXPECT_NE(describe_component(data, s, MatchComponent::Goals, ExplainLanguage::De).find("(de)"), std::string::npos);

  const Suggestion& eham = top[1];
  EXPECT_EQ(describe_component(data, eham, MatchComponent::Goals), "no data: Eham has no goal tag in the data");
  EXPECT_EQ(describe_component(data, eham, MatchComponent::Network), "both partnered with Gburg (FR)");
  EXPECT_EQ(describe_component(data, eham, MatchComponent::Size), "population 100,000 vs 50,000; both urban");
  EXPECT_NE(describe_suggestion(data, eham).find("no data: Shared goals, Shared challenges, Complementarity"),
            std::string::npos);
}

}  // namespace
}  // namespace atlas
