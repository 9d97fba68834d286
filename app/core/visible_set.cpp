// Default visible set (see visible_set.h).
#include "visible_set.h"

namespace atlas {

VisibleSet make_default_visible_set(const Dataset& dataset) {
  VisibleSet v;
  v.town_visible.resize(dataset.towns.size(), 0);
  for (TownIndex i = 0; i < dataset.towns.size(); ++i) v.town_visible[i] = is_base_town(dataset.towns[i].role);
  // all partnerships with an NRW end; a UK council's partnerships abroad are matcher context only
  v.partnership_visible.assign(dataset.partnerships.size(), 0);
  for (std::size_t i = 0; i < dataset.partnerships.size(); ++i) {
    const Partnership& p = dataset.partnerships[i];
    if (p.context_only) continue;
    v.partnership_visible[i] = 1;
    if (p.a != kNoIndex) v.town_visible[p.a] = 1;
    if (p.b != kNoIndex) v.town_visible[p.b] = 1;
  }
  v.revision = 1;
  return v;
}

}  // namespace atlas
