// Names of a council's own list to towns (core/name_resolver.h): folding and aliases,
// country narrowing, namesakes at two levels, ambiguity, the closest names, the partner the
// data already knows, and each distinct name resolved once.
#include <gtest/gtest.h>

#include "core/name_resolver.h"
#include "match_fixture.h"
#include "real_data.h"

namespace atlas {
namespace {

using namespace atlas::testing;

enum : TownIndex { kKoelnKreis, kKoeln, kAltena, kCalderdale, kHalifax, kHalifaxCa, kNewportWight, kNewportCouncil,
                   kNewportTown, kBlackburnCouncil, kBlackburn, kBlackburnScot, kMuenster };

Dataset names_dataset() {
  Dataset d;
  d.towns = {make_town("DE:05315", "Köln", "DE", TownRole::NrwKreis, 1085664, ""),
             make_town("DE:05315000", "Köln", "DE", TownRole::NrwMunicipality, 1085664, ""),
             make_town("DE:05962004", "Altena", "DE", TownRole::NrwMunicipality, 16718, ""),
             make_town("GB:E08000033", "Calderdale", "GB", TownRole::UkCouncil, 211455, ""),
             make_town("GN:2647356", "Halifax", "GB", TownRole::EuropeCandidate, 83570, ""),
             make_town("GN:6324729", "Halifax", "CA", TownRole::OtherTown, 359111, ""),
             make_town("GN:2641589", "Newport", "GB", TownRole::EuropeCandidate, 25496, ""),
             make_town("GB:W06000022", "Newport", "GB", TownRole::UkCouncil, 156447, ""),
             make_town("GN:2641598", "Newport", "GB", TownRole::EuropeCandidate, 128060, ""),
             make_town("GB:E06000008", "Blackburn with Darwen", "GB", TownRole::UkCouncil, 150030, ""),
             make_town("GN:2655524", "Blackburn", "GB", TownRole::EuropeCandidate, 117963, ""),
             make_town("GN:2655525", "Blackburn", "GB", TownRole::EuropeCandidate, 3150, ""),
             make_town("DE:05515000", "Münster", "DE", TownRole::NrwMunicipality, 315293, "")};
  d.towns[kKoeln].parent = kKoelnKreis;
  d.towns[kKoeln].aliases = {"Cologne"};
  d.towns[kHalifax].parent = kCalderdale;
  d.towns[kNewportTown].parent = kNewportCouncil;
  d.towns[kBlackburn].parent = kBlackburnCouncil;
  d.rebuild_indices();
  add_partnership(d, kAltena, kBlackburnCouncil);
  return d;
}

TEST(NameResolverTest, FoldedNamesAndAliasesResolveToTheTownLevelRecord) {
  const Dataset d = names_dataset();
  const NameResolver r(d);
  for (const char* name : {"Köln", "koeln", "KOLN", "Cologne", " cologne "}) {
    const ResolvedName x = r.resolve(name);
    EXPECT_EQ(x.match, NameMatch::Resolved) << name;
    EXPECT_EQ(x.town, kKoeln) << name;  // not the Kreis-level record of the same name
  }
  EXPECT_EQ(r.resolve("Muenster").town, kMuenster);
  // the place and its council of the same name: the place
  EXPECT_EQ(r.resolve("Newport", "GB").match, NameMatch::Ambiguous);  // the Isle of Wight's Newport is another place
}

TEST(NameResolverTest, CountryNarrowsAndAmbiguousNamesListTheirCandidates) {
  const Dataset d = names_dataset();
  const NameResolver r(d);
  const ResolvedName any = r.resolve("Halifax");
  ASSERT_EQ(any.match, NameMatch::Ambiguous);
  EXPECT_EQ(any.candidates, (std::vector<TownIndex>{kHalifax, kHalifaxCa}));
  EXPECT_EQ(r.resolve("Halifax", country_code_of("England")).town, kHalifax);
  EXPECT_EQ(r.resolve("Halifax", country_code_of("CA")).town, kHalifaxCa);
  EXPECT_EQ(r.resolve("Halifax", "FR").match, NameMatch::Unresolved);
  EXPECT_EQ(country_code_of("Vereinigtes Königreich"), "GB");
  EXPECT_EQ(country_code_of("uk"), "GB");
  EXPECT_EQ(country_code_of("Atlantis"), "");
}

TEST(NameResolverTest, UnknownNamesGetTheClosestNamesToChooseFrom) {
  const Dataset d = names_dataset();
  const NameResolver r(d);
  const ResolvedName x = r.resolve("Blackbrun");
  EXPECT_EQ(x.match, NameMatch::Unresolved);
  ASSERT_FALSE(x.candidates.empty());
  EXPECT_EQ(x.candidates.front(), kBlackburn);  // the larger of the two Blackburns first
  EXPECT_TRUE(r.resolve("Qwxz").candidates.empty());
}

TEST(NameResolverTest, ImportResolvesEachDistinctNameOnceAndUsesKnownPartners) {
  const Dataset d = names_dataset();
  const NameResolver r(d);
  const OwnData own = read_own_data(
      "town,partner,partner_country\n"
      "Altena,Blackburn,\n"     // ambiguous, but Altena's known partner council holds one of them
      "Altena,Blackburn,\n"
      "Koeln,Halifax,\n"        // ambiguous: listed
      "Köln,Halifax,England\n"
      "Atlantis,Newport,GB\n"); // unknown town, ambiguous partner
  const ResolvedOwnData x = resolve_own_data(d, r, own);
  ASSERT_EQ(x.links.size(), 3u);
  EXPECT_EQ(x.links[0].town, kAltena);
  EXPECT_EQ(x.links[0].partner, kBlackburn);
  EXPECT_EQ(x.links[2].town, kKoeln);
  EXPECT_EQ(x.links[2].partner, kHalifax);
  EXPECT_EQ(x.distinct_names, 7u);  // Altena, Blackburn, Koeln(=Köln), Halifax, Halifax/GB, Atlantis, Newport/GB
  ASSERT_EQ(x.problems.size(), 3u);
  EXPECT_EQ(x.problems[0].row, 4u);
  EXPECT_NE(x.problems[0].message.find("Halifax (Calderdale, GB); Halifax (CA)"), std::string::npos) << x.problems[0].message;
  EXPECT_EQ(x.problems[1].column, "town");
  EXPECT_EQ(x.problems[2].column, "partner");
}

TEST(NameResolverTest, AChosenPlaceResolvesEveryRowWithThatName) {
  const Dataset d = names_dataset();
  const NameResolver r(d);
  const OwnData own = read_own_data(
      "town,partner\n"
      "Koeln,Halifax\n"
      "Münster,halifax\n"
      "Köln,Newport\n"
      "Halifax,Köln\n");  // the same name on the town side is another question
  const ResolvedOwnData before = resolve_own_data(d, r, own);
  EXPECT_TRUE(before.links.empty());
  ASSERT_EQ(before.problems.size(), 4u);
  const OwnDataProblem& halifax = before.problems[0];
  EXPECT_EQ(halifax.issue, OwnDataIssue::AmbiguousName);
  EXPECT_EQ(halifax.args, (std::vector<std::string>{"Halifax", "2"}));
  EXPECT_EQ(halifax.candidates, (std::vector<std::uint32_t>{kHalifax, kHalifaxCa}));
  EXPECT_EQ(candidate_label(d, kHalifax), "Halifax (Calderdale, GB)");

  NameChoices choices;
  choices[name_choice_key(own.links[0], "partner")] = kHalifax;
  const ResolvedOwnData after = resolve_own_data(d, r, own, choices);
  ASSERT_EQ(after.links.size(), 2u);  // rows 2 and 3 (Halifax, halifax)
  EXPECT_EQ(after.links[0].partner, kHalifax);
  EXPECT_EQ(after.links[1].town, kMuenster);
  EXPECT_EQ(after.links[1].partner, kHalifax);
  ASSERT_EQ(after.problems.size(), 2u);  // Newport, and Halifax as a town
  EXPECT_EQ(after.problems[0].row, 4u);
  EXPECT_EQ(after.problems[1].column, "town");
  EXPECT_EQ(after.problems[1].issue, OwnDataIssue::AmbiguousName);
}

TEST(NameResolverTest, ThePartnershipExportReadsBackAsTheSameLinks) {
  Dataset d = names_dataset();
  add_partnership(d, kKoeln, kHalifax);
  add_partnership(d, kMuenster, kNewportTown);
  d.partnerships[0].sources = {};
  const std::string csv = write_own_data_csv(partnership_links(d, {}));
  const OwnData own = read_own_data(csv);
  ASSERT_TRUE(own.problems.empty()) << describe(own.problems.front());
  const ResolvedOwnData back = resolve_own_data(d, NameResolver(d), own);
  EXPECT_TRUE(back.problems.empty()) << describe(back.problems.front());
  ASSERT_EQ(back.links.size(), d.partnerships.size());
  for (std::size_t i = 0; i < d.partnerships.size(); ++i) {
    EXPECT_EQ(back.links[i].town, d.partnerships[i].a);
    EXPECT_EQ(back.links[i].partner, d.partnerships[i].b);  // Newport by its id, though the name is ambiguous
  }
  // only the visible ones
  EXPECT_EQ(partnership_links(d, {0, 1, 0}).size(), 1u);
  EXPECT_EQ(partnership_links(d, {0, 1, 0})[0].partner, "Halifax");
}

TEST(NameResolverRealDataTest, EveryPartnershipExportedReadsBackAsItself) {
  const Dataset* d = real_dataset();
  if (!d) GTEST_SKIP() << "data/ not available";
  const OwnData own = read_own_data(write_own_data_csv(partnership_links(*d, {})));
  ASSERT_EQ(own.links.size(), d->partnerships.size());
  const ResolvedOwnData back = resolve_own_data(*d, NameResolver(*d), own);
  ASSERT_EQ(back.links.size(), d->partnerships.size());
  for (std::size_t i = 0; i < back.links.size(); ++i) {
    EXPECT_EQ(back.links[i].town, d->partnerships[i].a) << d->partnerships[i].id;
    EXPECT_EQ(back.links[i].partner, d->partnerships[i].b) << d->partnerships[i].id;
  }
}

}  // namespace
}  // namespace atlas
