// Touch gestures on the globe: turns finger events (positions in CSS pixels, times in
// milliseconds) into what the globe does with them. One finger drags to rotate, two fingers
// pinch to zoom (and move their midpoint to rotate), a short touch that stays put is a tap
// (select), and a touch held still is a long press (the tooltip a mouse gets by hovering).
// Plain C++ so that the thresholds are unit-tested; the app feeds SDL's finger events in.
#pragma once

#include <cstdint>

namespace atlas {

struct TouchThresholds {
  float slop_px = 10.0f;          // a finger that moves less than this stays a tap / long press
  double long_press_ms = 500.0;   // held still this long: a long press (shorter: a tap on release)
};

// What happened since the last take(): one frame's worth of gestures.
struct TouchGestureOutput {
  float rotate_dx = 0.0f, rotate_dy = 0.0f;  // CSS pixels the globe is dragged by
  double zoom = 1.0;                         // camera distance factor (< 1: fingers spread, zoom in)
  bool tap = false;                          // a tap ended at (x, y)
  bool long_press = false;                   // a long press is at (x, y) (fires once, then follows the finger)
  bool touch_started = false;                // a first finger came down (a tooltip shown before goes)
  float x = 0.0f, y = 0.0f;
};

class TouchGestures {
 public:
  explicit TouchGestures(TouchThresholds thresholds = {}) : limits_(thresholds) {}
  void finger_down(std::int64_t id, float x, float y, double t_ms);
  void finger_move(std::int64_t id, float x, float y, double t_ms);
  void finger_up(std::int64_t id, float x, float y, double t_ms);
  // Time passes without events: a finger held still becomes a long press.
  void tick(double t_ms);
  TouchGestureOutput take();
  int fingers() const { return count_; }
  bool rotating() const { return mode_ == Mode::Rotate || mode_ == Mode::Pinch; }

 private:
  enum class Mode { Idle, Pending, Rotate, Pinch, LongPress };
  struct Finger {
    std::int64_t id = -1;
    float x = 0.0f, y = 0.0f;
    bool down = false;
  };
  Finger* find(std::int64_t id);
  float spread() const;
  void midpoint(float& x, float& y) const;

  TouchThresholds limits_;
  Finger fingers_[2];
  int count_ = 0;
  Mode mode_ = Mode::Idle;
  float start_x_ = 0.0f, start_y_ = 0.0f;
  double start_ms_ = 0.0;
  TouchGestureOutput out_;
};

}  // namespace atlas
