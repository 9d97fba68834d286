// Node-link view: the graph panel's network drawn in 2D with ImGui's draw list, at the
// positions computed in core (graph_layout: components packed, largest first). Node size
// shows the degree, hovering names the town. The globe's selection, the
// ego network and the path are drawn highlighted; clicking a node selects its town, so
// both views stay in step. Wheel zooms, dragging with the right mouse button pans.
#pragma once

#include <cstdint>
#include <vector>

#include "core/dataset.h"
#include "core/network_view.h"
#include "scene/screen_rect.h"

namespace atlas::ui {

// Where the last frame drew the network (CSS pixels), for the test hook's pixel checks.
struct NodeLinkFrame {
  float x = 0, y = 0, width = 0, height = 0;  // the canvas
  float centre_x = 0, centre_y = 0, half = 0;  // layout (x, y) -> (centre_x + x*half, centre_y - y*half)
  TownIndex named = kNoIndex;  // the town the pointer names (its label and tooltip), if any
};

struct NodeLinkViewModel {
  const Dataset& dataset;
  const NetworkView& view;
  TownIndex selected = kNoIndex;
  const std::vector<std::uint8_t>& highlight;  // per town; empty = none
  bool& open;
  float& zoom;
  float& pan_x;
  float& pan_y;
  bool colour_by_community = false;
  TownIndex clicked = kNoIndex;  // out
  NodeLinkFrame frame;            // out
  ScreenRect globe_area;          // where the globe shows: a narrow screen's window stays in it
};

void draw_node_link_view(NodeLinkViewModel& model);

}  // namespace atlas::ui
