// The strict loader (core/dataset_loader.h) on the fixtures in tests/fixtures/data/: one
// good file and one bad file per error class. Runs natively and in wasm (no exceptions).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/dataset_loader.h"

namespace atlas {
namespace {

std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(ATLAS_FIXTURES_DIR) + "/data/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

NamedText fixture(const std::string& name) { return {name, read_fixture(name)}; }

// Overwrites three bytes of `s` at pseudo-random places with pseudo-random values (a
// linear congruential generator whose state the caller keeps, so runs are reproducible).
void flip_three_bytes(std::string& s, std::uint32_t& state) {
  for (int k = 0; k < 3; ++k) {
    state = state * 1664525u + 1013904223u;
    const std::size_t at = state % s.size();
    state = state * 1664525u + 1013904223u;
    s[at] = static_cast<char>(state >> 24);
  }
}

// Errors of a report, for failure messages.
std::string errors_of(const LoadReport& r) { return r.format(); }

// The single error of a report must sit at `pointer` and mention `words`.
void expect_one_error(const LoadReport& r, const std::string& file, const std::string& pointer,
                      const std::string& words) {
  ASSERT_EQ(r.error_count(), 1u) << errors_of(r);
  const LoadProblem& p = r.problems.front().severity == Severity::Error ? r.problems.front() : r.problems.back();
  EXPECT_EQ(p.file, file);
  EXPECT_EQ(p.pointer, pointer);
  EXPECT_NE(p.message.find(words), std::string::npos) << p.message;
}

// Everything of good.json is present.
void expect_good_records(const Dataset& d) {
  EXPECT_EQ(d.sources.size(), 2u);
  EXPECT_EQ(d.tags.size(), 2u);
  EXPECT_EQ(d.indicators.size(), 2u);
  EXPECT_NE(d.find_town("DE:05314000"), kNoIndex);
  EXPECT_NE(d.find_town("GB:E06000040"), kNoIndex);
  EXPECT_NE(d.find_town("GN:2643186"), kNoIndex);
  EXPECT_NE(d.find_town("GN:2761369"), kNoIndex);
  EXPECT_EQ(d.partnerships.size(), 2u);
}

TEST(DatasetLoaderTest, LoadsTheGoodFixtureCompletely) {
  Dataset d;
  LoadReport r = load_dataset_files({fixture("good.json")}, d);
  EXPECT_TRUE(r.ok()) << errors_of(r);
  EXPECT_EQ(r.warning_count(), 0u) << errors_of(r);
  ASSERT_EQ(d.towns.size(), 5u);
  expect_good_records(d);
  const Town& bonn = d.towns[d.find_town("DE:05314000")];
  EXPECT_EQ(bonn.name, "Bonn");
  EXPECT_EQ(bonn.role, TownRole::NrwMunicipality);
  EXPECT_EQ(bonn.parent, d.find_town("DE:05314"));
  EXPECT_DOUBLE_EQ(bonn.lat, 50.73424);
  EXPECT_EQ(bonn.settlement, "dense");
  EXPECT_TRUE(d.towns[d.find_town("DE:05314")].kreisfrei);
  const Partnership& p = d.partnerships[0];
  EXPECT_EQ(p.district, "Bad Godesberg");
  EXPECT_TRUE(p.nrw_uk);
  EXPECT_EQ(p.confidence, Confidence::TwoSources);
  EXPECT_EQ(p.start_year(), 1960);
  EXPECT_EQ(p.years.size(), 2u);
  EXPECT_EQ(p.sources.size(), 2u);
  EXPECT_EQ(d.partnerships[1].kind, PartnershipKind::Friendship);
  EXPECT_EQ(d.partnerships[1].status, PartnershipStatus::Dormant);
  ASSERT_EQ(d.excluded.size(), 1u);
  EXPECT_EQ(d.excluded[0].b, "Belfast");
  EXPECT_EQ(d.towns[d.find_town("GN:2643186")].geonames_id, 2643186u);
}

TEST(DatasetLoaderTest, UkTownInheritsItsCouncilsProfileMarkedInherited) {
  Dataset d;
  LoadReport r = load_dataset_files({fixture("good.json")}, d);
  ASSERT_TRUE(r.ok()) << errors_of(r);
  const Town& town = d.towns[d.find_town("GN:2643186")];
  ASSERT_EQ(town.tags.size(), 1u);
  EXPECT_EQ(d.tags[town.tags[0].tag].id, "g1");
  EXPECT_TRUE(town.tags[0].inherited);
  bool imd_inherited = false, own_population = false;
  for (const Indicator& i : town.indicators) {
    if (i.key == "imd_score") imd_inherited = i.inherited && i.value == 9.5;
    if (i.key == "population") own_population = !i.inherited && i.value == 67150;
  }
  EXPECT_TRUE(imd_inherited);
  EXPECT_TRUE(own_population);
  // the council itself keeps its own values, not inherited
  const Town& council = d.towns[d.find_town("GB:E06000040")];
  for (const TownTag& t : council.tags) EXPECT_FALSE(t.inherited);
}

TEST(DatasetLoaderTest, SectionsLoadInDependencyOrderAcrossFiles) {
  // towns before sources in the file list: references still resolve
  Dataset d;
  const std::string good = read_fixture("good.json");
  LoadReport r = load_dataset_files({{"b.json", good}}, d);
  ASSERT_TRUE(r.ok());
  Dataset split;
  NamedText towns{"towns.json",
                  R"({"towns":[{"id":"GN:5","n":"X","c":"FR","k":"ec","lat":1,"lon":2,"src":["s"]}]})"};
  NamedText sources{"sources.json", R"({"sources":[{"id":"s","title":"t","lic":"l","attr":"a"}]})"};
  LoadReport r2 = load_dataset_files({towns, sources}, split);
  EXPECT_TRUE(r2.ok()) << errors_of(r2);
  EXPECT_EQ(split.towns.size(), 1u);
}

TEST(DatasetLoaderTest, TruncatedFileIsRejectedWholeWithLineAndColumnOthersStillLoad) {
  Dataset d;
  NamedText other{"sources.json", R"({"sources":[{"id":"s","title":"t","lic":"l","attr":"a"}]})"};
  LoadReport r = load_dataset_files({fixture("bad_truncated.json"), other}, d);
  ASSERT_EQ(r.error_count(), 1u) << errors_of(r);
  const LoadProblem& p = r.problems[0];
  EXPECT_EQ(p.file, "bad_truncated.json");
  EXPECT_GT(p.line, 1);
  EXPECT_GT(p.column, 0);
  EXPECT_TRUE(p.pointer.empty());
  EXPECT_EQ(d.towns.size(), 0u);
  EXPECT_EQ(d.sources.size(), 1u);  // the other file loaded
  ASSERT_NE(r.summary("bad_truncated.json"), nullptr);
  EXPECT_FALSE(r.summary("bad_truncated.json")->parsed);
  EXPECT_TRUE(r.summary("sources.json")->parsed);
}

TEST(DatasetLoaderTest, InvalidUtf8IsRejectedWholeWithLineAndColumn) {
  Dataset d;
  const std::string text = read_fixture("bad_invalid_utf8.json");
  LoadReport r = load_dataset_files({{"bad_invalid_utf8.json", text}}, d);
  ASSERT_EQ(r.error_count(), 1u) << errors_of(r);
  const LoadProblem& p = r.problems[0];
  // the bad byte sits in the first source's "attr" on line 9 of the fixture
  const std::size_t at = text.find('\xff');
  int line = 1;
  for (std::size_t i = 0; i < at; ++i) line += text[i] == '\n';
  EXPECT_EQ(p.line, line);
  EXPECT_GT(p.column, 1);
  EXPECT_EQ(d.sources.size(), 0u);
  EXPECT_EQ(d.towns.size(), 0u);
}

TEST(DatasetLoaderTest, WrongTypeRejectsOnlyThatRecord) {
  Dataset d;
  LoadReport r = load_dataset_files({fixture("bad_wrong_type.json")}, d);
  expect_one_error(r, "bad_wrong_type.json", "/towns/5/lat", "must be a finite number");
  expect_good_records(d);
  EXPECT_EQ(d.find_town("GN:1"), kNoIndex);
  EXPECT_EQ(r.summary("bad_wrong_type.json")->rejected, 1u);
}

TEST(DatasetLoaderTest, MissingFieldRejectsOnlyThatRecord) {
  Dataset d;
  LoadReport r = load_dataset_files({fixture("bad_missing_field.json")}, d);
  expect_one_error(r, "bad_missing_field.json", "/towns/5/n", "missing field \"n\"");
  expect_good_records(d);
  EXPECT_EQ(d.find_town("GN:1"), kNoIndex);
}

TEST(DatasetLoaderTest, UnknownTagIdRejectsOnlyThatTagEntry) {
  Dataset d;
  LoadReport r = load_dataset_files({fixture("bad_unknown_tag.json")}, d);
  expect_one_error(r, "bad_unknown_tag.json", "/profiles/1/t/2/tag", "unknown tag id \"no_such_tag\"");
  expect_good_records(d);
  const Town& bonn = d.towns[d.find_town("DE:05314000")];
  EXPECT_EQ(bonn.tags.size(), 2u);  // the two valid entries of the same profile
}

TEST(DatasetLoaderTest, DuplicateIdRejectsTheSecondRecord) {
  Dataset d;
  LoadReport r = load_dataset_files({fixture("bad_duplicate_id.json")}, d);
  expect_one_error(r, "bad_duplicate_id.json", "/towns/5/id", "duplicate town id");
  expect_good_records(d);
  EXPECT_EQ(d.towns[d.find_town("GB:E06000040")].name, "Windsor and Maidenhead");
}

TEST(DatasetLoaderTest, DanglingReferenceRejectsThePartnership) {
  Dataset d;
  LoadReport r = load_dataset_files({fixture("bad_dangling_reference.json")}, d);
  expect_one_error(r, "bad_dangling_reference.json", "/partnerships/2/b", "dangling reference");
  expect_good_records(d);
}

TEST(DatasetLoaderTest, DanglingParentRejectsTheTownAndItsPartnerships) {
  Dataset d;
  NamedText f{"t.json", R"({"sources":[{"id":"s","title":"t","lic":"l","attr":"a"}],
    "towns":[{"id":"GN:7","n":"Orphan","c":"GB","k":"ut","p":"GB:E0","lat":51,"lon":0,"src":["s"]},
             {"id":"GN:8","n":"Fine","c":"GB","k":"ec","lat":51,"lon":0,"src":["s"]}],
    "partnerships":[{"id":"p","a":"GN:7","b":"GN:8","k":"partnership","s":"active","conf":"one","src":["s"]}]})"};
  LoadReport r = load_dataset_files({f}, d);
  EXPECT_EQ(r.error_count(), 2u) << errors_of(r);
  EXPECT_EQ(r.problems[0].pointer, "/towns/0/p");
  EXPECT_EQ(d.towns.size(), 1u);
  EXPECT_EQ(d.partnerships.size(), 0u);
}

TEST(DatasetLoaderTest, CoordinatesOutOfRangeRejectOnlyThatRecord) {
  Dataset d;
  LoadReport r = load_dataset_files({fixture("bad_coordinates.json")}, d);
  expect_one_error(r, "bad_coordinates.json", "/towns/5/lat", "latitude out of range");
  expect_good_records(d);
}

TEST(DatasetLoaderTest, UnknownSourceIdRejectsTheRecord) {
  Dataset d;
  LoadReport r = load_dataset_files({fixture("bad_unknown_source.json")}, d);
  expect_one_error(r, "bad_unknown_source.json", "/towns/5/src/0", "unknown source id \"s9\"");
  expect_good_records(d);
}

TEST(DatasetLoaderTest, UnknownEnumValueRejectsTheRecord) {
  Dataset d;
  LoadReport r = load_dataset_files({fixture("bad_enum_value.json")}, d);
  expect_one_error(r, "bad_enum_value.json", "/partnerships/2/k", "unknown partnership kind \"twinning\"");
  expect_good_records(d);
}

TEST(DatasetLoaderTest, NrwUkFlagMustMatchTheEnds) {
  Dataset d;
  NamedText f{"p.json", R"({"sources":[{"id":"s","title":"t","lic":"l","attr":"a"}],
    "towns":[{"id":"GN:7","n":"A","c":"FR","k":"ec","lat":1,"lon":1,"src":["s"]},
             {"id":"GN:8","n":"B","c":"FR","k":"ec","lat":1,"lon":1,"src":["s"]}],
    "partnerships":[{"id":"p","a":"GN:7","b":"GN:8","k":"partnership","s":"active","conf":"one","uk":true,"src":["s"]},
                    {"id":"q","a":"GN:8","b":"GN:7","k":"partnership","s":"active","conf":"one","src":["s"]},
                    {"id":"r","a":"GN:7","b":"GN:8","k":"partnership","s":"active","conf":"one","src":["s"]}]})"};
  LoadReport r = load_dataset_files({f}, d);
  ASSERT_EQ(r.error_count(), 2u) << errors_of(r);
  EXPECT_EQ(r.problems[0].pointer, "/partnerships/0/uk");
  EXPECT_NE(r.problems[1].message.find("duplicate pair"), std::string::npos);  // q and r are one pair
  EXPECT_EQ(d.partnerships.size(), 1u);
}

TEST(DatasetLoaderTest, UkCouncilPartnershipAbroadIsContextOnlyOutsideBothScopes) {
  Dataset d;
  NamedText f{"p.json", R"({"sources":[{"id":"s","title":"t","lic":"l","attr":"a"}],
    "towns":[{"id":"DE:05314000","n":"Bonn","c":"DE","k":"nm","lat":50.7,"lon":7.1,"src":["s"]},
             {"id":"GB:E06000040","n":"Windsor and Maidenhead","c":"GB","k":"uc","lat":51.5,"lon":-0.7,"src":["s"]},
             {"id":"GN:7","n":"A","c":"FR","k":"ot","lat":1,"lon":1,"src":["s"]}],
    "partnerships":[{"id":"p","a":"DE:05314000","b":"GN:7","k":"partnership","s":"active","conf":"one","src":["s"]},
                    {"id":"q","a":"GB:E06000040","b":"GN:7","k":"partnership","s":"active","conf":"one","src":["s"]}]})"};
  LoadReport r = load_dataset_files({f}, d);
  ASSERT_EQ(r.error_count(), 0u) << errors_of(r);
  ASSERT_EQ(d.partnerships.size(), 2u);
  EXPECT_FALSE(d.partnerships[0].context_only);  // an NRW municipality's partnership abroad
  EXPECT_TRUE(d.partnerships[1].context_only);   // a UK council's: no NRW end
  EXPECT_FALSE(d.partnerships[1].nrw_uk);
}

TEST(DatasetLoaderTest, UnknownFieldsAreWarningsNotErrors) {
  Dataset d;
  NamedText f{"s.json", R"({"sources":[{"id":"s","title":"t","lic":"l","attr":"a","colour":"red"}]})"};
  LoadReport r = load_dataset_files({f}, d);
  EXPECT_TRUE(r.ok());
  ASSERT_EQ(r.warning_count(), 1u);
  EXPECT_EQ(r.problems[0].pointer, "/sources/0/colour");
  EXPECT_EQ(d.sources.size(), 1u);
}

TEST(DatasetLoaderTest, WrongShapesNeverCrash) {
  const char* inputs[] = {
      "", "null", "[]", "42", "\"x\"", "{}", R"({"towns":5})", R"({"towns":[1,2,"x",null,[],{}]})",
      R"({"sources":[{"id":1}],"tags":[[]],"profiles":[{"id":"x","t":5,"i":{}}]})",
      R"({"partnerships":[{"y":5},{"y":[[1]]},{"y":[["a","b"]]}]})", R"({"v":"2","towns":[{"lat":1e400}]})",
      R"({"towns":[{"id":"GN:1","n":"a","c":"xx","k":"zz","lat":null,"lon":{},"src":[]}]})",
      "{\"towns\":[{\"id\":\"\xc3\x28\"}]}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
  };
  for (const char* in : inputs) {
    Dataset d;
    LoadReport r = load_dataset_files({{"x.json", in}}, d);
    EXPECT_EQ(d.towns.size(), 0u) << in;
    WorldNetwork wn;
    load_world_network({"x.json", in}, wn);
    WorldMap wm;
    load_world_map({"x.json", in}, wm);
  }
  // deep nesting is a syntax question, not a stack overflow
  std::string deep(100000, '[');
  Dataset d;
  LoadReport r = load_dataset_files({{"deep.json", deep}}, d);
  EXPECT_EQ(r.error_count(), 1u);
}

TEST(DatasetLoaderTest, EveryTruncationOfTheGoodFileIsHandled) {
  const std::string good = read_fixture("good.json");
  ASSERT_GT(good.size(), 100u);
  for (std::size_t n = 0; n < good.size(); n += 7) {
    Dataset d;
    LoadReport r = load_dataset_files({{"cut.json", good.substr(0, n)}}, d);
    if (n + 2 < good.size()) {
      EXPECT_FALSE(r.ok()) << n;
      EXPECT_EQ(d.towns.size(), 0u);
    }
  }
}

TEST(DatasetLoaderTest, ByteFlipsOfTheGoodFileNeverCrash) {
  const std::string good = read_fixture("good.json");
  std::uint32_t state = 12345;
  for (int round = 0; round < 400; ++round) {
    std::string s = good;
    flip_three_bytes(s, state);
    Dataset d;
    LoadReport r = load_dataset_files({{"flip.json", s}}, d);
    for (const Partnership& p : d.partnerships) {
      EXPECT_LT(p.a, d.towns.size());
      EXPECT_LT(p.b, d.towns.size());
    }
    for (const Town& t : d.towns) {
      EXPECT_TRUE(t.parent == kNoIndex || t.parent < d.towns.size());
      for (const TownTag& tt : t.tags) EXPECT_LT(tt.tag, d.tags.size());
    }
  }
}

TEST(DatasetLoaderTest, CandidateRowsLoadAsEuropeanCandidateTowns) {
  Dataset d;
  LoadReport r = load_dataset_files({fixture("candidates.json")}, d);
  ASSERT_TRUE(r.ok()) << errors_of(r);
  EXPECT_EQ(r.warning_count(), 0u) << errors_of(r);
  ASSERT_EQ(d.towns.size(), 3u);
  EXPECT_EQ(r.summary("candidates.json")->loaded, 3u + 2u + 1u + 1u + 1u);  // towns, sources, tag, indicator, profile
  const TownIndex wien = d.find_town("GN:2761369");
  ASSERT_NE(wien, kNoIndex);
  const Town& w = d.towns[wien];
  EXPECT_EQ(w.name, "Wien");
  EXPECT_EQ(w.country, "AT");
  EXPECT_EQ(w.role, TownRole::EuropeCandidate);
  EXPECT_EQ(w.geonames_id, 2761369u);
  EXPECT_DOUBLE_EQ(w.lat, 48.2085);
  EXPECT_DOUBLE_EQ(w.lon, 16.3721);
  EXPECT_DOUBLE_EQ(w.population, 1691468);
  EXPECT_EQ(w.parent, kNoIndex);
  ASSERT_EQ(w.sources.size(), 1u);
  EXPECT_EQ(d.sources[w.sources[0]].id, "s1");
  // a row naming its council: parent set, council sources added, council profile inherited
  const Town& m = d.towns[d.find_town("GN:2643186")];
  EXPECT_EQ(m.parent, d.find_town("GB:E06000040"));
  ASSERT_EQ(m.sources.size(), 2u);
  EXPECT_EQ(d.sources[m.sources[1]].id, "s2");
  ASSERT_EQ(m.tags.size(), 1u);
  EXPECT_TRUE(m.tags[0].inherited);
  bool own_population = false;
  for (const Indicator& i : m.indicators) own_population = own_population || (i.key == "population" && i.value == 67150);
  EXPECT_TRUE(own_population);
  // the rows come after the towns records
  EXPECT_EQ(d.find_town("GB:E06000040"), 0u);
}

const TownTag* tag_of(const Dataset& d, const Town& t, const std::string& id) {
  for (const TownTag& tt : t.tags)
    if (d.tags[tt.tag].id == id) return &tt;
  return nullptr;
}

TEST(DatasetLoaderTest, UkPlacesInheritCouncilAndCountyTagsButNeverTheCouncilsExtent) {
  Dataset d;
  LoadReport r = load_dataset_files({fixture("uk_places.json")}, d);
  ASSERT_TRUE(r.ok()) << errors_of(r);
  EXPECT_EQ(r.warning_count(), 0u) << errors_of(r);
  const TownIndex county = d.find_town("GB:E10000023"), council = d.find_town("GB:E06000065");
  const Town& selby = d.towns[d.find_town("GN:2638600")];
  const Town& northallerton = d.towns[d.find_town("GN:2641435")];
  const Town& tadcaster = d.towns[d.find_town("GN:9000001")];
  EXPECT_EQ(selby.district_2019, "E07000169");
  EXPECT_EQ(tadcaster.district_2019, "E07000169");  // candidate row position 7
  EXPECT_EQ(northallerton.district_2019, "E07000164");
  // the council's fact of the former Selby district reaches only the places in it
  ASSERT_NE(tag_of(d, selby, "coal_legacy"), nullptr);
  EXPECT_TRUE(tag_of(d, selby, "coal_legacy")->inherited);
  EXPECT_EQ(tag_of(d, selby, "coal_legacy")->via, council);
  EXPECT_NE(tag_of(d, tadcaster, "coal_legacy"), nullptr);
  EXPECT_EQ(tag_of(d, northallerton, "coal_legacy"), nullptr);
  // a whole-council fact reaches every place; a county's comes via the county
  EXPECT_NE(tag_of(d, northallerton, "climate_emergency"), nullptr);
  ASSERT_NE(tag_of(d, northallerton, "age_friendly"), nullptr);
  EXPECT_EQ(tag_of(d, northallerton, "age_friendly")->via, county);
  ASSERT_NE(tag_of(d, d.towns[council], "age_friendly"), nullptr);
  EXPECT_EQ(tag_of(d, d.towns[council], "age_friendly")->via, county);
  // size class from the place's own population, never the council's
  EXPECT_NE(tag_of(d, northallerton, "size_small"), nullptr);
  EXPECT_EQ(tag_of(d, northallerton, "size_large"), nullptr);
  EXPECT_FALSE(tag_of(d, northallerton, "size_small")->inherited);
  // indicators: the council's deprivation score is inherited, its population and area are not
  bool imd = false;
  for (const Indicator& i : northallerton.indicators) {
    if (i.key == "imd_score") imd = i.inherited;
    EXPECT_NE(i.key, "area_km2");
    if (i.key == "population") EXPECT_EQ(i.value, 16832);
  }
  EXPECT_TRUE(imd);
  // per-side coverage
  const Tag& ce = d.tags[d.find_tag("climate_emergency")];
  ASSERT_EQ(ce.sides.size(), 2u);
  EXPECT_EQ(ce.coverage_in("GB"), Coverage::Complete);
  EXPECT_EQ(ce.coverage_in("DE"), Coverage::Partial);
  EXPECT_EQ(ce.coverage_in("FR"), Coverage::Partial);  // the overall coverage
  EXPECT_EQ(ce.side("GB")->as_of, "2020-02");
}

// Found by fuzzing (tests/fuzz/regressions/own_data_round_trip/geonames_id_2e19): an id out of
// the uint32 range was rejected, and then converted anyway, which is undefined behaviour.
TEST(DatasetLoaderTest, GeoNamesIdOutOfRangeRejectsOnlyThatTown) {
  std::string text = read_fixture("good.json");
  const std::string bonn = R"("id": "DE:05314000",)";
  ASSERT_NE(text.find(bonn), std::string::npos);
  text.replace(text.find(bonn), bonn.size(), bonn + R"( "gn": 2e19,)");
  Dataset d;
  LoadReport r = load_dataset_files({{"good.json", text}}, d);
  ASSERT_GE(r.error_count(), 1u) << errors_of(r);
  EXPECT_EQ(r.problems.front().pointer, "/towns/0/gn");
  EXPECT_NE(r.problems.front().message.find("GeoNames id must be a positive integer"), std::string::npos);
  EXPECT_EQ(d.find_town("DE:05314000"), kNoIndex);
  EXPECT_NE(d.find_town("GB:E06000040"), kNoIndex);  // the other towns load
}

TEST(DatasetLoaderTest, BadSidesRejectTheTagWithThePointer) {
  std::string text = read_fixture("uk_places.json");
  const std::string good = R"({"c": "GB", "cov": "complete", "asof": "2020-02"})";
  text.replace(text.find(good), good.size(), R"({"c": "GB", "cov": "mostly"})");
  Dataset d;
  LoadReport r = load_dataset_files({{"uk_places.json", text}}, d);
  ASSERT_GE(r.error_count(), 1u);
  const LoadProblem& p = r.problems.front();
  EXPECT_EQ(p.pointer, "/tags/0/sides/1/cov");
  EXPECT_NE(p.message.find("mostly"), std::string::npos) << p.message;
  EXPECT_EQ(d.find_tag("climate_emergency"), kNoIndex);
  EXPECT_NE(d.find_tag("coal_legacy"), kNoIndex);  // the other tags load
}

TEST(DatasetLoaderTest, BadCandidateRowsRejectOnlyThatRow) {
  Dataset d;
  LoadReport r = load_dataset_files({fixture("bad_candidate_rows.json")}, d);
  const std::pair<const char*, const char*> expected[] = {
      {"/candidates/rows/1", "a candidate must be"},
      {"/candidates/rows/2/0", "GeoNames id must be a positive integer"},
      {"/candidates/rows/3/1", "name must be a non-empty string"},
      {"/candidates/rows/4/2", "ISO 3166-1 alpha-2"},
      {"/candidates/rows/5/3", "latitude out of range"},
      {"/candidates/rows/6/4", "longitude must be a finite number"},
      {"/candidates/rows/7/5", "population must not be negative"},
      {"/candidates/rows/9/0", "duplicate town id \"GN:2761369\""},
      {"/candidates/rows/10", "a candidate must be"},
      {"/candidates/rows/11/6", "council id must be a non-empty string"},
      {"/candidates/rows/8/6", "dangling reference: parent \"GB:E09999999\""},
  };
  ASSERT_EQ(r.error_count(), std::size(expected)) << errors_of(r);
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    EXPECT_EQ(r.problems[i].file, "bad_candidate_rows.json");
    EXPECT_EQ(r.problems[i].pointer, expected[i].first);
    EXPECT_NE(r.problems[i].message.find(expected[i].second), std::string::npos) << r.problems[i].message;
  }
  ASSERT_EQ(d.towns.size(), 2u);  // Wien (a towns record) and Paris
  EXPECT_NE(d.find_town("GN:2988507"), kNoIndex);
  EXPECT_EQ(r.summary("bad_candidate_rows.json")->rejected, std::size(expected));
}

TEST(DatasetLoaderTest, BadCandidateSectionIsRejectedWithItsPointer) {
  const char* src = R"("sources":[{"id":"s","title":"t","lic":"l","attr":"a"}])";
  const std::pair<std::string, const char*> cases[] = {
      {R"("candidates":[[1,"A","FR",1,1,1]])", ""},
      {R"("candidates":{"src":["s"],"rows":[]})", "/scale"},
      {R"("candidates":{"scale":0,"src":["s"],"rows":[]})", "/scale"},
      {R"("candidates":{"scale":1e4,"src":["s"]})", "/rows"},
      {R"("candidates":{"scale":1e4,"src":[],"rows":[]})", "/src"},
      {R"("candidates":{"scale":1e4,"src":["s"],"src_p":["nope"],"rows":[]})", "/src_p/0"},
  };
  for (const auto& [section, where] : cases) {
    Dataset d;
    LoadReport r = load_dataset_files({{"c.json", std::string("{") + src + "," + section + "}"}}, d);
    ASSERT_EQ(r.error_count(), 1u) << section << "\n" << errors_of(r);
    EXPECT_EQ(r.problems[0].pointer, std::string("/candidates") + where);
    EXPECT_EQ(d.towns.size(), 0u);
    EXPECT_EQ(d.sources.size(), 1u);
  }
}

TEST(DatasetLoaderTest, TruncationsAndByteFlipsOfCandidateRowsNeverCrash) {
  const std::string good = read_fixture("candidates.json");
  for (std::size_t n = 0; n < good.size(); n += 5) {
    Dataset d;
    LoadReport r = load_dataset_files({{"cut.json", good.substr(0, n)}}, d);
    if (n + 2 < good.size()) {
      EXPECT_EQ(d.towns.size(), 0u) << n;
    }
  }
  std::uint32_t state = 777;
  for (int round = 0; round < 300; ++round) {
    std::string s = good;
    flip_three_bytes(s, state);
    Dataset d;
    load_dataset_files({{"flip.json", s}}, d);
    for (const Town& t : d.towns) {
      EXPECT_TRUE(t.parent == kNoIndex || t.parent < d.towns.size());
      for (std::uint32_t x : t.sources) EXPECT_LT(x, d.sources.size());
    }
  }
}

TEST(WorldNetworkLoaderTest, LoadsTheGoodFixture) {
  WorldNetwork wn;
  LoadReport r = load_world_network(fixture("world_network_good.json"), wn);
  EXPECT_TRUE(r.ok()) << errors_of(r);
  ASSERT_EQ(wn.towns.size(), 3u);
  EXPECT_EQ(wn.pairs.size(), 2u);
  EXPECT_EQ(wn.towns[0].ref, "DE:05314000");
  EXPECT_EQ(wn.countries[wn.towns[1].country], "GB");
  EXPECT_EQ(wn.source_rows, 4u);
  EXPECT_EQ(wn.duplicate_rows, 1u);
}

// Found by the dataset_loader fuzz target: a huge count was converted to size_t (undefined).
TEST(WorldNetworkLoaderTest, IgnoresCountsThatAreNotWholeRowNumbersWithAWarning) {
  std::string text = fixture("world_network_good.json").text;
  const std::size_t at = text.find("\"rows\"");
  ASSERT_NE(at, std::string::npos);
  const std::size_t value = text.find_first_of("0123456789", at);
  text.replace(value, text.find_first_not_of("0123456789", value) - value, "1e105");
  WorldNetwork wn;
  LoadReport r = load_world_network({"world_network.json", text}, wn);
  EXPECT_TRUE(r.ok()) << errors_of(r);
  EXPECT_EQ(wn.source_rows, 0u);
  EXPECT_EQ(wn.duplicate_rows, 1u);
  EXPECT_EQ(wn.pairs.size(), 2u);
  ASSERT_FALSE(r.problems.empty());
  EXPECT_EQ(r.problems.back().pointer, "/counts/rows");
}

TEST(WorldNetworkLoaderTest, RejectsBadTownsAndPairsKeepsTheRest) {
  WorldNetwork wn;
  LoadReport r = load_world_network(fixture("bad_world_network.json"), wn);
  // 2 bad towns; pairs: to a rejected town, duplicate (reversed), self, out of range, wrong type
  EXPECT_EQ(r.error_count(), 7u) << errors_of(r);
  EXPECT_EQ(wn.towns.size(), 3u);
  EXPECT_EQ(wn.pairs.size(), 2u);
  EXPECT_EQ(r.problems[0].pointer, "/towns/3");
}

TEST(WorldNetworkLoaderTest, ScaledIntegerCoordinatesAreDegreesOverScale) {
  WorldNetwork wn;
  LoadReport r = load_world_network(
      {"wn.json", R"({"scale":1000,"countries":["DE"],"towns":[["A",0,50734,7099],["B",0,91000,0],["C",0,-1500,-179999]],
                     "pairs":[[0,2]]})"},
      wn);
  ASSERT_EQ(r.error_count(), 1u) << errors_of(r);
  EXPECT_EQ(r.problems[0].pointer, "/towns/1");
  EXPECT_NE(r.problems[0].message.find("latitude out of range"), std::string::npos);
  ASSERT_EQ(wn.towns.size(), 2u);
  EXPECT_FLOAT_EQ(wn.towns[0].lat, 50.734f);
  EXPECT_FLOAT_EQ(wn.towns[0].lon, 7.099f);
  EXPECT_FLOAT_EQ(wn.towns[1].lon, -179.999f);
  EXPECT_EQ(wn.pairs.size(), 1u);
  for (const char* bad : {R"({"scale":0,"countries":[],"towns":[],"pairs":[]})", R"({"scale":"x","countries":[],"towns":[],"pairs":[]})"}) {
    WorldNetwork w;
    LoadReport rb = load_world_network({"wn.json", bad}, w);
    ASSERT_EQ(rb.error_count(), 1u) << bad;
    EXPECT_EQ(rb.problems[0].pointer, "/scale");
  }
}

TEST(WorldMapLoaderTest, DecodesDeltaRingsToDegrees) {
  WorldMap m;
  LoadReport r = load_world_map(fixture("world_map_good.json"), m);
  ASSERT_TRUE(r.ok()) << errors_of(r);
  ASSERT_EQ(m.land.size(), 1u);
  ASSERT_EQ(m.land[0].size(), 2u);  // outer ring and a hole
  ASSERT_EQ(m.land[0][0].size(), 3u);
  EXPECT_FLOAT_EQ(m.land[0][0][1].lon, 1.0f);
  EXPECT_FLOAT_EQ(m.land[0][0][2].lat, 1.0f);
  EXPECT_FLOAT_EQ(m.land[0][1][0].lon, 0.1f);
  ASSERT_EQ(m.borders.size(), 1u);
  EXPECT_FLOAT_EQ(m.borders[0][1].lon, 6.0f);
  EXPECT_EQ(m.point_count(), 8u);
}

TEST(WorldMapLoaderTest, RejectsBadRingsKeepsTheRest) {
  WorldMap m;
  LoadReport r = load_world_map(fixture("bad_world_map.json"), m);
  EXPECT_EQ(r.error_count(), 3u) << errors_of(r);
  EXPECT_EQ(m.land.size(), 1u);
  EXPECT_EQ(m.borders.size(), 1u);
}

TEST(DataFileKindTest, ClassifiesByNameThenContent) {
  EXPECT_EQ(classify_data_file("data/world_network.json", ""), DataFileKind::WorldNetwork);
  EXPECT_EQ(classify_data_file("world_map.json", ""), DataFileKind::WorldMap);
  EXPECT_EQ(classify_data_file("x.json", R"({"pairs":[]})"), DataFileKind::WorldNetwork);
  EXPECT_EQ(classify_data_file("x.json", R"({"land":[]})"), DataFileKind::WorldMap);
  EXPECT_EQ(classify_data_file("x.json", R"({"towns":[]})"), DataFileKind::Dataset);
  EXPECT_EQ(classify_data_file("x.json", "{}"), DataFileKind::Unknown);
}

}  // namespace
}  // namespace atlas
