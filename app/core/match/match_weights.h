// The components of a match score and the user's weights for them (the suggestion
// panel's sliders, the URL state, the CLI). Plain data; see match_scorer.h for how each
// component is computed.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace atlas {

enum class MatchComponent : std::uint8_t {
  Goals,       // shared goals: cosine of idf-weighted goal-tag vectors
  Challenges,  // shared challenges: cosine of idf-weighted challenge-tag vectors
  Size,        // similar population (and the same settlement class where known)
  Complement,  // candidate has goals the town lacks, times shared challenges
  Network,     // partners of partners (L3 paths) and shared third-country partners
  Distance,    // nearness on the globe (off by default)
};
constexpr std::size_t kMatchComponentCount = 6;
constexpr std::array<MatchComponent, kMatchComponentCount> kMatchComponents = {
    MatchComponent::Goals,      MatchComponent::Challenges, MatchComponent::Size,
    MatchComponent::Complement, MatchComponent::Network,    MatchComponent::Distance};

// Stable machine key ("goals", "challenges", ...) for CSV columns, JSON and URL state.
const char* component_key(MatchComponent c);
// Display names.
const char* component_label_en(MatchComponent c);
const char* component_label_de(MatchComponent c);
// Parses a component key; returns false when unknown.
bool parse_component_key(const char* key, MatchComponent& out);

struct MatchWeights {
  // Weight per component, indexed by MatchComponent. Must be >= 0 (negative weights are
  // treated as 0). A weight of 0 removes the component from the score.
  std::array<double, kMatchComponentCount> weight = {1.0, 1.0, 0.5, 0.5, 1.0, 0.0};

  // Shape parameters (not sliders).
  double size_scale = 1.0;           // s in exp(-|ln pa - ln pb| / s)
  double settlement_share = 0.25;    // part of the size component decided by the settlement class
  double distance_scale_km = 500.0;  // D in exp(-km / D)
  // λ in total − λ · Σ w_c · hub_c(candidate) (match_pool.h, HubTerms); 0 turns the correction
  // off. 0.5 ranks as CSLS's 2·sim − r(candidate) does.
  double hub_correction = 0.5;

  double& operator[](MatchComponent c) { return weight[static_cast<std::size_t>(c)]; }
  double operator[](MatchComponent c) const { return weight[static_cast<std::size_t>(c)]; }
  bool operator==(const MatchWeights& o) const {
    return weight == o.weight && size_scale == o.size_scale &&
           settlement_share == o.settlement_share && distance_scale_km == o.distance_scale_km &&
           hub_correction == o.hub_correction;
  }
  bool operator!=(const MatchWeights& o) const { return !(*this == o); }
};

}  // namespace atlas
