// PictureExport: the "picture of the globe" download (issue 14 item 4): the globe and its
// labels without the panels, at the screen's size or a chosen width (the height keeps the
// screen's aspect), with a line naming the data sources. App asks for it with request(); the
// next frame is drawn with the panels hidden (so the globe frames the whole screen and its
// labels are placed for it) and capture() draws that frame once more into an offscreen
// framebuffer of the picture's size: the globe, the labels with a font rasterised at the
// picture's scale (sharp at 4096 px, not a blown-up screen), and the attribution; it reads the
// pixels back and hands them to platform::save_png.
#pragma once

#include <string>
#include <vector>

namespace atlas {

class GlobeView;

struct PictureSize {
  int width = 0, height = 0;
  bool clamped = false;  // the device's limit made it smaller than asked
  int max_width = 0, max_height = 0;  // that limit
};

// The picture's size for a screen of view_w x view_h CSS pixels at `dpi` device pixels per
// CSS pixel: `width_px` wide (0: the screen's drawable), the screen's aspect, at most
// max_w x max_h (the device's renderbuffer and viewport limits), never below 1 x 1.
PictureSize picture_size(int width_px, float view_w, float view_h, float dpi, int max_w, int max_h);

class PictureExport {
 public:
  static constexpr int kMaxWidth = 4096;  // the widest choice offered
  void request(int width_px);  // 0: the screen's size
  bool pending() const { return pending_; }
  // In the frame after request(), with the panels hidden, after the screen was drawn. Returns a
  // notice for the user ("" when the picture came out as asked).
  std::string capture(GlobeView& globe, const std::string& font_bytes, const std::string& attribution);
  std::string describe_json() const;  // the last picture: size, limit, time (test hook state)

 private:
  bool pending_ = false;
  int requested_width_ = 0;
  int count_ = 0;
  PictureSize last_;
  double capture_ms_ = -1.0;
  std::vector<float> label_boxes_;  // the last picture's labels: x, y, width, height in its pixels
};

}  // namespace atlas
