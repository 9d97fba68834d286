// One explained suggestion: a candidate, its total score and the score broken into
// components that sum to the total, each with its value, weight and the concrete facts
// behind it (shared tag ids, L3 paths as town index lists, shared third-country
// partners). Plain data for the suggestions panel, the CLI and the tests; turned into
// text by match_explanation.h.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "core/dataset.h"
#include "match_weights.h"

namespace atlas {

struct ComponentScore {
  MatchComponent component = MatchComponent::Goals;
  bool has_data = false;      // false: "no data" for this pair (not a mismatch)
  double value = 0.0;         // in [0, 1]; 0 without data
  double weight = 0.0;        // the weight used (negative weights count as 0)
  double contribution = 0.0;  // weight * value; the contributions sum to Suggestion::total

  // Facts; which fields are filled depends on the component.
  // Goals / Challenges: the shared tags, rarest first. Complement: the candidate's goals
  // the town does not have (complete-coverage tags only), rarest first.
  std::vector<TagIndex> tags;
  std::vector<TagIndex> shared_challenges;     // Complement: the shared challenges
  std::vector<std::vector<TownIndex>> paths;   // Network: strongest L3 paths, each {a, x, y, b}
  std::size_t path_count = 0;                  // Network: number of all L3 paths
  double path_weight = 0.0;                    // Network: sum of all L3 path weights
  std::vector<TownIndex> shared_partners;      // Network: partners both have in third countries
  std::size_t town_partners = 0, candidate_partners = 0;  // Network: known partners (node degree)
  double town_population = -1.0, candidate_population = -1.0;  // Size (< 0 unknown)
  int same_settlement = -1;                    // Size: 1 same, 0 different, -1 unknown
  double distance_km = -1.0;                   // Distance (< 0 unknown)
};

struct Suggestion {
  TownIndex town = kNoIndex;       // the query's base town (kNoIndex for a custom profile)
  TownIndex candidate = kNoIndex;
  double total = 0.0;               // the contributions' sum minus hub_penalty
  double hub_penalty = 0.0;        // subtracted by the hubness correction (match_pool.h, HubTerms)
  bool existing_partner = false;   // only returned when asked for (SuggestOptions)
  std::array<ComponentScore, kMatchComponentCount> components;

  const ComponentScore& operator[](MatchComponent c) const {
    return components[static_cast<std::size_t>(c)];
  }
  ComponentScore& operator[](MatchComponent c) { return components[static_cast<std::size_t>(c)]; }
};

}  // namespace atlas
