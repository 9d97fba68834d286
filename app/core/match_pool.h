// Candidate pools for suggestions: the UK pool (lower-tier and unitary councils, the
// bodies that twin) and the European pool (deduplicated European candidate towns). Each
// pool is built once: members in town-id order (the tie-break order), the idf table
// over the pool plus the NRW municipalities, and every member's weighted profile.
#pragma once

#include <cstdint>
#include <vector>

#include "dataset.h"
#include "match_profile.h"

namespace atlas {

enum class PoolKind : std::uint8_t { Uk, Europe };
constexpr std::size_t kPoolKindCount = 2;

const char* pool_key(PoolKind kind);                   // "uk", "europe"
bool parse_pool_key(const char* key, PoolKind& out);   // false when unknown
TownRole pool_role(PoolKind kind);                     // UkCouncil, EuropeCandidate

struct MatchPool {
  PoolKind kind = PoolKind::Uk;
  std::vector<TownIndex> members;       // sorted by Town::id
  std::vector<MatchProfile> profiles;   // parallel to members
  IdfTable idf;                         // reference set: members + NRW municipalities
  std::vector<std::uint32_t> member_of; // town -> position in members, kNoIndex if not a member

  std::uint32_t position(TownIndex town) const {
    return town < member_of.size() ? member_of[town] : kNoIndex;
  }
};

MatchPool build_match_pool(const Dataset& dataset, PoolKind kind, const SettlementClasses& settlements);

}  // namespace atlas
