// Adaptive resolution: while the camera moves on a device whose frames are slow (software
// GL, a weak phone GPU), the frame is drawn at half resolution and shown scaled up (in the
// browser the canvas's backing store shrinks and the page stretches it: no extra pass);
// the moment the camera rests it is drawn sharp again. Globe, labels and panels all follow:
// a sharper panel on top would need a full-screen copy of the globe, which costs software
// GL as much as the globe itself. On a GPU that keeps up, nothing changes.
#pragma once

namespace atlas {

struct AdaptiveResolution {
  static constexpr double kSlowFrameSeconds = 1.0 / 40.0;  // smoothed frame time that counts as slow
  static constexpr float kReducedScale = 0.5f;
  double frame_seconds = 0.0;  // smoothed time between frames
  float scale = 1.0f;          // resolution of the globe's image relative to the drawable

  // Called once per frame with the time since the last one and whether the view moves.
  // Once reduced, the scale stays reduced until the camera rests (no switching back and
  // forth as the cheaper frames speed up).
  void update(double frame_dt, bool moving) {
    frame_seconds = frame_seconds * 0.8 + frame_dt * 0.2;
    if (!moving) scale = 1.0f;
    else if (frame_seconds > kSlowFrameSeconds) scale = kReducedScale;
  }
};

}  // namespace atlas
