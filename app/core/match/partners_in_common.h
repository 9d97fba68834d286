// What a town and each of its existing partners share today: goals, challenges (size classes
// apart) and partners in third countries. It answers "what could we do together?", which is
// what reviving a quiet link needs. Used by the inspector and `atlas partners`.
#pragma once

#include <vector>

#include "core/dataset.h"
#include "match_network.h"

namespace atlas {

struct PartnerInCommon {
  PartnershipIndex partnership = kNoIndex;
  TownIndex partner = kNoIndex;             // the other end
  std::vector<TagIndex> goals;              // both carry (own or inherited), by tag index
  std::vector<TagIndex> challenges;         // both carry, size classes left out
  std::vector<TownIndex> partners_abroad;   // partners of both, in neither town's country
};

// One entry per partnership of `town` (NRW–UK links first, then by partner name).
std::vector<PartnerInCommon> partners_in_common(const Dataset& dataset, const MatchNetwork& network,
                                                TownIndex town);

}  // namespace atlas
