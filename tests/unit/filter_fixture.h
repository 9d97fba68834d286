// A small hand-made dataset for the filter, network-view and URL-state tests: two NRW
// Kreise with three municipalities, UK councils in Wales, England and Scotland, a UK
// partner town (nation only through its council) and a French partner.
//
//   0 DE:K1  Kreis One    NRW Kreis
//   1 DE:A   Aheim        in K1, pop 100000, goal com
//   2 DE:B   Bstadt       in K1, pop 20000,  challenge coal
//   3 DE:K2  Kreis Two    NRW Kreis, population unknown
//   4 DE:C   Cdorf        in K2, pop 50000
//   5 GB:W   Wcouncil     Wales,    pop 60000,  com + coal
//   6 GB:E   Ecouncil     England,  pop 300000
//   7 GN:1   Etown        UK partner town in Ecouncil (no region of its own), pop 5000
//   8 GN:2   Fville       France (other town), pop 40000
//   9 GB:S   Scouncil     Scotland, pop 80000, no partnerships
// Partnerships:
//   p0 Aheim–Wcouncil   partnership active, two sources, 1960   (NRW–UK)
//   p1 Bstadt–Ecouncil  partnership active, one source,  1975   (NRW–UK)
//   p2 Cdorf–Etown      friendship  active, unverified, no year (NRW–UK)
//   p3 Aheim–Fville     partnership active, two sources, 1990   (not UK)
//   p4 Kreis Two–Ecouncil  Kreis partnership, dormant, two sources, 2001 (NRW–UK)
#pragma once

#include "match_fixture.h"

namespace atlas::testing {

inline Dataset make_filter_fixture() {
  Dataset d;
  d.tags = {make_tag("com", TagKind::Goal, "Covenant of Mayors", Coverage::Complete),
            make_tag("coal", TagKind::Challenge, "Former coalfield", Coverage::Partial)};
  d.towns = {make_town("DE:K1", "Kreis One", "DE", TownRole::NrwKreis, -1, ""),
             make_town("DE:A", "Aheim", "DE", TownRole::NrwMunicipality, 100000, ""),
             make_town("DE:B", "Bstadt", "DE", TownRole::NrwMunicipality, 20000, ""),
             make_town("DE:K2", "Kreis Two", "DE", TownRole::NrwKreis, -1, ""),
             make_town("DE:C", "Cdorf", "DE", TownRole::NrwMunicipality, 50000, ""),
             make_town("GB:W", "Wcouncil", "GB", TownRole::UkCouncil, 60000, ""),
             make_town("GB:E", "Ecouncil", "GB", TownRole::UkCouncil, 300000, ""),
             make_town("GN:1", "Etown", "GB", TownRole::UkPartnerTown, 5000, ""),
             make_town("GN:2", "Fville", "FR", TownRole::OtherTown, 40000, ""),
             make_town("GB:S", "Scouncil", "GB", TownRole::UkCouncil, 80000, "")};
  d.towns[1].parent = d.towns[2].parent = 0;
  d.towns[4].parent = 3;
  d.towns[7].parent = 6;
  d.towns[5].region = "Wales";
  d.towns[6].region = "England";
  d.towns[9].region = "Scotland";
  d.rebuild_indices();
  add_tag(d, 1, "com");
  add_tag(d, 2, "coal");
  add_tag(d, 5, "com");
  add_tag(d, 5, "coal");
  auto link = [&](TownIndex a, TownIndex b, PartnershipKind kind, PartnershipStatus status, Confidence conf,
                  int year) {
    add_partnership(d, a, b);
    Partnership& p = d.partnerships.back();
    p.kind = kind;
    p.status = status;
    p.confidence = conf;
    if (year) p.years.push_back({year, 0});
  };
  link(1, 5, PartnershipKind::Partnership, PartnershipStatus::Active, Confidence::TwoSources, 1960);
  link(2, 6, PartnershipKind::Partnership, PartnershipStatus::Active, Confidence::OneSource, 1975);
  link(4, 7, PartnershipKind::Friendship, PartnershipStatus::Active, Confidence::Unverified, 0);
  link(1, 8, PartnershipKind::Partnership, PartnershipStatus::Active, Confidence::TwoSources, 1990);
  link(3, 6, PartnershipKind::KreisPartnership, PartnershipStatus::Dormant, Confidence::TwoSources, 2001);
  return d;
}

constexpr TownIndex kK1 = 0, kA = 1, kB = 2, kK2 = 3, kC = 4, kW = 5, kE = 6, kEtown = 7, kF = 8, kS = 9;

}  // namespace atlas::testing
