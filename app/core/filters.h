// Filters: which towns and partnerships the globe shows, decided from the Dataset and a
// FilterState (part of AppState, so shared links restore it). Produces the per-town and
// per-partnership visibility that goes into the VisibleSet, and the live counts the
// filters panel shows ("38 of 127 partnerships, 41 towns"). Partnerships without a known
// start year are never silently dropped: they are counted on their own, and a toggle
// decides whether they are shown.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dataset.h"
#include "visible_set.h"

namespace atlas {

// Which partnerships the view is about: the NRW–UK links, or every known partnership of
// an NRW town (partners anywhere in the world).
enum class Scope : std::uint8_t { NrwUk, AllNrw };

enum class TagMatch : std::uint8_t { Any, All };

// Bit sets over the enums in dataset.h: bit i = enum value i.
constexpr std::uint8_t kAllKinds = 0x0F;        // PartnershipKind (4 values)
constexpr std::uint8_t kAllLifecycles = 0x07;   // PartnershipStatus (3 values)
constexpr std::uint8_t kAllConfidences = 0x07;  // Confidence (3 values)
constexpr int kYearMin = 1900;
constexpr int kYearMax = 2030;

struct FilterState {
  Scope scope = Scope::NrwUk;
  // Goals and challenges: a town matches when it carries any / all of these tag ids.
  std::vector<std::string> tags;
  TagMatch tag_match = TagMatch::Any;
  // NRW side: Kreis ids ("DE:05315"); empty = every Kreis.
  std::vector<std::string> kreise;
  // Partner side: "GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR" (UK nations) or ISO alpha-2
  // country codes ("FR"); empty = everywhere.
  std::vector<std::string> partner_areas;
  // Population range of a town (< 0: open end). Towns with unknown population fail a
  // population filter.
  double population_min = -1.0, population_max = -1.0;
  std::uint8_t kinds = kAllKinds;
  std::uint8_t lifecycles = kAllLifecycles;
  std::uint8_t confidences = kAllConfidences;
  bool show_suggestions = true;  // suggested links for the selected town
  // Founding year range, inclusive; partnerships without a known year are governed by
  // show_year_unknown alone.
  int year_from = kYearMin, year_to = kYearMax;
  bool show_year_unknown = true;

  bool town_filter_active() const {
    return !tags.empty() || !kreise.empty() || !partner_areas.empty() || population_min >= 0 ||
           population_max >= 0;
  }
  bool operator==(const FilterState& o) const;
  bool operator!=(const FilterState& o) const { return !(*this == o); }
};

struct FilterCounts {
  std::size_t partnerships_total = 0;    // in scope, before filtering
  std::size_t partnerships_visible = 0;  // passing every filter (incl. the year-unknown toggle)
  std::size_t partnership_towns = 0;     // distinct towns at the ends of visible partnerships
  std::size_t towns_visible = 0;         // towns drawn (partnership ends + matching towns)
  std::size_t towns_matching = 0;        // towns passing the town filters, in scope
  std::size_t year_unknown_total = 0;    // partnerships in scope without a start year
  std::size_t year_unknown_matching = 0; // ... of which pass every other filter (shown or not)
  int first_year = 0, last_year = 0;     // range of known start years in scope (0: none)
};

struct FilterResult {
  std::vector<std::uint8_t> town_visible;         // per town
  std::vector<std::uint8_t> partnership_visible;  // per partnership
  FilterCounts counts;
};

// "GB-WLS" for a Welsh council (also for a UK partner town, through its council),
// "GB" when the nation is unknown, the ISO code elsewhere.
std::string partner_area_of(const Dataset& dataset, TownIndex town);

// True when the partnership belongs to the scope.
bool in_scope(const Partnership& p, Scope scope);

// The Kreis id of an NRW town (itself for a Kreis), or "" for other towns.
const std::string& kreis_of(const Dataset& dataset, TownIndex town);

// Whether a town passes the tag, population and area filters.
bool town_passes(const Dataset& dataset, TownIndex town, const FilterState& filter);

FilterResult apply_filters(const Dataset& dataset, const FilterState& filter);

// Whatever is selected is drawn: the town itself (a town abroad, a Kreis, a UK council's
// partner outside the scope) and its partnerships that pass the kind, status, confidence and
// year filters, even where the scope, the area or the goal filters leave them out.
void reveal_selection(const Dataset& dataset, const FilterState& filter, TownIndex town,
                      std::vector<std::uint8_t>& town_visible, std::vector<std::uint8_t>& partnership_visible);

// Puts `next` into `current` and bumps its revision when anything drawn differs.
// Returns true when it changed.
bool update_visible_set(VisibleSet& current, VisibleSet next);

}  // namespace atlas
