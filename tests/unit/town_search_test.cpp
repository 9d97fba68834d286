// Town search: diacritic folding and the ranked type-ahead on a small hand-made town list.
#include <gtest/gtest.h>

#include "core/town_search.h"
#include "match_fixture.h"

namespace atlas {
namespace {

using namespace atlas::testing;

Dataset make_search_fixture() {
  Dataset d;
  d.towns = {make_town("DE:05315000", "Köln", "DE", TownRole::NrwMunicipality, 1083498, ""),
             make_town("DE:05515000", "Münster", "DE", TownRole::NrwMunicipality, 314319, ""),
             make_town("DE:05366028", "Bad Münstereifel", "DE", TownRole::NrwMunicipality, 17204, ""),
             make_town("XX:1", "Westmünster", "DE", TownRole::OtherTown, 900000, ""),
             make_town("GB:W06000006", "Wrexham", "GB", TownRole::UkCouncil, 135957, ""),
             make_town("DE:05915000", "Hamm", "DE", TownRole::NrwMunicipality, 179111, ""),
             make_town("GB:E09000013", "Hammersmith and Fulham", "GB", TownRole::UkCouncil, 183295, ""),
             make_town("GB:E08000013", "St. Helens", "GB", TownRole::UkCouncil, 180049, ""),
             make_town("GB:E07000146", "King's Lynn and West Norfolk", "GB", TownRole::UkCouncil, 151811, ""),
             make_town("GN:100", "Tŷ Croes", "GB", TownRole::UkPartnerTown, 1000, ""),
             make_town("GN:201", "Aheim", "DE", TownRole::OtherTown, 5000, ""),
             make_town("GN:200", "Aheim", "DE", TownRole::OtherTown, 5000, ""),
             make_town("DE:05158004", "Erkrath", "DE", TownRole::NrwMunicipality, 44384, ""),
             make_town("DE:05315", "Köln", "DE", TownRole::NrwKreis, 1085664, "")};
  d.towns[0].name_alt = "Köln, Stadt";
  d.towns[0].aliases = {"Koeln", "Cologne"};  // as the pipeline writes them (Cologne: English Wikipedia)
  d.towns[1].aliases = {"Muenster"};
  d.towns[4].name_alt = "Wrecsam";
  d.towns[13].kreisfrei = true;
  d.towns[4].aliases = {"Wrexham County Borough Council"};
  d.rebuild_indices();
  return d;
}

std::vector<std::string> names(const Dataset& d, const std::vector<SearchHit>& hits) {
  std::vector<std::string> out;
  for (const SearchHit& h : hits) out.push_back(d.towns[h.town].name);
  return out;
}

using Names = std::vector<std::string>;

TEST(TownSearchTest, FoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(fold_for_search("KÖLN"), "koln");
  EXPECT_EQ(fold_for_search("Köln", FoldUmlauts::Long), "koeln");
  EXPECT_EQ(fold_for_search("Großstraße"), "grossstrasse");
  EXPECT_EQ(fold_for_search("Tŷ Ŵyn"), "ty wyn");
  EXPECT_EQ(fold_for_search("Castell-nedd  Port Talbot"), "castell nedd port talbot");
  EXPECT_EQ(fold_for_search("King's Lynn"), "kings lynn");
  EXPECT_EQ(fold_for_search("King\xE2\x80\x99s Lynn"), "kings lynn");  // typographic apostrophe
  EXPECT_EQ(fold_for_search("  St. Helens  "), "st helens");
  EXPECT_EQ(fold_for_search("Łódź Æbeltoft Œuvre Þingvellir"), "lodz aebeltoft oeuvre thingvellir");
  EXPECT_EQ(fold_for_search("Besançon Échirolles"), "besancon echirolles");
  EXPECT_EQ(fold_for_search("?!"), "");
}

TEST(TownSearchTest, FoldingKeepsOtherScriptsAndSurvivesBrokenUtf8) {
  EXPECT_EQ(fold_for_search("Київ"), "Київ");
  EXPECT_EQ(fold_for_search("a\xC3"), "a\xC3");        // truncated sequence kept as a byte
  EXPECT_EQ(fold_for_search("\xC3(b"), "\xC3 b");      // invalid continuation
  EXPECT_EQ(fold_for_search("\x80x"), "\x80x");
}

TEST(TownSearchTest, UmlautsMatchAllThreeSpellings) {
  Dataset d = make_search_fixture();
  TownSearch s(d);
  for (const char* q : {"Münster", "munster", "MUENSTER"}) {
    std::vector<SearchHit> hits = s.search(q, 1);
    ASSERT_EQ(hits.size(), 1u) << q;
    EXPECT_EQ(d.towns[hits[0].town].name, "Münster") << q;
  }
  for (const char* q : {"köln", "koln", "Koeln", "cologne"})
    EXPECT_EQ(d.towns[s.search(q, 1).at(0).town].id, "DE:05315000") << q;
}

TEST(TownSearchTest, ExonymsComeFromTheDataOnly) {
  // The same towns without the data's aliases: no built-in English names.
  Dataset d = make_search_fixture();
  d.towns[0].aliases = {"Koeln"};
  d.rebuild_indices();
  TownSearch s(d);
  EXPECT_TRUE(s.search("Cologne").empty());
  EXPECT_EQ(d.towns[s.search("koeln", 1).at(0).town].id, "DE:05315000");
  EXPECT_TRUE(s.search("Aix-la-Chapelle").empty());
}

TEST(TownSearchTest, ExonymAndWelshAndCouncilNames) {
  Dataset d = make_search_fixture();
  TownSearch s(d);
  std::vector<SearchHit> hits = s.search("Cologne");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].matched, "Cologne");
  EXPECT_EQ(hits[0].tier, MatchTier::Exact);
  EXPECT_EQ(names(d, s.search("wrecsam")), (Names{"Wrexham"}));
  EXPECT_EQ(names(d, s.search("county borough")), (Names{"Wrexham"}));
  EXPECT_EQ(names(d, s.search("ty cro")), (Names{"Tŷ Croes"}));
}

TEST(TownSearchTest, PrefixBeforeSubstringThenPopulation) {
  Dataset d = make_search_fixture();
  TownSearch s(d);
  // Münster (prefix) before Bad Münstereifel (word prefix) before the bigger Westmünster
  // (substring only).
  EXPECT_EQ(names(d, s.search("münster")), (Names{"Münster", "Bad Münstereifel", "Westmünster"}));
  std::vector<SearchHit> hits = s.search("münster");
  EXPECT_EQ(hits[0].tier, MatchTier::Exact);
  EXPECT_EQ(hits[1].tier, MatchTier::WordPrefix);
  EXPECT_EQ(hits[2].tier, MatchTier::Substring);
  // Both prefixes: the larger population first.
  EXPECT_EQ(names(d, s.search("ham")), (Names{"Hammersmith and Fulham", "Hamm", "Wrexham"}));
  // An exact name beats a larger town it is the prefix of.
  EXPECT_EQ(names(d, s.search("hamm")), (Names{"Hamm", "Hammersmith and Fulham"}));
}

TEST(TownSearchTest, PunctuationInsensitive) {
  Dataset d = make_search_fixture();
  TownSearch s(d);
  EXPECT_EQ(names(d, s.search("st helens")), (Names{"St. Helens"}));
  EXPECT_EQ(names(d, s.search("kings lynn")), (Names{"King's Lynn and West Norfolk"}));
}

TEST(TownSearchTest, TiesBrokenByIdAndLimitRespected) {
  Dataset d = make_search_fixture();
  TownSearch s(d);
  std::vector<SearchHit> hits = s.search("aheim");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(d.towns[hits[0].town].id, "GN:200");
  EXPECT_EQ(d.towns[hits[1].town].id, "GN:201");
  EXPECT_EQ(s.search("e", 3).size(), 3u);
  EXPECT_EQ(s.search("e", 0).size(), 0u);
}

TEST(TownSearchTest, MunicipalityBeforeItsKreisRecord) {
  Dataset d = make_search_fixture();
  TownSearch s(d);
  std::vector<SearchHit> hits = s.search("köln", 2);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(d.towns[hits[0].town].id, "DE:05315000");  // although the Kreis counts more people
  EXPECT_EQ(d.towns[hits[1].town].id, "DE:05315");
}

TEST(TownSearchTest, OneHitPerTownWithItsBestName) {
  Dataset d = make_search_fixture();
  TownSearch s(d);
  std::vector<SearchHit> hits = s.search("k");
  std::size_t koln = 0;
  for (const SearchHit& h : hits)
    if (d.towns[h.town].id == "DE:05315000") ++koln;
  EXPECT_EQ(koln, 1u);
  hits = s.search("koeln");
  ASSERT_EQ(hits.size(), 2u);  // the municipality (alias Koeln) and the Kreis record (Köln)
  EXPECT_EQ(hits[0].tier, MatchTier::Exact);
  EXPECT_EQ(hits[1].tier, MatchTier::Exact);
}

TEST(TownSearchTest, EmptyAndOverlongQueries) {
  Dataset d = make_search_fixture();
  TownSearch s(d);
  EXPECT_TRUE(s.search("").empty());
  EXPECT_TRUE(s.search(" - ").empty());
  EXPECT_TRUE(s.search("zzzz").empty());
  EXPECT_TRUE(s.search(std::string(5000, 'a')).empty());
  TownSearch none;
  EXPECT_TRUE(none.search("koln").empty());
}

// Issue 15 item 7: only the first kMaxSearchQueryBytes bytes of a query count.
TEST(TownSearchTest, AQueryIsReadUpToItsLengthLimit) {
  Dataset d = make_search_fixture();
  TownSearch s(d);
  const std::string padded = "koln" + std::string(kMaxSearchQueryBytes - 4, ' ');
  EXPECT_EQ(names(d, s.search(padded + "zzz")), (Names{"Köln", "Köln"}));  // "zzz" is past the limit
  EXPECT_TRUE(s.search(padded.substr(1) + "zzz").empty());                // here "z" is within it
}

// Issue 13 item 4: the mission first. Two places named Halifax as in data/towns.json: the
// Calderdale town (Aachen's partner) and the larger Canadian city.
Dataset make_halifax_fixture() {
  Dataset d;
  d.towns = {make_town("GN:6324729", "Halifax", "CA", TownRole::OtherTown, 359111, ""),
             make_town("GN:2647632", "Halifax", "GB", TownRole::UkPartnerTown, 82624, ""),
             make_town("DE:05334002", "Aachen", "DE", TownRole::NrwMunicipality, 248960, ""),
             make_town("GB:E08000033", "Calderdale", "GB", TownRole::UkCouncil, 211455, ""),
             make_town("GN:1", "Newtown", "GB", TownRole::EuropeCandidate, 40000, ""),
             make_town("GN:2", "Newtown", "GB", TownRole::UkPartnerTown, 9000, ""),
             make_town("DE:05334", "Städteregion Aachen", "DE", TownRole::NrwKreis, 555465, ""),
             make_town("DE:05512000", "Bottrop", "DE", TownRole::NrwMunicipality, 117565, ""),
             make_town("DE:05512", "Bottrop", "DE", TownRole::NrwKreis, 117565, ""),
             make_town("GN:3", "Halifax Bay", "AU", TownRole::OtherTown, 0, "")};
  d.towns[0].region = "Nova Scotia";
  d.towns[1].region = "England";
  d.towns[1].subregion = "Calderdale";
  d.towns[1].parent = 3;
  d.towns[2].region = "Städteregion Aachen";
  d.towns[2].parent = 6;
  d.towns[3].region = "England";
  d.towns[7].region = "Bottrop, Stadt";
  d.towns[7].parent = 8;
  d.towns[8].kreisfrei = true;
  d.towns[8].region = "kreisfreie Stadt";
  d.towns[8].subregion = "Münster";
  Partnership aachen_halifax;
  aachen_halifax.id = "DE:05334002--GN:2647632";
  aachen_halifax.a = 2;
  aachen_halifax.b = 1;
  aachen_halifax.nrw_uk = true;
  Partnership newtown;  // the smaller Newtown has a partner, the larger has none
  newtown.id = "DE:05512000--GN:2";
  newtown.a = 7;
  newtown.b = 5;
  newtown.nrw_uk = true;
  d.partnerships = {aachen_halifax, newtown};
  d.rebuild_indices();
  return d;
}

TEST(TownSearchTest, NrwOrUkPlaceBeforeSameNamePlaceAbroad) {
  Dataset d = make_halifax_fixture();
  TownSearch s(d);
  std::vector<SearchHit> hits = s.search("Halifax");
  ASSERT_GE(hits.size(), 2u);
  EXPECT_EQ(d.towns[hits[0].town].id, "GN:2647632");  // although Nova Scotia's is four times larger
  EXPECT_EQ(d.towns[hits[1].town].id, "GN:6324729");
  EXPECT_EQ(hits[0].tier, MatchTier::Exact);
  // The tiers still come first: an exact name abroad before a longer name at home.
  EXPECT_EQ(d.towns[s.search("halifax b", 1).at(0).town].id, "GN:3");
  EXPECT_TRUE(TownSearch::in_mission(d.towns[1]));
  EXPECT_TRUE(TownSearch::in_mission(d.towns[2]));
  EXPECT_TRUE(TownSearch::in_mission(d.towns[6]));
  EXPECT_FALSE(TownSearch::in_mission(d.towns[0]));
  Town german_abroad = make_town("GN:9", "Halle", "DE", TownRole::OtherTown, 238000, "");
  EXPECT_FALSE(TownSearch::in_mission(german_abroad));  // Germany outside NRW is abroad here
}

TEST(TownSearchTest, PlaceWithPartnersBeforePlaceWithout) {
  Dataset d = make_halifax_fixture();
  TownSearch s(d);
  std::vector<SearchHit> hits = s.search("newtown");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(d.towns[hits[0].town].id, "GN:2");  // partnered, 9,000 people
  EXPECT_EQ(d.towns[hits[1].town].id, "GN:1");  // no partner, 40,000 people
  // Without the partnership, population decides again.
  d.partnerships.pop_back();
  d.rebuild_indices();
  TownSearch without(d);
  EXPECT_EQ(d.towns[without.search("newtown").at(0).town].id, "GN:1");
}

TEST(TownSearchTest, EachHitSaysWhereItIs) {
  Dataset d = make_halifax_fixture();
  EXPECT_EQ(search_hit_context(d, 1), "Calderdale");           // a UK place: its council
  EXPECT_EQ(search_hit_context(d, 0), "Nova Scotia, CA");      // abroad: region and country
  EXPECT_EQ(search_hit_context(d, 9), "AU");                   // abroad without a region
  EXPECT_EQ(search_hit_context(d, 2), "Städteregion Aachen");  // an NRW municipality: its Kreis
  EXPECT_EQ(search_hit_context(d, 7), "NRW");                  // a kreisfreie Stadt is its own Kreis
  EXPECT_EQ(search_hit_context(d, 8), "NRW");
  EXPECT_EQ(search_hit_context(d, 3), "England");              // a UK council: its nation
  d.towns[1].subregion.clear();
  EXPECT_EQ(search_hit_context(d, 1), "Calderdale");           // from the parent council record
  EXPECT_EQ(search_hit_context(d, kNoIndex), "");
}

}  // namespace
}  // namespace atlas
