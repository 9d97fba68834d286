// Taking a council's own list into the dataset (see own_data_merge.h).
#include "own_data_merge.h"

#include <algorithm>
#include <unordered_map>

namespace atlas {

namespace {
std::uint64_t pair_key(TownIndex a, TownIndex b) {
  if (a > b) std::swap(a, b);
  return (std::uint64_t(a) << 32) | b;
}

PartnershipKind kind_of(const std::string& key) {
  if (key == "friendship") return PartnershipKind::Friendship;
  if (key == "contact") return PartnershipKind::Contact;
  return PartnershipKind::Partnership;
}

PartnershipStatus status_of(const std::string& key) {
  if (key == "dormant") return PartnershipStatus::Dormant;
  if (key == "ended") return PartnershipStatus::Ended;
  return PartnershipStatus::Active;
}
}  // namespace

OwnDataMergeResult merge_own_data(Dataset& d, const OwnData& data, const ResolvedOwnData& resolved, OwnDataMode mode,
                                  const std::string& file_name) {
  OwnDataMergeResult result;
  if (mode == OwnDataMode::Replace) {
    const std::size_t before = d.partnerships.size();
    d.partnerships.erase(std::remove_if(d.partnerships.begin(), d.partnerships.end(),
                                        [](const Partnership& p) { return !p.context_only && !p.own_data; }),
                         d.partnerships.end());
    result.removed = before - d.partnerships.size();
  }
  std::unordered_map<std::uint64_t, std::size_t> existing;
  for (std::size_t i = 0; i < d.partnerships.size(); ++i)
    existing.emplace(pair_key(d.partnerships[i].a, d.partnerships[i].b), i);

  const auto source = static_cast<std::uint32_t>(d.sources.size());
  d.sources.push_back({"own_data:" + file_name, "Own list: " + file_name, "", "", ""});
  // The data may hold a link at the level of the body above a town of the same name (Bonn–Oxford
  // with Oxford's council): the same link.
  auto namesake_parent = [&](TownIndex t) {
    const TownIndex p = d.towns[t].parent;
    return p < d.towns.size() && d.towns[p].name == d.towns[t].name ? p : t;
  };
  auto find_existing = [&](TownIndex x, TownIndex y) {
    for (TownIndex a : {x, namesake_parent(x)})
      for (TownIndex b : {y, namesake_parent(y)})
        if (auto it = existing.find(pair_key(a, b)); it != existing.end()) return it;
    return existing.end();
  };
  for (const ResolvedLink& r : resolved.links) {
    const OwnLink& l = data.links[r.link];
    auto it = find_existing(r.town, r.partner);
    if (it != existing.end()) {
      Partnership& p = d.partnerships[it->second];
      if (!p.own_data) ++result.marked;
      p.own_data = true;
      continue;
    }
    Partnership p;
    const bool swap = !is_nrw(d.towns[r.town].role) && is_nrw(d.towns[r.partner].role);
    p.a = swap ? r.partner : r.town;
    p.b = swap ? r.town : r.partner;
    p.id = "own:" + d.towns[p.a].id + "--" + d.towns[p.b].id;
    p.kind = kind_of(l.kind);
    p.status = status_of(l.status);
    p.confidence = Confidence::Unverified;
    Town& partner = d.towns[p.b];
    if (is_nrw(d.towns[p.a].role) && partner.role == TownRole::EuropeCandidate && partner.country == "GB")
      partner.role = TownRole::UkPartnerTown;
    p.nrw_uk = is_nrw(d.towns[p.a].role) && is_uk(partner.role);
    p.context_only = !is_nrw(d.towns[p.a].role) && !is_nrw(d.towns[p.b].role);
    if (l.year) p.years.push_back({l.year, source});
    p.sources.push_back(source);
    p.notes = l.source;
    p.own_data = true;
    existing.emplace(pair_key(p.a, p.b), d.partnerships.size());
    d.partnerships.push_back(std::move(p));
    ++result.added;
  }
  return result;
}

}  // namespace atlas
