// Candidate pools (see match_pool.h).
#include "match_pool.h"

#include <algorithm>
#include <cstring>

namespace atlas {

namespace {
constexpr const char* kPoolKeys[kPoolKindCount] = {"uk", "europe", "uk-council"};
constexpr double kEuropeMinPopulation = 10000.0;

bool is_london_borough(const Town& t) { return t.role == TownRole::UkCouncil && t.subregion == "London"; }
bool is_uk_place(const Town& t) {
  return t.role == TownRole::UkPartnerTown || (t.role == TownRole::EuropeCandidate && t.country == "GB");
}
}  // namespace

const char* pool_key(PoolKind kind) { return kPoolKeys[static_cast<std::size_t>(kind)]; }

bool parse_pool_key(const char* key, PoolKind& out) {
  if (!key) return false;
  for (std::size_t i = 0; i < kPoolKindCount; ++i)
    if (std::strcmp(key, kPoolKeys[i]) == 0) {
      out = static_cast<PoolKind>(i);
      return true;
    }
  return false;
}

bool in_pool(const Dataset& dataset, TownIndex town, PoolKind kind) {
  if (town >= dataset.towns.size()) return false;
  const Town& t = dataset.towns[town];
  switch (kind) {
    case PoolKind::Uk:
      return is_uk_place(t) || is_london_borough(t);
    case PoolKind::Europe:
      return (t.role == TownRole::EuropeCandidate && t.country != "GB") ||
             (is_uk_place(t) && t.population >= kEuropeMinPopulation);
    case PoolKind::UkCouncil:
      return t.role == TownRole::UkCouncil || t.role == TownRole::UkRegion;
  }
  return false;
}

TownRole query_role(PoolKind kind) {
  return kind == PoolKind::UkCouncil ? TownRole::NrwKreis : TownRole::NrwMunicipality;
}

TownIndex member_council(const Dataset& dataset, TownIndex town) {
  if (town >= dataset.towns.size()) return kNoIndex;
  const Town& t = dataset.towns[town];
  if (t.role == TownRole::UkCouncil) return town;
  if (t.country == "GB" && t.parent < dataset.towns.size() && dataset.towns[t.parent].role == TownRole::UkCouncil)
    return t.parent;
  return kNoIndex;
}

namespace {
// In a pool of many countries a tag counts only where its sources cover most of the pool:
// UK-only and Germany-only lists (climate emergency declarations, coalfields, universities,
// Fairtrade) would otherwise lift the UK places above the towns of countries where nobody
// recorded such facts. A tag carried in fewer than half of the pool's countries gets weight 0.
void drop_tags_of_few_countries(const Dataset& dataset, MatchPool& pool) {
  auto add = [](std::vector<std::string>& list, const std::string& c) {
    if (std::find(list.begin(), list.end(), c) == list.end()) list.push_back(c);
  };
  std::vector<std::string> all;
  std::vector<std::vector<std::string>> countries(dataset.tags.size());
  for (TownIndex t : pool.members) {
    add(all, dataset.towns[t].country);
    for (const TownTag& tt : dataset.towns[t].tags)
      if (tt.tag < countries.size()) add(countries[tt.tag], dataset.towns[t].country);
  }
  for (std::size_t tag = 0; tag < countries.size(); ++tag)
    if (2 * countries[tag].size() < all.size()) pool.idf.idf[tag] = 0.0;
}
}  // namespace

double HubTerms::penalty(std::uint32_t member, const MatchWeights& weights, const PairScores& pair) const {
  if (!built || member >= mean.size()) return 0.0;
  bool fires = false;
  for (std::size_t c = 0; c < kMatchComponentCount; ++c) fires = fires || (hub_prone(kMatchComponents[c]) && pair.value[c] > 0.0);
  if (!fires) return 0.0;
  double p = 0.0;
  for (std::size_t c = 0; c < kMatchComponentCount; ++c) p += std::max(weights.weight[c], 0.0) * mean[member][c];
  return p;
}

MatchPool build_match_pool(const Dataset& dataset, PoolKind kind, const SettlementClasses& settlements) {
  MatchPool pool;
  pool.kind = kind;
  std::vector<TownIndex> reference;
  for (TownIndex t = 0; t < dataset.towns.size(); ++t) {
    const bool member = in_pool(dataset, t, kind);
    if (member) pool.members.push_back(t);
    if (member || dataset.towns[t].role == TownRole::NrwMunicipality) reference.push_back(t);
  }
  std::sort(pool.members.begin(), pool.members.end(), [&](TownIndex a, TownIndex b) {
    const std::string& ia = dataset.towns[a].id;
    const std::string& ib = dataset.towns[b].id;
    return ia != ib ? ia < ib : a < b;
  });
  pool.idf = build_idf_table(dataset, reference);
  if (kind == PoolKind::Europe) drop_tags_of_few_countries(dataset, pool);
  pool.member_of.assign(dataset.towns.size(), kNoIndex);
  pool.profiles.reserve(pool.members.size());
  pool.councils.reserve(pool.members.size());
  for (std::uint32_t i = 0; i < pool.members.size(); ++i) {
    pool.member_of[pool.members[i]] = i;
    pool.profiles.push_back(
        make_profile(dataset, MatchQuery::for_town(dataset, pool.members[i]), pool.idf, settlements));
    pool.councils.push_back(member_council(dataset, pool.members[i]));
  }
  return pool;
}

}  // namespace atlas
