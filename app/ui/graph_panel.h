// Graph panel: the twin-town network of the current scope (NRW–UK or every known NRW
// partnership): size, components and communities, the selected town's degree and
// ranks, its n-hop ego network and the shortest path to a second town (both highlighted
// on the globe through AppState.graph), and the top towns by degree and betweenness.
#pragma once

#include <vector>

#include "core/app_state.h"
#include "core/dataset.h"
#include "core/network_view.h"
#include "search_box.h"

namespace atlas::ui {

struct GraphPanelModel {
  const Dataset& dataset;
  AppState& state;
  const NetworkView& view;
  TownIndex selected = kNoIndex;
  const std::vector<TownIndex>& ego;   // highlighted ego network (centre first)
  const std::vector<TownIndex>& path;  // highlighted path (from the selection)
  SearchBoxModel& path_search;         // picks the path's other end
  bool& show_node_link;
  TownIndex jump_to = kNoIndex;        // out: a town was clicked
};

void draw_graph_panel(GraphPanelModel& model);

}  // namespace atlas::ui
