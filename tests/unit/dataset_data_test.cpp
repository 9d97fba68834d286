// Tests on the real data in data/ as the pipeline wrote it (tools/pipeline/build_data.mjs):
// counts, integrity, and the traps the pipeline must handle. Runs natively and in wasm.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "core/dataset_loader.h"
#include "core/town_search.h"

namespace atlas {
namespace {

std::string read_data(const std::string& name) {
  std::ifstream in(std::string(ATLAS_DATA_DIR) + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The dataset loaded once for all tests of this file.
const Dataset& data() {
  static Dataset d;
  static bool loaded = false;
  if (!loaded) {
    std::vector<NamedText> files;
    for (const char* n : kDatasetFileNames)
      files.push_back({n, read_data(n)});
    LoadReport r = load_dataset_files(files, d);
    EXPECT_TRUE(r.ok()) << r.format();
    EXPECT_EQ(r.warning_count(), 0u) << r.format();
    loaded = true;
  }
  return d;
}

std::size_t count_role(TownRole role) {
  std::size_t n = 0;
  for (const Town& t : data().towns) n += t.role == role;
  return n;
}

const Town* town(const std::string& id) {
  const TownIndex i = data().find_town(id);
  return i == kNoIndex ? nullptr : &data().towns[i];
}

const Partnership* link(const std::string& a, const std::string& b) {
  for (const Partnership& p : data().partnerships)
    if (data().towns[p.a].id == a && data().towns[p.b].id == b) return &p;
  return nullptr;
}

const Town* uk_partner_named(const std::string& name) {
  for (const Town& t : data().towns)
    if (t.role == TownRole::UkPartnerTown && t.name == name) return &t;
  return nullptr;
}

TEST(RealDataTest, Has396NrwMunicipalitiesAnd53Kreise) {
  EXPECT_EQ(count_role(TownRole::NrwMunicipality), 396u);
  EXPECT_EQ(count_role(TownRole::NrwKreis), 53u);
}

TEST(RealDataTest, HasEveryCurrentUkCouncilAndKeepsCountiesAsRegions) {
  // 360 lower-tier and unitary councils plus the City of London corporation
  EXPECT_EQ(count_role(TownRole::UkCouncil), 361u);
  // 21 counties, 14 combined authorities, the GLA
  EXPECT_EQ(count_role(TownRole::UkRegion), 36u);
}

TEST(RealDataTest, HoldsAtLeast106NrwUkPartnerships) {
  std::size_t uk = 0;
  for (const Partnership& p : data().partnerships) uk += p.nrw_uk;
  EXPECT_GE(uk, 106u);
  EXPECT_GT(data().partnerships.size(), uk);  // plus the other countries for the graph
}

TEST(RealDataTest, EveryPartnershipEndExistsAndTheNrwSideIsInNrw) {
  std::size_t uk_abroad = 0;
  for (const Partnership& p : data().partnerships) {
    ASSERT_LT(p.a, data().towns.size());
    ASSERT_LT(p.b, data().towns.size());
    const TownRole ra = data().towns[p.a].role;
    if (p.context_only) {
      // a UK council's or UK place's partnership with a town outside the UK and NRW (matcher
      // context): the place the English Wikipedia list names, else its council
      ++uk_abroad;
      EXPECT_EQ(data().towns[p.a].country, "GB") << p.id;
      EXPECT_NE(data().towns[p.b].country, "GB") << p.id;
      EXPECT_FALSE(p.nrw_uk) << p.id;
      continue;
    }
    EXPECT_TRUE(ra == TownRole::NrwMunicipality || ra == TownRole::NrwKreis) << p.id;
  }
  EXPECT_GE(uk_abroad, 1500u);  // 1509 when this test was written
}

TEST(RealDataTest, EveryTagUsedIsDefined) {
  for (const Town& t : data().towns)
    for (const TownTag& tt : t.tags) EXPECT_LT(tt.tag, data().tags.size()) << t.id;
  EXPECT_GE(data().tags.size(), 20u);
  std::set<std::string> keys;
  for (const IndicatorDef& i : data().indicators) keys.insert(i.key);
  for (const Town& t : data().towns)
    for (const Indicator& i : t.indicators) EXPECT_TRUE(keys.count(i.key)) << t.id << " " << i.key;
}

TEST(RealDataTest, EveryRecordHasASource) {
  const std::size_t n = data().sources.size();
  for (const Town& t : data().towns) {
    ASSERT_FALSE(t.sources.empty()) << t.id;
    for (std::uint32_t s : t.sources) EXPECT_LT(s, n);
    for (const TownTag& tt : t.tags) EXPECT_LT(tt.source, n) << t.id;
  }
  for (const Partnership& p : data().partnerships) {
    ASSERT_FALSE(p.sources.empty()) << p.id;
    for (const PartnershipYear& y : p.years) EXPECT_LT(y.source, n) << p.id;
  }
  for (const Tag& t : data().tags) EXPECT_FALSE(t.sources.empty()) << t.id;
  for (const Source& s : data().sources) {
    EXPECT_FALSE(s.licence.empty()) << s.id;
    EXPECT_FALSE(s.attribution.empty()) << s.id;
  }
}

TEST(RealDataTest, NoDuplicatePlacesInTheCandidatePool) {
  std::set<std::uint32_t> geonames;
  std::map<std::string, std::vector<const Town*>> by_name;
  for (const Town& t : data().towns) {
    if (t.geonames_id) {
      EXPECT_TRUE(geonames.insert(t.geonames_id).second) << "GeoNames id twice: " << t.id;
    }
    if (t.role == TownRole::EuropeCandidate) by_name[t.country + "|" + t.name].push_back(&t);
  }
  for (const auto& [key, list] : by_name)
    for (std::size_t i = 0; i < list.size(); ++i)
      for (std::size_t j = i + 1; j < list.size(); ++j) {
        const double d = std::abs(list[i]->lat - list[j]->lat) + std::abs(list[i]->lon - list[j]->lon);
        EXPECT_GT(d, 0.05) << key;  // same name in one country only as distinct places
      }
  // no candidate repeats an NRW municipality of the same name at the same place; a UK place and
  // its council of the same name are two levels (Wakefield town 78,978, the council 351,592)
  std::map<std::string, const Town*> nrw;
  for (const Town& t : data().towns)
    if (t.role == TownRole::NrwMunicipality) nrw[t.name] = &t;
  for (const Town& t : data().towns) {
    if (t.role != TownRole::EuropeCandidate) continue;
    if (t.country == "DE" && nrw.count(t.name)) {
      EXPECT_GT(std::abs(nrw[t.name]->lat - t.lat) + std::abs(nrw[t.name]->lon - t.lon), 0.2) << t.id;
    }
    if (t.country == "GB" && t.parent != kNoIndex && t.name == data().towns[t.parent].name) {
      EXPECT_NE(t.population, data().towns[t.parent].population) << t.id;  // its own figure, never the council's
    }
  }
  EXPECT_GT(count_role(TownRole::EuropeCandidate), 5000u);
}

TEST(RealDataTest, NoDuplicatePartnershipPairs) {
  std::set<std::string> pairs;
  for (const Partnership& p : data().partnerships) {
    const std::string& a = data().towns[p.a].id;
    const std::string& b = data().towns[p.b].id;
    EXPECT_TRUE(pairs.insert(std::min(a, b) + "|" + std::max(a, b) + "|" + p.district).second) << p.id;
  }
}

// --- traps ---

TEST(RealDataTrapTest, GronauWestfIsTheNrwTownNotGronauLeine) {
  const Town* g = town("DE:05554020");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->name, "Gronau (Westf.)");
  EXPECT_NEAR(g->lat, 52.21, 0.05);  // Gronau (Leine) lies at 52.09, 9.78
  EXPECT_NEAR(g->lon, 7.02, 0.05);
  bool bromsgrove = false;
  for (const Partnership& p : data().partnerships)
    if (data().towns[p.b].name == "Bromsgrove") bromsgrove = data().towns[p.a].id == "DE:05554020";
  EXPECT_TRUE(bromsgrove);
  // the world network places its Gronau at the NRW town too
  WorldNetwork wn;
  LoadReport r = load_world_network({"world_network.json", read_data("world_network.json")}, wn);
  ASSERT_TRUE(r.ok()) << r.format();
  bool found = false;
  for (const WorldTown& t : wn.towns)
    if (t.name == "Gronau" && wn.countries[t.country] == "DE") {
      found = true;
      EXPECT_NEAR(t.lon, 7.02, 0.05);
      EXPECT_EQ(t.ref, "DE:05554020");
    }
  EXPECT_TRUE(found);
}

TEST(RealDataTrapTest, BadGodesbergIsADistrictOfBonnNotAPlace) {
  const Partnership* p = link("DE:05314000", "GB:E06000040");  // Bonn – Windsor and Maidenhead
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->district, "Bad Godesberg");
  EXPECT_TRUE(p->nrw_uk);
  const Partnership* oxford = link("DE:05314000", "GB:E07000178");
  ASSERT_NE(oxford, nullptr);
  EXPECT_TRUE(oxford->district.empty());
  EXPECT_EQ(oxford->start_year(), 1947);
  for (const Town& t : data().towns) EXPECT_NE(t.name, "Bad Godesberg") << t.id;
}

TEST(RealDataTrapTest, LondonBoroughsAreCouncilsAndLondonIsNoCandidate) {
  for (const char* id : {"GB:E09000002", "GB:E09000003", "GB:E09000009", "GB:E09000029"}) {  // B&D, Barnet, Ealing, Sutton
    const Town* t = town(id);
    ASSERT_NE(t, nullptr) << id;
    EXPECT_EQ(t->role, TownRole::UkCouncil) << id;
  }
  EXPECT_NE(link("DE:05954036", "GB:E09000002"), nullptr);  // Witten – Barking and Dagenham
  EXPECT_NE(link("DE:05770024", "GB:E09000029"), nullptr);  // Minden – Sutton
  // London's places are its boroughs: no GB place lies in one, and no place is "London"
  for (const Town& t : data().towns) {
    if (t.role == TownRole::EuropeCandidate && t.country == "GB") {
      EXPECT_NE(t.name, "London") << t.id;
      ASSERT_LT(t.parent, data().towns.size()) << t.id;
      EXPECT_NE(data().towns[t.parent].subregion, "London") << t.id;
    }
  }
  const Town* gla = town("GB:E61000001");
  ASSERT_NE(gla, nullptr);
  EXPECT_EQ(gla->role, TownRole::UkRegion);
}

TEST(RealDataTrapTest, TownsInMergedCouncilsPointAtTodaysCouncil) {
  const Town* corby = uk_partner_named("Corby");  // Corby borough became North Northamptonshire in 2021
  ASSERT_NE(corby, nullptr);
  ASSERT_NE(corby->parent, kNoIndex);
  EXPECT_EQ(data().towns[corby->parent].id, "GB:E06000061");
  const Town* workington = uk_partner_named("Workington");  // Allerdale -> Cumberland 2023
  ASSERT_NE(workington, nullptr);
  EXPECT_EQ(data().towns[workington->parent].name, "Cumberland");
  const Town* weymouth = uk_partner_named("Weymouth");  // Weymouth and Portland -> Dorset 2019
  ASSERT_NE(weymouth, nullptr);
  EXPECT_EQ(data().towns[weymouth->parent].id, "GB:E06000059");
  EXPECT_EQ(town("GB:E07000150"), nullptr);  // the abolished Corby council is no record
  // the partner town inherits today's council's indicators, marked inherited
  bool inherited_imd = false;
  for (const Indicator& i : corby->indicators) inherited_imd = inherited_imd || (i.key == "imd_score" && i.inherited);
  EXPECT_TRUE(inherited_imd);
}

TEST(RealDataTrapTest, NoMojibakeAndAngleseyKeepsItsWelshName) {
  auto garbled = [](const std::string& s) {
    return s.find("\xEF\xBF\xBD") != std::string::npos || s.find("\xC3\xAF\xC2\xBF\xC2\xBD") != std::string::npos ||
           s.find("\xC3\xAF\xC2\xBE") != std::string::npos;
  };
  for (const Town& t : data().towns) {
    EXPECT_FALSE(garbled(t.name)) << t.id;
    EXPECT_FALSE(garbled(t.name_alt)) << t.id;
    for (const std::string& a : t.aliases) EXPECT_FALSE(garbled(a)) << t.id;
  }
  const Town* anglesey = town("GB:W06000001");
  ASSERT_NE(anglesey, nullptr);
  EXPECT_EQ(anglesey->name_alt, "Sir Ynys M\xC3\xB4n");  // "Sir Ynys Môn", from a cited page
  EXPECT_EQ(town("GB:W06000015")->name_alt, "Caerdydd");
  EXPECT_EQ(town("GB:W06000016")->name_alt, "Rhondda Cynon Taf");
}

TEST(RealDataTrapTest, CountryNameVariantsAreOneCountry) {
  WorldNetwork wn;
  LoadReport r = load_world_network({"world_network.json", read_data("world_network.json")}, wn);
  ASSERT_TRUE(r.ok()) << r.format();
  std::set<std::string> countries(wn.countries.begin(), wn.countries.end());
  EXPECT_EQ(countries.size(), wn.countries.size());
  for (const std::string& c : wn.countries) EXPECT_EQ(c.size(), 2u);
  EXPECT_TRUE(countries.count("GB"));
  // Essen's partner Sunderland ("England, United Kingdom" on one list, "England" on the other) is one town
  std::size_t sunderland = 0;
  for (const WorldTown& t : wn.towns) sunderland += t.name == "Sunderland" && wn.countries[t.country] == "GB";
  EXPECT_EQ(sunderland, 1u);
  EXPECT_GT(wn.pairs.size(), 20000u);
  EXPECT_GT(wn.duplicate_rows, 0u);
}

TEST(RealDataTrapTest, ThePairListedTwiceIsOnePair) {
  WorldNetwork wn;
  LoadReport r = load_world_network({"world_network.json", read_data("world_network.json")}, wn);
  ASSERT_TRUE(r.ok());
  std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
  for (const auto& [a, b] : wn.pairs) EXPECT_TRUE(seen.insert({std::min(a, b), std::max(a, b)}).second);
  // Essen – Sunderland stands on the German and the UK list: one partnership, several sources
  const Partnership* p = link("DE:05113000", "GB:E08000024");
  ASSERT_NE(p, nullptr);
  EXPECT_GE(p->sources.size(), 2u);
  EXPECT_EQ(p->confidence, Confidence::TwoSources);
}

TEST(RealDataTest, VerificationFileIsMerged) {
  // contradicted links are kept out and listed
  EXPECT_EQ(link("DE:05314000", "GB:N09000003"), nullptr);  // Bonn – Belfast
  EXPECT_GE(data().excluded.size(), 3u);
  // an added Kreis link and an ended one
  const Town* wesel = nullptr;
  for (const Town& t : data().towns)
    if (t.role == TownRole::NrwKreis && t.name == "Kreis Wesel") wesel = &t;
  ASSERT_NE(wesel, nullptr);
  const Partnership* durham = link(wesel->id, "GB:E06000047");
  ASSERT_NE(durham, nullptr);
  EXPECT_EQ(durham->kind, PartnershipKind::KreisPartnership);
  EXPECT_EQ(durham->start_year(), 1953);
  std::size_t ended = 0, two = 0, years = 0, uk = 0;
  for (const Partnership& p : data().partnerships) {
    if (!p.nrw_uk) continue;
    ++uk;
    ended += p.status == PartnershipStatus::Ended;
    two += p.confidence == Confidence::TwoSources;
    years += p.start_year() > 0;
  }
  EXPECT_EQ(ended, 3u);
  EXPECT_GE(two, 102u);
  EXPECT_GE(years, 100u);
  EXPECT_EQ(uk, 131u);
}

TEST(RealDataTest, SearchFindsKoelnByCologneFromTheData) {
  const Town* koeln = town("DE:05315000");
  ASSERT_NE(koeln, nullptr);
  EXPECT_EQ(koeln->name, "Köln");
  // the alias is in the data, with the English Wikipedia list among the town's sources
  EXPECT_NE(std::find(koeln->aliases.begin(), koeln->aliases.end(), "Cologne"), koeln->aliases.end());
  bool list_source = false;
  for (std::uint32_t s : koeln->sources) list_source |= data().sources[s].id == "enwiki_twins_de";
  EXPECT_TRUE(list_source);
  TownSearch search(data());
  std::vector<SearchHit> hits = search.search("Cologne", 3);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(data().towns[hits[0].town].id, "DE:05315000");
  EXPECT_EQ(hits[0].matched, "Cologne");
  EXPECT_EQ(hits[0].tier, MatchTier::Exact);
}

TEST(RealDataTest, NoAliasWithoutASourceUsingIt) {
  // No source the pipeline reads calls Aachen "Aix-la-Chapelle": neither data nor search have it.
  const Town* aachen = town("DE:05334002");
  ASSERT_NE(aachen, nullptr);
  EXPECT_EQ(std::find(aachen->aliases.begin(), aachen->aliases.end(), "Aix-la-Chapelle"), aachen->aliases.end());
  EXPECT_TRUE(TownSearch(data()).search("Aix-la-Chapelle").empty());
}

TEST(RealDataTest, WorldMapLoads) {
  WorldMap m;
  LoadReport r = load_world_map({"world_map.json", read_data("world_map.json")}, m);
  EXPECT_TRUE(r.ok()) << r.format();
  EXPECT_GT(m.land.size(), 1000u);
  EXPECT_GT(m.borders.size(), 100u);
  EXPECT_GT(m.point_count(), 50000u);
}

// Issue 13: the web app's first view loads the dataset without towns_pool.json, then again
// with it. Without it nothing is missing that a file names, and with it every town keeps its
// index (the app's selection, graph and panels hold town indices across the second load).
TEST(RealDataTest, TheFirstViewLoadsWithoutThePoolAndKeepsEveryIndex) {
  std::vector<NamedText> files;
  for (const char* n : kDatasetFileNames)
    if (std::string(n) != kTownsPoolFileName) files.push_back({n, read_data(n)});
  Dataset first;
  const LoadReport r = load_dataset_files(files, first);
  EXPECT_TRUE(r.ok()) << r.format();
  EXPECT_EQ(r.warning_count(), 0u) << r.format();
  ASSERT_GT(data().towns.size(), first.towns.size() + 8000);
  for (TownIndex i = 0; i < first.towns.size(); ++i) ASSERT_EQ(first.towns[i].id, data().towns[i].id) << i;
  ASSERT_EQ(first.partnerships.size(), data().partnerships.size());
  for (std::size_t i = 0; i < first.partnerships.size(); ++i) {
    EXPECT_EQ(first.partnerships[i].a, data().partnerships[i].a);
    EXPECT_EQ(first.partnerships[i].b, data().partnerships[i].b);
  }
  for (TownIndex i = 0; i < first.towns.size(); ++i)
    EXPECT_EQ(first.towns[i].tags.size(), data().towns[i].tags.size()) << first.towns[i].id;
}

}  // namespace
}  // namespace atlas
