// Touch gesture recognition (see touch_gestures.h).
#include "touch_gestures.h"

#include <cmath>

namespace atlas {

TouchGestures::Finger* TouchGestures::find(std::int64_t id) {
  for (Finger& f : fingers_)
    if (f.down && f.id == id) return &f;
  return nullptr;
}

float TouchGestures::spread() const {
  return std::hypot(fingers_[0].x - fingers_[1].x, fingers_[0].y - fingers_[1].y);
}

void TouchGestures::midpoint(float& x, float& y) const {
  x = (fingers_[0].x + fingers_[1].x) * 0.5f;
  y = (fingers_[0].y + fingers_[1].y) * 0.5f;
}

void TouchGestures::finger_down(std::int64_t id, float x, float y, double t_ms) {
  if (find(id) || count_ >= 2) return;  // a third finger is ignored
  Finger* slot = fingers_[0].down ? &fingers_[1] : &fingers_[0];
  *slot = Finger{id, x, y, true};
  ++count_;
  if (count_ == 1) {
    mode_ = Mode::Pending;
    start_x_ = x;
    start_y_ = y;
    start_ms_ = t_ms;
    out_.touch_started = true;
  } else {
    mode_ = Mode::Pinch;  // a second finger: no tap or long press any more
  }
}

void TouchGestures::finger_move(std::int64_t id, float x, float y, double t_ms) {
  Finger* f = find(id);
  if (!f) return;
  // A finger that has left the slop drags, even when no frame saw it held long enough (a slow
  // frame delays its events); within the slop, the time decides first.
  if (std::hypot(x - start_x_, y - start_y_) <= limits_.slop_px) tick(t_ms);
  if (mode_ == Mode::Pinch && count_ == 2) {
    const float before = spread();
    float mx0, my0, mx1, my1;
    midpoint(mx0, my0);
    f->x = x;
    f->y = y;
    const float after = spread();
    midpoint(mx1, my1);
    if (before > 1.0f && after > 1.0f) out_.zoom *= double(before) / double(after);
    out_.rotate_dx += mx1 - mx0;
    out_.rotate_dy += my1 - my0;
    return;
  }
  const float dx = x - f->x, dy = y - f->y;
  f->x = x;
  f->y = y;
  if (mode_ == Mode::Pending && std::hypot(x - start_x_, y - start_y_) > limits_.slop_px) {
    mode_ = Mode::Rotate;  // the globe follows the finger from where it came down
    out_.rotate_dx += x - start_x_;
    out_.rotate_dy += y - start_y_;
  } else if (mode_ == Mode::Rotate) {
    out_.rotate_dx += dx;
    out_.rotate_dy += dy;
  } else if (mode_ == Mode::LongPress) {  // the tooltip follows the held finger
    out_.long_press = true;
    out_.x = x;
    out_.y = y;
  }
}

void TouchGestures::finger_up(std::int64_t id, float x, float y, double t_ms) {
  Finger* f = find(id);
  if (!f) return;
  tick(t_ms);
  f->down = false;
  --count_;
  if (mode_ == Mode::Pending && count_ == 0) {
    out_.tap = true;
    out_.x = x;
    out_.y = y;
  }
  if (count_ == 0) mode_ = Mode::Idle;
  else if (mode_ == Mode::Pinch) mode_ = Mode::Rotate;  // the finger left keeps turning the globe
}

void TouchGestures::tick(double t_ms) {
  if (mode_ != Mode::Pending || t_ms - start_ms_ < limits_.long_press_ms) return;
  mode_ = Mode::LongPress;
  out_.long_press = true;
  for (const Finger& f : fingers_)
    if (f.down) out_.x = f.x, out_.y = f.y;
}

TouchGestureOutput TouchGestures::take() {
  TouchGestureOutput out = out_;
  out_ = TouchGestureOutput{};
  return out;
}

}  // namespace atlas
