// Default visible set (see visible_set.h).
#include "visible_set.h"

namespace atlas {

VisibleSet make_default_visible_set(const Dataset& dataset) {
  VisibleSet v;
  v.town_visible.resize(dataset.towns.size(), 0);
  for (TownIndex i = 0; i < dataset.towns.size(); ++i) {
    TownRole r = dataset.towns[i].role;
    v.town_visible[i] = r == TownRole::NrwMunicipality || r == TownRole::NrwKreis || r == TownRole::UkCouncil ||
                        r == TownRole::UkPartnerTown;
  }
  v.partnership_visible.assign(dataset.partnerships.size(), 1);
  for (const Partnership& p : dataset.partnerships) {
    if (p.a != kNoIndex) v.town_visible[p.a] = 1;
    if (p.b != kNoIndex) v.town_visible[p.b] = 1;
  }
  v.revision = 1;
  return v;
}

}  // namespace atlas
