// URL hash state: round trips, and hostile or malformed hashes ignored with notices.
#include <gtest/gtest.h>

#include <string>

#include "core/tour.h"
#include "core/url_state.h"
#include "filter_fixture.h"

namespace atlas {
namespace {

AppState sample_state() {
  AppState s;
  s.camera = {51.5, 7.25, 3.0};
  s.selected_town = "DE:05315000";
  return s;
}

TEST(UrlStateTest, RoundTripsCameraAndSelection) {
  AppState decoded;
  UrlDecodeResult r = decode_url_hash("#" + encode_url_hash(sample_state()), decoded);
  EXPECT_TRUE(r.applied_any);
  EXPECT_TRUE(r.notices.empty());
  EXPECT_EQ(decoded, sample_state());
}

TEST(UrlStateTest, EncodesTownIdColonAsEscape) {
  EXPECT_NE(encode_url_hash(sample_state()).find("sel=DE%3A05315000"), std::string::npos);
}

TEST(UrlStateTest, EmptyHashChangesNothing) {
  AppState s = sample_state();
  UrlDecodeResult r = decode_url_hash("", s);
  EXPECT_FALSE(r.applied_any);
  EXPECT_TRUE(r.notices.empty());
  EXPECT_EQ(s, sample_state());
}

TEST(UrlStateTest, MissingVersionIgnoresEverything) {
  AppState s;
  UrlDecodeResult r = decode_url_hash("cam=10,10,3&sel=DE%3A1", s);
  EXPECT_FALSE(r.applied_any);
  ASSERT_EQ(r.notices.size(), 1u);
  EXPECT_EQ(s, AppState());
}

TEST(UrlStateTest, FutureVersionIgnored) {
  AppState s;
  EXPECT_FALSE(decode_url_hash("v=99&cam=10,10,3", s).applied_any);
  EXPECT_EQ(s, AppState());
}

TEST(UrlStateTest, OverlongHashIgnored) {
  AppState s;
  std::string hash = "v=1&sel=" + std::string(kMaxUrlHashLength, 'a');
  UrlDecodeResult r = decode_url_hash(hash, s);
  EXPECT_FALSE(r.applied_any);
  ASSERT_EQ(r.notices.size(), 1u);
  EXPECT_EQ(r.notices[0].kind, LinkNoticeKind::TooLong);
  EXPECT_EQ(r.notices[0].field, std::to_string(kMaxUrlHashLength));
  EXPECT_EQ(s, AppState());
}

TEST(UrlStateTest, InvalidCameraIgnoredButValidSelectionKept) {
  for (const char* cam : {"91,0,2", "0,181,2", "0,0,0.5", "0,0,nan", "1,2", "1,2,3,4", "a,b,c", ",,"}) {
    AppState s;
    UrlDecodeResult r = decode_url_hash(std::string("v=1&cam=") + cam + "&sel=GB%3AE08000021", s);
    EXPECT_EQ(s.camera, CameraState()) << cam;
    EXPECT_EQ(s.selected_town, "GB:E08000021") << cam;
    EXPECT_EQ(r.notices.size(), 1u) << cam;
  }
}

TEST(UrlStateTest, HostileSelectionIgnored) {
  for (const char* sel : {"%3Cscript%3E", "DE%3A%00", "%zz", "%4", "noColon", "DE%3A%20x"}) {
    AppState s;
    UrlDecodeResult r = decode_url_hash(std::string("v=1&sel=") + sel, s);
    EXPECT_TRUE(s.selected_town.empty()) << sel;
    EXPECT_FALSE(r.notices.empty()) << sel;
  }
}

TEST(UrlStateTest, UnknownKeysSkippedSilently) {
  AppState s;
  UrlDecodeResult r = decode_url_hash("v=1&future=1&cam=50,8,2.5", s);
  EXPECT_TRUE(r.applied_any);
  EXPECT_TRUE(r.notices.empty());
  EXPECT_EQ(s.camera, (CameraState{50, 8, 2.5}));
}

TEST(UrlStateTest, PercentDecodeRejectsTruncatedEscapes) {
  std::string out;
  EXPECT_FALSE(percent_decode("abc%", out));
  EXPECT_FALSE(percent_decode("abc%4", out));
  EXPECT_TRUE(percent_decode("a%3Ab", out));
  EXPECT_EQ(out, "a:b");
}

// Found by tests/fuzz/url_state_fuzz: a literal NUL passed through, so a decoded value could
// hold the NUL that "%00" is refused for, and its percent_encode did not decode again.
TEST(UrlStateTest, PercentDecodeRejectsLiteralNul) {
  std::string out;
  EXPECT_FALSE(percent_decode(std::string_view("a\0b", 3), out));
  EXPECT_FALSE(percent_decode("%00", out));
  EXPECT_TRUE(percent_decode("a%01b", out));
  EXPECT_EQ(out, std::string("a\x01" "b"));
}

AppState full_state() {
  AppState s = sample_state();
  FilterState& f = s.filters;
  f.scope = Scope::AllNrw;
  f.tags = {"com_2030", "coal_legacy"};
  f.tag_match = TagMatch::All;
  f.kreise = {"DE:05158", "DE:05315"};
  f.partner_areas = {"GB-WLS", "FR"};
  f.population_min = 20000;
  f.population_max = 250000;
  f.kinds = 0x05;
  f.lifecycles = 0x01;
  f.confidences = 0x03;
  f.show_suggestions = false;
  f.year_from = 1950;
  f.year_to = 1990;
  f.show_year_unknown = false;
  s.weights.weight = {2.0, 0.0, 0.25, 1.5, 0.0, 1.0};
  s.pool = PoolKind::Europe;
  s.first_suggestions = true;
  s.graph.ego_hops = 2;
  s.graph.path_to = "GB:E08000021";
  s.graph.partners_abroad = false;
  s.my_town.active = true;
  s.my_town.base_town = "DE:05512000";
  s.my_town.tags = {"com_2050", "high_deprivation"};
  s.my_town.population = 117000;
  return s;
}

TEST(UrlStateTest, RoundTripsFiltersWeightsGraphAndMyTown) {
  AppState decoded;
  const std::string hash = encode_url_hash(full_state());
  UrlDecodeResult r = decode_url_hash(hash, decoded);
  EXPECT_TRUE(r.applied_any);
  EXPECT_TRUE(r.notices.empty()) << english_text(r.notices.front());
  EXPECT_EQ(decoded, full_state()) << hash;
  EXPECT_LE(hash.size(), 400u);
  EXPECT_NE(hash.find("tags=com_2030,coal_legacy"), std::string::npos) << hash;
  EXPECT_NE(hash.find("w=2,0,0.25,1.5,0,1"), std::string::npos) << hash;
}

TEST(UrlStateTest, VersionOkReported) {
  AppState s;
  EXPECT_TRUE(decode_url_hash("v=1", s).version_ok);
  EXPECT_TRUE(decode_url_hash("v=1&cam=999,0,0", s).version_ok);
  EXPECT_FALSE(decode_url_hash("cam=1,1,2", s).version_ok);
  EXPECT_FALSE(decode_url_hash("", s).version_ok);
  // Decoding a whole state into defaults drops what the hash leaves out.
  AppState fresh;
  EXPECT_TRUE(decode_url_hash(encode_url_hash(AppState()), fresh).version_ok);
  EXPECT_EQ(fresh, AppState());
}

// The Kreis-level pool and the globe's "first suggestion of every town" toggle (issue 12).
TEST(UrlStateTest, KreisLevelPoolAndFirstsToggleRoundTrip) {
  AppState s;
  s.pool = PoolKind::UkCouncil;
  s.first_suggestions = true;
  const std::string hash = encode_url_hash(s);
  EXPECT_NE(hash.find("&pool=uk-council"), std::string::npos) << hash;
  EXPECT_NE(hash.find("&firsts=1"), std::string::npos) << hash;
  AppState decoded;
  UrlDecodeResult r = decode_url_hash(hash, decoded);
  EXPECT_TRUE(r.notices.empty());
  EXPECT_EQ(decoded, s);
  AppState off;
  decode_url_hash("v=1&firsts=0&pool=uk", off);
  EXPECT_FALSE(off.first_suggestions);
  EXPECT_EQ(off.pool, PoolKind::Uk);
  EXPECT_EQ(encode_url_hash(off).find("firsts"), std::string::npos);
}

// The UI language (issue 13 item 7): "lang=de|en", anything else ignored with a notice; a
// tour stop's view (core/tour.h) leaves it out.
TEST(UrlStateTest, LanguageRoundTripsAndIsValidated) {
  AppState s = sample_state();
  s.language = "de";
  const std::string hash = encode_url_hash(s);
  EXPECT_NE(hash.find("&lang=de"), std::string::npos) << hash;
  AppState decoded;
  UrlDecodeResult r = decode_url_hash(hash, decoded);
  EXPECT_TRUE(r.notices.empty());
  EXPECT_EQ(decoded, s);
  EXPECT_EQ(tour_view_of_hash(hash).find("lang"), std::string::npos) << tour_view_of_hash(hash);
  AppState bad;
  r = decode_url_hash("v=1&lang=fr", bad);
  EXPECT_TRUE(bad.language.empty());
  ASSERT_EQ(r.notices.size(), 1u);
  EXPECT_EQ(r.notices[0].kind, LinkNoticeKind::InvalidValue);
  EXPECT_EQ(r.notices[0].field, "lang=fr");
  EXPECT_EQ(english_text(r.notices[0]), "invalid lang=fr ignored");
  decode_url_hash("v=1&lang=en", bad);
  EXPECT_EQ(bad.language, "en");
  EXPECT_EQ(encode_url_hash(AppState()).find("lang"), std::string::npos);  // not chosen yet: left out
}

TEST(UrlStateTest, DefaultsAreLeftOut) {
  EXPECT_EQ(encode_url_hash(AppState()), "v=1&cam=53.200,1.500,2.100");
}

TEST(UrlStateTest, OldLinkKeepsNewFieldsAtDefault) {
  AppState s = full_state();
  s.camera = CameraState();
  AppState expected = s;
  expected.camera = {50, 8, 2.5};
  decode_url_hash("v=1&cam=50,8,2.5", s);
  EXPECT_EQ(s, expected);  // fields not in the link keep their current values
  AppState fresh;
  decode_url_hash("v=1&cam=50,8,2.5", fresh);
  EXPECT_EQ(fresh.filters, FilterState());
  EXPECT_EQ(fresh.weights, MatchWeights());
}

TEST(UrlStateTest, EmptyLetterSetsRoundTrip) {
  AppState s;
  s.filters.kinds = 0;
  s.filters.confidences = 0;
  AppState decoded;
  decode_url_hash(encode_url_hash(s), decoded);
  EXPECT_EQ(decoded.filters.kinds, 0u);
  EXPECT_EQ(decoded.filters.confidences, 0u);
  EXPECT_EQ(decoded.filters.lifecycles, kAllLifecycles);
}

TEST(UrlStateTest, OpenPopulationRangeRoundTrips) {
  AppState s;
  s.filters.population_max = 50000;
  AppState decoded;
  decode_url_hash(encode_url_hash(s), decoded);
  EXPECT_EQ(decoded.filters.population_min, -1.0);
  EXPECT_EQ(decoded.filters.population_max, 50000.0);
}

TEST(UrlStateTest, InvalidExtraFieldsIgnoredWithNotices) {
  const char* bad[] = {"tags=Com_2030",        "tags=a,,b",         "tags=com,com",
                       "tm=some",              "kr=notanid",        "pa=Wales",
                       "pa=GB-XYZ",            "pop=5,1",           "pop=-3,",
                       "pop=1",                "kind=pz",           "st=",
                       "conf=tttttttttt",      "sug=2",             "yr=1990,1950",
                       "yr=1800,1900",         "yr=1950",           "yr=19.5,1990",
                       "yu=no",                "w=1,1,1",           "w=1,1,1,1,1,-1",
                       "w=1,1,1,1,1,11",       "w=1,1,1,1,1,nan",   "pool=asia",
                       "ego=5",                "ego=-1",            "path=%3Cb%3E",
                       "my=yes",               "myb=x",             "myt=A",
                       "myp=-1",               "sc=world",          "firsts=2",
                       "firsts=",              "pool=uk_council",   "gpa=no"};
  for (const char* field : bad) {
    AppState s;
    UrlDecodeResult r = decode_url_hash(std::string("v=1&") + field, s);
    EXPECT_EQ(s, AppState()) << field;
    EXPECT_EQ(r.notices.size(), 1u) << field;
    EXPECT_FALSE(r.applied_any) << field;
  }
}

TEST(UrlStateTest, ListsAreLengthLimited) {
  std::string tags;
  for (std::size_t i = 0; i <= kMaxUrlListItems; ++i) tags += (i ? ",t" : "t") + std::to_string(i);
  AppState s;
  UrlDecodeResult r = decode_url_hash("v=1&tags=" + tags, s);
  EXPECT_TRUE(s.filters.tags.empty());
  EXPECT_EQ(r.notices.size(), 1u);
  AppState ok;
  decode_url_hash("v=1&tags=" + tags.substr(0, tags.rfind(',')), ok);
  EXPECT_EQ(ok.filters.tags.size(), kMaxUrlListItems);
  AppState longtag;
  decode_url_hash("v=1&tags=" + std::string(kMaxUrlTagIdLength + 1, 'a'), longtag);
  EXPECT_TRUE(longtag.filters.tags.empty());
}

TEST(UrlStateTest, CheckAgainstDatasetDropsUnknownIds) {
  Dataset d = testing::make_filter_fixture();
  AppState s;
  s.selected_town = "DE:A";
  s.graph.path_to = "GB:NOPE";
  s.my_town.base_town = "DE:GONE";
  s.filters.tags = {"com", "old_tag"};
  s.my_town.tags = {"old_tag", "coal"};
  s.filters.kreise = {"DE:K2", "DE:A", "DE:K9"};  // DE:A is a municipality, not a Kreis
  std::vector<LinkNotice> notices = check_state_against_dataset(d, s);
  std::vector<std::string> fields;
  for (const LinkNotice& n : notices) {
    EXPECT_EQ(n.kind, LinkNoticeKind::NotInData) << n.field;
    fields.push_back(n.field);
  }
  // Each names the field as the link would hold it, so the reader can find it there.
  EXPECT_EQ(fields, (std::vector<std::string>{"path=GB:NOPE", "myb=DE:GONE", "tags=old_tag", "myt=old_tag",
                                              "kr=DE:A", "kr=DE:K9"}));
  EXPECT_EQ(s.selected_town, "DE:A");
  EXPECT_EQ(s.graph.path_to, "");
  EXPECT_EQ(s.my_town.base_town, "");
  EXPECT_EQ(s.filters.tags, (std::vector<std::string>{"com"}));
  EXPECT_EQ(s.my_town.tags, (std::vector<std::string>{"coal"}));
  EXPECT_EQ(s.filters.kreise, (std::vector<std::string>{"DE:K2"}));
  AppState clean = s;
  EXPECT_TRUE(check_state_against_dataset(d, clean).empty());
  EXPECT_EQ(clean, s);
}

}  // namespace
}  // namespace atlas
