// Shared goals, challenges and partners of existing partners (see partners_in_common.h).
#include "partners_in_common.h"

#include <algorithm>

namespace atlas {

namespace {
std::vector<TagIndex> tags_of(const Dataset& d, TownIndex t, TagKind kind) {
  std::vector<TagIndex> out;
  for (const TownTag& tt : d.towns[t].tags)
    if (tt.tag < d.tags.size() && d.tags[tt.tag].kind == kind && !is_size_tag(d.tags[tt.tag])) out.push_back(tt.tag);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<TagIndex> shared(const Dataset& d, TownIndex a, TownIndex b, TagKind kind) {
  const std::vector<TagIndex> x = tags_of(d, a, kind), y = tags_of(d, b, kind);
  std::vector<TagIndex> out;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
  return out;
}
}  // namespace

std::vector<PartnerInCommon> partners_in_common(const Dataset& d, const MatchNetwork& network, TownIndex town) {
  std::vector<PartnerInCommon> out;
  if (town >= d.towns.size()) return out;
  for (PartnershipIndex p = 0; p < d.partnerships.size(); ++p) {
    const Partnership& link = d.partnerships[p];
    if (link.a != town && link.b != town) continue;
    PartnerInCommon e;
    e.partnership = p;
    e.partner = link.a == town ? link.b : link.a;
    if (e.partner >= d.towns.size()) continue;
    e.goals = shared(d, town, e.partner, TagKind::Goal);
    e.challenges = shared(d, town, e.partner, TagKind::Challenge);
    const std::string& ca = d.towns[town].country;
    const std::string& cb = d.towns[e.partner].country;
    for (TownIndex z : network.common_partners(network.node_of(town), network.node_of(e.partner)))
      if (d.towns[z].country != ca && d.towns[z].country != cb) e.partners_abroad.push_back(z);
    out.push_back(std::move(e));
  }
  std::stable_sort(out.begin(), out.end(), [&](const PartnerInCommon& x, const PartnerInCommon& y) {
    const bool ux = d.partnerships[x.partnership].nrw_uk, uy = d.partnerships[y.partnership].nrw_uk;
    return ux != uy ? ux : d.towns[x.partner].name < d.towns[y.partner].name;
  });
  return out;
}

}  // namespace atlas
