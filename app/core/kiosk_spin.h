// The spinning kiosk (`kiosk=spin`): every interval it shows one NRW–UK partnership, chosen at
// random with a seed (SplitMix64: the same sequence on every platform, so a test with `seed=`
// sees the same partnerships), never the same one twice in a row, with its caption in German
// and English ("Bonn – Oxford: Städtepartnerschaft seit 1947").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dataset.h"
#include "split_mix64.h"

namespace atlas {

struct KioskCaption {
  std::string de, en;
};

class KioskSpin {
 public:
  KioskSpin(const Dataset& dataset, std::uint64_t seed);
  bool empty() const { return links_.empty(); }
  // The next partnership to show; kNoIndex when the data has no NRW–UK link.
  PartnershipIndex next();

 private:
  std::vector<PartnershipIndex> links_;
  SplitMix64 random_;
  PartnershipIndex last_ = kNoIndex;
};

KioskCaption kiosk_caption(const Dataset& dataset, PartnershipIndex partnership);

}  // namespace atlas
