// Candidate pools (see match_pool.h).
#include "match_pool.h"

#include <algorithm>
#include <cstring>

namespace atlas {

const char* pool_key(PoolKind kind) { return kind == PoolKind::Uk ? "uk" : "europe"; }

bool parse_pool_key(const char* key, PoolKind& out) {
  if (!key) return false;
  if (std::strcmp(key, "uk") == 0) {
    out = PoolKind::Uk;
    return true;
  }
  if (std::strcmp(key, "europe") == 0) {
    out = PoolKind::Europe;
    return true;
  }
  return false;
}

TownRole pool_role(PoolKind kind) {
  return kind == PoolKind::Uk ? TownRole::UkCouncil : TownRole::EuropeCandidate;
}

MatchPool build_match_pool(const Dataset& dataset, PoolKind kind, const SettlementClasses& settlements) {
  MatchPool pool;
  pool.kind = kind;
  const TownRole role = pool_role(kind);
  std::vector<TownIndex> reference;
  for (TownIndex t = 0; t < dataset.towns.size(); ++t) {
    const TownRole r = dataset.towns[t].role;
    if (r == role) pool.members.push_back(t);
    if (r == role || r == TownRole::NrwMunicipality) reference.push_back(t);
  }
  std::sort(pool.members.begin(), pool.members.end(), [&](TownIndex a, TownIndex b) {
    const std::string& ia = dataset.towns[a].id;
    const std::string& ib = dataset.towns[b].id;
    return ia != ib ? ia < ib : a < b;
  });
  pool.idf = build_idf_table(dataset, reference);
  pool.member_of.assign(dataset.towns.size(), kNoIndex);
  pool.profiles.reserve(pool.members.size());
  for (std::uint32_t i = 0; i < pool.members.size(); ++i) {
    pool.member_of[pool.members[i]] = i;
    pool.profiles.push_back(
        make_profile(dataset, MatchQuery::for_town(dataset, pool.members[i]), pool.idf, settlements));
  }
  return pool;
}

}  // namespace atlas
