// URL hash state: round trips, and hostile or malformed hashes ignored with notices.
#include <gtest/gtest.h>

#include <string>

#include "core/url_state.h"

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
  EXPECT_EQ(r.notices.size(), 1u);
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

}  // namespace
}  // namespace atlas
