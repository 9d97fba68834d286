// The kiosk's hash parameters (core/kiosk_params.h): defaults, overrides, bad values ignored
// with a notice, and the part the app keeps in the address.
#include <gtest/gtest.h>

#include "core/kiosk_params.h"

namespace atlas {
namespace {

TEST(KioskParamsTest, WithoutKioskKeysNothingChanges) {
  KioskParams p;
  const KioskParseResult r = parse_kiosk_params("#v=1&sel=DE:05315000&cam=50,7,2", p);
  EXPECT_TRUE(r.notices.empty());
  EXPECT_EQ(p.mode, KioskMode::Off);
  EXPECT_EQ(p.every_s, kKioskDefaultEvery);
  EXPECT_EQ(p.pause_s, kKioskDefaultPause);
  EXPECT_FALSE(p.seed_given);
  EXPECT_EQ(encode_kiosk_params(p), "");
}

TEST(KioskParamsTest, TourKioskWithOverrides) {
  KioskParams p;
  const KioskParseResult r = parse_kiosk_params("v=1&kiosk=1&tour=kept&every=2.5&pause=3&seed=42", p);
  EXPECT_TRUE(r.notices.empty());
  EXPECT_EQ(p.mode, KioskMode::Tour);
  EXPECT_EQ(p.tour, "kept");
  EXPECT_DOUBLE_EQ(p.every_s, 2.5);
  EXPECT_TRUE(p.every_given);
  EXPECT_DOUBLE_EQ(p.pause_s, 3.0);
  EXPECT_EQ(p.seed, 42u);
  EXPECT_EQ(encode_kiosk_params(p), "kiosk=1&tour=kept&every=2.5&pause=3&seed=42");
}

TEST(KioskParamsTest, SpinAndAPercentEncodedTourName) {
  KioskParams p;
  EXPECT_TRUE(parse_kiosk_params("kiosk=spin&tour=Meine%20Tour", p).notices.empty());
  EXPECT_EQ(p.mode, KioskMode::Spin);
  EXPECT_EQ(p.tour, "Meine Tour");
  EXPECT_EQ(encode_kiosk_params(p), "kiosk=spin&tour=Meine%20Tour");
}

TEST(KioskParamsTest, BadValuesAreIgnoredWithANotice) {
  KioskParams p;
  const KioskParseResult r =
      parse_kiosk_params("kiosk=yes&every=0&pause=-1&seed=12x&tour=&every=1e9&pause=%zz", p);
  EXPECT_EQ(r.notices.size(), 7u);
  EXPECT_EQ(p.mode, KioskMode::Off);
  EXPECT_EQ(p.every_s, kKioskDefaultEvery);
  EXPECT_FALSE(p.every_given);
  EXPECT_EQ(p.pause_s, kKioskDefaultPause);
  EXPECT_FALSE(p.seed_given);
  EXPECT_TRUE(p.tour.empty());
}

TEST(KioskParamsTest, LimitsOfTheNumbers) {
  KioskParams p;
  EXPECT_TRUE(parse_kiosk_params("kiosk=1&every=0.2&pause=0&seed=18446744073709551615", p).notices.empty());
  EXPECT_DOUBLE_EQ(p.every_s, 0.2);
  EXPECT_DOUBLE_EQ(p.pause_s, 0.0);
  EXPECT_EQ(p.seed, 18446744073709551615ull);
  KioskParams q;
  EXPECT_EQ(parse_kiosk_params("every=3600.5&seed=18446744073709551616&every=nan&every=inf", q).notices.size(), 4u);
  EXPECT_FALSE(q.every_given);
  EXPECT_FALSE(q.seed_given);
}

TEST(KioskParamsTest, AnOverlongHashIsLeftToUrlState) {
  KioskParams p;
  const std::string hash = "kiosk=1&x=" + std::string(3000, 'a');
  EXPECT_TRUE(parse_kiosk_params(hash, p).notices.empty());
  EXPECT_EQ(p.mode, KioskMode::Off);
}

}  // namespace
}  // namespace atlas
