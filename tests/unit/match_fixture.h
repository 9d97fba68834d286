// A small hand-made dataset for the matcher's tests, small enough to compute every
// component by hand (the expected values are derived in match_scorer_test.cpp).
//
//   0 DE:A  Aheim   NRW municipality, pop 100000, "urban",  goal com, challenge coal, (0, 1)
//   1 DE:B  Bstadt  NRW municipality, pop 20000,  "rural",  no tags
//   2 GB:C  Cton    UK council,       pop 100000, settlement unknown, goals com+ce,
//                                                         challenges coal+uni, (0, 2)
//   3 GB:D  Dford   UK council,       pop 100000·e, "rural", challenge uni
//   4 GB:E  Eham    UK council,       pop 50000,  "urban",  no tags
//   5 GN:1  Cton Village, UK partner town in Cton (parent 2)
//   6 GN:6  Fville  Europe candidate (FR), pop 100000, goal com
//   7 GN:7  Gburg   other town (FR)
//   8 DE:K  Kreis K (NRW Kreis), parent of Aheim and Bstadt, goal ce (so the data records
//           ce in Germany; Kreise are outside the idf reference set)
// Partnerships: Aheim–Dford, Bstadt–Cton, Bstadt–Dford, Aheim–Gburg, Gburg–Eham.
// Tags: com (goal, complete), ce (goal, complete), fair (goal, partial), coal, uni (challenges).
#pragma once

#include <string>

#include "core/dataset.h"

namespace atlas::testing {

inline Town make_town(const std::string& id, const std::string& name, const std::string& country, TownRole role,
                      double population, const std::string& settlement, double lat = 0.0, double lon = 0.0) {
  Town t;
  t.id = id;
  t.name = name;
  t.country = country;
  t.role = role;
  t.population = population;
  t.settlement = settlement;
  t.lat = lat;
  t.lon = lon;
  return t;
}

inline Tag make_tag(const std::string& id, TagKind kind, const std::string& label, Coverage coverage) {
  Tag t;
  t.id = id;
  t.kind = kind;
  t.label_en = label;
  t.label_de = label + " (de)";
  t.coverage = coverage;
  return t;
}

inline void add_tag(Dataset& d, TownIndex town, const std::string& tag) {
  TownTag tt;
  tt.tag = d.find_tag(tag);
  d.towns[town].tags.push_back(tt);
}

inline void add_partnership(Dataset& d, TownIndex a, TownIndex b) {
  Partnership p;
  p.id = d.towns[a].id + "--" + d.towns[b].id;
  p.a = a;
  p.b = b;
  p.nrw_uk = d.towns[a].country == "DE" && d.towns[b].country == "GB";
  d.partnerships.push_back(p);
}

inline Dataset make_match_fixture() {
  Dataset d;
  d.tags = {make_tag("com", TagKind::Goal, "Covenant of Mayors 2030", Coverage::Complete),
            make_tag("ce", TagKind::Goal, "Climate emergency declared", Coverage::Complete),
            make_tag("fair", TagKind::Goal, "Fairtrade Town", Coverage::Partial),
            make_tag("coal", TagKind::Challenge, "Former coalfield", Coverage::Partial),
            make_tag("uni", TagKind::Challenge, "University town", Coverage::Partial)};
  d.towns = {make_town("DE:A", "Aheim", "DE", TownRole::NrwMunicipality, 100000, "urban", 0.0, 1.0),
             make_town("DE:B", "Bstadt", "DE", TownRole::NrwMunicipality, 20000, "rural", 1.0, 1.0),
             make_town("GB:C", "Cton", "GB", TownRole::UkCouncil, 100000, "", 0.0, 2.0),
             make_town("GB:D", "Dford", "GB", TownRole::UkCouncil, 271828.18284590452, "rural", 2.0, 2.0),
             make_town("GB:E", "Eham", "GB", TownRole::UkCouncil, 50000, "urban", 3.0, 2.0),
             make_town("GN:1", "Cton Village", "GB", TownRole::UkPartnerTown, 3000, "", 0.1, 2.0),
             make_town("GN:6", "Fville", "FR", TownRole::EuropeCandidate, 100000, "", 1.0, 3.0),
             make_town("GN:7", "Gburg", "FR", TownRole::OtherTown, 40000, "", 2.0, 3.0),
             make_town("DE:K", "Kreis K", "DE", TownRole::NrwKreis, 300000, "", 1.0, 0.5)};
  d.towns[5].parent = 2;
  d.towns[0].parent = 8;
  d.towns[1].parent = 8;
  d.rebuild_indices();
  add_tag(d, 0, "com");
  add_tag(d, 0, "coal");
  add_tag(d, 2, "com");
  add_tag(d, 2, "ce");
  add_tag(d, 2, "coal");
  add_tag(d, 2, "uni");
  add_tag(d, 3, "uni");
  add_tag(d, 6, "com");
  add_tag(d, 8, "ce");
  add_partnership(d, 0, 3);
  add_partnership(d, 1, 2);
  add_partnership(d, 1, 3);
  add_partnership(d, 0, 7);
  add_partnership(d, 7, 4);
  return d;
}

// Town indices of the fixture.
constexpr TownIndex kAheim = 0, kBstadt = 1, kCton = 2, kDford = 3, kEham = 4, kCtonVillage = 5,
                    kFville = 6, kGburg = 7, kKreis = 8;

}  // namespace atlas::testing
