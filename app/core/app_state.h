// AppState: everything a shared link restores (view, selection, filters, suggestion
// weights and pool, graph exploration, the "my town" profile). One struct, owned by the
// app, serialised to the URL hash by url_state. Plain data only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "filters.h"
#include "match/match_pool.h"
#include "match/match_weights.h"

namespace atlas {

struct CameraState {
  // Default view: NRW and the whole UK in frame.
  double lat = 53.2;       // degrees, [-90, 90]
  double lon = 1.5;        // degrees, [-180, 180]
  double distance = 2.1;   // camera distance from the globe centre in earth radii, [1.05, 12]
  bool operator==(const CameraState& o) const {
    return lat == o.lat && lon == o.lon && distance == o.distance;
  }
};

// Graph exploration around the selected town.
struct GraphState {
  std::uint32_t ego_hops = 0;  // 0: no ego network; else highlight towns within this many hops
  std::string path_to;         // town id: highlight the shortest path from the selection to it
  bool partners_abroad = true; // the network also holds its towns' partners abroad (three-town circles)
  bool operator==(const GraphState& o) const {
    return ego_hops == o.ego_hops && path_to == o.path_to && partners_abroad == o.partners_abroad;
  }
  bool operator!=(const GraphState& o) const { return !(*this == o); }
};

// "My town" mode: suggestions for a profile the user edits (starting from a real town or
// from nothing) instead of for the selected town.
struct MyTownState {
  bool active = false;
  std::string base_town;          // town id the profile started from (network, exclusions), or empty
  std::vector<std::string> tags;  // goal and challenge tag ids
  double population = -1.0;       // < 0: unknown
  bool operator==(const MyTownState& o) const {
    return active == o.active && base_town == o.base_town && tags == o.tags && population == o.population;
  }
  bool operator!=(const MyTownState& o) const { return !(*this == o); }
};

struct AppState {
  CameraState camera;
  std::string selected_town;  // town id ("DE:05315000") or empty
  FilterState filters;
  MatchWeights weights;
  PoolKind pool = PoolKind::Uk;
  // The globe shows the first suggestion of every NRW municipality (the "full table"); off by
  // default, when only the selection's and "my town"'s suggestions are drawn.
  bool first_suggestions = false;
  GraphState graph;
  MyTownState my_town;
  // The UI language, "de" or "en"; empty when the link does not say (the app then takes the
  // device's stored choice or the browser's language: core/language_choice.h).
  std::string language;
  bool operator==(const AppState& o) const {
    return camera == o.camera && selected_town == o.selected_town && filters == o.filters &&
           weights == o.weights && pool == o.pool && first_suggestions == o.first_suggestions &&
           graph == o.graph && my_town == o.my_town && language == o.language;
  }
  bool operator!=(const AppState& o) const { return !(*this == o); }
};

}  // namespace atlas
