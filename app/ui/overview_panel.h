// The side panel: title, data summary, selection, and the entry points to the other
// panels. On narrow (phone) screens it is a bottom sheet (bottom_sheet_panel.h) instead.
#pragma once

#include <cstddef>
#include <functional>

#include "core/app_state.h"
#include "core/bottom_sheet.h"
#include "core/dataset.h"
#include "scene/screen_rect.h"

namespace atlas::ui {

struct OverviewPanelModel {
  const Dataset& dataset;
  AppState& state;
  bool& open;
  BottomSheet& sheet;  // phones: where the sheet rests or is dragged to
  std::size_t bytes_loaded;
  std::function<void()> explore;  // search box and exploring tabs, drawn inside the panel
};

void draw_overview_panel(OverviewPanelModel& model);

// The side panel's footprint: the left kPanelWidth CSS pixels on wide screens, the bottom
// sheet's `sheet_height` on narrower ones (the globe frames its view in the rest).
constexpr float kPanelWidth = 340.0f;
constexpr float kNarrowScreen = 700.0f;
ScreenRect panel_area(float screen_w, float screen_h, float sheet_height);
// The rest of the screen, where the globe shows; all of it when the panel is closed. The
// open panel is opaque, so the globe is drawn only here.
ScreenRect globe_area(float screen_w, float screen_h, bool panel_open, float sheet_height);
// The bottom sheet's height on this screen (0 on wide screens, which have the side panel).
float sheet_height(const BottomSheet& sheet, float screen_w, float screen_h);

}  // namespace atlas::ui
