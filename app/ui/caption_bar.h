// Caption bar: the slim bar presenter mode and the kiosk show at the bottom of the screen,
// with the current stop's (or partnership's) caption in the UI language, in type sized for a
// projector, and "Stop n / m" when stepping through a tour.
#pragma once

#include <cstddef>
#include <string>

namespace atlas::ui {

struct CaptionBarModel {
  const std::string& caption;
  std::size_t stop = 0, stops = 0;  // 1-based; 0: no counter (the spinning kiosk)
  bool paused = false;              // the kiosk waits after a touch, click or key
};

void draw_caption_bar(const CaptionBarModel& model);

}  // namespace atlas::ui
