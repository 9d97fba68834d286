// Per-town match profiles: idf tables and sparse weighted tag vectors (see match_profile.h).
#include "match_profile.h"

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
constexpr double kDegToRad = 3.14159265358979323846 / 180.0;

std::vector<TagIndex> distinct_tags(const Town& town) {
  std::vector<TagIndex> out;
  out.reserve(town.tags.size());
  for (const TownTag& t : town.tags) out.push_back(t.tag);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void push(SparseTagVector& v, TagIndex tag, double w) {
  v.tags.push_back(tag);
  v.weights.push_back(w);
  v.norm += w * w;
  v.weight_sum += w;
  if (tag < 64)
    v.mask |= std::uint64_t{1} << tag;
  else
    v.mask_valid = false;
}
}  // namespace

IdfTable build_idf_table(const Dataset& dataset, const std::vector<TownIndex>& reference) {
  IdfTable table;
  table.df.assign(dataset.tags.size(), 0);
  table.idf.assign(dataset.tags.size(), 0.0);
  for (TownIndex t : reference) {
    if (t >= dataset.towns.size()) continue;
    ++table.reference_count;
    for (TagIndex tag : distinct_tags(dataset.towns[t]))
      if (tag < table.df.size()) ++table.df[tag];
  }
  const double n1 = 1.0 + static_cast<double>(table.reference_count);
  for (std::size_t i = 0; i < table.idf.size(); ++i)
    table.idf[i] = std::log(n1 / (1.0 + static_cast<double>(table.df[i]))) + 1.0;
  return table;
}

MatchQuery MatchQuery::for_town(const Dataset& dataset, TownIndex town) {
  MatchQuery q;
  if (town >= dataset.towns.size()) return q;
  const Town& t = dataset.towns[town];
  q.base_town = town;
  q.tags = distinct_tags(t);
  for (TagIndex tag : q.tags) {
    bool only_county = true;
    for (const TownTag& tt : t.tags)
      if (tt.tag == tag)
        only_county = only_county && tt.via < dataset.towns.size() && dataset.towns[tt.via].role == TownRole::UkRegion;
    if (only_county) q.reduced_tags.push_back(tag);
  }
  q.population = t.population;
  q.settlement = t.settlement;
  q.has_location = has_position(t);
  q.lat = t.lat;
  q.lon = t.lon;
  return q;
}

int SettlementClasses::find(const std::string& name) const {
  if (name.empty()) return -1;
  for (std::size_t i = 0; i < names_.size(); ++i)
    if (names_[i] == name) return static_cast<int>(i);
  return -1;
}

int SettlementClasses::intern(const std::string& name) {
  if (name.empty()) return -1;
  int id = find(name);
  if (id >= 0) return id;
  names_.push_back(name);
  return static_cast<int>(names_.size() - 1);
}

TagCountryCoverage::TagCountryCoverage(const Dataset& dataset) {
  for (const Town& town : dataset.towns) {
    if (town.country.empty()) continue;
    std::size_t i = 0;
    while (i < countries_.size() && countries_[i] != town.country) ++i;
    if (i == countries_.size()) {
      countries_.push_back(town.country);
      tags_.emplace_back(dataset.tags.size(), std::uint8_t{0});
    }
    for (const TownTag& t : town.tags)
      if (t.tag < dataset.tags.size()) tags_[i][t.tag] = 1;
  }
}

const std::vector<std::uint8_t>* TagCountryCoverage::tags_of(const std::string& country) const {
  for (std::size_t i = 0; i < countries_.size(); ++i)
    if (countries_[i] == country) return &tags_[i];
  return nullptr;
}

bool has_position(const Town& town) {
  return std::isfinite(town.lat) && std::isfinite(town.lon) && !(town.lat == 0.0 && town.lon == 0.0);
}

MatchProfile make_profile(const Dataset& dataset, const MatchQuery& query, const IdfTable& idf,
                          const SettlementClasses& settlements) {
  MatchProfile p;
  p.town = query.base_town < dataset.towns.size() ? query.base_town : kNoIndex;
  std::vector<TagIndex> tags = query.tags;
  std::sort(tags.begin(), tags.end());
  tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
  p.goals.mask_valid = p.challenges.mask_valid = true;
  for (TagIndex tag : tags) {
    // size classes restate the population, which the size component compares on a log scale
    if (tag >= dataset.tags.size() || is_size_tag(dataset.tags[tag])) continue;
    const bool reduced = std::find(query.reduced_tags.begin(), query.reduced_tags.end(), tag) != query.reduced_tags.end();
    const double w = idf.weight(tag) * (reduced ? kViaCountyWeight : 1.0);
    if (w <= 0.0) continue;  // a tag the pool does not count (match_pool.cpp)
    push(dataset.tags[tag].kind == TagKind::Goal ? p.goals : p.challenges, tag, w);
  }
  p.goals.norm = std::sqrt(p.goals.norm);
  p.challenges.norm = std::sqrt(p.challenges.norm);
  if (query.population > 0.0 && std::isfinite(query.population)) {
    p.has_population = true;
    p.log_population = std::log(query.population);
    p.population = query.population;
  }
  p.settlement = settlements.find(query.settlement);
  p.has_location = query.has_location && std::isfinite(query.lat) && std::isfinite(query.lon);
  if (p.has_location) {
    p.lat = query.lat;
    p.lon = query.lon;
    const double la = query.lat * kDegToRad, lo = query.lon * kDegToRad;
    p.ux = std::cos(la) * std::cos(lo);
    p.uy = std::cos(la) * std::sin(lo);
    p.uz = std::sin(la);
  }
  return p;
}

}  // namespace atlas
