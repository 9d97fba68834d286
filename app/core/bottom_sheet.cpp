// Bottom sheet heights and snapping (see bottom_sheet.h).
#include "bottom_sheet.h"

#include <algorithm>
#include <cmath>

namespace atlas {

float sheet_stop_height(SheetStop stop, float screen_h, const SheetMetrics& m) {
  const float full = std::max(m.collapsed_px, screen_h - m.full_gap_px);
  switch (stop) {
    case SheetStop::Collapsed:
      return std::min(m.collapsed_px, screen_h);
    case SheetStop::Half:
      return std::clamp(screen_h * 0.5f, std::min(m.collapsed_px, screen_h), full);
    case SheetStop::Full:
      return full;
  }
  return m.collapsed_px;
}

SheetStop snap_sheet(float height, float velocity, float screen_h, const SheetMetrics& m) {
  const SheetStop stops[] = {SheetStop::Collapsed, SheetStop::Half, SheetStop::Full};
  if (std::abs(velocity) >= m.flick_px_per_s) {  // a flick: the next height in its direction
    if (velocity > 0.0f) {
      for (SheetStop s : stops)
        if (sheet_stop_height(s, screen_h, m) > height + 1.0f) return s;
      return SheetStop::Full;
    }
    for (int i = 2; i >= 0; --i)
      if (sheet_stop_height(stops[i], screen_h, m) < height - 1.0f) return stops[i];
    return SheetStop::Collapsed;
  }
  SheetStop best = SheetStop::Collapsed;
  float best_gap = -1.0f;
  for (SheetStop s : stops) {
    const float gap = std::abs(sheet_stop_height(s, screen_h, m) - height);
    if (best_gap < 0.0f || gap < best_gap) best = s, best_gap = gap;
  }
  return best;
}

SheetStop next_sheet_stop(SheetStop stop) {
  switch (stop) {
    case SheetStop::Collapsed:
      return SheetStop::Half;
    case SheetStop::Half:
      return SheetStop::Full;
    case SheetStop::Full:
      return SheetStop::Collapsed;
  }
  return SheetStop::Collapsed;
}

void BottomSheet::begin_drag(float screen_h) {
  screen_h_ = screen_h;
  drag_height_ = sheet_stop_height(stop_, screen_h, metrics_);
  velocity_ = 0.0f;
  dragging_ = true;
}

void BottomSheet::drag(float dy, double dt) {
  if (!dragging_) return;
  drag_height_ = std::clamp(drag_height_ - dy, sheet_stop_height(SheetStop::Collapsed, screen_h_, metrics_),
                            sheet_stop_height(SheetStop::Full, screen_h_, metrics_));
  if (dt > 0.0) {
    const float v = float(-dy / dt);
    // Smoothed over the last few frames; the first movement counts in full (a flick can be
    // one or two frames long on a slow device).
    velocity_ = velocity_ == 0.0f ? v : 0.5f * velocity_ + 0.5f * v;
  }
}

void BottomSheet::release(float screen_h) {
  if (!dragging_) return;
  set_stop(snap_sheet(height(screen_h), velocity_, screen_h, metrics_));
}

float BottomSheet::height(float screen_h) const {
  return dragging_ ? drag_height_ : sheet_stop_height(stop_, screen_h, metrics_);
}

}  // namespace atlas
