// VisibleSet: what the globe should draw right now, as decided by filters, suggestions
// and graph exploration. Produced by core/UI code, consumed by the scene builder: the
// contract between "what to show" and "how to draw it". `revision` changes whenever any
// content changes, so the renderer re-uploads only then.
#pragma once

#include <cstdint>
#include <vector>

#include "dataset.h"

namespace atlas {

struct SuggestedLink {
  TownIndex from = kNoIndex;  // the town the suggestion is for
  TownIndex to = kNoIndex;    // the suggested partner
  double score = 0.0;
  bool for_selection = false;  // the selected town's own suggestions (always drawn)
};

struct VisibleSet {
  std::vector<std::uint8_t> town_visible;         // per town index: 1 = draw
  std::vector<std::uint8_t> partnership_visible;  // per partnership index: 1 = draw
  std::vector<SuggestedLink> suggestions;         // suggested arcs to draw
  std::vector<std::uint8_t> town_highlight;       // per town: 1 = highlighted (ego network, path); empty = none
  std::uint64_t revision = 0;
};

// Everything that has a place in the NRW–UK view visible: NRW municipalities and Kreise,
// UK councils and partner towns, and every partnership; no suggestions.
VisibleSet make_default_visible_set(const Dataset& dataset);

}  // namespace atlas
