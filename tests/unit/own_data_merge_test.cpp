// A council's own list taken into the dataset (core/own_data_merge.h): merge marks known links
// and adds new ones NRW side first with the file's year, kind, status and a source naming the
// file (a UK candidate place becoming a partner town); replace drops the built-in explorer links but keeps the matcher's context links.
#include <gtest/gtest.h>

#include "core/own_data_merge.h"
#include "match_fixture.h"

namespace atlas {
namespace {

using namespace atlas::testing;

enum : TownIndex { kAltena, kBonn, kBlackburnCouncil, kOxford, kLille };

Dataset merge_dataset() {
  Dataset d;
  d.towns = {make_town("DE:05962004", "Altena", "DE", TownRole::NrwMunicipality, 16718, ""),
             make_town("DE:05314000", "Bonn", "DE", TownRole::NrwMunicipality, 330000, ""),
             make_town("GB:E06000008", "Blackburn with Darwen", "GB", TownRole::UkCouncil, 150030, ""),
             make_town("GN:2640729", "Oxford", "GB", TownRole::EuropeCandidate, 152000, ""),
             make_town("GN:2998324", "Lille", "FR", TownRole::OtherTown, 230000, "")};
  d.rebuild_indices();
  add_partnership(d, kAltena, kBlackburnCouncil);
  add_partnership(d, kBlackburnCouncil, kLille);
  d.partnerships.back().context_only = true;
  return d;
}

const char* kList =
    "Stadt;Partnerstadt;Jahr;Art;Status\n"
    "Altena;Blackburn with Darwen;1990;;\n"
    "Oxford;Bonn;1947;friendship;dormant\n";

TEST(OwnDataMergeTest, MergeMarksKnownLinksAndAddsNewOnesNrwSideFirst) {
  Dataset d = merge_dataset();
  const OwnData own = read_own_data(kList);
  const ResolvedOwnData resolved = resolve_own_data(d, NameResolver(d), own);
  ASSERT_EQ(resolved.links.size(), 2u);
  const OwnDataMergeResult r = merge_own_data(d, own, resolved, OwnDataMode::Merge, "partners.csv");
  EXPECT_EQ(r.added, 1u);
  EXPECT_EQ(r.marked, 1u);
  EXPECT_EQ(r.removed, 0u);
  ASSERT_EQ(d.partnerships.size(), 3u);
  EXPECT_TRUE(d.partnerships[0].own_data);
  EXPECT_FALSE(d.partnerships[1].own_data);
  const Partnership& added = d.partnerships[2];
  EXPECT_TRUE(added.own_data);
  EXPECT_EQ(added.a, kBonn);
  EXPECT_EQ(added.b, kOxford);
  EXPECT_TRUE(added.nrw_uk);  // the UK candidate place is now a partner town
  EXPECT_EQ(d.towns[kOxford].role, TownRole::UkPartnerTown);
  EXPECT_EQ(added.start_year(), 1947);
  EXPECT_EQ(added.kind, PartnershipKind::Friendship);
  EXPECT_EQ(added.status, PartnershipStatus::Dormant);
  ASSERT_EQ(added.sources.size(), 1u);
  EXPECT_EQ(d.sources[added.sources[0]].title, "Own list: partners.csv");
}

TEST(OwnDataMergeTest, ReplaceKeepsOnlyTheListAndTheMatchersContextLinks) {
  Dataset d = merge_dataset();
  const OwnData own = read_own_data(kList);
  const ResolvedOwnData resolved = resolve_own_data(d, NameResolver(d), own);
  const OwnDataMergeResult r = merge_own_data(d, own, resolved, OwnDataMode::Replace, "partners.csv");
  EXPECT_EQ(r.removed, 1u);
  EXPECT_EQ(r.added, 2u);
  ASSERT_EQ(d.partnerships.size(), 3u);
  EXPECT_TRUE(d.partnerships[0].context_only);  // Blackburn with Darwen–Lille stays as context
  EXPECT_TRUE(d.partnerships[1].own_data && d.partnerships[2].own_data);
  EXPECT_EQ(d.partnerships[1].a, kAltena);
}

}  // namespace
}  // namespace atlas
