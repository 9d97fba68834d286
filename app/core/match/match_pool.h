// Candidate pools for suggestions, each built once: members in town-id order (the tie-break
// order), the idf table over the pool plus the NRW municipalities, every
// member's weighted profile, and the council each member counts against in a list's cap.
//   uk          UK places (GeoNames towns, partner towns, London's borough councils) for NRW
//               municipalities: the default, comparable units
//   europe      places elsewhere in Europe plus UK places of 10,000 people or more
//   uk-council  UK councils and counties for NRW Kreise (`--level kreis`)
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "core/dataset.h"
#include "match_profile.h"
#include "match_scorer.h"
#include "match_weights.h"

namespace atlas {

enum class PoolKind : std::uint8_t { Uk, Europe, UkCouncil };
constexpr std::size_t kPoolKindCount = 3;

const char* pool_key(PoolKind kind);                   // "uk", "europe", "uk-council"
bool parse_pool_key(const char* key, PoolKind& out);   // false when unknown
// Whether a town is a member of a pool (see the table above).
bool in_pool(const Dataset& dataset, TownIndex town, PoolKind kind);
// The NRW towns a pool is meant for: municipalities, or Kreise for uk-council.
TownRole query_role(PoolKind kind);
// The UK council a pool member counts against in a list's cap of places per council: a
// place's council, a council itself; kNoIndex outside the UK.
TownIndex member_council(const Dataset& dataset, TownIndex town);

// Hubness correction after CSLS (Conneau et al. 2018), one term per member and component: the
// mean value of each hub-prone component between the member and its `neighbours` nearest
// queries of the pool's NRW side (nearest by the default weights). For weights w and a pair
// the member's penalty is Σ w_c · mean_c over the components that are non-zero for that pair
// (a component that does not fire has nothing to correct); a candidate's corrected score is
// its total minus hub_correction · penalty. Built once per pool; weight changes need no rebuild.
// The components a candidate can be a hub in: the tag and network components, where a place
// with common tags or many partners is a little similar to everyone. Size and distance are
// one-dimensional and every candidate is nearest to the towns around its own value, so their
// terms would only lift outliers (a place of 1,000 people or of 500,000) up every list.
constexpr bool hub_prone(MatchComponent c) {
  return c == MatchComponent::Goals || c == MatchComponent::Challenges || c == MatchComponent::Complement ||
         c == MatchComponent::Network;
}

struct HubTerms {
  bool built = false;
  std::size_t neighbours = 10;
  std::vector<std::array<double, kMatchComponentCount>> mean;  // per member
  double build_ms = 0.0;

  double penalty(std::uint32_t member, const MatchWeights& weights, const PairScores& pair) const;
};

struct MatchPool {
  PoolKind kind = PoolKind::Uk;
  std::vector<TownIndex> members;       // sorted by Town::id
  std::vector<MatchProfile> profiles;   // parallel to members
  std::vector<TownIndex> councils;      // parallel to members: member_council
  IdfTable idf;                         // reference set: members + NRW municipalities (the Kreise
                                        // are too few to say what is rare)
  std::vector<std::uint32_t> member_of; // town -> position in members, kNoIndex if not a member

  std::uint32_t position(TownIndex town) const {
    return town < member_of.size() ? member_of[town] : kNoIndex;
  }
};

MatchPool build_match_pool(const Dataset& dataset, PoolKind kind, const SettlementClasses& settlements);

}  // namespace atlas
