// The phone's bottom sheet: on a narrow screen the panels sit in a sheet that is pulled up
// from the bottom edge by its handle and rests at one of three heights: collapsed (a slim
// bar naming the selection), half the screen, or full (the globe peeks out above). Dragging
// moves it with the finger; on release it snaps to the nearest height, or to the next one in
// the direction of a quick flick. A tap on the handle steps it up (and from full, down).
// Plain C++ (heights in CSS pixels, times in seconds), unit-tested; ui/bottom_sheet_panel
// draws it.
#pragma once

namespace atlas {

enum class SheetStop { Collapsed, Half, Full };

struct SheetMetrics {
  float collapsed_px = 64.0f;      // the handle bar: a grip and the selection's name
  float full_gap_px = 56.0f;       // globe left above the sheet when full
  float flick_px_per_s = 700.0f;   // a release faster than this moves on one height
};

float sheet_stop_height(SheetStop stop, float screen_h, const SheetMetrics& m = {});
// Where a sheet released at `height` moving at `velocity` (CSS px/s, positive = upwards) rests.
SheetStop snap_sheet(float height, float velocity, float screen_h, const SheetMetrics& m = {});
// A tap on the handle: collapsed -> half -> full -> collapsed.
SheetStop next_sheet_stop(SheetStop stop);

class BottomSheet {
 public:
  SheetStop stop() const { return stop_; }
  void set_stop(SheetStop stop) {
    stop_ = stop;
    dragging_ = false;
  }
  bool dragging() const { return dragging_; }
  void begin_drag(float screen_h);
  // The finger moved the handle by dy (CSS px, positive = downwards) over dt seconds; the
  // sheet stays between its collapsed and full heights.
  void drag(float dy, double dt);
  void release(float screen_h);  // snaps
  void tap() { set_stop(next_sheet_stop(stop_)); }
  // The sheet's height now: the resting stop's, or where the finger holds it (clamped).
  float height(float screen_h) const;

 private:
  SheetMetrics metrics_;
  SheetStop stop_ = SheetStop::Collapsed;
  bool dragging_ = false;
  float drag_height_ = 0.0f;
  float screen_h_ = 0.0f;  // as the drag began
  float velocity_ = 0.0f;  // smoothed, CSS px/s upwards
};

}  // namespace atlas
