// The first-visit card shows only on a plain visit: the camera alone, which the app writes on
// every visit, does not count; a selection, a filter or any other shared state does.
#include <gtest/gtest.h>

#include "core/url_state.h"
#include "core/welcome_rule.h"

namespace atlas {
namespace {

AppState decoded(const char* hash) {
  AppState state;
  UrlDecodeResult r = decode_url_hash(hash, state);
  EXPECT_TRUE(r.version_ok) << hash;
  EXPECT_TRUE(r.notices.empty()) << hash << ": " << (r.notices.empty() ? "" : english_text(r.notices[0]));
  return state;
}

TEST(WelcomeRule, DefaultStateIsPlain) { EXPECT_TRUE(plain_visit(AppState())); }

TEST(WelcomeRule, CameraAloneIsPlain) {
  AppState moved;
  moved.camera.lat = 12.5;
  moved.camera.lon = -40.0;
  moved.camera.distance = 3.2;
  EXPECT_TRUE(plain_visit(moved));
  EXPECT_TRUE(plain_visit(decoded(encode_url_hash(moved).c_str())));
}

TEST(WelcomeRule, LanguageAloneIsPlain) {
  AppState s;
  s.language = "de";  // from lang=de, the device's stored choice or the browser
  EXPECT_TRUE(plain_visit(s));
}

TEST(WelcomeRule, SelectionIsNotPlain) {
  EXPECT_FALSE(plain_visit(decoded("v=1&cam=51.00,7.00,2.50&sel=DE%3A05315000")));
}

TEST(WelcomeRule, FilterIsNotPlain) {
  AppState filtered;
  filtered.filters.year_from = 1990;
  EXPECT_FALSE(plain_visit(filtered));
  EXPECT_FALSE(plain_visit(decoded(encode_url_hash(filtered).c_str())));
}

TEST(WelcomeRule, OtherSharedStateIsNotPlain) {
  AppState firsts;
  firsts.first_suggestions = true;
  EXPECT_FALSE(plain_visit(firsts));
  AppState my_town;
  my_town.my_town.active = true;
  EXPECT_FALSE(plain_visit(my_town));
}

}  // namespace
}  // namespace atlas
