// The hubness correction and the credibility targets of issue 12:
//   - a synthetic pool with one hub candidate, a little similar to every town, that heads every
//     list without the correction and none with it;
//   - on the real data/ (skipped without it), the UK place pool's top-10 lists of all NRW
//     municipalities: no candidate in more than 5 % of the lists, at least 800 distinct
//     candidates, small towns' top-3 of comparable size, at most 3 places of one council per
//     list, and a list for one town equal to that town's rows of the full table.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "core/match/match_engine.h"
#include "core/match/match_explanation.h"
#include "core/match/match_report.h"
#include "match_fixture.h"
#include "real_data.h"

namespace atlas {
namespace {

using namespace atlas::testing;

constexpr std::size_t kTowns = 20;

// Town i carries {t_i, common}; candidate C_i carries t_i and four tags nobody else has;
// the hub carries only `common`. Challenge cosines: town i – hub 0.41, town i – C_i 0.37.
Dataset make_hub_dataset() {
  Dataset d;
  d.tags.push_back(make_tag("common", TagKind::Challenge, "Common", Coverage::Complete));
  for (std::size_t i = 0; i < kTowns; ++i) {
    d.tags.push_back(make_tag("t" + std::to_string(i), TagKind::Challenge, "T", Coverage::Complete));
    for (int j = 0; j < 4; ++j)
      d.tags.push_back(make_tag("n" + std::to_string(i) + "_" + std::to_string(j), TagKind::Challenge, "N", Coverage::Complete));
  }
  for (std::size_t i = 0; i < kTowns; ++i)
    d.towns.push_back(make_town("DE:" + std::to_string(10 + i), "Town " + std::to_string(i), "DE",
                                TownRole::NrwMunicipality, 20000, "", 51.0, 7.0 + 0.01 * i));
  for (std::size_t i = 0; i < kTowns; ++i)
    d.towns.push_back(make_town("GN:" + std::to_string(100 + i), "Place " + std::to_string(i), "GB",
                                TownRole::EuropeCandidate, 20000, "", 53.0, -1.0 - 0.01 * i));
  d.towns.push_back(make_town("GN:999", "Hub", "GB", TownRole::EuropeCandidate, 20000, "", 52.0, -2.0));
  d.rebuild_indices();
  for (std::size_t i = 0; i < kTowns; ++i) {
    add_tag(d, static_cast<TownIndex>(i), "t" + std::to_string(i));
    add_tag(d, static_cast<TownIndex>(i), "common");
    add_tag(d, static_cast<TownIndex>(kTowns + i), "t" + std::to_string(i));
    for (int j = 0; j < 4; ++j) add_tag(d, static_cast<TownIndex>(kTowns + i), "n" + std::to_string(i) + "_" + std::to_string(j));
  }
  add_tag(d, static_cast<TownIndex>(2 * kTowns), "common");
  return d;
}

MatchWeights challenges_only(double hub_correction) {
  MatchWeights w;
  w.weight.fill(0.0);
  w[MatchComponent::Challenges] = 1.0;
  w.hub_correction = hub_correction;
  return w;
}

TEST(MatchHubnessTest, AHubHeadsEveryListWithoutTheCorrectionAndNoneWithIt) {
  const Dataset d = make_hub_dataset();
  const MatchEngine engine(d);
  const TownIndex hub = d.find_town("GN:999");
  SuggestOptions first;
  first.top = 1;
  for (TownIndex t = 0; t < kTowns; ++t) {
    const auto plain = engine.suggest_for_town(t, PoolKind::Uk, challenges_only(0.0), first);
    ASSERT_EQ(plain.size(), 1u);
    EXPECT_EQ(plain[0].candidate, hub) << d.towns[t].name;
    const auto corrected = engine.suggest_for_town(t, PoolKind::Uk, challenges_only(0.5), first);
    ASSERT_EQ(corrected.size(), 1u);
    EXPECT_EQ(corrected[0].candidate, t + kTowns) << d.towns[t].name;  // its own C_i
    EXPECT_GT(corrected[0].total, 0.0);
  }
}

TEST(MatchHubnessTest, TermsArePerComponentSoAnyWeightsAreTheirWeightedSum) {
  const Dataset d = make_hub_dataset();
  const MatchEngine engine(d);
  const HubTerms& h = engine.hub_terms(PoolKind::Uk);
  ASSERT_TRUE(h.built);
  const std::uint32_t hub = engine.pool(PoolKind::Uk).position(d.find_town("GN:999"));
  PairScores fires;
  fires.value.fill(0.0);
  fires.value[static_cast<std::size_t>(MatchComponent::Challenges)] = 0.4;
  MatchWeights a = challenges_only(0.5), b = a;
  b[MatchComponent::Size] = 2.0;
  const double size_term = h.mean[hub][static_cast<std::size_t>(MatchComponent::Size)];
  EXPECT_NEAR(h.penalty(hub, b, fires) - h.penalty(hub, a, fires), 2.0 * size_term, 1e-12);
  // nothing to correct where no hub-prone component fires
  PairScores quiet;
  quiet.value.fill(0.0);
  quiet.value[static_cast<std::size_t>(MatchComponent::Size)] = 1.0;
  EXPECT_EQ(h.penalty(hub, b, quiet), 0.0);
}

TEST(MatchHubnessTest, ExplanationSaysWhenTheCorrectionTookSomethingOff) {
  const Dataset d = make_hub_dataset();
  const MatchEngine engine(d);
  SuggestOptions all;
  all.top = 0;
  for (const Suggestion& s : engine.suggest_for_town(0, PoolKind::Uk, challenges_only(0.5), all)) {
    const std::string text = describe_suggestion(d, s);
    EXPECT_EQ(text.find("correction") != std::string::npos, s.hub_penalty >= 0.005) << text;
  }
}

// ---- real data ---------------------------------------------------------------------------

TEST(MatchHubnessRealDataTest, UkPlaceListsMeetTheHubnessAndScaleTargets) {
  const Dataset* d = real_dataset();
  if (!d) GTEST_SKIP() << "data/ not available";
  const MatchEngine engine(*d);
  const HubnessReport r = hubness_report(engine, PoolKind::Uk, MatchWeights());
  EXPECT_EQ(r.lists, 396u);
  EXPECT_EQ(r.slots, 3960u);
  EXPECT_LE(static_cast<double>(r.max_occurrence), 0.05 * r.lists)
      << "most frequent: " << d->towns[r.max_candidate].name << " in " << r.max_occurrence << " lists";
  EXPECT_GE(r.distinct, 800u);
  EXPECT_GT(r.small_towns, 100u);
  EXPECT_GE(r.small_town_median_ratio, 0.2);
  EXPECT_LE(r.small_town_median_ratio, 5.0);
}

TEST(MatchHubnessRealDataTest, AListHoldsAtMostThreePlacesOfOneCouncil) {
  const Dataset* d = real_dataset();
  if (!d) GTEST_SKIP() << "data/ not available";
  const MatchEngine engine(*d);
  const MatchPool& pool = engine.pool(PoolKind::Uk);
  SuggestOptions opt;
  opt.top = 20;
  for (TownIndex t = 0; t < d->towns.size(); t += 7) {
    if (d->towns[t].role != TownRole::NrwMunicipality) continue;
    std::map<TownIndex, int> per_council;
    for (const Suggestion& s : engine.suggest_for_town(t, PoolKind::Uk, MatchWeights(), opt)) {
      const TownIndex c = pool.councils[pool.position(s.candidate)];
      if (c != kNoIndex) {
        EXPECT_LE(++per_council[c], 3) << d->towns[t].name << ": " << d->towns[c].name;
      }
    }
  }
}

TEST(MatchHubnessRealDataTest, OneTownsListDoesNotDependOnTheOthers) {
  const Dataset* d = real_dataset();
  if (!d) GTEST_SKIP() << "data/ not available";
  const TownIndex altena = d->find_town("DE:05962004");
  ASSERT_NE(altena, kNoIndex);
  const MatchEngine fresh(*d);
  const auto alone = fresh.suggest_for_town(altena, PoolKind::Uk, MatchWeights());
  const MatchEngine busy(*d);
  for (TownIndex t = 0; t < d->towns.size(); ++t)
    if (d->towns[t].role == TownRole::NrwMunicipality) busy.suggest_for_town(t, PoolKind::Uk, MatchWeights());
  const auto after = busy.suggest_for_town(altena, PoolKind::Uk, MatchWeights());
  ASSERT_EQ(alone.size(), after.size());
  for (std::size_t i = 0; i < alone.size(); ++i) {
    EXPECT_EQ(alone[i].candidate, after[i].candidate);
    EXPECT_EQ(alone[i].total, after[i].total);
  }
}

TEST(MatchHubnessRealDataTest, NamesakePlaceAndCouncilAreTwoLevelsWithTheirOwnPopulations) {
  const Dataset* d = real_dataset();
  if (!d) GTEST_SKIP() << "data/ not available";
  const MatchEngine engine(*d);
  const TownIndex council = d->find_town("GB:E08000036");  // Wakefield council
  ASSERT_NE(council, kNoIndex);
  TownIndex place = kNoIndex;
  for (TownIndex t = 0; t < d->towns.size(); ++t)
    if (d->towns[t].name == "Wakefield" && d->towns[t].parent == council) place = t;
  ASSERT_NE(place, kNoIndex);
  EXPECT_TRUE(in_pool(*d, place, PoolKind::Uk));
  EXPECT_FALSE(in_pool(*d, council, PoolKind::Uk));
  EXPECT_TRUE(in_pool(*d, council, PoolKind::UkCouncil));
  EXPECT_TRUE(in_pool(*d, place, PoolKind::Europe));  // 78,978 people
  EXPECT_NE(d->towns[place].population, d->towns[council].population);
  for (const Indicator& i : d->towns[place].indicators)
    if (i.key == "population" || i.key == "area_km2" || i.key == "density") {
      EXPECT_FALSE(i.inherited) << i.key;
    }
}

}  // namespace
}  // namespace atlas
