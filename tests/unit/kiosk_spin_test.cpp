// The spinning kiosk's choice and caption (core/kiosk_spin.h): only NRW–UK links, the same
// sequence for the same seed, never one twice in a row, captions in both languages.
#include <gtest/gtest.h>

#include <set>

#include "core/kiosk_spin.h"

namespace atlas {
namespace {

Dataset small_dataset() {
  Dataset d;
  for (const char* name : {"Bonn", "Oxford", "Köln", "Liverpool", "Paris"}) {
    Town t;
    t.id = name;
    t.name = name;
    d.towns.push_back(t);
  }
  auto link = [&](TownIndex a, TownIndex b, bool nrw_uk, int year, PartnershipStatus status) {
    Partnership p;
    p.a = a;
    p.b = b;
    p.nrw_uk = nrw_uk;
    p.status = status;
    if (year) p.years.push_back({year, 0});
    d.partnerships.push_back(p);
  };
  link(0, 1, true, 1947, PartnershipStatus::Active);
  link(2, 3, true, 0, PartnershipStatus::Dormant);
  link(2, 4, false, 1958, PartnershipStatus::Active);  // not NRW–UK: never shown
  return d;
}

TEST(KioskSpinTest, OnlyNrwUkLinksNeverTheSameTwiceInARow) {
  const Dataset d = small_dataset();
  KioskSpin spin(d, 7);
  PartnershipIndex last = kNoIndex;
  std::set<PartnershipIndex> seen;
  for (int i = 0; i < 50; ++i) {
    const PartnershipIndex p = spin.next();
    ASSERT_TRUE(d.partnerships[p].nrw_uk);
    EXPECT_NE(p, last);
    seen.insert(p);
    last = p;
  }
  EXPECT_EQ(seen.size(), 2u);
}

TEST(KioskSpinTest, TheSameSeedGivesTheSameSequence) {
  const Dataset d = small_dataset();
  KioskSpin a(d, 123), b(d, 123);
  for (int i = 0; i < 20; ++i) EXPECT_EQ(a.next(), b.next());
}

TEST(KioskSpinTest, NoLinksNoChoice) {
  Dataset d;
  KioskSpin spin(d, 1);
  EXPECT_TRUE(spin.empty());
  EXPECT_EQ(spin.next(), kNoIndex);
}

TEST(KioskSpinTest, CaptionsInBothLanguages) {
  const Dataset d = small_dataset();
  const KioskCaption bonn = kiosk_caption(d, 0);
  EXPECT_EQ(bonn.de, "Bonn – Oxford: Städtepartnerschaft seit 1947");
  EXPECT_EQ(bonn.en, "Bonn – Oxford: town partnership since 1947");
  const KioskCaption koeln = kiosk_caption(d, 1);
  EXPECT_EQ(koeln.de, "Köln – Liverpool: Städtepartnerschaft (ruhend)");
  EXPECT_EQ(koeln.en, "Köln – Liverpool: town partnership (dormant)");
}

}  // namespace
}  // namespace atlas
