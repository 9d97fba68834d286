// The side panel: title, data summary, selection, and the entry points to the other
// panels. Collapses to a small button on narrow (phone) screens.
#pragma once

#include <cstddef>
#include <functional>

#include "core/app_state.h"
#include "core/dataset.h"
#include "scene/screen_rect.h"

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
ScreenRect panel_area(float screen_w, float screen_h);
// The rest of the screen, where the globe shows; all of it when the panel is closed. The
// open panel is opaque, so the globe is drawn only here.
ScreenRect globe_area(float screen_w, float screen_h, bool panel_open);

}  // namespace atlas::ui
