// Lookups and derived values of the data model (see dataset.h).
#include "dataset.h"

#include <algorithm>

namespace atlas {

int Partnership::start_year() const {
  int best = 0;
  for (const PartnershipYear& y : years)
    if (y.year > 0 && (best == 0 || y.year < best)) best = y.year;
  return best;
}

TownIndex Dataset::find_town(const std::string& id) const {
  auto it = town_by_id.find(id);
  return it == town_by_id.end() ? kNoIndex : it->second;
}

TagIndex Dataset::find_tag(const std::string& id) const {
  auto it = tag_by_id.find(id);
  return it == tag_by_id.end() ? kNoIndex : it->second;
}

void Dataset::rebuild_indices() {
  town_by_id.clear();
  tag_by_id.clear();
  for (TownIndex i = 0; i < towns.size(); ++i) town_by_id.emplace(towns[i].id, i);
  for (TagIndex i = 0; i < tags.size(); ++i) tag_by_id.emplace(tags[i].id, i);
}


const SideCoverage* Tag::side(const std::string& country) const {
  for (const SideCoverage& s : sides)
    if (s.country == country) return &s;
  return nullptr;
}

Coverage Tag::coverage_in(const std::string& country) const {
  const SideCoverage* s = side(country);
  return s ? s->coverage : coverage;
}

const char* partnership_kind_key(PartnershipKind kind) {
  switch (kind) {
    case PartnershipKind::Partnership: return "partnership";
    case PartnershipKind::Friendship: return "friendship";
    case PartnershipKind::KreisPartnership: return "kreis";
    case PartnershipKind::Contact: return "contact";
  }
  return "partnership";
}

const char* partnership_status_key(PartnershipStatus status) {
  switch (status) {
    case PartnershipStatus::Active: return "active";
    case PartnershipStatus::Dormant: return "dormant";
    case PartnershipStatus::Ended: return "ended";
  }
  return "active";
}

bool is_size_tag(const Tag& tag) { return tag.id.compare(0, 5, "size_") == 0; }

}  // namespace atlas
