// A SYNTHETIC dataset of the real data's sizes for matcher benchmarks and tests, used
// where data/ is absent: 396 NRW municipalities in 53 Kreise, 360 UK councils with 120
// partner towns, 8000 European candidates, 300 other towns, ~770 partnerships, 12 goal
// and 8 challenge tags with sparse, skewed coverage. Fixed seed, own generator (no
// <random> distributions, whose output differs between standard libraries), so native
// and wasm builds see the same towns. None of it is real.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>

#include "core/dataset.h"
#include "core/split_mix64.h"

namespace atlas::synthetic {

// The core generator; `below` scales a uniform draw (not a modulo) so the synthetic data
// keeps the sequence the tests and benchmarks were written against.
struct Random : atlas::SplitMix64 {
  using atlas::SplitMix64::SplitMix64;
  std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(uniform() * n); }
};

struct SyntheticSizes {
  std::uint32_t nrw = 396, kreise = 53, uk = 360, uk_partner_towns = 120, uk_places = 3400, europe = 6500, other = 300;
  std::uint32_t nrw_uk_links = 120, nrw_other_links = 550, europe_links = 60, other_uk_links = 40;
};

inline Dataset make_synthetic_match_dataset(std::uint64_t seed = 20240601, SyntheticSizes n = {}) {
  Random rng(seed);
  Dataset d;
  const char* goal_ids[] = {"com_2020", "com_2030", "com_2050", "com_adapt", "eurocities", "mission_100",
                            "smart_city", "climate_emergency", "fairtrade", "safe_harbour",
                            "klima_buendnis", "mayors_peace"};
  const double goal_rate_nrw[] = {0.02, 0.04, 0.01, 0.02, 0.02, 0.008, 0.05, 0.0, 0.03, 0.02, 0.005, 0.003};
  const double goal_rate_uk[] = {0.05, 0.06, 0.02, 0.03, 0.02, 0.01, 0.0, 0.6, 0.05, 0.0, 0.0, 0.01};
  const double goal_rate_eu[] = {0.08, 0.1, 0.03, 0.05, 0.01, 0.004, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0};
  const char* challenge_ids[] = {"coal",   "lignite", "university", "garrison",
                                 "port",   "deprived", "ruhr",      "dense"};
  const double ch_rate_nrw[] = {0.05, 0.16, 0.15, 0.04, 0.05, 0.0, 0.13, 0.2};
  const double ch_rate_uk[] = {0.18, 0.0, 0.22, 0.03, 0.03, 0.2, 0.0, 0.0};
  for (const char* id : goal_ids) {
    Tag t;
    t.id = id;
    t.kind = TagKind::Goal;
    t.label_en = std::string("Synthetic goal ") + id;
    t.label_de = std::string("Synthetisches Ziel ") + id;
    t.coverage = Coverage::Complete;
    d.tags.push_back(t);
  }
  for (const char* id : challenge_ids) {
    Tag t;
    t.id = id;
    t.kind = TagKind::Challenge;
    t.label_en = std::string("Synthetic challenge ") + id;
    t.label_de = std::string("Synthetische Herausforderung ") + id;
    d.tags.push_back(t);
  }
  const std::uint32_t goal_count = 12, challenge_count = 8;

  auto add_town = [&](std::string id, std::string name, const char* country, TownRole role, double pop,
                      std::string settlement, double lat, double lon) {
    Town t;
    t.id = std::move(id);
    t.name = std::move(name);
    t.country = country;
    t.role = role;
    t.population = pop;
    t.settlement = std::move(settlement);
    t.lat = lat;
    t.lon = lon;
    d.towns.push_back(std::move(t));
    return static_cast<TownIndex>(d.towns.size() - 1);
  };
  auto tag_town = [&](TownIndex town, const double* goal_rate, const double* ch_rate) {
    for (std::uint32_t g = 0; g < goal_count; ++g)
      if (rng.uniform() < goal_rate[g]) d.towns[town].tags.push_back({g, kNoIndex, false, kNoIndex, {}, {}});
    for (std::uint32_t c = 0; c < challenge_count; ++c)
      if (rng.uniform() < ch_rate[c]) d.towns[town].tags.push_back({goal_count + c, kNoIndex, false, kNoIndex, {}, {}});
  };
  auto log_uniform = [&](double lo, double hi) { return std::exp(std::log(lo) + rng.uniform() * std::log(hi / lo)); };
  auto num = [](const char* prefix, std::uint32_t i) { return std::string(prefix) + std::to_string(i); };

  std::vector<TownIndex> kreise, nrw, uk, uk_towns, europe, other;
  for (std::uint32_t i = 0; i < n.kreise; ++i)
    kreise.push_back(add_town(num("DE:K", 10000 + i), num("Synthetic Kreis ", i), "DE", TownRole::NrwKreis,
                              log_uniform(1e5, 6e5), "", 50.4 + 1.8 * rng.uniform(), 6.0 + 3.4 * rng.uniform()));
  const char* settlements[] = {"dicht besiedelt", "mittlere Besiedlungsdichte", "gering besiedelt"};
  for (std::uint32_t i = 0; i < n.nrw; ++i) {
    TownIndex t = add_town(num("DE:S", 100000 + i), num("Synthetic NRW ", i), "DE", TownRole::NrwMunicipality,
                           log_uniform(4000, 1.1e6), settlements[rng.below(3)], 50.4 + 1.8 * rng.uniform(),
                           6.0 + 3.4 * rng.uniform());
    d.towns[t].parent = kreise[rng.below(n.kreise)];
    tag_town(t, goal_rate_nrw, ch_rate_nrw);
    nrw.push_back(t);
  }
  for (std::uint32_t i = 0; i < n.uk; ++i) {
    TownIndex t = add_town(num("GB:S", 100000 + i), num("Synthetic UK ", i), "GB", TownRole::UkCouncil,
                           log_uniform(2e4, 1.1e6), "", 50.5 + 7.5 * rng.uniform(), -5.5 + 7.0 * rng.uniform());
    tag_town(t, goal_rate_uk, ch_rate_uk);
    uk.push_back(t);
  }
  for (std::uint32_t i = 0; i < n.uk_partner_towns; ++i) {
    const TownIndex council = uk[rng.below(n.uk)];
    TownIndex t = add_town(num("GN:S", 100000 + i), num("Synthetic UK town ", i), "GB", TownRole::UkPartnerTown,
                           log_uniform(2e3, 5e4), "", d.towns[council].lat, d.towns[council].lon);
    d.towns[t].parent = council;
    uk_towns.push_back(t);
  }
  // UK places (GeoNames towns) in the councils: the default UK pool
  for (std::uint32_t i = 0; i < n.uk_places; ++i) {
    const TownIndex council = uk[rng.below(n.uk)];
    TownIndex t = add_town(num("GN:P", 3000000 + i), num("Synthetic UK place ", i), "GB", TownRole::EuropeCandidate,
                           log_uniform(1e3, 5e5), "", d.towns[council].lat + 0.2 * rng.uniform(), d.towns[council].lon);
    d.towns[t].parent = council;
    tag_town(t, goal_rate_uk, ch_rate_uk);
  }
  const char* countries[] = {"FR", "PL", "NL", "BE", "IT", "ES", "AT", "CZ", "DK", "SE", "DE", "PT", "HU"};
  for (std::uint32_t i = 0; i < n.europe; ++i) {
    TownIndex t = add_town(num("GN:E", 1000000 + i), num("Synthetic Europe ", i), countries[rng.below(13)],
                           TownRole::EuropeCandidate, log_uniform(1e4, 2e6), "", 38.0 + 22.0 * rng.uniform(),
                           -8.0 + 32.0 * rng.uniform());
    tag_town(t, goal_rate_eu, ch_rate_nrw);
    europe.push_back(t);
  }
  for (std::uint32_t i = 0; i < n.other; ++i)
    other.push_back(add_town(num("GN:O", 2000000 + i), num("Synthetic other ", i), countries[rng.below(13)],
                             TownRole::OtherTown, log_uniform(1e4, 1e6), "", 40.0 + 15.0 * rng.uniform(),
                             -5.0 + 25.0 * rng.uniform()));
  d.rebuild_indices();

  auto link = [&](TownIndex a, TownIndex b) {
    Partnership p;
    p.id = d.towns[a].id + "--" + d.towns[b].id;
    p.a = a;
    p.b = b;
    p.nrw_uk = d.towns[a].country == "DE" && d.towns[b].country == "GB";
    d.partnerships.push_back(std::move(p));
  };
  // Skewed: the first NRW towns (big cities in the real data) get most links.
  auto skewed = [&](const std::vector<TownIndex>& v) {
    const double u = rng.uniform();
    return v[static_cast<std::size_t>(u * u * static_cast<double>(v.size()))];
  };
  for (std::uint32_t i = 0; i < n.nrw_uk_links; ++i)
    link(skewed(nrw), rng.below(3) == 0 ? uk_towns[rng.below(n.uk_partner_towns)] : uk[rng.below(n.uk)]);
  for (std::uint32_t i = 0; i < n.nrw_other_links; ++i) link(skewed(nrw), other[rng.below(n.other)]);
  for (std::uint32_t i = 0; i < n.europe_links; ++i) link(skewed(nrw), europe[rng.below(n.europe)]);
  for (std::uint32_t i = 0; i < n.other_uk_links; ++i) link(other[rng.below(n.other)], uk[rng.below(n.uk)]);
  for (std::uint32_t i = 0; i < 4; ++i) link(kreise[rng.below(n.kreise)], uk[rng.below(n.uk)]);
  return d;
}

}  // namespace atlas::synthetic
