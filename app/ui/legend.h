// Legend: what each colour and line style on the globe (and in the node-link view) means.
// A small window in a corner of the globe's area, bottom left unless the selected town (its
// point or label) would sit under it: then it moves to another free corner. On phones it
// starts closed.
#pragma once

#include <optional>

#include "scene/screen_rect.h"

namespace atlas::ui {

struct LegendPlacement {
  ScreenRect globe_area;                  // where the globe shows (CSS pixels)
  std::optional<ScreenRect> keep_clear;   // the selected town's point and label, when on screen
  std::optional<ScreenRect> toolbar;      // the globe toolbar as last drawn (it may take two lines)
};

// `own_data`: a council's own list is taken in; its arcs' colour is listed too.
void draw_legend(bool& open, const LegendPlacement& placement, bool own_data);

// The corner for a legend of size w x h: the first of bottom left, top left, top right,
// bottom right (inset by `margin` in `area`) whose rectangle does not meet `keep_clear`;
// bottom left when every corner does. A bottom corner the `toolbar` would cover is raised to
// stand above it. Top left of the returned rectangle.
ScreenRect legend_rect(const ScreenRect& area, float w, float h, float margin,
                       const std::optional<ScreenRect>& keep_clear,
                       const std::optional<ScreenRect>& toolbar = std::nullopt);

}  // namespace atlas::ui
