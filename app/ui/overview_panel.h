// The side panel: title, data summary, selection, and the entry points to the other
// panels. Collapses to a small button on narrow (phone) screens.
#pragma once

#include <cstddef>
#include <functional>

#include "core/app_state.h"
#include "core/dataset.h"

namespace atlas::ui {

struct OverviewPanelModel {
  const Dataset& dataset;
  AppState& state;
  bool& open;
  std::size_t bytes_loaded;
  std::function<void()> explore;  // search box and exploring tabs, drawn inside the panel
};

void draw_overview_panel(OverviewPanelModel& model);

// The side panel's footprint: the left kPanelWidth CSS pixels on wide screens, the upper
// half of narrower ones (the globe frames its view in the rest).
constexpr float kPanelWidth = 340.0f;
constexpr float kNarrowScreen = 700.0f;

}  // namespace atlas::ui
