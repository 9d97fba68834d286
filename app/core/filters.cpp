// Filters -> visibility and counts (see filters.h).
//
// A partnership is shown when it is in scope, its kind, lifecycle, confidence and year
// pass, its NRW end lies in a chosen Kreis and its partner in a chosen area, and - when a
// tag or population filter is set - at least one of its ends matches it. A town is drawn
// when it ends a shown partnership, or when it is one of the base towns of the view (NRW
// municipalities and Kreise, UK councils and partner towns) and passes the town filters.
#include "filters.h"

#include <algorithm>

namespace atlas {

namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Tag and population part of the town filter (the "profile" filters).
struct ProfileFilter {
  std::vector<TagIndex> tags;  // resolved; unknown ids dropped
  bool tags_requested = false;
  TagMatch match = TagMatch::Any;
  double pop_min = -1.0, pop_max = -1.0;

  bool active() const { return tags_requested || pop_min >= 0 || pop_max >= 0; }

  bool passes(const Town& t) const {
    if (pop_min >= 0 || pop_max >= 0) {
      if (t.population < 0) return false;
      if (pop_min >= 0 && t.population < pop_min) return false;
      if (pop_max >= 0 && t.population > pop_max) return false;
    }
    if (!tags_requested) return true;
    std::size_t found = 0;
    for (TagIndex want : tags) {
      bool has = std::any_of(t.tags.begin(), t.tags.end(), [&](const TownTag& tt) { return tt.tag == want; });
      if (has) ++found;
      if (has && match == TagMatch::Any) return true;
    }
    // All: every requested tag, and requested ids that are not in the data match nothing.
    return match == TagMatch::All && !tags.empty() && found == tags.size();
  }
};

ProfileFilter make_profile_filter(const Dataset& d, const FilterState& f) {
  ProfileFilter p;
  p.tags_requested = !f.tags.empty();
  p.match = f.tag_match;
  for (const std::string& id : f.tags) {
    TagIndex t = d.find_tag(id);
    if (t != kNoIndex) p.tags.push_back(t);
    else if (f.tag_match == TagMatch::All) p.tags.push_back(kNoIndex);  // can never be carried
  }
  p.pop_min = f.population_min;
  p.pop_max = f.population_max;
  return p;
}

bool side_passes(const Dataset& d, TownIndex town, const FilterState& f) {
  const Town& t = d.towns[town];
  if (is_nrw(t.role)) return f.kreise.empty() || contains(f.kreise, kreis_of(d, town));
  return f.partner_areas.empty() || contains(f.partner_areas, partner_area_of(d, town)) ||
         (t.country == "GB" && contains(f.partner_areas, "GB"));
}

bool bit(std::uint8_t set, std::uint8_t value) { return value < 8 && (set >> value) & 1u; }

bool link_kind_passes(const Partnership& p, const FilterState& f) {
  return bit(f.kinds, static_cast<std::uint8_t>(p.kind)) && bit(f.lifecycles, static_cast<std::uint8_t>(p.status)) &&
         bit(f.confidences, static_cast<std::uint8_t>(p.confidence));
}

bool link_year_passes(const Partnership& p, const FilterState& f) {
  const int year = p.start_year();
  if (year == 0) return f.show_year_unknown;
  return year >= std::min(f.year_from, f.year_to) && year <= std::max(f.year_from, f.year_to);
}

}  // namespace

bool FilterState::operator==(const FilterState& o) const {
  return scope == o.scope && tags == o.tags && tag_match == o.tag_match && kreise == o.kreise &&
         partner_areas == o.partner_areas && population_min == o.population_min &&
         population_max == o.population_max && kinds == o.kinds && lifecycles == o.lifecycles &&
         confidences == o.confidences && show_suggestions == o.show_suggestions && year_from == o.year_from &&
         year_to == o.year_to && show_year_unknown == o.show_year_unknown;
}

std::string partner_area_of(const Dataset& d, TownIndex town) {
  if (town >= d.towns.size()) return "";
  const Town& t = d.towns[town];
  if (t.country != "GB") return t.country;
  const std::string* nation = &t.region;
  if (nation->empty() && t.parent < d.towns.size()) nation = &d.towns[t.parent].region;
  if (*nation == "England") return "GB-ENG";
  if (*nation == "Scotland") return "GB-SCT";
  if (*nation == "Wales") return "GB-WLS";
  if (*nation == "Northern Ireland") return "GB-NIR";
  return "GB";
}

bool in_scope(const Partnership& p, Scope scope) {
  return !p.context_only && (scope == Scope::AllNrw || p.nrw_uk);
}

const std::string& kreis_of(const Dataset& d, TownIndex town) {
  static const std::string kNone;
  if (town >= d.towns.size()) return kNone;
  const Town& t = d.towns[town];
  if (t.role == TownRole::NrwKreis) return t.id;
  if (t.role == TownRole::NrwMunicipality && t.parent < d.towns.size()) return d.towns[t.parent].id;
  return kNone;
}

bool town_passes(const Dataset& d, TownIndex town, const FilterState& f) {
  if (town >= d.towns.size()) return false;
  return side_passes(d, town, f) && make_profile_filter(d, f).passes(d.towns[town]);
}

FilterResult apply_filters(const Dataset& d, const FilterState& f) {
  FilterResult r;
  r.town_visible.assign(d.towns.size(), 0);
  r.partnership_visible.assign(d.partnerships.size(), 0);
  const ProfileFilter profile = make_profile_filter(d, f);
  std::vector<std::uint8_t> profile_ok(d.towns.size(), 0), side_ok(d.towns.size(), 0);
  for (TownIndex i = 0; i < d.towns.size(); ++i) {
    profile_ok[i] = profile.passes(d.towns[i]);
    side_ok[i] = side_passes(d, i, f);
  }
  std::vector<std::uint8_t> ends(d.towns.size(), 0);
  FilterCounts& c = r.counts;
  for (PartnershipIndex i = 0; i < d.partnerships.size(); ++i) {
    const Partnership& p = d.partnerships[i];
    if (!in_scope(p, f.scope) || p.a >= d.towns.size() || p.b >= d.towns.size()) continue;
    ++c.partnerships_total;
    const int year = p.start_year();
    if (year == 0) {
      ++c.year_unknown_total;
    } else {
      c.first_year = c.first_year == 0 ? year : std::min(c.first_year, year);
      c.last_year = std::max(c.last_year, year);
    }
    bool pass = link_kind_passes(p, f) && side_ok[p.a] && side_ok[p.b] &&
                (!profile.active() || profile_ok[p.a] || profile_ok[p.b]);
    if (!pass) continue;
    if (year == 0) ++c.year_unknown_matching;
    if (!link_year_passes(p, f)) continue;
    r.partnership_visible[i] = 1;
    ++c.partnerships_visible;
    ends[p.a] = ends[p.b] = 1;
  }
  for (TownIndex i = 0; i < d.towns.size(); ++i) {
    bool base_match = is_base_town(d.towns[i].role) && profile_ok[i] && side_ok[i];
    if (base_match) ++c.towns_matching;
    if (ends[i]) ++c.partnership_towns;
    r.town_visible[i] = ends[i] || base_match;
    if (r.town_visible[i]) ++c.towns_visible;
  }
  return r;
}

void reveal_selection(const Dataset& d, const FilterState& f, TownIndex town, std::vector<std::uint8_t>& town_visible,
                      std::vector<std::uint8_t>& partnership_visible) {
  if (town >= d.towns.size() || town_visible.size() != d.towns.size() ||
      partnership_visible.size() != d.partnerships.size())
    return;
  town_visible[town] = 1;
  for (PartnershipIndex i = 0; i < d.partnerships.size(); ++i) {
    const Partnership& p = d.partnerships[i];
    if ((p.a != town && p.b != town) || p.a >= d.towns.size() || p.b >= d.towns.size()) continue;
    if (!link_kind_passes(p, f) || !link_year_passes(p, f)) continue;
    partnership_visible[i] = 1;
    town_visible[p.a] = town_visible[p.b] = 1;
  }
}

bool update_visible_set(VisibleSet& current, VisibleSet next) {
  bool same = current.town_visible == next.town_visible &&
              current.partnership_visible == next.partnership_visible &&
              current.town_highlight == next.town_highlight && current.suggestions.size() == next.suggestions.size();
  if (same) {
    for (std::size_t i = 0; i < next.suggestions.size(); ++i) {
      const SuggestedLink &a = current.suggestions[i], &b = next.suggestions[i];
      if (a.from != b.from || a.to != b.to || a.score != b.score || a.for_selection != b.for_selection) {
        same = false;
        break;
      }
    }
  }
  if (same) return false;
  next.revision = current.revision + 1;
  current = std::move(next);
  return true;
}

}  // namespace atlas
