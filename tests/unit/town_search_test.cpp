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

}  // namespace
}  // namespace atlas
